package org.vietparse.internal.official;

import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.vietparse.internal.Document;
import org.vietparse.internal.Tsv;
import org.vietparse.internal.title.TitleHit;
import org.vietparse.internal.title.TitleRecognizer;
import org.vietparse.testing.LexiconTexts;

/**
 * The official scan asks its rules only at tokens where a title starts, an honorific's first
 * word stands or a capital may begin a bare name; these properties check, on texts made of the
 * lexicons' own phrases, that it finds exactly what asking at every token finds.
 */
class OfficialScanGateTest {
  private static final String TITLE = "/org/vietparse/title/";
  private static final String OFFICIAL = "/org/vietparse/official/";
  private static final TitleRecognizer TITLES = TitleRecognizer.create();
  private static final OfficialRecognizer OFFICIALS = OfficialRecognizer.create();

  private static Gen<String> texts() {
    // names of our own: a family name of the lexicon and given words, or a foreign name
    Gen<String> given = Generate.pick(List.of("An", "Văn Bình", "Thị Lan", "Minh", "Hữu Thắng",
        "Đức Hải", "Quang"));
    Gen<String> family = Generate.pick(Tsv.load(OFFICIAL + "surnames.tsv").rows().stream()
        .map(r -> r.get(0)).toList());
    Gen<String> names = Generate.pick(List.of(0, 1, 2, 3)).flatMap(kind -> kind == 3
        ? Generate.pick(List.of("Maria Lopez", "Jean-Paul Martin", "Ahmed bin Said"))
        : family.zip(given, (f, g) -> (kind == 0 ? "ông " : "") + f + " " + g));
    return LexiconTexts.texts(14, names, TITLE + "roles.tsv", "name", TITLE + "offices.tsv",
        "name",
        OFFICIAL + "honorifics.tsv", "form", OFFICIAL + "surnames.tsv", "surname",
        OFFICIAL + "surnames.tsv", "surname", OFFICIAL + "name-particles.tsv", "particle",
        OFFICIAL + "name-stops.tsv", "phrase", OFFICIAL + "predicate-words.tsv", "phrase",
        OFFICIAL + "sentence-words.tsv", "word", TITLE + "countries.tsv", "name",
        TITLE + "provinces.tsv", "name", TITLE + "organizations.tsv", "name");
  }

  @Test
  void theFilteredScanFindsWhatEveryTokenFinds() {
    qt().withExamples(3000).forAll(texts()).check(text -> {
      Document doc = Document.of(text);
      OfficialGrammar g = OFFICIALS.grammar(doc, TITLES.find(doc));
      return g.findAll(true).equals(g.findAll(false));
    });
  }

  @Test
  void appositionsAreFoundNearWhereTheTokenScanFindsThem() {
    // the grammar keeps the few titles in apposition; the straightforward way marks, per token,
    // the next one on its line
    int[] near = {0};
    int[] far = {0};
    // several texts in one, so that titles stand farther than a bare name's reach
    Gen<String> longer = org.quicktheories.generators.SourceDSL.lists().of(texts())
        .ofSizeBetween(1, 8).map(ts -> String.join(" ", ts));
    qt().withExamples(1500).forAll(longer)
        .check(text -> {
          Document doc = Document.of(text);
          var titles = TITLES.find(doc);
          OfficialGrammar g = OFFICIALS.grammar(doc, titles);
          int[] next = nextApposition(doc, titles.hits());
          for (int k = 0; k < next.length; k++) {
            boolean scanned = next[k] - k <= 64;
            near[0] += scanned ? 1 : 0;
            far[0] += !scanned && next[k] != Integer.MAX_VALUE ? 1 : 0;
            if (g.appositionNear(k) != scanned) {
              return false;
            }
          }
          return true;
        });
    Assertions.assertTrue(near[0] > 500 && far[0] > 200,
        "tokens near an apposition: " + near[0] + ", on its line but farther: " + far[0]);
  }

  /**
   * Per token, the next token on its line where a title follows a comma, a dash or "(", or
   * {@link Integer#MAX_VALUE}: read right to left over every token.
   */
  private static int[] nextApposition(Document doc, List<TitleHit> hits) {
    var tokens = doc.tokens();
    boolean[] titleStart = new boolean[tokens.size()];
    for (var h : hits) {
      if (h.start() >= 0 && h.start() < tokens.size() && h.end() > h.start()
          && h.end() <= tokens.size()) {
        titleStart[h.start()] = true;
      }
    }
    int[] out = new int[tokens.size()];
    int next = Integer.MAX_VALUE;
    for (int k = tokens.size() - 1; k >= 0; k--) {
      out[k] = next;
      var t = tokens.get(k);
      var prev = k > 0 ? tokens.get(k - 1) : null;
      if (k > 0 && titleStart[k] && !t.newlineBefore()
          && (prev.is(',') || prev.isDash() && prev.spaceBefore() || prev.is('('))) {
        next = k;
      } else if (t.newlineBefore()) {
        next = Integer.MAX_VALUE;
      }
    }
    return out;
  }

  @Test
  void theseTextsHoldOfficials() {
    // the property above is not vacuous: the generated texts do name officials
    int[] found = {0};
    qt().withFixedSeed(18).withExamples(1000).forAll(texts()).check(text -> {
      Document doc = Document.of(text);
      found[0] += OFFICIALS.grammar(doc, TITLES.find(doc)).findAll(true).size();
      return true;
    });
    Assertions.assertTrue(found[0] > 150, "officials found: " + found[0]);
  }
}
