package org.vietparse.internal.date;

import java.time.Year;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.vietparse.date.DatePoint;
import org.vietparse.date.DateValue;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.date.DateGrammar.Found;
import org.vietparse.internal.date.DateGrammar.Kind;
import org.vietparse.internal.date.DateGrammar.Rel;
import org.vietparse.internal.date.DateLexicon.Role;

/**
 * The ranges family of the date grammar: "từ … đến …" with both ends filled in from each
 * other, the range a dash or "đến" begins after an expression ("8h-10h", "15/8 - 20/8"),
 * pairs of days ("ngày 15 và 16/11") and year spans ("giai đoạn 2021-2025", "2021-2025").
 * Phrases: {@code phrases/ranges.tsv}.
 */
final class RangeRules {
  private final DateGrammar g;

  RangeRules(DateGrammar g) {
    this.g = g;
  }

  /** "từ X đến Y": both ends, the first filled in from the second. */
  @Nullable Found fromRange(int i) {
    int k = g.kw(i, Role.FROM);
    if (k < 0) {
      return null;
    }
    Found x = g.composite(k, true);
    if (x != null && x.value().isRange() && x.rel() == null) {
      // "từ năm 2021 đến năm 2025" is read whole by the year
      return new Found(i, x.end(), x.value(), null);
    }
    Found bare = null;
    if (x == null || x.value().isRange()) {
      bare = bareDayOrYear(k);
      if (bare == null) {
        return null;
      }
      x = bare;
    }
    return rangeTail(x, i);
  }

  /** A bare day ("từ 10 đến 16/11", "từ ngày 21") or year ("từ 2021 đến 2025") at k. */
  private @Nullable Found bareDayOrYear(int k) {
    int j = k;
    boolean day = false;
    if (g.kw(j, Role.DAY) > 0) {
      j = g.kw(j, Role.DAY);
      day = true;
    }
    int y = day ? -1 : g.year4(j);
    if (y > 0) {
      return new Found(k, j + 1, DateValue.of(Year.of(y)), null);
    }
    int d = g.digits(j, 2);
    if (d >= 1 && d <= 31 && !g.numberGoesOn(j + 1)) {
      return new Found(k, j + 1, DateValue.unknown().withDay(d), null);
    }
    return null;
  }

  /** "X đến Y", "X - Y" after a first end x; start is the token of "từ" or null. */
  @Nullable Found rangeTail(Found x, @Nullable Integer start) {
    int j = x.end();
    int k = g.kw(j, Role.TO);
    if (k < 0 && g.dash(j)) {
      k = j + 1;
    }
    if (k >= 0 && (j < g.t.size() && g.t.get(j).newlineBefore()
        || k < g.t.size() && g.t.get(k).newlineBefore())) {
      // the two ends of a range stand on one line; a dash at a line's end closes that line
      return null;
    }
    if (k < 0) {
      return null;
    }
    Found y = g.composite(k, true);
    if (y == null && x.value().year().isPresent() && x.value().month().isEmpty()) {
      y = bareDayOrYear(k);
    }
    boolean yearShift = y != null && y.rel() != null && y.rel().kind() == Kind.SHIFT
        && y.rel().unit() == ChronoUnit.YEARS;
    if (y == null || y.rel() != null && !yearShift || x.rel() != null || y.value().isRange()) {
      return null;
    }
    DateValue b = x.value();
    DateValue e = y.value();
    DateValue begin = fillFrom(b, e);
    if (begin == null) {
      return null;
    }
    if (e.year().isEmpty() && begin.year().isPresent() && e.month().isPresent()) {
      // "từ tháng 11/2024 đến tháng 2": the end is in the begin's year or the next
      int by = begin.year().getAsInt();
      boolean earlier = e.month().getAsInt() < begin.month().getAsInt()
          || e.month().getAsInt() == begin.month().getAsInt() && e.day().isPresent()
          && e.day().getAsInt() < begin.day().getAsInt();
      e = e.withYear(earlier ? by + 1 : by);
    }
    boolean dayOnlyStart = b.month().isEmpty() && b.day().isPresent();
    if (dayOnlyStart && start == null) {
      // "21 đến 27/9" without "từ" is too weak; "ngày 21 đến 27/9" is caught with "từ" only
      return null;
    }
    if (reversed(begin, e) || overnight(begin, e) || wrapsTooFar(begin, e)) {
      // "25/11/2022 - 21/11/2022" is two dates, not a range that ends before it begins
      return null;
    }
    DateValue v = DateValue.range(DateGrammar.asPoint(begin), DateGrammar.asPoint(e));
    if (yearShift) {
      // "30/4 - 1/5 năm nay": the year word serves both ends
      return new Found(start == null ? x.start() : start, y.end(), v.withRelative(true), y.rel());
    }
    return new Found(start == null ? x.start() : start, y.end(), v, null);
  }

