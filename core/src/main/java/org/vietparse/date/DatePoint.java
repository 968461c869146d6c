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
 * A point of a {@link DateValue}: a day, month, year, quarter, season or ISO week, any part of
 * which may be unknown ({@code XXXX-11-10}), optionally with a clock time or a
 * {@link PartOfDay}, and the flags every value carries. Build points with the factories of
 * {@link DateValue} ({@link DateValue#of(java.time.LocalDate)}, {@link DateValue#unknown()} …)
 * and copy them with the {@code with…} methods, which here return points.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DatePoint p = DateValue.of(YearMonth.of(2024, 11)).withDay(10);
 * p.timex();                        // Optional["2024-11-10"]
 * }</pre>
 */
public final class DatePoint implements DateValue {
  /** What {@code toString} adds after a weekday the date does not fall on; parse drops it. */
  static final String CONTRADICTION_NOTE = " (contradicts the date)";

  static final DatePoint UNKNOWN =
      new DatePoint(null, null, null, null, null, null, null, null, null, false, false, false, null,
          false);
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
  private final boolean relative;
  private final boolean localTime;
  private final boolean lunar;
  private final @Nullable DateModifier mod;
  private final boolean weekend;

  private DatePoint(@Nullable Integer year, @Nullable Integer month, @Nullable Integer day,
      @Nullable Integer quarter, @Nullable Integer week, @Nullable Season season,
      @Nullable LocalTime time,
      @Nullable PartOfDay partOfDay, @Nullable DayOfWeek weekday, boolean relative, boolean localTime, boolean lunar,
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
    this.relative = relative;
    this.localTime = localTime;
    this.lunar = lunar;
    this.mod = mod;
    this.weekend = weekend;
  }

  /** Reads a point from its timex string; see {@link DateValue#parse}. */
  static DatePoint parseTimex(String s) {
    Matcher m = s.length() <= 32 ? TIMEX.matcher(s) : null;
    if (m == null || !m.matches()) {
      throw new DateTimeException("not a TIMEX point: " + cut(s));
    }
    DatePoint v = UNKNOWN;
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

  static String cut(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "…";
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
  @Override
  public DatePoint withYear(int year) {
    if (year < 1 || year > 9999) {
      throw new DateTimeException("year out of range: " + year);
    }
    if (lunar && this.year == null && month != null && day != null) {
      LocalDate solar = LunarCalendar.toSolar(year, month, day, false)
          .orElseThrow(() -> new DateTimeException("no lunar day " + day + "/" + month + " in "
              + year));
      return new DatePoint(solar.getYear(), solar.getMonthValue(), solar.getDayOfMonth(), quarter,
          week, season, time, partOfDay, weekday, relative, localTime, true, mod, weekend);
    }
    checkDay(year, month, day);
    return new DatePoint(year, month, day, quarter, week, season, time, partOfDay, weekday,
        relative, localTime, lunar, mod, weekend);
  }

  /**
   * This point in another month.
   *
   * @param month the month, 1–12
   * @return the copy
   * @throws DateTimeException if the month is out of range or lacks the day
   * @throws IllegalStateException if this is a range
   */
  @Override
  public DatePoint withMonth(int month) {
    if (month < 1 || month > 12) {
      throw new DateTimeException("month out of range: " + month);
    }
    checkDay(year, month, day);
    return new DatePoint(year, month, day, null, null, null, time, partOfDay, weekday, relative,
        localTime, lunar, mod, false);
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
  @Override
  public DatePoint withDay(int day) {
    checkDay(year, month, day);
    return new DatePoint(year, month, day, null, null, null, time, partOfDay, weekday, relative,
        localTime, lunar, mod, false);
  }

  /**
   * This point as a quarter of its year (month and day are dropped).
   *
   * @param quarter 1–4
   * @return the copy
   * @throws DateTimeException if the quarter is out of range
   * @throws IllegalStateException if this is a range
   */
  @Override
  public DatePoint withQuarter(int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new DateTimeException("quarter out of range: " + quarter);
    }
    return new DatePoint(year, null, null, quarter, null, null, null, null, null, relative,
        localTime, lunar, mod, false);
  }

  /**
   * This point as an ISO week of its (week-based) year (month and day are dropped).
   *
   * @param week 1–53, and 53 only in a year that has it
   * @return the copy
   * @throws DateTimeException if the week is out of range
   * @throws IllegalStateException if this is a range
   */
  @Override
  public DatePoint withWeek(int week) {
    int max = year == null ? 53
        : (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    if (week < 1 || week > max) {
      throw new DateTimeException("week out of range: " + week);
    }
    return new DatePoint(year, null, null, null, week, null, time, partOfDay, weekday, relative,
        localTime, lunar, mod, weekend);
  }

  /**
   * This point as a season of its year (month and day are dropped).
   *
   * @param season the season; not null
   * @return the copy
   * @throws IllegalStateException if this is a range
   */
  @Override
  public DatePoint withSeason(Season season) {
    Objects.requireNonNull(season, "season");
    return new DatePoint(year, null, null, null, null, season, null, null, null, relative,
        localTime, lunar, mod, false);
  }

  /**
   * This point at a clock time; the part of day, now implied by the time, is dropped.
   *
   * @param time the time; not null
   * @return the copy
   * @throws IllegalStateException if this is a range
   */
  @Override
  public DatePoint withTime(LocalTime time) {
    Objects.requireNonNull(time, "time");
    return new DatePoint(year, month, day, quarter, week, season, time, null, weekday, relative,
        localTime, lunar, mod, weekend);
  }

  /**
   * This point in a part of the day. A point with a clock time keeps the time and ignores the
   * part of day.
   *
   * @param partOfDay the part of day; not null
   * @return the copy
   * @throws IllegalStateException if this is a range
   */
  @Override
  public DatePoint withPartOfDay(PartOfDay partOfDay) {
    Objects.requireNonNull(partOfDay, "partOfDay");
    return new DatePoint(year, month, day, quarter, week, season, time,
        time == null ? partOfDay : null, weekday, relative, localTime, lunar, mod, weekend);
  }

  /**
   * This point with the weekday the text names ("Thứ bảy 06/12/2025"). The weekday is kept as
   * written even when it contradicts the date; {@link #isWeekdayContradicted()} tells.
   *
   * @param weekday the weekday; not null
   * @return the copy
   * @throws IllegalStateException if this is a range
   */
  @Override
  public DatePoint withWeekday(DayOfWeek weekday) {
    Objects.requireNonNull(weekday, "weekday");
    return new DatePoint(year, month, day, quarter, week, season, time, partOfDay, weekday,
        relative, localTime, lunar, mod, weekend);
  }

  /**
   * This value marked as depending on the reference date ("hôm nay", "năm ngoái"), or not.
   *
   * @param relative the flag
   * @return the copy
   */
  @Override
  public DatePoint withRelative(boolean relative) {
    return new DatePoint(year, month, day, quarter, week, season, time, partOfDay, weekday,
        relative, localTime, lunar, mod, weekend);
  }

  /**
   * This value marked as local time of the place ("giờ địa phương"), or not.
   *
   * @param localTime the flag
   * @return the copy
   */
  @Override
  public DatePoint withLocalTime(boolean localTime) {
    return new DatePoint(year, month, day, quarter, week, season, time, partOfDay, weekday,
        relative, localTime, lunar, mod, weekend);
  }

  /**
   * This value marked as a lunar-calendar date, or not. While the year is unknown, the month
   * and day of a lunar point are lunar; once it is known they are the solar date.
   *
   * @param lunar the flag
   * @return the copy
   */
  @Override
  public DatePoint withLunar(boolean lunar) {
    return new DatePoint(year, month, day, quarter, week, season, time, partOfDay, weekday,
        relative, localTime, lunar, mod, weekend);
  }

  /**
   * This value with the part of its period the text speaks of ("đầu năm 2025" is 2025 with
   * {@link DateModifier#START}), or with none.
   *
   * @param modifier the modifier, or null for none
   * @return the copy
   */
  @Override
  public DatePoint withModifier(@Nullable DateModifier modifier) {
    return new DatePoint(year, month, day, quarter, week, season, time, partOfDay, weekday,
        relative, localTime, lunar, modifier, weekend);
  }

  /**
   * This week point as its weekend ("cuối tuần này" → {@code 2026-W05-WE}), or as the whole week.
   *
   * @param weekend the flag
   * @return the copy
   * @throws IllegalStateException if this is a range, or the point is not a week (it has a
   *     month, a quarter, a season or a weekday)
   */
  @Override
  public DatePoint withWeekend(boolean weekend) {
    if (weekend && (month != null || day != null || quarter != null || season != null
        || weekday != null || time != null || partOfDay != null)) {
      throw new IllegalStateException("only a week has a weekend: " + this);
    }
    return new DatePoint(year, month, day, quarter, week, season, time, partOfDay, weekday,
        relative, localTime, lunar, mod, weekend);
  }

  DatePoint plain() {
    return new DatePoint(year, month, day, quarter, week, season, time, partOfDay, weekday, false,
        false, false, null, weekend);
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

  /** Whether this is a range or period with a begin and an end. */
  @Override
  public boolean isRange() {
    return false;
  }

  /** The first point of a range, or empty for a point. */
  @Override
  public Optional<DatePoint> begin() {
    return Optional.empty();
  }

  /** The last point of a range (inclusive), or empty for a point. */
  @Override
  public Optional<DatePoint> end() {
    return Optional.empty();
  }

  /** The year, when known. */
  @Override
  public OptionalInt year() {
    return year == null ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /** The month 1–12, when known. */
  @Override
  public OptionalInt month() {
    return month == null ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /** The day of the month 1–31, when known. */
  @Override
  public OptionalInt day() {
    return day == null ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /** The quarter 1–4 of a quarter point. */
  @Override
  public OptionalInt quarter() {
    return quarter == null ? OptionalInt.empty() : OptionalInt.of(quarter);
  }

  /** The ISO week 1–53 of a week point. */
  @Override
  public OptionalInt week() {
    return week == null ? OptionalInt.empty() : OptionalInt.of(week);
  }

  /** The season of a season point ("mùa đông" → WINTER). */
  @Override
  public Optional<Season> season() {
    return Optional.ofNullable(season);
  }

  /**
   * The clock time, when the text gives one. "24:00" (the end of the day it is written with) is
   * {@link LocalTime#MAX}, which {@link #timex()} writes {@code T24:00}.
   *
   * @return the time, or empty
   */
  @Override
  public Optional<LocalTime> time() {
    return Optional.ofNullable(time);
  }

  /** The part of day ("chiều" → AFTERNOON), when the text gives one and no clock time. */
  @Override
  public Optional<PartOfDay> partOfDay() {
    return Optional.ofNullable(partOfDay);
  }

  /** The weekday the text names ("Thứ bảy" → SATURDAY). */
  @Override
  public Optional<DayOfWeek> weekday() {
    return Optional.ofNullable(weekday);
  }

  /**
   * Whether the text names a weekday that the date does not fall on ("Thứ hai 06/12/2025", a
   * Saturday): the value keeps both and reports the contradiction here.
   *
   * @return true when the weekday and a complete date disagree
   */
  @Override
  public boolean isWeekdayContradicted() {
    return weekday != null && year != null && month != null && day != null
        && LocalDate.of(year, month, day).getDayOfWeek() != weekday;
  }

  /**
   * The part of the period the text speaks of: "đầu năm 2025" → {@link DateModifier#START}.
   *
   * @return the modifier, or empty for the whole period
   */
  @Override
  public Optional<DateModifier> modifier() {
    return Optional.ofNullable(mod);
  }

  /**
   * Whether this week point is its weekend ("cuối tuần" → {@code XXXX-WXX-WE}).
   *
   * @return true for a weekend
   */
  @Override
  public boolean isWeekend() {
    return weekend;
  }

  /** Whether the value depends on the reference date ("hôm nay", "năm ngoái", "cùng kỳ"). */
  @Override
  public boolean isRelative() {
    return relative;
  }

  /** Whether the time is local to the place the text speaks of ("giờ địa phương"). */
  @Override
  public boolean isLocalTime() {
    return localTime;
  }

  /** Whether the text gives the date in the lunar calendar ("rằm tháng Giêng"). */
  @Override
  public boolean isLunar() {
    return lunar;
  }

  /** The day, when year, month and day are all known. */
  @Override
  public Optional<LocalDate> toLocalDate() {
    return year != null && month != null && day != null
        ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  /** The day and time, when the day and a clock time are known. */
  @Override
  public Optional<LocalDateTime> toLocalDateTime() {
    return time == null ? Optional.empty() : toLocalDate().map(d -> d.atTime(time));
  }

  /** The month, when year and month are known (also for a day point). */
  @Override
  public Optional<YearMonth> toYearMonth() {
    return year != null && month != null ? Optional.of(YearMonth.of(year, month))
        : Optional.empty();
  }

  /** The year, when known. */
  @Override
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
  @Override
  public Optional<String> timex() {
    boolean dayLevel = day != null || time != null || partOfDay != null;
    boolean noCalendar = year == null && month == null && day == null && quarter == null
        && week == null && season == null;
    if (noCalendar && (relative || !dayLevel && weekday == null && !weekend)) {
      return Optional.empty();
    }
    return Optional.of(rawTimex());
  }

  /**
   * The timex of every known field, also for a relative point not yet resolved and for the
   * unknown point ("XXXX"): what {@link #toString()} writes so that {@link DateValue#parse}
   * reads the same point back.
   */
  String rawTimex() {
    boolean dayLevel = day != null || time != null || partOfDay != null;
    StringBuilder sb = new StringBuilder(24);
    sb.append(year == null ? "XXXX" : four(year));
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
      return sb.toString();
    } else if (season != null) {
      sb.append('-').append(season.code());
      return sb.toString();
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
    return sb.toString();
  }

  /** {@code %04d}: a year of four digits at least, without the cost of a Formatter per date. */
  private static String four(int n) {
    if (n < 0 || n > 999) {
      return n < 0 ? String.format(Locale.ROOT, "%04d", n) : Integer.toString(n);
    }
    String digits = Integer.toString(n);
    return "000".substring(digits.length() - 1) + digits;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DatePoint v)) {
      return false;
    }
    return relative == v.relative && localTime == v.localTime && lunar == v.lunar
        && mod == v.mod && weekend == v.weekend
        && Objects.equals(year, v.year) && Objects.equals(month, v.month)
        && Objects.equals(day, v.day) && Objects.equals(quarter, v.quarter)
        && Objects.equals(week, v.week) && season == v.season && Objects.equals(time, v.time)
        && partOfDay == v.partOfDay && weekday == v.weekday;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day, quarter, week, season, time, partOfDay, weekday,
        relative, localTime, lunar, mod, weekend);
  }

  /**
   * A short form that {@link DateValue#parse} reads back: the timex of every known field, then
   * the flags, e.g. "XXXX-11-10TAF localTime", "XXXX-XX-XXTMO relative" ("sáng nay" not yet
   * resolved), "2025-12-06 weekday=1 (contradicts the date)".
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(rawTimex());
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
        sb.append(CONTRADICTION_NOTE);
      }
    }
    if (lunar) {
      sb.append(" lunar");
    }
    return sb.toString();
  }
}
