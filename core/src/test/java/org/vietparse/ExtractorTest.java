package org.vietparse;

import org.vietparse.testing.MultiLocaleTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExtractorTest {

  @Test
  void builderFailsFastWithMessagesThatSayWhatWasWrong() {
    Extractor.Builder b = VietParse.extractor().types(MentionType.DATE);
    IllegalStateException twice =
        assertThrows(IllegalStateException.class, () -> b.types(MentionType.MONEY));
    assertEquals("types were already set to [DATE]", twice.getMessage());
    IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
        () -> VietParse.extractor().referenceDate(LocalDate.of(10000, 1, 1)));
    assertEquals("reference date must not be after 9999-12-31: +10000-01-01", late.getMessage());
    assertEquals("date", assertThrows(NullPointerException.class,
        () -> VietParse.extractor().referenceDate(null)).getMessage());
    assertEquals("preference", assertThrows(NullPointerException.class,
        () -> VietParse.extractor().prefer(null)).getMessage());
  }

  @Test
  void nullTextFailsAtTheDoor() {
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> VietParse.extract(null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> VietParse.extractor().build().extract(null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> VietParse.parseNumber(null)).getMessage());
  }

  @Test
  void emptyAndBlankTextGiveEmptyResults() {
    assertTrue(VietParse.extract("").isEmpty());
    assertTrue(VietParse.extract(" \n\t\u00a0 ").isEmpty());
  }

  @Test
  void typesAndReferenceAreKept() {
    Extractor ex = VietParse.extractor().types(MentionType.MONEY, MentionType.DATE)
        .referenceDateTime(LocalDateTime.of(2024, 11, 11, 8, 30)).build();
    assertEquals(EnumSet.of(MentionType.DATE, MentionType.MONEY), ex.types());
    assertEquals(LocalDateTime.of(2024, 11, 11, 8, 30), ex.referenceDateTime().orElseThrow());
    assertThrows(UnsupportedOperationException.class, () -> ex.types().add(MentionType.TITLE));
  }

  @Test
  void extractorIsImmutable() {
    for (Field f : Extractor.class.getDeclaredFields()) {
      assertTrue(Modifier.isFinal(f.getModifiers()), f.getName() + " is final");
    }
    for (Field f : Extraction.class.getDeclaredFields()) {
      assertTrue(Modifier.isFinal(f.getModifiers()), f.getName() + " is final");
    }
  }

  @Test
  void currencyWordsAddedThroughTheBuilder() {
    String text = "Sử cũ chép rằng triều đình chi 50 triệu quan cho việc đắp đê.";
    assertTrue(VietParse.extract(text).money().isEmpty());
    Extractor ex = VietParse.extractor()
        .currencyWord("quan", java.util.Currency.getInstance("VND")).build();
    MoneyMention m = ex.extract(text).money().get(0);
    assertEquals("50 triệu quan", m.text());
    assertEquals("VND", MentionFormat.fields(m).get("currency"));
    assertEquals("currency word must not be blank", assertThrows(IllegalArgumentException.class,
        () -> VietParse.extractor().currencyWord(" ", java.util.Currency.getInstance("GBP")))
        .getMessage());
  }

  @Test
  void spanChecksItsBounds() {
    assertThrows(IllegalArgumentException.class, () -> Span.of(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> Span.of(3, 2));
    assertTrue(Span.of(0, 5).overlaps(Span.of(4, 6)));
    assertTrue(Span.of(0, 5).contains(Span.of(1, 5)));
    assertTrue(Span.of(0, 5).compareTo(Span.of(0, 3)) < 0, "longer first at the same start");
  }

  @MultiLocaleTest
  void resultsDoNotDependOnTheDefaultLocale(Locale locale) {
    String text = "Chiều 10/11, IPU và Chủ tịch UBND TP Hà Nội công bố khoản hỗ trợ hơn 1,3 tỷ USD.";
    assertEquals(List.of("DATE Chiều 10/11 → XXXX-11-10TAF",
        "TITLE Chủ tịch UBND TP Hà Nội → Chủ tịch Ủy ban nhân dân Thành phố Hà Nội",
        "MONEY hơn 1,3 tỷ USD → 1300000000 USD (MORE_THAN)"),
        VietParse.extractor().build().extract(text).mentions().stream()
            .map(m -> m.type() + " " + m.text() + " → " + m.value()).toList());
    assertEquals("Optional[21]", VietParse.parseNumber("HAI MƯƠI MỐT").toString());
  }
}
