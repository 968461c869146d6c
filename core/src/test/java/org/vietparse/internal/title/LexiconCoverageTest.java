package org.vietparse.internal.title;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vietparse.Extraction;
import org.vietparse.MentionType;
import org.vietparse.TitleMention;
import org.vietparse.VietParse;
import org.vietparse.Extractor;
import org.vietparse.internal.Tsv;
import org.vietparse.title.Title;

/**
 * Every entry of every title lexicon, read in a sentence written around it, in four forms of
 * the same text: NFC, NFD, the old tone placement ("Uỷ", "hoà") and without diacritics. The
 * abbreviations (UBND, HĐND, TP, ĐBQH, TƯ, NHNN, GTVT, TT&amp;TT…) are entries of their own.
 */
class LexiconCoverageTest {
  private static final String DIR = "/org/vietparse/title/";
  private static final Extractor TITLES =
      VietParse.extractor().types(MentionType.TITLE).build();

  /** One check: a sentence, and a test of the titles found in one form of it. */
  record Case(String file, String entry, String sentence, Check check, boolean needsDiacritics) {
    Case(String file, String entry, String sentence, Check check) {
      this(file, entry, sentence, check, false);
    }

    @Override
    public String toString() {
      return file + ": " + entry;
    }
  }

  interface Check {
    /** Null when the titles are right; else what is wrong. */
    String verify(List<TitleMention> titles, Function<String, String> form);
  }

  /** A title whose text is {@code phrase} and whose value passes {@code test}. */
  static Check has(String phrase, String what, Predicate<Title> test) {
    return (titles, form) -> {
      String written = form.apply(phrase);
      for (TitleMention m : titles) {
        if (nfc(m.text()).equals(nfc(written)) && test.test(m.title())) {
          return null;
        }
      }
      return "expected a title '" + written + "' with " + what + ", found " + titles;
    };
  }

  static Check canonical(String phrase, String title) {
    return has(phrase, "title " + title, t -> t.canonical().equals(title));
  }

  /** A title whose canonical form ends with words taken from the text as written. */
  static Check canonicalWritten(String phrase, String fixed, String written) {
    return (titles, form) -> has(phrase, "title " + fixed + written,
        t -> t.canonical().equals(fixed + nfc(form.apply(written)))).verify(titles, form);
  }

  /** No title overlaps {@code phrase}. */
  static Check none(String phrase) {
    return (titles, form) -> titles.isEmpty() ? null
        : "expected no title around '" + form.apply(phrase) + "', found " + titles;
  }

