package org.vietparse.date;

import org.vietparse.MentionFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vietparse.DateMention;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.VietParse;

/** Reference dates, datelines, preferences and mentions that lean on earlier ones. */
class DateResolutionTest {
  private static final String ARTICLE = """
      Thứ bảy 06/12/2025 09:04
      Sáng nay, Thủ tướng chủ trì hội nghị trực tuyến với các địa phương.
      Chiều 5/12, đoàn công tác đã làm việc với tỉnh. Tối cùng ngày, đoàn về Hà Nội.
      Hội nghị tiếp theo dự kiến diễn ra vào thứ hai tuần sau.
      """;

  private static List<String> timexes(Extractor ex, String text) {
    return ex.extract(text).dates().stream()
        .map(m -> m.text() + "=" + m.date().timex().orElse("null"))
        .collect(Collectors.toList());
  }

  @Test
  void withoutReferenceRelativeWordsStayOpen() {
    Extractor ex = VietParse.extractor().types(MentionType.DATE).build();
    assertEquals(List.of("Thứ bảy 06/12/2025 09:04=2025-12-06T09:04", "Sáng nay=null",
        "Chiều 5/12=XXXX-12-05TAF", "Tối cùng ngày=XXXX-12-05TEV",
        "thứ hai tuần sau=null"), timexes(ex, ARTICLE));
  }

  @Test
  void aDetectedDatelineBecomesTheReference() {
    Extractor ex = VietParse.extractor().types(MentionType.DATE).detectDateline().build();
    assertEquals(List.of("Thứ bảy 06/12/2025 09:04=2025-12-06T09:04", "Sáng nay=2025-12-06TMO",
        "Chiều 5/12=2025-12-05TAF", "Tối cùng ngày=2025-12-05TEV",
        "thứ hai tuần sau=2025-12-08"), timexes(ex, ARTICLE));
  }

  @Test
  void aDatelineOverridesTheGivenReferenceAndOnlyAtTheTop() {
    Extractor ex = VietParse.extractor().types(MentionType.DATE)
        .referenceDate(LocalDate.of(2030, 1, 1)).detectDateline().build();
    assertEquals("Sáng nay=2025-12-06TMO", timexes(ex, ARTICLE).get(1));
    String late = "Dòng một.\nDòng hai.\nDòng ba.\nNgày 25/11/2022, đoàn tới thăm. Hôm nay trời đẹp.";
    assertEquals(List.of("Ngày 25/11/2022=2022-11-25", "Hôm nay=2030-01-01"),
        timexes(ex, late));
  }

  @Test
  void aDatelineWithoutAYearIsNoReference() {
    Extractor ex = VietParse.extractor().types(MentionType.DATE).detectDateline().build();
    assertEquals(List.of("Chiều 5/12=XXXX-12-05TAF", "hôm nay=null"),
        timexes(ex, "Chiều 5/12, hội nghị bế mạc; hôm nay các đại biểu về địa phương."));
  }

  @Test
  void aContradictingWeekdayIsReportedNotFixed() {
    DateMention m = VietParse.extract("Thứ hai 06/12/2025, hội nghị khai mạc.").dates().get(0);
    assertEquals("2025-12-06", m.date().timex().orElseThrow());
    assertEquals(Optional.of(DayOfWeek.MONDAY), m.date().weekday());
    assertTrue(m.date().isWeekdayContradicted());
    assertEquals(1, MentionFormat.fields(m).get("weekday"));
    DateMention ok = VietParse.extract("Thứ bảy 06/12/2025").dates().get(0);
    assertFalse(ok.date().isWeekdayContradicted());
  }

  @Test
  void aWeekdayContradictedAfterYearInference() {
    Extractor ex = VietParse.extractor().types(MentionType.DATE)
        .referenceDate(LocalDate.of(2024, 11, 11)).build();
    // 11/11 is a Monday in 2024 and no year nearby makes it a Friday
    DateMention m = ex.extract("Thứ sáu 11/11").dates().get(0);
    assertTrue(m.date().isWeekdayContradicted(), m.toString());
  }

  @Test
  void preferenceDecidesTheYear() {
    LocalDate ref = LocalDate.of(2024, 11, 11);
    for (Preference p : Preference.values()) {
      Extractor ex = VietParse.extractor().referenceDate(ref).prefer(p).build();
      String got = ex.extract("Lễ ký kết diễn ra ngày 2/1.").dates().get(0).date().timex()
          .orElseThrow();
      assertEquals(p == Preference.PAST ? "2024-01-02" : "2025-01-02", got, p.name());
    }
  }

  @Test
  void aRangeWhoseEndComesEarlierInTheYearEndsInTheNextYear() {
    Extractor ex = VietParse.extractor().types(MentionType.DATE)
        .referenceDate(java.time.LocalDate.of(2024, 11, 11)).build();
    // "từ 11/1 đến 1/1" would wrap nearly a whole year: two dates, not a range
    assertEquals(List.of("11/1=2025-01-11", "1/1=2025-01-01",
        "từ 20/12 đến 5/1=2024-12-20/2025-01-05", "từ 1/1 đến 11/1=2025-01-01/2025-01-11"),
        ex.extract("Lịch nghỉ kéo dài từ 11/1 đến 1/1. Hội chợ mở từ 20/12 đến 5/1, "
            + "còn lễ hội từ 1/1 đến 11/1.").dates().stream()
            .map(m -> m.text() + "=" + m.date()).collect(Collectors.toList()));
  }

  @Test
  void samePeriodFollowsTheLatestPeriod() {
    String text = "Xuất khẩu quý III/2024 tăng, nhưng 9 tháng 2024 vẫn thấp hơn cùng kỳ năm "
        + "ngoái; so với cùng kỳ 2022 thì cao hơn.";
    List<DateMention> ds = VietParse.extract(text).dates();
    assertEquals(List.of("quý III/2024", "9 tháng 2024", "cùng kỳ năm ngoái", "cùng kỳ 2022"),
        ds.stream().map(DateMention::text).collect(Collectors.toList()));
    assertEquals("{begin=2023-01, end=2023-09, relative=true}", MentionFormat.fields(ds.get(2)).toString());
    assertEquals("{begin=2022-01, end=2022-09, relative=true}", MentionFormat.fields(ds.get(3)).toString());
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String nfd = "Chie\u0302\u0300u 10/11, ho\u0323i nghi\u0323 bê\u0301 ma\u0323c.";
    DateMention m = VietParse.extract(nfd).dates().get(0);
    assertEquals(nfd.substring(m.span().start(), m.span().end()), m.text());
    assertEquals("XXXX-11-10TAF", m.date().timex().orElseThrow());
  }
}
