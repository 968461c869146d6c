package org.vietparse.date;

import org.vietparse.MentionFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateValueTest {

  @Test
  void writesTimexAsTheFormatDoes() {
    assertEquals("2022-11-25", DateValue.of(LocalDate.of(2022, 11, 25)).timex().orElseThrow());
    assertEquals("2025-12-06T09:04",
        DateValue.of(LocalDateTime.of(2025, 12, 6, 9, 4)).timex().orElseThrow());
    assertEquals("2024-09", DateValue.of(YearMonth.of(2024, 9)).timex().orElseThrow());
    assertEquals("2024", DateValue.of(Year.of(2024)).timex().orElseThrow());
    assertEquals("0987", DateValue.of(Year.of(987)).timex().orElseThrow());
    assertEquals("XXXX-11-10", DateValue.of(MonthDay.of(11, 10)).timex().orElseThrow());
    assertEquals("XXXX-11-10TAF", DateValue.of(MonthDay.of(11, 10))
        .withPartOfDay(PartOfDay.AFTERNOON).timex().orElseThrow());
    assertEquals("XXXX-XX-XXT22:30", DateValue.of(LocalTime.of(22, 30)).timex().orElseThrow());
    assertEquals("XXXX-02-08T19:00", DateValue.of(MonthDay.of(2, 8))
        .withTime(LocalTime.of(19, 0)).timex().orElseThrow());
    assertEquals("2024-Q3", DateValue.ofQuarter(2024, 3).timex().orElseThrow());
    assertEquals("2017-W05", DateValue.ofWeek(2017, 5).timex().orElseThrow());
    assertEquals("XXXX-WXX-1", DateValue.unknown().withWeekday(DayOfWeek.MONDAY).timex()
        .orElseThrow());
    assertEquals(Optional.empty(), DateValue.unknown().timex());
  }

  @Test
  void aRelativePointWithoutCalendarFieldsHasNoTimex() {
    DateValue thisMorning = DateValue.unknown().withPartOfDay(PartOfDay.MORNING)
        .withRelative(true);
    assertEquals(Optional.empty(), thisMorning.timex());
    assertEquals(Optional.of(PartOfDay.MORNING), thisMorning.partOfDay());
    Map<String, ?> map = MentionFormat.fields(thisMorning);
    assertTrue(map.containsKey("timex"));
    assertEquals(null, map.get("timex"));
    assertEquals(true, map.get("relative"));
  }

  @Test
  void formatFieldsKeepTheFormatOrderAndOmitAbsentOptionals() {
    DateValue v = DateValue.of(LocalDateTime.of(2025, 12, 6, 9, 4))
        .withWeekday(DayOfWeek.SATURDAY).withLocalTime(true).withRelative(true);
    assertEquals(List.of("timex", "relative", "localTime", "weekday"),
        new ArrayList<>(MentionFormat.fields(v).keySet()));
    assertEquals(6, MentionFormat.fields(v).get("weekday"));
    assertEquals(List.of("timex"),
        new ArrayList<>(MentionFormat.fields(DateValue.of(Year.of(2024))).keySet()));
    DateValue range = DateValue.range(DateValue.of(YearMonth.of(2022, 1)),
        DateValue.of(YearMonth.of(2022, 10))).withRelative(true);
    assertEquals(Map.of("begin", "2022-01", "end", "2022-10", "relative", true), MentionFormat.fields(range));
    assertEquals(List.of("begin", "end", "relative"), new ArrayList<>(MentionFormat.fields(range).keySet()));
    assertThrows(UnsupportedOperationException.class, () -> MentionFormat.fields(range).put("x", 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-11-10", "XXXX-11-10TAF", "2024-09", "2024", "2024-Q3",
      "XXXX-Q4", "2024-WI", "XXXX-SU", "2017-W05", "XXXX-WXX-1", "2025-12-06T09:04", "XXXX-XX-XXT22:30",
      "XXXX-XX-XXTNI", "2024-02-29", "XXXX-02-29", "2024-11-10T08:15:30"})
  void parsesWhatItWrites(String timex) {
    assertEquals(timex, DateValue.parse(timex).timex().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2024-13", "2023-02-29", "XXXX-02-30", "2024-Q5", "24-11-10",
      "2024-11-10T25:00", "2024-11-10TXX", "hôm nay", "2024-W54"})
  void rejectsWhatIsNoPoint(String timex) {
    assertThrows(DateTimeException.class, () -> DateValue.parse(timex));
  }

  @Test
  void refusesDaysTheMonthLacks() {
    DateValue feb = DateValue.unknown().withMonth(2);
    assertEquals("XXXX-02-29", feb.withDay(29).timex().orElseThrow());
    assertThrows(DateTimeException.class, () -> feb.withDay(30));
    assertThrows(DateTimeException.class, () -> feb.withDay(29).withYear(2023));
    assertThrows(DateTimeException.class, () -> DateValue.unknown().withDay(31).withMonth(4));
    assertThrows(DateTimeException.class, () -> DateValue.unknown().withMonth(0));
    assertThrows(DateTimeException.class, () -> DateValue.ofQuarter(2024, 0));
    assertThrows(DateTimeException.class, () -> DateValue.ofWeek(2021, 53));
    assertEquals("2020-W53", DateValue.ofWeek(2020, 53).timex().orElseThrow());
  }

  @Test
  void convertsToJavaTime() {
    DateValue v = DateValue.parse("2025-12-06T09:04");
    assertEquals(Optional.of(LocalDate.of(2025, 12, 6)), v.toLocalDate());
    assertEquals(Optional.of(LocalDateTime.of(2025, 12, 6, 9, 4)), v.toLocalDateTime());
    assertEquals(Optional.of(YearMonth.of(2025, 12)), v.toYearMonth());
    assertEquals(Optional.of(Year.of(2025)), v.toYear());
    DateValue partial = DateValue.parse("XXXX-11-10TAF");
    assertEquals(Optional.empty(), partial.toLocalDate());
    assertEquals(Optional.empty(), partial.toYear());
    assertEquals(11, partial.month().getAsInt());
    assertEquals(Optional.of(LocalDate.of(2024, 11, 10)), partial.withYear(2024).toLocalDate());
  }

  @Test
  void reportsAWeekdayThatContradictsTheDate() {
    DateValue saturday = DateValue.of(LocalDate.of(2025, 12, 6));
    assertFalse(saturday.withWeekday(DayOfWeek.SATURDAY).isWeekdayContradicted());
    DateValue wrong = saturday.withWeekday(DayOfWeek.MONDAY);
    assertTrue(wrong.isWeekdayContradicted());
    assertEquals(Optional.of(DayOfWeek.MONDAY), wrong.weekday());
    assertTrue(wrong.toString().contains("contradicts"));
    assertFalse(DateValue.of(MonthDay.of(12, 6)).withWeekday(DayOfWeek.MONDAY)
        .isWeekdayContradicted());
  }

  @Test
  void convertsLunarDaysWithTheVietnameseCalendar() {
    assertEquals(Optional.of("2025-01-29"),
        DateValue.ofLunar(2025, 1, 1, false).flatMap(DateValue::timex));
    assertTrue(DateValue.ofLunar(2025, 1, 1, false).orElseThrow().isLunar());
    // Tết 1985 fell a month apart in Vietnam and China
    assertEquals(Optional.of(LocalDate.of(1985, 1, 21)),
        DateValue.ofLunar(1985, 1, 1, false).flatMap(DateValue::toLocalDate));
    assertEquals(Optional.empty(), DateValue.ofLunar(1800, 1, 1, false));
    DateValue midAutumn = DateValue.of(MonthDay.of(8, 15)).withLunar(true);
    assertEquals("2024-09-17", midAutumn.withYear(2024).timex().orElseThrow());
  }

  @Test
  void rangesHoldPointsOnly() throws Exception {
    DateValue r = DateValue.range(DateValue.of(Year.of(2021)), DateValue.of(Year.of(2025)));
    assertTrue(r.isRange());
    assertEquals(Optional.empty(), r.timex());
    assertEquals("2021", r.begin().orElseThrow().timex().orElseThrow());
    assertThrows(IllegalStateException.class, () -> r.withYear(2020));
    // a range of ranges does not compile: the ends are points by type
    assertTrue(DateValue.class.isSealed());
    assertEquals(java.util.Set.of(DatePoint.class, DateRange.class),
        java.util.Set.of(DateValue.class.getPermittedSubclasses()));
    assertEquals(java.util.List.of(DatePoint.class, DatePoint.class), java.util.List.of(
        DateValue.class.getMethod("range", DatePoint.class, DatePoint.class)
            .getParameterTypes()));
    assertEquals("2021/2025", r.toString());
  }

  @Test
  void isImmutable() throws Exception {
    for (Class<?> c : List.of(DatePoint.class, DateRange.class)) {
      assertTrue(Modifier.isFinal(c.getModifiers()), c + " is not final");
      for (Field f : c.getDeclaredFields()) {
        assertTrue(Modifier.isFinal(f.getModifiers()), f.getName() + " is not final");
        assertTrue(Modifier.isPrivate(f.getModifiers()) || Modifier.isStatic(f.getModifiers()),
            f.getName() + " is not private");
      }
    }
    DateValue v = DateValue.of(MonthDay.of(11, 10));
    DateValue w = v.withYear(2024).withPartOfDay(PartOfDay.EVENING).withRelative(true)
        .withLocalTime(true).withWeekday(DayOfWeek.SUNDAY).withLunar(false);
    assertNotSame(v, w);
    assertEquals("XXXX-11-10", v.timex().orElseThrow());
    assertFalse(v.isRelative());
    assertFalse(v.isLocalTime());
    assertEquals(Optional.empty(), v.weekday());
  }

  @Test
  void equalsByValue() {
    DateValue a = DateValue.parse("XXXX-11-10TAF").withLocalTime(true);
    DateValue b = DateValue.of(MonthDay.of(11, 10)).withPartOfDay(PartOfDay.AFTERNOON)
        .withLocalTime(true);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, b.withLocalTime(false));
    assertEquals("XXXX-11-10TAF localTime", a.toString());
  }

  @Test
  void failsFastOnNull() {
    assertThrows(NullPointerException.class, () -> DateValue.of((LocalDate) null));
    assertThrows(NullPointerException.class, () -> DateValue.parse(null));
    assertThrows(NullPointerException.class, () -> DateValue.unknown().withTime(null));
  }

  @Test
  void partOfDayReadsTwelveHourClocks() {
    assertEquals("TAF", PartOfDay.AFTERNOON.code());
    assertEquals(Optional.of(PartOfDay.NIGHT), PartOfDay.ofCode("TNI"));
    assertEquals(Optional.empty(), PartOfDay.ofCode("TXX"));
    assertEquals(19, PartOfDay.EVENING.toClockHour(7));
    assertEquals(13, PartOfDay.NOON.toClockHour(1));
    assertEquals(12, PartOfDay.NOON.toClockHour(12));
    assertEquals(23, PartOfDay.NIGHT.toClockHour(11));
    assertEquals(2, PartOfDay.NIGHT.toClockHour(2));
    assertEquals(9, PartOfDay.MORNING.toClockHour(9));
    assertEquals(15, PartOfDay.AFTERNOON.toClockHour(15));
    assertThrows(IllegalArgumentException.class, () -> PartOfDay.MORNING.toClockHour(25));
  }
}
