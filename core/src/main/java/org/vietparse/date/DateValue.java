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
 * The value of a date or time expression: a point that may be partial (the year unknown, the day
 * unknown, only a clock time), a quarter, a season or an ISO week, optionally with a clock time or a
 * {@link PartOfDay}; or a range with a {@linkplain #begin() begin} and an {@linkplain #end() end};
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
 * <p>Immutable and thread-safe: every {@code with…} method returns a new value.
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
public final class DateValue {
  private static final DateValue UNKNOWN =
      new DateValue(null, null, null, null, null, null, null, null, null, null, null, false,
          false, false, null, false);
  private static final Pattern TIMEX = Pattern.compile(
      "(\\d{4}|XXXX)(?:-(?:W(\\d{2}|XX)(?:-([1-7]|WE))?|Q([1-4])|(SP|SU|FA|WI)|(\\d{2}|XX)"
          + "(?:-(\\d{2}|XX))?))?"
          + "(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?|(TMO|TMI|TAF|TEV|TNI))?");

  private final @Nullable Integer year;
  private final @Nullable Integer month;
  private final @Nullable Integer day;
  private final @Nullable Integer quarter;
  private final @Nullable Integer week;
  private final @Nullable Season season;
  private final @Nullable LocalTime time;
  private final @Nullable PartOfDay partOfDay;
  private final @Nullable DayOfWeek weekday;
  private final @Nullable DateValue begin;
  private final @Nullable DateValue end;
  private final boolean relative;
  private final boolean localTime;
  private final boolean lunar;
  private final @Nullable DateModifier mod;
  private final boolean weekend;

  private DateValue(@Nullable Integer year, @Nullable Integer month, @Nullable Integer day,
      @Nullable Integer quarter, @Nullable Integer week, @Nullable Season season,
      @Nullable LocalTime time,
      @Nullable PartOfDay partOfDay, @Nullable DayOfWeek weekday, @Nullable DateValue begin,
      @Nullable DateValue end, boolean relative, boolean localTime, boolean lunar,
      @Nullable DateModifier mod, boolean weekend) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.quarter = quarter;
    this.week = week;
    this.season = season;
    this.time = time;
    this.partOfDay = partOfDay;
    this.weekday = weekday;
    this.begin = begin;
    this.end = end;
    this.relative = relative;
    this.localTime = localTime;
    this.lunar = lunar;
    this.mod = mod;
    this.weekend = weekend;
  }

  // ---------------------------------------------------------------- factories

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
  public static DateValue unknown() {
    return UNKNOWN;
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
  public static DateValue of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return UNKNOWN.withYear(date.getYear()).withMonth(date.getMonthValue())
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
  public static DateValue of(LocalDateTime dateTime) {
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
  public static DateValue of(YearMonth yearMonth) {
    Objects.requireNonNull(yearMonth, "yearMonth");
    return UNKNOWN.withYear(yearMonth.getYear()).withMonth(yearMonth.getMonthValue());
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
  public static DateValue of(Year year) {
    Objects.requireNonNull(year, "year");
    return UNKNOWN.withYear(year.getValue());
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
  public static DateValue of(MonthDay monthDay) {
    Objects.requireNonNull(monthDay, "monthDay");
    return UNKNOWN.withMonth(monthDay.getMonthValue()).withDay(monthDay.getDayOfMonth());
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
  public static DateValue of(LocalTime time) {
    Objects.requireNonNull(time, "time");
    return UNKNOWN.withTime(time);
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
  public static DateValue ofQuarter(int year, int quarter) {
    return UNKNOWN.withYear(year).withQuarter(quarter);
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
  public static DateValue ofWeek(int weekBasedYear, int week) {
    return UNKNOWN.withYear(weekBasedYear).withWeek(week);
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
  public static DateValue ofSeason(int year, Season season) {
    return UNKNOWN.withYear(year).withSeason(season);
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
   * @param begin the first point; not null, not a range
   * @param end the last point; not null, not a range
   * @return the range
   * @throws IllegalArgumentException if begin or end is itself a range, or the end comes before
   *     the begin (where both say enough to tell: "25/11/2022" before "21/11/2022", "10h" before
   *     "9h" of one day)
   */
  public static DateValue range(DateValue begin, DateValue end) {
    Objects.requireNonNull(begin, "begin");
    Objects.requireNonNull(end, "end");
    if (begin.isRange() || end.isRange()) {
      throw new IllegalArgumentException("a range's ends must be points: " + begin + ", " + end);
    }
    if (endsBefore(begin, end)) {
      throw new IllegalArgumentException("a range must not end before it begins: " + begin
          + ", " + end);
    }
    return new DateValue(null, null, null, null, null, null, null, null, null, begin.plain(),
        end.plain(), false, false, false, null, false);
  }

  /**
   * Whether end comes before begin, compared on what both know: the same calendar fields, then
   * the clock time on one day. Ends without years are in no wrong order, as a range may cross
   * New Year.
   */
  private static boolean endsBefore(DateValue b, DateValue e) {
    if (!Objects.equals(b.quarter, e.quarter) && (b.quarter == null || e.quarter == null)
        || !Objects.equals(b.week, e.week) && (b.week == null || e.week == null)
        || b.season != e.season) {
      return false;
    }
    if (b.year == null && e.year == null && (b.month != null || b.day != null
        || b.quarter != null || b.week != null || b.season != null)) {
      // "28/12 – 3/1" may cross New Year: without years no order is wrong
      return false;
    }
    int[] bf = {key(b.year), key(b.quarter), key(b.week), key(b.month), key(b.day)};
    int[] ef = {key(e.year), key(e.quarter), key(e.week), key(e.month), key(e.day)};
    for (int k = 0; k < bf.length; k++) {
      if (bf[k] < 0 || ef[k] < 0) {
        if (bf[k] != ef[k]) {
          // one end knows what the other does not: no order to tell
          return false;
        }
        continue;
      }
      if (bf[k] != ef[k]) {
        return ef[k] < bf[k];
      }
    }
    return b.time != null && e.time != null && e.time.isBefore(b.time);
  }

  private static int key(@Nullable Integer field) {
    return field == null ? -1 : field;
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
  public static Optional<DateValue> ofLunar(int lunarYear, int lunarMonth, int lunarDay,
      boolean leapMonth) {
    return LunarCalendar.toSolar(lunarYear, lunarMonth, lunarDay, leapMonth)
        .map(d -> of(d).withLunar(true));
  }

  /**
   * Reads a point from its TIMEX3-style string as {@link #timex()} writes it: "2024-11-10",
   * "XXXX-11-10TAF", "2024-09", "2024", "2024-Q3", "2024-WI", "2017-W05", "XXXX-WXX-1",
   * "2025-12-06T09:04", "XXXX-XX-XXT22:30". Flags are not part of the string and are false.
   *
   * <pre>{@code
   * DateValue.parse("XXXX-11-10TAF").partOfDay();  // Optional[AFTERNOON]
   * }</pre>
   *
   * @param timex the string; not null
   * @return the value
   * @throws DateTimeException if the string is not such a point or names an impossible date
   */
  public static DateValue parse(CharSequence timex) {
    Objects.requireNonNull(timex, "timex");
    String s = timex.toString();
    Matcher m = s.length() <= 32 ? TIMEX.matcher(s) : null;
    if (m == null || !m.matches()) {
      throw new DateTimeException("not a TIMEX point: " + cut(s));
    }
    DateValue v = UNKNOWN;
    if (!m.group(1).startsWith("X")) {
      v = v.withYear(Integer.parseInt(m.group(1)));
    }
    if (m.group(2) != null && !m.group(2).startsWith("X")) {
      v = v.withWeek(Integer.parseInt(m.group(2)));
    }
    if ("WE".equals(m.group(3))) {
      v = v.withWeekend(true);
    } else if (m.group(3) != null) {
      v = v.withWeekday(DayOfWeek.of(Integer.parseInt(m.group(3))));
    }
    if (m.group(4) != null) {
      v = v.withQuarter(Integer.parseInt(m.group(4)));
    }
    if (m.group(5) != null) {
      v = v.withSeason(Season.ofCode(m.group(5)).orElseThrow());
    }
    if (m.group(6) != null && !m.group(6).startsWith("X")) {
      v = v.withMonth(Integer.parseInt(m.group(6)));
    }
    if (m.group(7) != null && !m.group(7).startsWith("X")) {
      v = v.withDay(Integer.parseInt(m.group(7)));
    }
    if (m.group(8) != null) {
      int sec = m.group(10) == null ? 0 : Integer.parseInt(m.group(10));
      int hour = Integer.parseInt(m.group(8));
      if (hour == 24 && sec == 0 && m.group(9).equals("00")) {
        v = v.withTime(LocalTime.MAX);
      } else {
        v = v.withTime(LocalTime.of(hour, Integer.parseInt(m.group(9)), sec));
      }
    }
    if (m.group(11) != null) {
      v = v.withPartOfDay(PartOfDay.ofCode(m.group(11)).orElseThrow());
    }
    return v;
  }

  private static String cut(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "…";
  }

  // ---------------------------------------------------------------- copies

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
  public DateValue withYear(int year) {
    checkPoint();
    if (year < 1 || year > 9999) {
      throw new DateTimeException("year out of range: " + year);
    }
    if (lunar && this.year == null && month != null && day != null) {
      LocalDate solar = LunarCalendar.toSolar(year, month, day, false)
          .orElseThrow(() -> new DateTimeException("no lunar day " + day + "/" + month + " in "
              + year));
      return new DateValue(solar.getYear(), solar.getMonthValue(), solar.getDayOfMonth(),
          quarter, week, season, time, partOfDay, weekday, null, null, relative, localTime, true, mod,
          weekend);
    }
    checkDay(year, month, day);
    return new DateValue(year, month, day, quarter, week, season, time, partOfDay, weekday, null,
        null, relative, localTime, lunar, mod, weekend);
  }

  /**
   * This point in another month.
   *
   * @param month the month, 1–12
   * @return the copy
   * @throws DateTimeException if the month is out of range or lacks the day
   * @throws IllegalStateException if this is a range
   */
  public DateValue withMonth(int month) {
    checkPoint();
    if (month < 1 || month > 12) {
      throw new DateTimeException("month out of range: " + month);
    }
    checkDay(year, month, day);
    return new DateValue(year, month, day, null, null, null, time, partOfDay, weekday, null, null,
        relative, localTime, lunar, mod, false);
  }

  /**
   * This point on another day of the month.
   *
   * @param day the day, 1–31, and no more than the month has (29 February needs a leap year or
   *     an unknown year)
   * @return the copy
   * @throws DateTimeException if the day does not exist
   * @throws IllegalStateException if this is a range
   */
  public DateValue withDay(int day) {
    checkPoint();
    checkDay(year, month, day);
    return new DateValue(year, month, day, null, null, null, time, partOfDay, weekday, null, null,
        relative, localTime, lunar, mod, false);
  }

  /**
   * This point as a quarter of its year (month and day are dropped).
   *
   * @param quarter 1–4
   * @return the copy
   * @throws DateTimeException if the quarter is out of range
   * @throws IllegalStateException if this is a range
   */
  public DateValue withQuarter(int quarter) {
    checkPoint();
    if (quarter < 1 || quarter > 4) {
      throw new DateTimeException("quarter out of range: " + quarter);
    }
    return new DateValue(year, null, null, quarter, null, null, null, null, null, null, null,
        relative, localTime, lunar, mod, false);
  }

  /**
   * This point as an ISO week of its (week-based) year (month and day are dropped).
   *
   * @param week 1–53, and 53 only in a year that has it
   * @return the copy
   * @throws DateTimeException if the week is out of range
   * @throws IllegalStateException if this is a range
   */
  public DateValue withWeek(int week) {
    checkPoint();
    int max = year == null ? 53
        : (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    if (week < 1 || week > max) {
      throw new DateTimeException("week out of range: " + week);
    }
    return new DateValue(year, null, null, null, week, null, time, partOfDay, weekday, null, null,
        relative, localTime, lunar, mod, weekend);
  }

  /**
   * This point as a season of its year (month and day are dropped).
   *
   * @param season the season; not null
   * @return the copy
   * @throws IllegalStateException if this is a range
   */
  public DateValue withSeason(Season season) {
    Objects.requireNonNull(season, "season");
    checkPoint();
    return new DateValue(year, null, null, null, null, season, null, null, null, null, null,
        relative, localTime, lunar, mod, false);
  }

  /**
   * This point at a clock time; the part of day, now implied by the time, is dropped.
   *
   * @param time the time; not null
   * @return the copy
   * @throws IllegalStateException if this is a range
   */
  public DateValue withTime(LocalTime time) {
    Objects.requireNonNull(time, "time");
    checkPoint();
    return new DateValue(year, month, day, quarter, week, season, time, null, weekday, null, null,
        relative, localTime, lunar, mod, weekend);
  }

  /**
   * This point in a part of the day. A point with a clock time keeps the time and ignores the
   * part of day.
   *
   * @param partOfDay the part of day; not null
   * @return the copy
   * @throws IllegalStateException if this is a range
   */
  public DateValue withPartOfDay(PartOfDay partOfDay) {
    Objects.requireNonNull(partOfDay, "partOfDay");
    checkPoint();
    return new DateValue(year, month, day, quarter, week, season, time,
        time == null ? partOfDay : null, weekday, null, null, relative, localTime, lunar,
        mod, weekend);
  }

  /**
   * This point with the weekday the text names ("Thứ bảy 06/12/2025"). The weekday is kept as
   * written even when it contradicts the date; {@link #isWeekdayContradicted()} tells.
   *
   * @param weekday the weekday; not null
   * @return the copy
   * @throws IllegalStateException if this is a range
   */
  public DateValue withWeekday(DayOfWeek weekday) {
    Objects.requireNonNull(weekday, "weekday");
    checkPoint();
    return new DateValue(year, month, day, quarter, week, season, time, partOfDay, weekday, null,
        null, relative, localTime, lunar, mod, weekend);
  }

  /**
   * This value marked as depending on the reference date ("hôm nay", "năm ngoái"), or not.
   *
   * @param relative the flag
   * @return the copy
   */
  public DateValue withRelative(boolean relative) {
    return new DateValue(year, month, day, quarter, week, season, time, partOfDay, weekday, begin,
        end,
        relative, localTime, lunar, mod, weekend);
  }

  /**
   * This value marked as local time of the place ("giờ địa phương"), or not.
   *
   * @param localTime the flag
   * @return the copy
   */
  public DateValue withLocalTime(boolean localTime) {
    return new DateValue(year, month, day, quarter, week, season, time, partOfDay, weekday, begin,
        end,
        relative, localTime, lunar, mod, weekend);
  }

  /**
   * This value marked as a lunar-calendar date, or not. While the year is unknown, the month
   * and day of a lunar point are lunar; once it is known they are the solar date.
   *
   * @param lunar the flag
   * @return the copy
   */
  public DateValue withLunar(boolean lunar) {
    return new DateValue(year, month, day, quarter, week, season, time, partOfDay, weekday, begin,
        end,
        relative, localTime, lunar, mod, weekend);
  }

  /**
   * This value with the part of its period the text speaks of ("đầu năm 2025" is 2025 with
   * {@link DateModifier#START}), or with none.
   *
   * @param modifier the modifier, or null for none
   * @return the copy
   */
  public DateValue withModifier(@Nullable DateModifier modifier) {
    return new DateValue(year, month, day, quarter, week, season, time, partOfDay, weekday, begin,
        end, relative, localTime, lunar, modifier, weekend);
  }

  /**
   * This week point as its weekend ("cuối tuần này" → {@code 2026-W05-WE}), or as the whole week.
   *
   * @param weekend the flag
   * @return the copy
   * @throws IllegalStateException if this is a range, or the point is not a week (it has a
   *     month, a quarter, a season or a weekday)
   */
  public DateValue withWeekend(boolean weekend) {
    checkPoint();
    if (weekend && (month != null || day != null || quarter != null || season != null
        || weekday != null || time != null || partOfDay != null)) {
      throw new IllegalStateException("only a week has a weekend: " + this);
    }
    return new DateValue(year, month, day, quarter, week, season, time, partOfDay, weekday, null,
        null, relative, localTime, lunar, mod, weekend);
  }

  private DateValue plain() {
    return new DateValue(year, month, day, quarter, week, season, time, partOfDay, weekday, null,
        null, false, false, false, null, weekend);
  }

  private void checkPoint() {
    if (begin != null) {
      throw new IllegalStateException("a range has no fields of its own: " + this);
    }
  }

  private static void checkDay(@Nullable Integer year, @Nullable Integer month,
      @Nullable Integer day) {
    if (day == null) {
      return;
    }
    int max = month == null ? 31
        : year == null ? java.time.Month.of(month).maxLength()
        : YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > max) {
      throw new DateTimeException("no day " + day + (month == null ? "" : " in month " + month)
          + (year == null ? "" : " of " + year));
    }
  }

  // ---------------------------------------------------------------- queries

  /** Whether this is a range or period with a begin and an end. */
  public boolean isRange() {
    return begin != null;
  }

  /** The first point of a range, or empty for a point. */
  public Optional<DateValue> begin() {
    return Optional.ofNullable(begin);
  }

  /** The last point of a range (inclusive), or empty for a point. */
  public Optional<DateValue> end() {
    return Optional.ofNullable(end);
  }

  /** The year, when known. */
  public OptionalInt year() {
    return year == null ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /** The month 1–12, when known. */
  public OptionalInt month() {
    return month == null ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /** The day of the month 1–31, when known. */
  public OptionalInt day() {
    return day == null ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /** The quarter 1–4 of a quarter point. */
  public OptionalInt quarter() {
    return quarter == null ? OptionalInt.empty() : OptionalInt.of(quarter);
  }

  /** The ISO week 1–53 of a week point. */
  public OptionalInt week() {
    return week == null ? OptionalInt.empty() : OptionalInt.of(week);
  }

  /** The season of a season point ("mùa đông" → WINTER). */
  public Optional<Season> season() {
    return Optional.ofNullable(season);
  }

  /**
   * The clock time, when the text gives one. "24:00" (the end of the day it is written with) is
   * {@link LocalTime#MAX}, which {@link #timex()} writes {@code T24:00}.
   *
   * @return the time, or empty
   */
  public Optional<LocalTime> time() {
    return Optional.ofNullable(time);
  }

  /** The part of day ("chiều" → AFTERNOON), when the text gives one and no clock time. */
  public Optional<PartOfDay> partOfDay() {
    return Optional.ofNullable(partOfDay);
  }

  /** The weekday the text names ("Thứ bảy" → SATURDAY). */
  public Optional<DayOfWeek> weekday() {
    return Optional.ofNullable(weekday);
  }

  /**
   * Whether the text names a weekday that the date does not fall on ("Thứ hai 06/12/2025", a
   * Saturday): the value keeps both and reports the contradiction here.
   *
   * @return true when the weekday and a complete date disagree
   */
  public boolean isWeekdayContradicted() {
    return weekday != null && year != null && month != null && day != null
        && LocalDate.of(year, month, day).getDayOfWeek() != weekday;
  }

  /**
   * The part of the period the text speaks of: "đầu năm 2025" → {@link DateModifier#START}.
   *
   * @return the modifier, or empty for the whole period
   */
  public Optional<DateModifier> modifier() {
    return Optional.ofNullable(mod);
  }

  /**
   * Whether this week point is its weekend ("cuối tuần" → {@code XXXX-WXX-WE}).
   *
   * @return true for a weekend
   */
  public boolean isWeekend() {
    return weekend;
  }

  /** Whether the value depends on the reference date ("hôm nay", "năm ngoái", "cùng kỳ"). */
  public boolean isRelative() {
    return relative;
  }

  /** Whether the time is local to the place the text speaks of ("giờ địa phương"). */
  public boolean isLocalTime() {
    return localTime;
  }

  /** Whether the text gives the date in the lunar calendar ("rằm tháng Giêng"). */
  public boolean isLunar() {
    return lunar;
  }

  /** The day, when year, month and day are all known. */
  public Optional<LocalDate> toLocalDate() {
    return year != null && month != null && day != null
        ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  /** The day and time, when the day and a clock time are known. */
  public Optional<LocalDateTime> toLocalDateTime() {
    return time == null ? Optional.empty() : toLocalDate().map(d -> d.atTime(time));
  }

  /** The month, when year and month are known (also for a day point). */
  public Optional<YearMonth> toYearMonth() {
    return year != null && month != null ? Optional.of(YearMonth.of(year, month))
        : Optional.empty();
  }

  /** The year, when known. */
  public Optional<Year> toYear() {
    return year == null ? Optional.empty() : Optional.of(Year.of(year));
  }

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
  public Optional<String> timex() {
    if (begin != null) {
      return Optional.empty();
    }
    boolean dayLevel = day != null || time != null || partOfDay != null;
    boolean noCalendar = year == null && month == null && day == null && quarter == null
        && week == null && season == null;
    if (noCalendar && (relative || !dayLevel && weekday == null && !weekend)) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder(24);
    sb.append(year == null ? "XXXX" : String.format(Locale.ROOT, "%04d", year));
    if (week != null || weekend || weekday != null && month == null && day == null
        && quarter == null) {
      sb.append("-W").append(week == null ? "XX" : two(week));
      if (weekend) {
        sb.append("-WE");
      } else if (weekday != null) {
        sb.append('-').append(weekday.getValue());
      }
    } else if (quarter != null) {
      sb.append("-Q").append(quarter);
      return Optional.of(sb.toString());
    } else if (season != null) {
      sb.append('-').append(season.code());
      return Optional.of(sb.toString());
    } else {
      if (month != null || dayLevel) {
        sb.append('-').append(month == null ? "XX" : two(month));
      }
      if (dayLevel) {
        sb.append('-').append(day == null ? "XX" : two(day));
      }
    }
    if (LocalTime.MAX.equals(time)) {
      // the end of the day, as ISO 8601 writes it
      sb.append("T24:00");
    } else if (time != null) {
      sb.append('T').append(two(time.getHour())).append(':').append(two(time.getMinute()));
      if (time.getSecond() != 0) {
        sb.append(':').append(two(time.getSecond()));
      }
    } else if (partOfDay != null) {
      sb.append(partOfDay.code());
    }
    return Optional.of(sb.toString());
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DateValue v)) {
      return false;
    }
    return relative == v.relative && localTime == v.localTime && lunar == v.lunar
        && mod == v.mod && weekend == v.weekend
        && Objects.equals(year, v.year) && Objects.equals(month, v.month)
        && Objects.equals(day, v.day) && Objects.equals(quarter, v.quarter)
        && Objects.equals(week, v.week) && season == v.season && Objects.equals(time, v.time)
        && partOfDay == v.partOfDay && weekday == v.weekday && Objects.equals(begin, v.begin)
        && Objects.equals(end, v.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day, quarter, week, season, time, partOfDay, weekday, begin, end,
        relative, localTime, lunar, mod, weekend);
  }

  /** A short form: the timex (or begin/end) and the flags, e.g. "XXXX-11-10TAF localTime". */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (begin != null && end != null) {
      sb.append(begin.timex().orElse("?")).append('/').append(end.timex().orElse("?"));
    } else {
      sb.append(timex().orElse("?"));
    }
    if (mod != null) {
      sb.append(" mod=").append(mod);
    }
    if (relative) {
      sb.append(" relative");
    }
    if (localTime) {
      sb.append(" localTime");
    }
    if (weekday != null) {
      sb.append(" weekday=").append(weekday.getValue());
      if (isWeekdayContradicted()) {
        sb.append(" (contradicts the date)");
      }
    }
    if (lunar) {
      sb.append(" lunar");
    }
    return sb.toString();
  }
}
