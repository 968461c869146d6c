package org.vietparse.internal.official;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.vietparse.Extraction;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.OfficialMention;
import org.vietparse.VietParse;
import org.vietparse.internal.Document;
import org.vietparse.internal.Tsv;
import org.vietparse.internal.title.TitleHits;
import org.vietparse.official.Official;
import org.vietparse.official.PersonName;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;
import org.vietparse.title.Title;

/**
 * Properties: a chain of titles from the title lexicons and a name built from the surname
 * lexicon (or a foreign name), put into a sentence frame, come back as exactly one official with
 * exactly that name and those titles.
 */
class OfficialPropertiesTest {
  private static final Extractor OFFICIALS =
      VietParse.extractor().types(MentionType.OFFICIAL, MentionType.TITLE).build();

  /** Sentence frames: the official goes where {} is. */
  private static final List<String> FRAMES = List.of(
      "{} tiếp đoàn đại biểu.",
      "Sáng 12/5, {} phát biểu tại hội nghị.",
      "Theo {}, kinh tế đang phục hồi.",
      "Cùng dự có {} và các đại biểu.",
      "Đoàn đã gặp {}.",
      "{}: cần đổi mới mạnh mẽ",
      "Phát biểu khai mạc, {} nhấn mạnh ba nhiệm vụ.",
      "Tham dự có {}, cùng lãnh đạo các bộ, ngành.",
      "{} cho biết sẽ sớm ban hành quy định.",
      "Tại buổi tiếp, {} đánh giá cao kết quả hợp tác.",
      "Ông bà con cháu chào đón {} về thăm quê.",
      "Bức thư gửi {} (ảnh) được công bố hôm qua.");

