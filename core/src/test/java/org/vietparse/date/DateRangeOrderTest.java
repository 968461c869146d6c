package org.vietparse.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vietparse.DateMention;
import org.vietparse.MentionFormat;
import org.vietparse.VietParse;

/** A range never ends before it begins, and its two ends stand on one line. */
class DateRangeOrderTest {

  private static List<String> dates(String text) {
    return VietParse.extract(text).dates().stream()
        .map(d -> d.text() + " " + MentionFormat.fields(d)).toList();
  }

  @Test
  void reversedEndsAreTwoDates() {
    assertEquals(List.of("ngày 25/11/2022 {timex=2022-11-25}", "21/11/2022 {timex=2022-11-21}"),
        dates("Hồ sơ nộp ngày 25/11/2022 - 21/11/2022 bị trả lại."));
  }

  @Test
  void aDashAtTheEndOfALineClosesIt() {
    List<DateMention> ds = VietParse.extract("Cập nhật ngày 20/11/2022 -\nNgày 21/11/2022, họp.")
        .dates();
    assertEquals(2, ds.size(), ds.toString());
    assertEquals("ngày 20/11/2022", ds.get(0).text());
    assertEquals("Ngày 21/11/2022", ds.get(1).text());
  }

  @Test
  void timesOfOneDayThatRunBackwardsAreTwoDates() {
    // across midnight the written day may be either night's
    assertEquals(List.of("22h {timex=XXXX-XX-XXT22:00}", "2h ngày 21/2 {timex=XXXX-02-21T02:00}"),
        dates("Đường cấm xe 22h-2h ngày 21/2 để thi công."));
    assertEquals(List.of("từ 8h đến 11h ngày 21/2 {begin=XXXX-02-21T08:00, end=XXXX-02-21T11:00}"),
        dates("Đường cấm xe từ 8h đến 11h ngày 21/2 để thi công."));
  }

  @Test
  void orderedRangesStayRanges() {
    assertEquals(List.of("từ ngày 21/11/2022 đến 25/11/2022 {begin=2022-11-21, end=2022-11-25}"),
        dates("Triển lãm mở cửa từ ngày 21/11/2022 đến 25/11/2022 tại Hà Nội."));
  }

  @Test
  void midnightWrittenAs24IsTheEndOfItsDay() {
    assertEquals(List.of("24:00 ngày 31/12/2025 {timex=2025-12-31T24:00}"),
        dates("Hồ sơ nhận đến 24:00 ngày 31/12/2025."));
    assertEquals(List.of("từ 22h đến 24h ngày 5/3 {begin=XXXX-03-05T22:00, end=XXXX-03-05T24:00}"),
        dates("Phố đi bộ mở từ 22h đến 24h ngày 5/3."));
  }

  @Test
  void aRangeOfDaysThatWouldWrapMostOfAYearIsTwoDates() {
    assertEquals(List.of("5/12 {timex=XXXX-12-05}", "1/12 {timex=XXXX-12-01}"),
        dates("Đợt rét kéo từ 5/12 đến 1/12 thì dứt."));
    assertEquals(List.of("từ 28/12 đến 3/1 {begin=XXXX-12-28, end=XXXX-01-03}"),
        dates("Kỳ nghỉ kéo dài từ 28/12 đến 3/1."));
  }

  @Test
  void clockTimesThatRunBackwardsAreTwoTimes() {
    assertEquals(List.of("10h {timex=XXXX-XX-XXT10:00}", "9h sáng {timex=XXXX-XX-XXT09:00}"),
        dates("Chợ phiên họp 10h-9h sáng."));
  }

  @Test
  void aValueRangeRejectsReversedEnds() {
    DatePoint a = DateValue.of(java.time.LocalDate.of(2022, 11, 25));
    DatePoint b = DateValue.of(java.time.LocalDate.of(2022, 11, 21));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> DateValue.range(a, b));
    assertTrue(e.getMessage().contains("end before"), e.getMessage());
    DatePoint ten = DateValue.of(java.time.LocalTime.of(10, 0));
    DatePoint nine = DateValue.of(java.time.LocalTime.of(9, 0));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> DateValue.range(ten, nine));
    // without years, December to January crosses New Year
    assertEquals("XXXX-12-28/XXXX-01-03", DateValue.range(
        DateValue.of(java.time.MonthDay.of(12, 28)), DateValue.of(java.time.MonthDay.of(1, 3)))
        .toString());
  }
}