  /**
   * Whether two times of one day (written or not) run backwards: "22h-2h ngày 21/2" crosses
   * midnight, and whether the day is the first night's or the second's the text does not say;
   * "10h-9h" is two times.
   */
  private static boolean overnight(DateValue begin, DateValue end) {
    return begin.time().isPresent() && end.time().isPresent()
        && begin.year().equals(end.year()) && begin.month().equals(end.month())
        && begin.day().equals(end.day()) && begin.weekday().equals(end.weekday())
        && !begin.time().get().isBefore(end.time().get());
  }

  /**
   * Whether a range without years would wrap into the next year for more than half of one:
   * "từ 28/12 đến 3/1" crosses New Year, "từ 5/12 đến 1/12" is two dates, not eleven months
   * and a half.
   */
  private static boolean wrapsTooFar(DateValue begin, DateValue end) {
    if (begin.year().isPresent() || end.year().isPresent() || begin.month().isEmpty()
        || end.month().isEmpty()) {
      return false;
    }
    int b = begin.month().getAsInt() * 31 + (begin.day().isPresent() ? begin.day().getAsInt() : 0);
    int e = end.month().getAsInt() * 31 + (end.day().isPresent() ? end.day().getAsInt() : 0);
    if (e > b || e == b && begin.time().isPresent()) {
      return false;
    }
    return e == b || e + 12 * 31 - b > 6 * 31;
  }

  /** Whether two fully known points of the same precision are in the wrong order. */
  private static boolean reversed(DateValue begin, DateValue end) {
    String b = begin.timex().orElse(null);
    String e = end.timex().orElse(null);
    return b != null && e != null && b.length() == e.length() && b.indexOf('X') < 0
        && e.indexOf('X') < 0 && b.compareTo(e) > 0;
  }

  /** The first end completed with what the second gives; null when they do not make a range. */
  private static @Nullable DateValue fillFrom(DateValue b, DateValue e) {
    boolean bTimeOnly = b.time().isPresent() && b.day().isEmpty() && b.month().isEmpty()
        && b.weekday().isEmpty();
    if (bTimeOnly) {
      if (e.time().isEmpty()) {
        return null;
      }
      // "từ 19h đến 21h tối thứ bảy", "từ 8h đến 10h ngày 5/3": the day is the end's
      DateValue out = b;
      if (e.month().isPresent()) {
        out = out.withMonth(e.month().getAsInt());
      }
      if (e.day().isPresent()) {
        out = out.withDay(e.day().getAsInt());
      }
      if (e.year().isPresent()) {
        out = out.withYear(e.year().getAsInt());
      }
      if (e.weekday().isPresent()) {
        out = out.withWeekday(e.weekday().get());
      }
      return out;
    }
    if (b.quarter().isPresent() || b.week().isPresent()) {
      return null;
    }
    DateValue out = b;
    if (b.day().isPresent() && b.month().isEmpty()) {
      if (e.month().isEmpty() || e.day().isEmpty() || b.day().getAsInt() >= e.day().getAsInt()) {
        return null;
      }
      out = out.withMonth(e.month().getAsInt());
    }
    if (out.month().isPresent() && e.month().isEmpty()) {
      return null;
    }
    if (out.month().isEmpty() && e.month().isPresent() && out.year().isEmpty()) {
      return null;
    }
    if (out.year().isEmpty() && e.year().isPresent()) {
      int y = e.year().getAsInt();
      boolean after = out.month().isPresent() && e.month().isPresent()
          && (out.month().getAsInt() > e.month().getAsInt()
          || out.month().getAsInt() == e.month().getAsInt() && out.day().isPresent()
          && e.day().isPresent() && out.day().getAsInt() > e.day().getAsInt());
      out = out.withYear(after ? y - 1 : y);
    }
    if (out.year().isPresent() && e.year().isPresent()
        && out.year().getAsInt() > e.year().getAsInt()) {
      return null;
    }
    if (out.month().isPresent() != e.month().isPresent()
        || out.day().isPresent() != e.day().isPresent()
        || out.quarter().isPresent() || e.quarter().isPresent()
        || out.season().isPresent() || e.season().isPresent()
        || out.week().isPresent() || e.week().isPresent()) {
      // "từ 2100 tới tháng 1": ends of different kinds make no range
      return null;
    }
    return out;
  }

