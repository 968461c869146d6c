package org.vietparse.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A range or period of a {@link DateValue}: a {@linkplain #begin() begin} and an
 * {@linkplain #end() end}, both {@link DatePoint}s and both inclusive, never in the wrong order
 * where the two say enough to tell, with the flags of the whole ("từ 28/12 đến 3/1/2025" →
 * {@code 2024-12-28/2025-01-03}). A range has no calendar fields of its own: {@link #year()} and
 * the like are empty, and the {@code with…} methods of points throw
 * {@link IllegalStateException}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DateRange r = DateValue.range(DateValue.of(Year.of(2021)), DateValue.of(Year.of(2025)));
 * r.toString();   // "2021/2025"
 * }</pre>
 */
public final class DateRange implements DateValue {
  private final DatePoint begin;
  private final DatePoint end;
  private final boolean relative;
  private final boolean localTime;
  private final boolean lunar;
  private final @Nullable DateModifier mod;

  private DateRange(DatePoint begin, DatePoint end, boolean relative, boolean localTime,
      boolean lunar, @Nullable DateModifier mod) {
    this.begin = begin;
    this.end = end;
    this.relative = relative;
    this.localTime = localTime;
    this.lunar = lunar;
    this.mod = mod;
  }

  /** The range from begin to end, their flags dropped; see {@link DateValue#range}. */
  static DateRange of(DatePoint begin, DatePoint end) {
    Objects.requireNonNull(begin, "begin");
    Objects.requireNonNull(end, "end");
    if (endsBefore(begin, end)) {
      throw new IllegalArgumentException("a range must not end before it begins: " + begin
          + ", " + end);
    }
    return new DateRange(begin.plain(), end.plain(), false, false, false, null);
  }

  /**
   * Whether end comes before begin, compared on what both know: the same calendar fields, then
   * the clock time on one day. Ends without years are in no wrong order, as a range may cross
   * New Year.
   */
  private static boolean endsBefore(DatePoint b, DatePoint e) {
    if (!Objects.equals(b.quarter(), e.quarter()) && (b.quarter().isEmpty()
        || e.quarter().isEmpty())
        || !Objects.equals(b.week(), e.week()) && (b.week().isEmpty() || e.week().isEmpty())
        || !b.season().equals(e.season())) {
      return false;
    }
    if (b.year().isEmpty() && e.year().isEmpty() && (b.month().isPresent()
        || b.day().isPresent() || b.quarter().isPresent() || b.week().isPresent()
        || b.season().isPresent())) {
      // "28/12 – 3/1" may cross New Year: without years no order is wrong
      return false;
    }
    OptionalInt[] bf = {b.year(), b.quarter(), b.week(), b.month(), b.day()};
    OptionalInt[] ef = {e.year(), e.quarter(), e.week(), e.month(), e.day()};
    for (int k = 0; k < bf.length; k++) {
      if (bf[k].isEmpty() || ef[k].isEmpty()) {
        if (bf[k].isPresent() != ef[k].isPresent()) {
          // one end knows what the other does not: no order to tell
          return false;
        }
        continue;
      }
      if (bf[k].getAsInt() != ef[k].getAsInt()) {
        return ef[k].getAsInt() < bf[k].getAsInt();
      }
    }
    return b.time().isPresent() && e.time().isPresent() && e.time().get().isBefore(b.time().get());
  }

  private IllegalStateException noFields() {
    return new IllegalStateException("a range has no fields of its own: " + this);
  }

  @Override
  public boolean isRange() {
    return true;
  }

  @Override
  public Optional<DatePoint> begin() {
    return Optional.of(begin);
  }

  @Override
  public Optional<DatePoint> end() {
    return Optional.of(end);
  }

  @Override
  public OptionalInt year() {
    return OptionalInt.empty();
  }

  @Override
  public OptionalInt month() {
    return OptionalInt.empty();
  }

  @Override
  public OptionalInt day() {
    return OptionalInt.empty();
  }

  @Override
  public OptionalInt quarter() {
    return OptionalInt.empty();
  }

  @Override
  public OptionalInt week() {
    return OptionalInt.empty();
  }

  @Override
  public Optional<Season> season() {
    return Optional.empty();
  }

  @Override
  public Optional<LocalTime> time() {
    return Optional.empty();
  }

  @Override
  public Optional<PartOfDay> partOfDay() {
    return Optional.empty();
  }

  @Override
  public Optional<DayOfWeek> weekday() {
    return Optional.empty();
  }

  @Override
  public boolean isWeekdayContradicted() {
    return false;
  }

  @Override
  public Optional<DateModifier> modifier() {
    return Optional.ofNullable(mod);
  }

  @Override
  public boolean isWeekend() {
    return false;
  }

  @Override
  public boolean isRelative() {
    return relative;
  }

  @Override
  public boolean isLocalTime() {
    return localTime;
  }

  @Override
  public boolean isLunar() {
    return lunar;
  }

  @Override
  public Optional<LocalDate> toLocalDate() {
    return Optional.empty();
  }

  @Override
  public Optional<LocalDateTime> toLocalDateTime() {
    return Optional.empty();
  }

  @Override
  public Optional<YearMonth> toYearMonth() {
    return Optional.empty();
  }

  @Override
  public Optional<Year> toYear() {
    return Optional.empty();
  }

  @Override
  public Optional<String> timex() {
    return Optional.empty();
  }

  @Override
  public DateRange withRelative(boolean relative) {
    return new DateRange(begin, end, relative, localTime, lunar, mod);
  }

  @Override
  public DateRange withLocalTime(boolean localTime) {
    return new DateRange(begin, end, relative, localTime, lunar, mod);
  }

  @Override
  public DateRange withLunar(boolean lunar) {
    return new DateRange(begin, end, relative, localTime, lunar, mod);
  }

  @Override
  public DateRange withModifier(@Nullable DateModifier modifier) {
    return new DateRange(begin, end, relative, localTime, lunar, modifier);
  }

  @Override
  public DateValue withYear(int year) {
    throw noFields();
  }

  @Override
  public DateValue withMonth(int month) {
    throw noFields();
  }

  @Override
  public DateValue withDay(int day) {
    throw noFields();
  }

  @Override
  public DateValue withQuarter(int quarter) {
    throw noFields();
  }

  @Override
  public DateValue withWeek(int week) {
    throw noFields();
  }

  @Override
  public DateValue withSeason(Season season) {
    throw noFields();
  }

  @Override
  public DateValue withTime(LocalTime time) {
    throw noFields();
  }

  @Override
  public DateValue withPartOfDay(PartOfDay partOfDay) {
    throw noFields();
  }

  @Override
  public DateValue withWeekday(DayOfWeek weekday) {
    throw noFields();
  }

  @Override
  public DateValue withWeekend(boolean weekend) {
    throw noFields();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof DateRange r && begin.equals(r.begin) && end.equals(r.end)
        && relative == r.relative && localTime == r.localTime && lunar == r.lunar
        && mod == r.mod;
  }

  @Override
  public int hashCode() {
    return Objects.hash(begin, end, relative, localTime, lunar, mod);
  }

  /**
   * "begin/end" and the flags, which {@link DateValue#parse} reads back: "2021/2025",
   * "XXXX-11-15/XXXX-11-16 relative"; an end's weekday the timex cannot show follows it as
   * "@N".
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(endText(begin)).append('/').append(endText(end));
    if (mod != null) {
      sb.append(" mod=").append(mod);
    }
    if (relative) {
      sb.append(" relative");
    }
    if (localTime) {
      sb.append(" localTime");
    }
    if (lunar) {
      sb.append(" lunar");
    }
    return sb.toString();
  }

  private static String endText(DatePoint p) {
    String raw = p.rawTimex();
    if (p.weekday().isPresent() && !raw.contains("-W")) {
      return raw + "@" + p.weekday().get().getValue();
    }
    return raw;
  }

}