  // Middle and given syllables that never form a two-word family name or a place with the
  // word before them.
  private static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Thanh", "Đức",
      "Quốc", "Hữu", "Ngọc", "Bích", "Thu", "Xuân", "Hồng", "Kim", "Thế", "Đình", "Mạnh");
  private static final List<String> GIVEN = List.of("An", "Cường", "Dũng", "Hải", "Hằng",
      "Hùng", "Lâm", "Long", "Nga", "Ngọc", "Phong", "Quân", "Sơn", "Tâm", "Thảo", "Trung",
      "Tùng", "Vinh", "Yến", "Đạt", "Ánh", "Khôi");
  private static final List<String> FOREIGN = List.of("Emmanuel Macron", "Joe Biden",
      "Vladimir Putin", "Olaf Scholz", "Sonexay Siphandone", "Marcos Jr", "José Garcia Ruminot",
      "Ursula von der Leyen", "Jean-Noël Barrot", "Anwar Ibrahim", "Prabowo Subianto",
      "Lula da Silva", "Kamala Harris", "Narendra Modi", "António Guterres");

  /** A title as written and its canonical form read alone. */
  record TitlePhrase(String phrase, String canonical, boolean companyOffice) {
    @Override
    public String toString() {
      return phrase;
    }
  }

  private static final List<String> SURNAMES = surnames(false);
  /**
   * The frequent family names, for the properties that run the title grammar too: a rare family
   * name right after a title may be read by the title grammar as part of the title (a company
   * after "CEO", say), which is the title grammar's matter, not this one's.
   */
  private static final List<String> COMMON_SURNAMES = surnames(true);
  private static final List<TitlePhrase> TITLES = titles();

  private static List<String> surnames(boolean commonOnly) {
    NameLexicon lex = NameLexicon.get();
    List<String> out = new ArrayList<>();
    Tsv t = Tsv.load("/org/vietparse/official/surnames.tsv");
    for (List<String> row : t.rows()) {
      String s = row.get(0);
      if (commonOnly && !row.get(1).equals("common")) {
        continue;
      }
      // "Ông" is an honorific before a name; "Ông Văn Minh" after a title reads as "ông Văn Minh".
      if (Honorifics.at(lex, VietText.of(s).tokens(), 0, false) == null) {
        out.add(s);
      }
    }
    return out;
  }

  /** Title phrases of the title lexicons that parse as one title, with their canonical form. */
  private static List<TitlePhrase> titles() {
    List<String> phrases = new ArrayList<>();
    Tsv roles = Tsv.load("/org/vietparse/title/roles.tsv");
    roles.rows().forEach(r -> phrases.add(r.get(0)));
    Tsv offices = Tsv.load("/org/vietparse/title/offices.tsv");
    offices.rows().forEach(r -> phrases.add(r.get(0)));
    Tsv orgs = Tsv.load("/org/vietparse/title/organizations.tsv");
    int org = orgs.column("org");
    for (List<String> r : orgs.rows()) {
      String o = Tsv.cell(r, org);
      if (o.startsWith("Bộ ") && !o.contains("Chính trị")) {
        phrases.add("Bộ trưởng " + o);
        phrases.add("Thứ trưởng " + o);
      }
    }
    NameLexicon lex = NameLexicon.get();
    List<TitlePhrase> out = new ArrayList<>();
    for (String p : phrases.stream().distinct().sorted().collect(Collectors.toList())) {
      List<Token> tokens = VietText.of(p).tokens();
      // A rank alone ("Đại tướng") is an honorific before a name, not a title.
      var h = Honorifics.at(lex, tokens, 0, false);
      if (h != null && h.end() == tokens.size()) {
        continue;
      }
      Optional<Title> t = VietParse.parseTitle(p);
      t.ifPresent(title -> out.add(new TitlePhrase(p, title.canonical(),
          title.kind().filter(k -> k == Title.Kind.BUSINESS).isPresent()
              && title.organization().isEmpty())));
    }
    return out;
  }

  private static Gen<String> vietnameseName() {
    return Generate.pick(COMMON_SURNAMES)
        .zip(lists().of(Generate.pick(MIDDLE)).ofSizeBetween(0, 2), Generate.pick(GIVEN),
            (f, m, g) -> f + (m.isEmpty() ? "" : " " + String.join(" ", m)) + " " + g)
        .assuming(n -> !startsWithPlace(n));
  }

  private static boolean startsWithPlace(String name) {
    return NameLexicon.get().places.longest(VietText.of(name).tokens(), 0, false) != null;
  }

  private static Gen<String> anyName() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(3, vietnameseName()),
        org.quicktheories.api.Pair.of(1, Generate.pick(FOREIGN)));
  }

  private static Gen<List<TitlePhrase>> chains() {
    return lists().of(Generate.pick(TITLES)).ofSizeBetween(1, 3);
  }

  private static String chainText(List<TitlePhrase> chain, List<Integer> joiners) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < chain.size(); i++) {
      if (i > 0) {
        sb.append(joiners.get(i) % 3 == 0 ? " kiêm " : ", ");
      }
      sb.append(chain.get(i).phrase());
    }
    return sb.toString();
  }

  /**
   * The titles the official should carry: the title mentions inside it, one for each title of
   * the chain. A title alone is expected in its own canonical form; inside a chain the title
   * grammar may give it the organization of the next title ("Tổng thư ký, Chủ nhiệm Văn phòng
   * Quốc hội": "Tổng Thư ký Quốc hội"), which is the title recognizer's decision.
   */
  private static List<String> titlesWithin(Extraction x, OfficialMention m, List<TitlePhrase> chain) {
    List<String> inside = x.titles().stream()
        .filter(t -> m.span().start() <= t.span().start() && t.span().end() <= m.span().end())
        .map(t -> t.title().canonical()).collect(Collectors.toList());
    if (inside.size() != chain.size()) {
      return List.of("expected " + chain.size() + " titles, the title recognizer found " + inside);
    }
    if (chain.size() == 1) {
      return List.of(chain.get(0).canonical());
    }
    return inside;
  }

  @Test
  void aTitleChainAndANameInAFrameComeBackExactly() {
    qt().withExamples(1000).withFixedSeed(20261123L)
        .forAll(chains(), anyName(), integers().between(0, FRAMES.size() - 1),
            lists().of(integers().between(0, 2)).ofSize(3))
        // After a company office without its company, the first word of a foreign name of three
        // words is read as the company ("CEO Apple Tim Cook"): that reading is tested elsewhere.
        .assuming((chain, name, frame, joiners) -> !(chain.get(chain.size() - 1).companyOffice()
            && FOREIGN.contains(name) && name.split(" ").length >= 3))
        .check((chain, name, frame, joiners) -> {
          String official = chainText(chain, joiners) + " " + name;
          String sentence = FRAMES.get(frame).replace("{}", official);
          Extraction x = OFFICIALS.extract(sentence);
          if (x.officials().size() != 1) {
            return false;
          }
          OfficialMention m = x.officials().get(0);
          return m.text().equals(official) && m.official().name().equals(name)
              && m.official().titleNames().equals(titlesWithin(x, m, chain));
        });
  }

  @Test
  void anApposedChainAfterAnHonorificAndANameComesBackExactly() {
    qt().withExamples(1000).withFixedSeed(7L)
        .forAll(chains(), anyName(), Generate.pick(List.of("ông", "bà", "đồng chí", "Ông")),
            lists().of(integers().between(0, 2)).ofSize(3))
        .check((chain, name, honorific, joiners) -> {
          String official = honorific + " " + name + ", " + chainText(chain, joiners);
          String sentence = "Theo " + official + ", hai bên sẽ ký thỏa thuận.";
          Extraction x = OFFICIALS.extract(sentence);
          if (x.officials().size() != 1) {
            return false;
          }
          Official o = x.officials().get(0).official();
          return x.officials().get(0).text().equals(official) && o.name().equals(name)
              && o.titleNames().equals(titlesWithin(x, x.officials().get(0), chain))
              && o.honorific().equals(Optional.of(honorific.toLowerCase(java.util.Locale.ROOT)));
        });
  }

  @Test
  void aVietnameseNameAfterAMarkedTitleKeepsItsParts() {
    qt().withExamples(1000).withFixedSeed(11L)
        .forAll(Generate.pick(SURNAMES), lists().of(Generate.pick(MIDDLE)).ofSizeBetween(0, 2),
            Generate.pick(GIVEN), integers().between(0, FRAMES.size() - 1))
        .assuming((f, m, g, frame) -> !startsWithPlace(f + " " + String.join(" ", m) + " " + g))
        .check((family, middle, given, frame) -> {
          String name = family + (middle.isEmpty() ? "" : " " + String.join(" ", middle)) + " "
              + given;
          String sentence = FRAMES.get(frame).replace("{}", "Thứ trưởng " + name);
          Document doc = Document.of(sentence);
          int at = -1;
          for (Token t : doc.tokens()) {
            if (t.text().equals("Thứ")) {
              at = t.index();
            }
          }
          TitleHits hits = new TitleHits(ImmutableList.of(
              OfficialGrammarTableTest.hit(doc, at, at + 2, Title.of("Thứ trưởng"))));
          List<OfficialRecognizer.Located> found = OfficialRecognizer.create().locate(doc, hits);
          if (found.size() != 1) {
            return false;
          }
          PersonName p = found.get(0).official().personName();
          return p.text().equals(name) && p.family().orElse("").equals(family)
              && p.middle().orElse("").equals(String.join(" ", middle))
              && p.given().orElse("").equals(given);
        });
  }

  /** Every rank of honorifics.tsv before a name, and titles in apposition, is the rank. */
  @Test
  void aRankBeforeANameIsTheRank() {
    List<String> ranks = new ArrayList<>();
    Tsv t = Tsv.load("/org/vietparse/official/honorifics.tsv");
    for (List<String> row : t.rows()) {
      if (row.get(2).equals("military")) {
        ranks.add(row.get(0));
      }
    }
    qt().withExamples(300).withFixedSeed(17L)
        .forAll(Generate.pick(ranks), Generate.pick(COMMON_SURNAMES), Generate.pick(MIDDLE),
            Generate.pick(List.of("", ", Giám đốc Công an tỉnh Nghệ An")))
        .check((rank, family, given, apposition) -> {
          String name = family + " Văn " + given;
          Optional<Official> o = VietParse.parseOfficial(rank + " " + name + apposition);
          return o.isPresent() && o.get().name().equals(name)
              && o.get().rank().equals(Optional.of(honorificCanonical(rank)))
              && o.get().honorific().isEmpty()
              && o.get().titles().size() == (apposition.isEmpty() ? 0 : 1);
        });
  }

  private static String honorificCanonical(String form) {
    Tsv t = Tsv.load("/org/vietparse/official/honorifics.tsv");
    for (List<String> row : t.rows()) {
      if (row.get(0).equals(form)) {
        return row.get(1);
      }
    }
    return form;
  }
}
