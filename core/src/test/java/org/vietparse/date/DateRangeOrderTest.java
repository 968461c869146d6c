package org.vietparse.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