  static Stream<Arguments> cases() {
    List<Case> out = new ArrayList<>();
    Tsv t = Tsv.load(DIR + "roles.tsv");
    for (List<String> r : t.rows()) {
      String name = cell(t, r, "name");
      String role = cell(t, r, "role");
      if (cell(t, r, "flags").contains("needs-org")) {
        String phrase = name + " Hội đồng nhân dân tỉnh Nghệ An";
        out.add(new Case("roles", name, sentence(phrase),
            canonical(phrase, role + " Hội đồng nhân dân tỉnh Nghệ An")));
      } else {
        String phrase = capitalize(name);
        out.add(new Case("roles", name, sentence(phrase), canonical(phrase, role),
            cell(t, r, "flags").contains("needs-diacritics")));
      }
    }
    t = Tsv.load(DIR + "offices.tsv");
    for (List<String> r : t.rows()) {
      String phrase = capitalize(cell(t, r, "name"));
      out.add(new Case("offices", phrase, sentence(phrase),
          canonical(phrase, cell(t, r, "title"))));
    }
    t = Tsv.load(DIR + "organizations.tsv");
    for (List<String> r : t.rows()) {
      String name = cell(t, r, "name");
      String place = cell(t, r, "place");
      String written = place.equals("unit") ? " tỉnh Nghệ An" : place.equals("bare") ? " Nghệ An" : "";
      String phrase = "Ủy viên " + name + written;
      out.add(new Case("organizations", name, sentence(phrase),
          canonical(phrase, "Ủy viên " + cell(t, r, "org") + written)));
    }
    t = Tsv.load(DIR + "international-organizations.tsv");
    for (List<String> r : t.rows()) {
      String phrase = "Tổng Thư ký " + cell(t, r, "name");
      out.add(new Case("international-organizations", cell(t, r, "name"), sentence(phrase),
          canonical(phrase, "Tổng Thư ký " + cell(t, r, "canonical"))));
    }
    t = Tsv.load(DIR + "ministry-short-names.tsv");
    for (List<String> r : t.rows()) {
      String phrase = "Bộ trưởng " + cell(t, r, "name");
      out.add(new Case("ministry-short-names", cell(t, r, "name"), sentence(phrase),
          canonical(phrase, "Bộ trưởng " + cell(t, r, "org"))));
    }
    t = Tsv.load(DIR + "countries.tsv");
    for (List<String> r : t.rows()) {
      String phrase = "Tổng thống " + cell(t, r, "name");
      String code = cell(t, r, "code");
      String country = cell(t, r, "canonical");
      out.add(new Case("countries", cell(t, r, "name"), sentence(phrase),
          has(phrase, "country " + country + " " + code, x -> x.canonical().equals("Tổng thống")
              && x.countryCode().orElse("").equals(code)
              && x.country().orElse("").equals(country))));
    }
    Map<String, String> units = new HashMap<>();
    t = Tsv.load(DIR + "provinces.tsv");
    for (List<String> r : t.rows()) {
      String name = cell(t, r, "name");
      units.put(name, cell(t, r, "unit"));
      out.add(province("provinces", name, name, cell(t, r, "unit")));
    }
    t = Tsv.load(DIR + "province-aliases.tsv");
    for (List<String> r : t.rows()) {
      String name = cell(t, r, "name");
      out.add(province("province-aliases", cell(t, r, "alias"), name, units.get(name)));
    }
    t = Tsv.load(DIR + "place-units.tsv");
    for (List<String> r : t.rows()) {
      String word = cell(t, r, "word");
      String unit = cell(t, r, "unit");
      String phrase;
      String expected;
      if (unit.equals("tỉnh") || unit.equals("thành phố")) {
        phrase = "Chủ tịch UBND " + word + " Cần Thơ";
        expected = "Chủ tịch Ủy ban nhân dân Thành phố Cần Thơ";
      } else {
        phrase = "Chủ tịch UBND " + word + " Yên Thành";
        out.add(new Case("place-units", word, sentence(phrase),
            canonicalWritten(phrase, "Chủ tịch Ủy ban nhân dân " + unit + " ", "Yên Thành")));
        continue;
      }
      out.add(new Case("place-units", word, sentence(phrase), canonical(phrase, expected)));
    }
    t = Tsv.load(DIR + "statuses.tsv");
    for (List<String> r : t.rows()) {
      String word = cell(t, r, "word");
      Title.Status status = Title.Status.valueOf(cell(t, r, "status"));
      String phrase = cell(t, r, "position").equals("before")
          ? capitalize(word) + " Tổng thống" : "Tổng thống " + word;
      out.add(new Case("statuses", word, sentence(phrase), has(phrase, "status " + status,
          x -> x.canonical().equals("Tổng thống") && x.status().orElse(null) == status),
          cell(t, r, "flags").equals("needs-diacritics")));
    }
    t = Tsv.load(DIR + "not-titles.tsv");
    for (List<String> r : t.rows()) {
      String phrase = cell(t, r, "phrase");
      out.add(new Case("not-titles", phrase, sentence(phrase), none(phrase)));
    }
    t = Tsv.load(DIR + "context-words.tsv");
    for (List<String> r : t.rows()) {
      Case c = context(cell(t, r, "word"), cell(t, r, "use"));
      out.add(new Case(c.file(), c.entry(), c.sentence(), c.check(),
          cell(t, r, "flags").equals("needs-diacritics")));
    }
    return out.stream().map(c -> Arguments.of(c));
  }

  private static Case province(String file, String written, String name, String unit) {
    String phrase = "Chủ tịch UBND " + written;
    String place = unit.equals("thành phố") ? "Thành phố " + name : "tỉnh " + name;
    return new Case(file, written, sentence(phrase),
        canonical(phrase, "Chủ tịch Ủy ban nhân dân " + place));
  }