  /**
   * "ngày 15 và 16/11": two days that share a month; consecutive ones make a range, others
   * leave the first as a day of the second's month (the scan then reads the second).
   */
  @Nullable Found dayPair(int i) {
    int k = g.kw(i, Role.DAY);
    int d = k < 0 ? -1 : g.digits(k, 2);
    if (d < 1 || d > 31 || g.kw(k + 1, Role.AND) != k + 2) {
      return null;
    }
    Found y = g.composite(k + 2, true);
    if (y == null || y.rel() != null || y.value().isRange() || y.value().day().isEmpty()
        || y.value().month().isEmpty() || y.value().day().getAsInt() <= d) {
      return null;
    }
    DatePoint first = DateValue.unknown().withMonth(y.value().month().getAsInt()).withDay(d);
    if (y.value().year().isPresent()) {
      first = first.withYear(y.value().year().getAsInt());
    }
    if (y.value().day().getAsInt() == d + 1 && y.value().time().isEmpty()
        && y.value().partOfDay().isEmpty()) {
      return new Found(i, y.end(), DateValue.range(first, DateGrammar.asPoint(y.value())), null);
    }
    return new Found(i, k + 1, first, null);
  }

  /** "giai đoạn 2021-2025", "nhiệm kỳ 2020 - 2025", and a bare "2021-2025". */
  @Nullable Found period(int i) {
    PhraseTrie.Match<Boolean> w = g.lex.periodWords.longest(g.t, i, g.folded);
    int k = w == null ? i : w.end();
    if (w != null && g.kw(k, Role.FROM) > 0) {
      Found r = fromRange(k);
      return r == null || !r.value().isRange() ? null : new Found(i, r.end(), r.value(), null);
    }
    int y1 = g.year4(k);
    if (y1 < 0 || g.numberBefore(k)) {
      return null;
    }
    int sep = k + 1;
    int after = g.kw(sep, Role.TO) > 0 ? g.kw(sep, Role.TO) : g.dash(sep) ? sep + 1 : -1;
    if (after < 0) {
      return null;
    }
    int y2 = g.year4(after);
    if (y2 < 0 && w != null && g.digits(after, 2) >= 0 && g.tok(after).length() == 2) {
      y2 = y1 / 100 * 100 + g.digits(after, 2);
    }
    if (y2 <= y1 || y2 - y1 > 100 || g.numberGoesOn(after + 1)) {
      return null;
    }
    if (w == null && (!g.attached(sep) || !g.attached(after) || y1 < 1900 || y2 > 2100)) {
      return null;
    }
    return new Found(i, after + 1,
        DateValue.range(DateValue.of(Year.of(y1)), DateValue.of(Year.of(y2))), null);
  }
}
