package org.vietparse.internal.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vietparse.date.DateValue;
import org.vietparse.date.Preference;
import org.vietparse.internal.Document;
import org.vietparse.internal.Settings;
import org.vietparse.internal.number.Numerals;

class DateRecognizerTest {
  private final DateRecognizer recognizer = DateRecognizer.create();

  @Test
  void parseResolvesWithTheGivenSettings() {
    Settings s = new Settings(Optional.of(LocalDate.of(2024, 11, 11).atStartOfDay()), false,
        Preference.PAST);
    assertEquals(Optional.of("2024-11-10"),
        recognizer.parse("hôm qua", s).flatMap(DateValue::timex));
    assertEquals(Optional.of("2024-03-07"), recognizer.parse("7/3", s).flatMap(DateValue::timex));
  }

  @Test
  void parseWantsExactlyOneExpression() {
    assertEquals(Optional.empty(), recognizer.parse("", Settings.DEFAULT));
    assertEquals(Optional.empty(), recognizer.parse("10/11 và 12/11", Settings.DEFAULT));
    assertEquals(Optional.empty(), recognizer.parse("hội nghị chiều 10/11", Settings.DEFAULT));
    assertTrue(recognizer.parse("vào lúc 9 giờ sáng", Settings.DEFAULT).isPresent());
    assertTrue(recognizer.parse("sáng 11/11 (giờ địa phương)", Settings.DEFAULT)
        .map(DateValue::isLocalTime).orElse(false));
  }

  @Test
  void aLongInputFindsTheDatesOfEachPart() {
    String piece = "Chiều 10/11, từ ngày 21 đến 27/9 giai đoạn 2021-2025 thứ hai 23/116 "
        + "1.000 đồng 22h30 ngày mai (22/11), năm 2024; ";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      sb.append(piece);
    }
    Document doc = Document.of(sb.toString());
    DateCandidates found = recognizer.find(doc, Numerals.read(doc.tokens(), false));
    assertEquals(4000 * 5, recognizer.resolve(doc, found, Settings.DEFAULT).size());
  }

  @Test
  void eachExpressionSaysWhichRuleReadIt() {
    Document doc = Document.of("Từ 8h đến 10h, giai đoạn 2021-2025, lãi tăng so với cùng kỳ "
        + "năm trước; ngày 15 và 16/11, 3 ngày tới, chiều 10/11, 8h-10h.");
    List<String> rules = recognizer.find(doc, Numerals.read(doc.tokens(), false)).found()
        .stream().map(DateGrammar.Found::rule).toList();
    assertEquals(List.of("range from-to (từ … đến …)", "period (giai đoạn 2021-2025, 2021-2025)",
        "same period (cùng kỳ, cùng kỳ năm trước)", "day pair (ngày 15 và 16/11)",
        "relative count (3 ngày tới, 6 tháng qua, cách đây 5 năm)",
        "composite (clock, part of day, relative word, weekday, calendar date)",
        "composite (clock, part of day, relative word, weekday, calendar date)"), rules);
  }

  @Test
  void neverThrowsOnOddInput() {
    String[] odd = {"\uD800", "31/2/2024", "99:99", "ngày", "từ", "từ ngày", "thứ", "quý",
        "tháng 13", "năm 99999", "9999/12/31", "31/12/9999 23:59", "1/1/0001", "mùng 31 Tết",
        "rằm tháng 13", "Tết 1800", "tuần thứ 6 của tháng 2", "giờ", "h", "24h30", "0/0",
        "ngày 29 tháng 2 năm 1900 âm lịch", "cùng kỳ", "thế kỷ 0", "thập niên 1995"};
    for (String s : odd) {
      Document doc = Document.of(s);
      recognizer.resolve(doc, recognizer.find(doc, Numerals.read(doc.tokens(), false)),
          Settings.DEFAULT);
      recognizer.parse(s, Settings.DEFAULT);
    }
  }
}
