package org.vietparse.internal.title;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.vietparse.Span;
import org.vietparse.TitleMention;
import org.vietparse.internal.Document;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.testing.LexiconTexts;

/**
 * The title scan starts only at tokens whose first word begins a status, a role, an office or a
 * not-title phrase; these properties check, on texts made of the lexicons' own phrases, that it
 * finds exactly what trying the rules at every token finds.
 */
class TitleScanGateTest {
  private static final String DIR = "/org/vietparse/title/";
  private static final TitleLexicon LEX = TitleLexicon.bundled();
  private static final TitleRecognizer TITLES = TitleRecognizer.create();

  private static Gen<String> texts() {
    // roles twice: more texts with titles in them
    return LexiconTexts.texts(14, DIR + "roles.tsv", "name", DIR + "roles.tsv", "name",
        DIR + "offices.tsv", "name",
        DIR + "statuses.tsv", "word", DIR + "not-titles.tsv", "phrase",
        DIR + "organizations.tsv", "name", DIR + "context-words.tsv", "word",
        DIR + "countries.tsv", "name", DIR + "provinces.tsv", "name",
        DIR + "role-qualifiers.tsv", "word", DIR + "place-units.tsv", "word",
        DIR + "international-organizations.tsv", "name", DIR + "ministry-short-names.tsv",
        "name");
  }

  /** The scan with no start filter: the title rules tried at every token. */
  private static TitleHits everyToken(Document doc) {
    TitleText x = new TitleText(LEX, doc.tokens(), doc.folded());
    TitleReader reader = new TitleReader(x);
    List<TitleDraft> found = new ArrayList<>();
    int i = 0;
    while (i < x.size()) {
      PhraseTrie.Match<String> not = x.match(LEX.notTitles, i);
      if (not != null) {
        i = not.end();
        continue;
      }
      TitleDraft f = reader.title(i);
      if (f == null) {
        i++;
        continue;
      }
      found.add(f);
      i = f.end;
    }
    new Chains(x).apply(found);
    List<TitleHit> hits = new ArrayList<>();
    for (TitleDraft f : found) {
      if (!f.generic) {
        Span span = doc.span(f.start, f.end);
        hits.add(new TitleHit(f.start, f.end,
            new TitleMention(span, doc.original(span), f.toTitle())));
      }
    }
    return new TitleHits(hits);
  }

  @Test
  void theFilteredScanFindsWhatEveryTokenFinds() {
    qt().withExamples(3000).forAll(texts()).check(text -> {
      Document doc = Document.of(text);
      return TITLES.find(doc).equals(everyToken(doc));
    });
  }

  @Test
  void noTitleBeginsWhereTheFilterSeesNoFirstWord() {
    qt().withExamples(3000).forAll(texts()).check(text -> {
      Document doc = Document.of(text);
      TitleText x = new TitleText(LEX, doc.tokens(), doc.folded());
      TitleReader reader = new TitleReader(x);
      for (int i = 0; i < x.size(); i++) {
        boolean some = reader.title(i) != null || x.match(LEX.notTitles, i) != null;
        if (some && (!x.mayStartTitle(i) || (x.starts(i) & TitleRecognizer.TITLE_START) == 0)) {
          return false;
        }
      }
      return true;
    });
  }

  /** A trie's longest phrase at i with its abbreviations in capitals, asked with no gate. */
  private static <V> PhraseTrie.@org.jspecify.annotations.Nullable Match<V> ungated(
      PhraseTrie<TitleLexicon.Form<V>> trie, List<org.vietparse.internal.text.Token> ts, int i,
      boolean folded) {
    if (i >= ts.size()) {
      return null;
    }
    PhraseTrie.Match<TitleLexicon.Form<V>> m = trie.longest(ts, i, folded);
    if (m == null) {
      return null;
    }
    for (int k = 0; k < m.end() - m.start() && k < Long.SIZE; k++) {
      if ((m.value().caps() >>> k & 1) != 0 && !ts.get(i + k).isAllCaps()) {
        return null;
      }
    }
    return new PhraseTrie.Match<>(m.value().value(), m.start(), m.end());
  }

  @Test
  void everyTrieLookUpBehindTheFirstWordBitsFindsWhatTheTrieAloneFinds() {
    // the first-word bits are read by hash code alone: a bit may be set for a word that begins
    // nothing, never missing for one that begins a phrase
    List<PhraseTrie<? extends TitleLexicon.Form<?>>> tries = List.of(LEX.roles, LEX.offices,
        LEX.orgs, LEX.ministryShort, LEX.countries, LEX.provinces, LEX.placeUnits, LEX.statuses,
        LEX.context, LEX.notTitles, LEX.qualifiers);
    qt().withExamples(2000).forAll(texts()).check(text -> {
      Document doc = Document.of(text);
      for (boolean folded : new boolean[] {doc.folded(), true}) {
        TitleText x = new TitleText(LEX, doc.tokens(), folded);
        for (int i = 0; i <= x.size(); i++) {
          for (PhraseTrie<? extends TitleLexicon.Form<?>> t : tries) {
            @SuppressWarnings("unchecked")
            PhraseTrie<TitleLexicon.Form<Object>> trie = (PhraseTrie<TitleLexicon.Form<Object>>) t;
            if (!java.util.Objects.equals(x.match(trie, i),
                ungated(trie, doc.tokens(), i, folded))) {
              return false;
            }
          }
        }
      }
      return true;
    });
  }

  @Test
  void theFilterFindsTitlesInTheseTexts() {
    // the generated texts do hold titles: the properties above are not vacuous
    int[] found = {0};
    qt().withExamples(300).forAll(texts()).check(text -> {
      found[0] += TITLES.find(Document.of(text)).hits().size();
      return true;
    });
    org.junit.jupiter.api.Assertions.assertTrue(found[0] > 100, "titles found: " + found[0]);
  }
}
