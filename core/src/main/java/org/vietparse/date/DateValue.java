package org.vietparse.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The value of a date or time expression, sealed: a {@link DatePoint} that may be partial (the year unknown, the day
 * unknown, only a clock time), a quarter, a season or an ISO week, optionally with a clock time or a
 * {@link PartOfDay}; or a {@link DateRange} whose {@linkplain #begin() begin} and {@linkplain #end() end} are points;
 * plus flags: {@linkplain #isRelative() relative} to the reference date, in
 * {@linkplain #isLocalTime() local time} ("giờ địa phương"), {@linkplain #isLunar() lunar}, and the
 * {@linkplain #weekday() weekday} the text names.
 *
 * <p>{@link #timex()} writes a point as the TIMEX3-style string of the mention format
 * ({@code 2024-11-10}, {@code XXXX-11-10TAF}, {@code 2024-Q3}, {@code 2017-W05},
 * {@code XXXX-XX-XXT22:30}); {@link org.vietparse.MentionFormat} writes the mention format's
 * {@code value} fields.
 * Known parts convert to java.time types: {@link #toLocalDate()}, {@link #toYearMonth()},
 * {@link #toYear()}, {@link #toLocalDateTime()}.
 *
 * <p>Immutable and thread-safe: every {@code with…} method returns a new value. A range has no
 * fields of its own: its {@code year()}, {@code month()} … are empty, and the {@code with…}
 * methods of points throw {@link IllegalStateException} on it.
 *
 * <pre>{@code
 * DateValue v = VietParse.parseDate("chiều 10/11").orElseThrow();
 * v.timex();                                   // Optional["XXXX-11-10TAF"]
 * v.withYear(2024).toLocalDate();              // Optional[2024-11-10]
 * DateValue.of(LocalDate.of(2025, 12, 6)).withTime(LocalTime.of(9, 4)).timex();
 *                                              // Optional["2025-12-06T09:04"]
 * DateValue.range(DateValue.of(Year.of(2021)), DateValue.of(Year.of(2025)));
 *                                              // 2021/2025
 * }</pre>
 */
public sealed interface DateValue permits DatePoint, DateRange {

  /**
   * A point of which nothing is known yet: what "hôm nay" is without a reference date (with
   * {@code withRelative(true)}). Its {@link #timex()} is empty.
   *
   * <pre>{@code
   * DateValue.unknown().withRelative(true).timex();  // Optional.empty
   * }</pre>
   *
   * @return the value with no known part
   */
  static DatePoint unknown() {
    return DatePoint.UNKNOWN;
  }

  /**
   * A whole day.
   *
   * <pre>{@code
   * DateValue.of(LocalDate.of(2022, 11, 25)).timex();  // Optional["2022-11-25"]
   * }</pre>
   *
   * @param date the day; not null
   * @return the value
   */
  static DatePoint of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return DatePoint.UNKNOWN.withYear(date.getYear()).withMonth(date.getMonthValue())
        .withDay(date.getDayOfMonth());
  }

  /**
   * A day and a clock time.
   *
   * <pre>{@code
   * DateValue.of(LocalDateTime.of(2025, 12, 6, 9, 4)).timex();  // Optional["2025-12-06T09:04"]
   * }</pre>
   *
   * @param dateTime the date-time; not null
   * @return the value
   */
  static DatePoint of(LocalDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    return of(dateTime.toLocalDate()).withTime(dateTime.toLocalTime());
  }

  /**
   * A month of a year.
   *
   * <pre>{@code
   * DateValue.of(YearMonth.of(2024, 9)).timex();  // Optional["2024-09"]
   * }</pre>
   *
   * @param yearMonth the month; not null
   * @return the value
   */
  static DatePoint of(YearMonth yearMonth) {
    Objects.requireNonNull(yearMonth, "yearMonth");
    return DatePoint.UNKNOWN.withYear(yearMonth.getYear()).withMonth(yearMonth.getMonthValue());
  }

  /**
   * A year.
   *
   * <pre>{@code
   * DateValue.of(Year.of(2024)).timex();  // Optional["2024"]
   * }</pre>
   *
   * @param year the year; not null
   * @return the value
   */
  static DatePoint of(Year year) {
    Objects.requireNonNull(year, "year");
    return DatePoint.UNKNOWN.withYear(year.getValue());
  }

  /**
   * A day of a month in a year the text does not give.
   *
   * <pre>{@code
   * DateValue.of(MonthDay.of(11, 10)).timex();  // Optional["XXXX-11-10"]
   * }</pre>
   *
   * @param monthDay the day and month; not null
   * @return the value
   */
  static DatePoint of(MonthDay monthDay) {
    Objects.requireNonNull(monthDay, "monthDay");
    return DatePoint.UNKNOWN.withMonth(monthDay.getMonthValue()).withDay(monthDay.getDayOfMonth());
  }

  /**
   * A clock time on a day the text does not give.
   *
   * <pre>{@code
   * DateValue.of(LocalTime.of(22, 30)).timex();  // Optional["XXXX-XX-XXT22:30"]
   * }</pre>
   *
   * @param time the time; not null
   * @return the value
   */
  static DatePoint of(LocalTime time) {
    Objects.requireNonNull(time, "time");
    return DatePoint.UNKNOWN.withTime(time);
  }

  /**
   * A quarter of a year.
   *
   * <pre>{@code
   * DateValue.ofQuarter(2024, 3).timex();  // Optional["2024-Q3"]
   * }</pre>
   *
   * @param year the year, 1–9999
   * @param quarter the quarter, 1–4
   * @return the value
   * @throws DateTimeException if a field is out of range
   */
  static DatePoint ofQuarter(int year, int quarter) {
    return DatePoint.UNKNOWN.withYear(year).withQuarter(quarter);
  }

  /**
   * An ISO week of a week-based year.
   *
   * <pre>{@code
   * DateValue.ofWeek(2017, 5).timex();  // Optional["2017-W05"]
   * }</pre>
   *
   * @param weekBasedYear the ISO week-based year, 1–9999
   * @param week the week, 1–53
   * @return the value
   * @throws DateTimeException if a field is out of range
   */
  static DatePoint ofWeek(int weekBasedYear, int week) {
    return DatePoint.UNKNOWN.withYear(weekBasedYear).withWeek(week);
  }

  /**
   * A season of a year.
   *
   * <pre>{@code
   * DateValue.ofSeason(2024, Season.WINTER).timex();  // Optional["2024-WI"]
   * }</pre>
   *
   * @param year the year, 1–9999
   * @param season the season; not null
   * @return the value
   * @throws DateTimeException if the year is out of range
   */
  static DatePoint ofSeason(int year, Season season) {
    return DatePoint.UNKNOWN.withYear(year).withSeason(season);
  }

  /**
   * A range or period from {@code begin} to {@code end}, both inclusive: "giai đoạn 2021-2025",
   * "từ ngày 21 đến 27/9". The flags of the two points are dropped; set them on the range.
   *
   * <pre>{@code
   * DateValue.range(DateValue.of(YearMonth.of(2022, 1)), DateValue.of(YearMonth.of(2022, 10)))
   *     .toString();  // "2022-01/2022-10"
   * }</pre>
   *
   * @param begin the first point; not null
   * @param end the last point; not null
   * @return the range
   * @throws IllegalArgumentException if the end comes before
   *     the begin (where both say enough to tell: "25/11/2022" before "21/11/2022", "10h" before
   *     "9h" of one day)
   */
  static DateRange range(DatePoint begin, DatePoint end) {
    return DateRange.of(begin, end);
  }

  /**
   * A day of the Vietnamese lunar calendar converted to the solar day it falls on, marked
   * {@linkplain #isLunar() lunar}. The calendar is the astronomical one computed for UTC+7.
   *
   * <pre>{@code
   * DateValue.ofLunar(2025, 1, 1, false);  // Optional[2025-01-29 lunar]: Tết Ất Tỵ
   * }</pre>
   *
   * @param lunarYear the lunar year, 1900–2100
   * @param lunarMonth the lunar month, 1–12
   * @param lunarDay the day of the lunar month, 1–30
   * @param leapMonth whether the month is the leap month (tháng nhuận) of that number
   * @return the solar day, or empty when no such lunar day exists or the year is out of range
   */
  static Optional<DatePoint> ofLunar(int lunarYear, int lunarMonth, int lunarDay,
      boolean leapMonth) {
    return LunarCalendar.toSolar(lunarYear, lunarMonth, lunarDay, leapMonth)
        .map(d -> of(d).withLunar(true));
  }
  /**
   * Reads a value back from its {@link #toString()}: a point's timex as {@link #timex()} writes
   * it ("2024-11-10", "XXXX-11-10TAF", "2024-Q3", "2017-W05-WE", "XXXX-XX-XXT22:30",
   * "2025-12-31T24:00"), or a range "begin/end", then the flags ("mod=START", "relative",
   * "localTime", "weekday=6", "lunar"), so that {@code DateValue.parse(v.toString())} equals
   * {@code v}. A bare timex reads as a point with no flags.
   *
   * <pre>{@code
   * DateValue.parse("XXXX-11-10TAF").partOfDay();          // Optional[AFTERNOON]
   * DateValue.parse("2021/2025").isRange();                 // true
   * DateValue.parse("2025 mod=START relative").modifier();  // Optional[START]
   * }</pre>
   *
   * @param text the string; not null
   * @return the value
   * @throws DateTimeException if the string is not such a value or names an impossible date
   */
  static DateValue parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (s.length() > 200) {
      throw new DateTimeException("not a date value: " + DatePoint.cut(s));
    }
    // toString's note after a contradicted weekday says what isWeekdayContradicted() computes
    String[] parts = s.trim().replace(DatePoint.CONTRADICTION_NOTE, "").split(" ");
    DateValue v;
    int slash = parts[0].indexOf('/');
    if (slash >= 0) {
      DatePoint b = rangeEnd(parts[0].substring(0, slash), s);
      DatePoint e = rangeEnd(parts[0].substring(slash + 1), s);
      try {
        v = range(b, e);
      } catch (IllegalArgumentException x) {
        throw new DateTimeException(x.getMessage(), x);
      }
    } else {
      v = DatePoint.parseTimex(parts[0]);
    }
    for (int k = 1; k < parts.length; k++) {
      String f = parts[k];
      if (f.equals("relative")) {
        v = v.withRelative(true);
      } else if (f.equals("localTime")) {
        v = v.withLocalTime(true);
      } else if (f.equals("lunar")) {
        v = v.withLunar(true);
      } else if (f.startsWith("mod=")) {
        try {
          v = v.withModifier(DateModifier.valueOf(f.substring(4)));
        } catch (IllegalArgumentException x) {
          throw new DateTimeException("no modifier " + f + " in: " + DatePoint.cut(s), x);
        }
      } else if (f.startsWith("weekday=") && f.length() == 9 && f.charAt(8) >= '1'
          && f.charAt(8) <= '7' && v instanceof DatePoint p) {
        v = p.withWeekday(DayOfWeek.of(f.charAt(8) - '0'));
      } else {
        throw new DateTimeException("not a date value: " + DatePoint.cut(s));
      }
    }
    return v;
  }

  /** One end of a written range: its timex, and "@N" for a weekday the timex cannot show. */
  private static DatePoint rangeEnd(String s, String whole) {
    int at = s.indexOf('@');
    if (at < 0) {
      return DatePoint.parseTimex(s);
    }
    String w = s.substring(at + 1);
    if (w.length() != 1 || w.charAt(0) < '1' || w.charAt(0) > '7') {
      throw new DateTimeException("not a date value: " + DatePoint.cut(whole));
    }
    return DatePoint.parseTimex(s.substring(0, at)).withWeekday(DayOfWeek.of(w.charAt(0) - '0'));
  }

  /**
   * This point in another year; a lunar point with its year unknown is converted to the solar
   * day then.
   *
   * @param year the year, 1–9999
   * @return the copy
   * @throws DateTimeException if the year is out of range, or the day does not exist in it
   *     (29 February), or this is a range
   * @throws IllegalStateException if this is a range
   */
  DateValue withYear(int year);

  /**
   * This point in another month.
   *
   * @param month the month, 1–12
   * @return the copy
   * @throws DateTimeException if the month is out of range or lacks the day
   * @throws IllegalStateException if this is a range
   */
  DateValue withMonth(int month);

  /**
   * This point on another day of the month.
   *
   * @param day the day, 1–31, and no more than the month has (29 February needs a leap year or
   *     an unknown year)
   * @return the copy
   * @throws DateTimeException if the day does not exist
   * @throws IllegalStateException if this is a range
   */
  DateValue withDay(int day);

  /**
   * This point as a quarter of its year (month and day are dropped).
   *
   * @param quarter 1–4
   * @return the copy
   * @throws DateTimeException if the quarter is out of range
   * @throws IllegalStateException if this is a range
   */
  DateValue withQuarter(int quarter);

  /**
   * This point as an ISO week of its (week-based) year (month and day are dropped).
   *
   * @param week 1–53, and 53 only in a year that has it
   * @return the copy
   * @throws DateTimeException if the week is out of range
   * @throws IllegalStateException if this is a range
   */
  DateValue withWeek(int week);

  /**
   * This point as a season of its year (month and day are dropped).
   *
   * @param season the season; not null
   * @return the copy
   * @throws IllegalStateException if this is a range
   */
  DateValue withSeason(Season season);

  /**
   * This point at a clock time; the part of day, now implied by the time, is dropped.
   *
   * @param time the time; not null
   * @return the copy
   * @throws IllegalStateException if this is a range
   */
  DateValue withTime(LocalTime time);

  /**
   * This point in a part of the day. A point with a clock time keeps the time and ignores the
   * part of day.
   *
   * @param partOfDay the part of day; not null
   * @return the copy
   * @throws IllegalStateException if this is a range
   */
  DateValue withPartOfDay(PartOfDay partOfDay);

  /**
   * This point with the weekday the text names ("Thứ bảy 06/12/2025"). The weekday is kept as
   * written even when it contradicts the date; {@link #isWeekdayContradicted()} tells.
   *
   * @param weekday the weekday; not null
   * @return the copy
   * @throws IllegalStateException if this is a range
   */
  DateValue withWeekday(DayOfWeek weekday);

  /**
   * This value marked as depending on the reference date ("hôm nay", "năm ngoái"), or not.
   *
   * @param relative the flag
   * @return the copy
   */
  DateValue withRelative(boolean relative);

  /**
   * This value marked as local time of the place ("giờ địa phương"), or not.
   *
   * @param localTime the flag
   * @return the copy
   */
  DateValue withLocalTime(boolean localTime);

  /**
   * This value marked as a lunar-calendar date, or not. While the year is unknown, the month
   * and day of a lunar point are lunar; once it is known they are the solar date.
   *
   * @param lunar the flag
   * @return the copy
   */
  DateValue withLunar(boolean lunar);

  /**
   * This value with the part of its period the text speaks of ("đầu năm 2025" is 2025 with
   * {@link DateModifier#START}), or with none.
   *
   * @param modifier the modifier, or null for none
   * @return the copy
   */
  DateValue withModifier(@Nullable DateModifier modifier);

  /**
   * This week point as its weekend ("cuối tuần này" → {@code 2026-W05-WE}), or as the whole week.
   *
   * @param weekend the flag
   * @return the copy
   * @throws IllegalStateException if this is a range, or the point is not a week (it has a
   *     month, a quarter, a season or a weekday)
   */
  DateValue withWeekend(boolean weekend);

  /**
   * Whether this is a range or period with a begin and an end.
   *
   * @return true if this is a range or period with a begin and an end
   */
  boolean isRange();

  /**
   * The first point of a range, or empty for a point.
   *
   * @return the first point of a range, or empty
   */
  Optional<DatePoint> begin();

  /**
   * The last point of a range (inclusive), or empty for a point.
   *
   * @return the last point of a range, or empty
   */
  Optional<DatePoint> end();

  /**
   * The year, when known.
   *
   * @return the year, or empty
   */
  OptionalInt year();

  /**
   * The month 1–12, when known.
   *
   * @return the month 1–12, or empty
   */
  OptionalInt month();

  /**
   * The day of the month 1–31, when known.
   *
   * @return the day of the month 1–31, or empty
   */
  OptionalInt day();

  /**
   * The quarter 1–4 of a quarter point.
   *
   * @return the quarter 1–4 of a quarter point, or empty
   */
  OptionalInt quarter();

  /**
   * The ISO week 1–53 of a week point.
   *
   * @return the ISO week 1–53 of a week point, or empty
   */
  OptionalInt week();

  /**
   * The season of a season point ("mùa đông" → WINTER).
   *
   * @return the season of a season point, or empty
   */
  Optional<Season> season();

  /**
   * The clock time, when the text gives one. "24:00" (the end of the day it is written with) is
   * {@link LocalTime#MAX}, which {@link #timex()} writes {@code T24:00}.
   *
   * @return the time, or empty
   */
  Optional<LocalTime> time();

  /**
   * The part of day ("chiều" → AFTERNOON), when the text gives one and no clock time.
   *
   * @return the part of day, or empty
   */
  Optional<PartOfDay> partOfDay();

  /**
   * The weekday the text names ("Thứ bảy" → SATURDAY).
   *
   * @return the weekday the text names, or empty
   */
  Optional<DayOfWeek> weekday();

  /**
   * Whether the text names a weekday that the date does not fall on ("Thứ hai 06/12/2025", a
   * Saturday): the value keeps both and reports the contradiction here.
   *
   * @return true when the weekday and a complete date disagree
   */
  boolean isWeekdayContradicted();

  /**
   * The part of the period the text speaks of: "đầu năm 2025" → {@link DateModifier#START}.
   *
   * @return the modifier, or empty for the whole period
   */
  Optional<DateModifier> modifier();

  /**
   * Whether this week point is its weekend ("cuối tuần" → {@code XXXX-WXX-WE}).
   *
   * @return true for a weekend
   */
  boolean isWeekend();

  /**
   * Whether the value depends on the reference date ("hôm nay", "năm ngoái", "cùng kỳ").
   *
   * @return true if the value depends on the reference date ("hôm nay", "năm ngoái", "cùng kỳ")
   */
  boolean isRelative();

  /**
   * Whether the time is local to the place the text speaks of ("giờ địa phương").
   *
   * @return true if the time is local to the place the text speaks of ("giờ địa phương")
   */
  boolean isLocalTime();

  /**
   * Whether the text gives the date in the lunar calendar ("rằm tháng Giêng").
   *
   * @return true if the text gives the date in the lunar calendar ("rằm tháng Giêng")
   */
  boolean isLunar();

  /**
   * The day, when year, month and day are all known.
   *
   * @return the day, or empty
   */
  Optional<LocalDate> toLocalDate();

  /**
   * The day and time, when the day and a clock time are known.
   *
   * @return the day and time, or empty
   */
  Optional<LocalDateTime> toLocalDateTime();

  /**
   * The month, when year and month are known (also for a day point).
   *
   * @return the month, or empty
   */
  Optional<YearMonth> toYearMonth();

  /**
   * The year, when known.
   *
   * @return the year, or empty
   */
  Optional<Year> toYear();

  /**
   * The value as {@link #parse(CharSequence)} reads it back: the timex of a point, or
   * "begin/end" for a range, then the flags that are set ("mod=START", "relative", "lunar").
   *
   * <pre>{@code
   * DateValue.of(LocalDate.of(2024, 11, 10)).toString();  // "2024-11-10"
   * }</pre>
   *
   * @return the string that {@code parse} inverts
   */
  @Override
  String toString();

  /**
   * The TIMEX3-style string of a point, as the mention format writes it: {@code 2024-11-10},
   * {@code XXXX-11-10TAF}, {@code 2024-09}, {@code 2024}, {@code 2024-Q3}, {@code 2024-WI}
   * (a season), {@code 2017-W05},
   * {@code XXXX-WXX-1} (a Monday of an unknown week), {@code 2025-12-06T09:04},
   * {@code XXXX-XX-XXT22:30}.
   *
   * <p>A relative point that gives no calendar field ("sáng nay" before it is resolved against
   * a reference date) has no timex, as the mention format asks; its part of day, time and
   * weekday are still there to read.
   *
   * @return the string; empty for a range, for a point of which nothing is known, and for a
   *     relative point not yet resolved to a calendar field
   */
  Optional<String> timex();
}