  private static Case context(String word, String use) {
    String phrase;
    switch (use) {
      case "plural", "generic" -> {
        phrase = word + " Đại sứ Việt Nam tại Lào";
        return new Case("context-words", word, sentence(phrase), none(phrase));
      }
      case "skip" -> {
        phrase = "các " + word + " Đại sứ Việt Nam tại Lào";
        return new Case("context-words", word, sentence(phrase), none(phrase));
      }
      case "chain" -> {
        String sep = word.equals(",") ? ", " : " " + word + " ";
        return new Case("context-words", word,
            "Sáng 10/11, Ủy viên Bộ Chính trị" + sep + "Chủ tịch UBND TP Đà Nẵng đã tiếp đoàn.",
            has("Chủ tịch UBND TP Đà Nẵng", "a second title",
                x -> x.canonical().equals("Chủ tịch Ủy ban nhân dân Thành phố Đà Nẵng")));
      }
      case "posting" -> {
        phrase = "Đại sứ Việt Nam " + word + " Lào";
        return new Case("context-words", word, sentence(phrase), has(phrase, "posted to Lào",
            x -> x.postedTo().orElse("").equals("Lào")));
      }
      case "envoy-filler" -> {
        phrase = "Đại sứ Việt Nam " + word + " tại Lào";
        return new Case("context-words", word, sentence(phrase), has(phrase, "posted to Lào",
            x -> x.postedTo().orElse("").equals("Lào")));
      }
      case "not-count" -> {
        return new Case("context-words", word,
            "Theo lịch, " + word + " 15 Chủ tịch nước sẽ tiếp đoàn.",
            canonical("Chủ tịch nước", "Chủ tịch nước"));
      }
      case "company" -> {
        phrase = "Tổng Giám đốc " + word + " Sông Đà";
        String company = word + " Sông Đà";
        return new Case("context-words", word, sentence(phrase), (titles, form) ->
            has(phrase, "a company", x -> x.organization().orElse("").equals(nfc(form.apply(company)))
                && x.kind().orElse(null) == Title.Kind.BUSINESS).verify(titles, form));
      }
      case "agency", "institution" -> {
        phrase = "Giám đốc " + word + " Sông Đà";
        String name = word + " Sông Đà";
        Title.Kind kind = use.equals("agency") ? Title.Kind.STATE : null;
        return new Case("context-words", word, sentence(phrase), (titles, form) ->
            has(phrase, "an organization read from the text", x -> modern(
                x.organization().orElse("")).equals(modern(form.apply(name)))
                    && x.kind().orElse(null) == kind).verify(titles, form));
      }
      case "name-end" -> {
        return new Case("context-words", word,
            "Sáng nay, Giám đốc Bệnh viện Sông Đà " + word + " đoàn công tác.",
            has("Giám đốc Bệnh viện Sông Đà", "the name ends before " + word,
                x -> x.organization().orElse("").endsWith("Sông Đà")
                    || x.organization().orElse("").endsWith("Song Da")));
      }
      case "word" -> {
        phrase = "Giám đốc Viện Nghiên cứu " + word + " Sông Đà";
        String name = "Viện Nghiên cứu " + word + " Sông Đà";
        return new Case("context-words", word, sentence(phrase), (titles, form) ->
            has(phrase, "the name goes on past " + word,
                x -> x.organization().orElse("").equals(nfc(form.apply(name))))
                .verify(titles, form));
      }
      case "region" -> {
        phrase = "Giám đốc " + word + " Đông Nam Á";
        String name = word + " Đông Nam Á";
        return new Case("context-words", word, sentence(phrase), (titles, form) ->
            has(phrase, "a region", x -> x.organization().orElse("").equals(nfc(form.apply(name))))
                .verify(titles, form));
      }
      default -> throw new AssertionError("use not covered by the test: " + use);
    }
  }

  private static String sentence(String phrase) {
    return "Sáng 10/11, " + phrase + " đã tiếp đoàn công tác của tỉnh.";
  }

  private static String capitalize(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String cell(Tsv t, List<String> row, String column) {
    return Tsv.cell(row, t.column(column));
  }

  /** A name read from the text is written in modern tone placement: "Uỷ ban" as "Ủy ban". */
  private static String modern(String s) {
    return org.vietparse.internal.text.VietText.of(s).normalized();
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  // ---- the four forms of a text ----

  static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  private static final Pattern MODERN_TONE = Pattern.compile(
      "(?<![qQ])([oO](?=[\u0300\u0301\u0303\u0309\u0323][aAeE])|[uU](?=[\u0300\u0301\u0303\u0309\u0323][yY]))"
          + "([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?![\\p{L}\\p{M}])");

  /** The old tone placement: "hòa" → "hoà", "Ủy" → "Uỷ". */
  static String oldTones(String s) {
    return nfc(MODERN_TONE.matcher(nfd(s)).replaceAll("$1$3$2"));
  }

  /** Without diacritics: "Chủ tịch" → "Chu tich", "Đà Nẵng" → "Da Nang". */
  static String noDiacritics(String s) {
    String d = nfd(s).replace('đ', 'd').replace('Đ', 'D');
    return d.replaceAll("\\p{M}", "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyEntryIsRead(Case c) {
    Map<String, Function<String, String>> forms = new java.util.LinkedHashMap<>();
    forms.put("NFC", LexiconCoverageTest::nfc);
    forms.put("NFD", LexiconCoverageTest::nfd);
    forms.put("old tones", LexiconCoverageTest::oldTones);
    forms.put("no diacritics", LexiconCoverageTest::noDiacritics);
    List<String> errors = new ArrayList<>();
    forms.forEach((name, form) -> {
      String text = form.apply(c.sentence());
      Extraction x = TITLES.extract(text);
      for (TitleMention m : x.titles()) {
        assertEquals(text.substring(m.span().start(), m.span().end()), m.text(), "offsets");
      }
      String error = c.check().verify(x.titles(), form);
      if (c.needsDiacritics() && name.equals("no diacritics")) {
        // its bare spelling is a commoner word's: "co Tong thong" has a president, no late one
        if (error == null) {
          errors.add(name + ": read although the entry needs diacritics: " + x.titles());
        }
      } else if (error != null) {
        errors.add(name + ": " + error);
      }
    });
    assertTrue(errors.isEmpty(), () -> errors.stream().collect(Collectors.joining("\n")));
  }

  @org.junit.jupiter.api.Test
  void oldTonesMovesTheMark() {
    assertEquals("Uỷ ban hoà bình", oldTones("Ủy ban hòa bình"));
    assertEquals("quý", oldTones("quý"));
    assertEquals("của", oldTones("của"));
  }
}
