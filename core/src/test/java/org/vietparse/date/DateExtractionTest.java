package org.vietparse.date;

import org.vietparse.testing.MultiLocaleTest;
import org.vietparse.MentionFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vietparse.DateMention;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.VietParse;

/** Dates inside sentences: which words the span covers, and the traps that are no dates. */
class DateExtractionTest {
  private static final Extractor DATES = VietParse.extractor().types(MentionType.DATE).build();

  static Stream<Arguments> spans() {
    List<Arguments> out = new ArrayList<>();
    for (String[] row : DatePhrasesTest.table("spans.tsv")) {
      out.add(Arguments.of(row[0], row[1]));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spans")
  void findsTheMentions(String sentence, String expected) {
    List<DateMention> found = DATES.extract(sentence).dates();
    List<String> got = new ArrayList<>();
    for (DateMention m : found) {
      assertEquals(m.text(), sentence.substring(m.span().start(), m.span().end()));
      got.add(m.text() + " → " + DatePhrasesTest.render(MentionFormat.fields(m)));
    }
    assertEquals(expected, String.join(" ; ", got));
  }

  static Stream<Arguments> context() {
    List<Arguments> out = new ArrayList<>();
    for (String[] row : DatePhrasesTest.table("context.tsv")) {
      out.add(Arguments.of(row[0], row[1], row.length > 2 ? row[2] : ""));
    }
    return out.stream();
  }

  /** Sentences whose dates count from the time the text is talking about (context.tsv). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("context")
  void resolvesInContext(String sentence, String reference, String expected) {
    LocalDateTime ref = reference.contains("T") ? LocalDateTime.parse(reference)
        : LocalDate.parse(reference).atStartOfDay();
    Extractor ex = VietParse.extractor().types(MentionType.DATE).referenceDateTime(ref).build();
    List<String> got = new ArrayList<>();
    for (DateMention m : ex.extract(sentence).dates()) {
      got.add(m.text() + " → " + DatePhrasesTest.render(MentionFormat.fields(m)));
    }
    assertEquals(expected, String.join(" ; ", got), sentence);
  }

  @MultiLocaleTest
  void readsTheSameUnderEveryDefaultLocale(Locale locale) {
    Extractor ex = VietParse.extractor().types(MentionType.DATE).build();
    List<String> got = new ArrayList<>();
    for (DateMention m : ex.extract("QUÝ III/2024, THỨ HAI 18/11 (GIỜ ĐỊA PHƯƠNG)").dates()) {
      got.add(m.text() + " → " + DatePhrasesTest.render(MentionFormat.fields(m)));
    }
    assertEquals(List.of("QUÝ III/2024 → timex=2024-Q3",
        "THỨ HAI 18/11 → timex=2024-11-18 localTime weekday=1"), got);
  }

  @Test
  void oneExtractorServesManyThreads() throws Exception {
    String text = "Sáng 11/11 giờ địa phương, từ ngày 21 đến 27/9, giai đoạn 2021-2025, "
        + "Thứ bảy 06/12/2025 09:04, 10 tháng đầu năm 2022 tăng so với cùng kỳ 2021.";
    String expected = DATES.extract(text).dates().toString();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> DATES.extract(text).dates().toString()));
      }
      for (java.util.concurrent.Future<String> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(6, DATES.extract(text).dates().size());
  }

  static Stream<String> notDates() {
    List<String> out = new ArrayList<>();
    for (String[] row : DatePhrasesTest.table("not-dates.txt")) {
      out.add(row[0]);
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notDates")
  void findsNoDateIn(String sentence) {
    List<DateMention> found = DATES.extract(sentence).dates();
    assertTrue(found.isEmpty(), () -> sentence + " → " + found);
  }
}
