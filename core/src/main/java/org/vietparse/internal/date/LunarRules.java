package org.vietparse.internal.date;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vietparse.date.DatePoint;
import org.vietparse.date.DateValue;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.date.DateGrammar.Core;
import org.vietparse.internal.date.DateGrammar.Grain;
import org.vietparse.internal.date.DateLexicon.NamedDay;
import org.vietparse.internal.date.DateLexicon.Role;
import org.vietparse.internal.text.Token;

/**
 * The lunar and named-day family of the date grammar: "mùng 1 Tết", "rằm tháng Giêng", "ngày 10/3
 * âm lịch", "29 Tết 2025", "Tết Nguyên đán Ất Tỵ 2025", "Tết Bính Ngọ", "Quốc khánh 2/9",
 * "Giáng sinh", "trước Tết". Holidays and year names are data (named-days.tsv,
 * sexagenary.tsv); a lunar day with a year becomes the solar day it falls on. Phrases:
 * {@code phrases/lunar.tsv}, {@code phrases/everyday.tsv} and the Tết rows of
 * {@code context.tsv}.
 */
final class LunarRules {
  private final DateGrammar g;

  LunarRules(DateGrammar g) {
    this.g = g;
  }

  /** "mùng 1 Tết", "mồng 3 tháng Giêng", "mùng 5 tháng 5 âm lịch". */
  @Nullable Core newMoonDay(int k) {
    int d = g.digits(k, 2);
    if (d < 1 || d > 30) {
      return null;
    }
    PhraseTrie.Match<NamedDay> named = g.namedDayAt(k + 1);
    if (named != null && named.value().lunar() && named.value().month() == 1
        && named.value().day() == 1) {
      return lunarCore(1, d, named.end());
    }
    int[] month = g.calendar.monthAfter(k + 1, true);
    if (month == null) {
      return null;
    }
    if (leapSuffix(month[1]) > 0) {
      return leapDay(month[0], d, leapSuffix(month[1]));
    }
    boolean lunarName = month[2] == 1;
    int le = lunarSuffix(month[1]);
    if (lunarName || le > 0) {
      return lunarCore(month[0], d, Math.max(month[1], le));
    }
    int feast = holidayAfter(month[1], month[0], d);
    if (feast > 0) {
      // "mùng 5 tháng 5 (Tết Đoan ngọ)": the lunar feast it names
      return lunarCore(month[0], d, feast);
    }
    DateValue v = DateGrammar.point(-1, month[0], d);
    return v == null ? null : new Core(v, month[1], Grain.DAY);
  }

  /**
   * The end of "(Tết Đoan ngọ)" at e, a lunar holiday in parentheses on that lunar month and
   * day, or -1.
   */
  private int holidayAfter(int e, int month, int day) {
    if (!g.punct(e, '(')) {
      return -1;
    }
    PhraseTrie.Match<NamedDay> m = g.namedDayAt(e + 1);
    if (m == null || !m.value().lunar() || m.value().month() != month || m.value().day() != day
        || !g.punct(m.end(), ')')) {
      return -1;
    }
    return m.end() + 1;
  }

  /**
   * The end of the lunar day a holiday's name is followed by, "Tết Đoan ngọ mùng 5 tháng 5",
   * "Giỗ Tổ Hùng Vương (10/3)", when it is the holiday's own month and day; or -1.
   */
  private int ownDayAfter(int e, NamedDay d) {
    int k = e;
    boolean paren = g.punct(k, '(');
    if (paren) {
      k++;
    }
    if (g.kw(k, Role.DAY) > 0) {
      k = g.kw(k, Role.DAY);
    }
    if (g.kw(k, Role.DAY_PREFIX) > 0) {
      k = g.kw(k, Role.DAY_PREFIX);
    }
    int day = g.digits(k, 2);
    if (day < 0) {
      return -1;
    }
    int month;
    int end;
    if (g.punct(k + 1, '/') && g.attached(k + 1) && g.attached(k + 2)) {
      month = g.digits(k + 2, 2);
      end = k + 3;
    } else {
      int[] mo = g.calendar.monthAfter(k + 1, true);
      month = mo == null ? -1 : mo[0];
      end = mo == null ? -1 : mo[1];
    }
    if (month != d.month() || day != d.day() || end < 0) {
      return -1;
    }
    if (lunarSuffix(end) > 0) {
      end = lunarSuffix(end);
    }
    if (paren) {
      return g.punct(end, ')') ? end + 1 : -1;
    }
    return g.numberGoesOn(end) ? -1 : end;
  }

  /** The end of "nhuận" (the leap month) at e, or -1. */
  int leapSuffix(int e) {
    return g.kw(e, Role.LEAP);
  }

  /**
   * The year a leap month is in: "năm 2020", "/2020" or "2020" after e, as {year, end}; null
   * for none. A leap month needs its year written in digits: the months a year doubles depend
   * on which round of the sixty-year cycle it is, which the name alone does not say.
   */
  int @Nullable [] leapYear(int e) {
    int ye = g.kw(e, Role.YEAR) > 0 ? g.kw(e, Role.YEAR) : e;
    if (ye == e && g.punct(e, '/') && g.year4(e + 1) > 0) {
      return new int[] {g.year4(e + 1), e + 2};
    }
    if (g.year4(ye) > 0) {
      return new int[] {g.year4(ye), ye + 1};
    }
    if (cycleAt(e) >= 0 && g.year4(e + 2) > 0) {
      return new int[] {g.year4(e + 2), e + 3};
    }
    if (ye > e && cycleAt(ye) >= 0 && g.year4(ye + 2) > 0) {
      return new int[] {g.year4(ye + 2), ye + 3};
    }
    return null;
  }

  /** The end of a year's name without digits after e, "năm Giáp Thìn", "Giáp Thìn", or e. */
  private int nameEnd(int e) {
    int ye = g.kw(e, Role.YEAR) > 0 ? g.kw(e, Role.YEAR) : e;
    return cycleAt(ye) >= 0 ? ye + 2 : e;
  }

  /**
   * A day of a leap month, "ngày 10 tháng 4 nhuận năm 2020", e the end of "nhuận": the solar
   * day, lunar; null (the span skipped whole) without a year, or where that year has no such
   * leap month or day.
   */
  @Nullable Core leapDay(int month, int day, int e) {
    int[] y = leapYear(e);
    int end = y == null ? nameEnd(e) : y[1];
    Optional<DatePoint> solar = y == null ? Optional.empty()
        : DateValue.ofLunar(y[0], month, day, true);
    if (solar.isEmpty()) {
      g.skip(end);
      return null;
    }
    return new Core(solar.get(), end, Grain.DAY);
  }

  /**
   * A whole leap month, "tháng 4 nhuận năm 2020", or the leap month of a year, "tháng nhuận
   * năm 2025" (month 0): the range of its solar days, lunar; null (the span skipped whole)
   * without a year or where that year has no such leap month.
   */
  @Nullable Core leapMonth(int month, int e) {
    int[] y = leapYear(e);
    int end = y == null ? nameEnd(e) : y[1];
    int m = month;
    if (y != null && m == 0) {
      for (int i = 1; i <= 12 && m == 0; i++) {
        m = DateValue.ofLunar(y[0], i, 1, true).isPresent() ? i : 0;
      }
    }
    Optional<DatePoint> first = y == null || m == 0 ? Optional.empty()
        : DateValue.ofLunar(y[0], m, 1, true);
    if (first.isEmpty()) {
      g.skip(end);
      return null;
    }
    int year = y[0];
    int leap = m;
    DatePoint last = DateValue.ofLunar(year, leap, 30, true)
        .or(() -> DateValue.ofLunar(year, leap, 29, true)).orElseThrow();
    return new Core(DateValue.range(first.get(), last).withLunar(true), end, Grain.RANGE);
  }

  /** The end of "âm lịch", "(âm lịch)", "(ÂL)" at e, or -1. */
  int lunarSuffix(int e) {
    if (g.kw(e, Role.LUNAR) > 0) {
      return g.kw(e, Role.LUNAR);
    }
    if (g.punct(e, '(') && g.kw(e + 1, Role.LUNAR) > 0 && g.punct(g.kw(e + 1, Role.LUNAR), ')')) {
      return g.kw(e + 1, Role.LUNAR) + 1;
    }
    return -1;
  }

  /** A lunar day with an optional year after it: "… năm 2025", "… Ất Tỵ 2025". */
  @Nullable Core lunarCore(int month, int day, int end) {
    return lunarCore(month, day, end, 0);
  }

  /**
   * A lunar day; {@code yearShift} moves the year written after it to the lunar year of the
   * day ("30 Tết 2025" is in the last month of lunar year 2024).
   */
  @Nullable Core lunarCore(int month, int day, int end, int yearShift) {
    if (day < 1 || day > 30) {
      return null;
    }
    int e = end;
    int y = -1;
    int ye = g.kw(e, Role.YEAR) > 0 ? g.kw(e, Role.YEAR) : e;
    if (g.year4(ye) > 0) {
      y = g.year4(ye);
      e = ye + 1;
    } else if (g.tok(e) != null && g.tok(e).isCapitalized() && g.tok(e + 1) != null
        && g.tok(e + 1).isCapitalized() && g.year4(e + 2) > 0) {
      // a sexagenary year name before the year: "Ất Tỵ 2025"
      y = g.year4(e + 2);
      e += 3;
    }
    if (y > 0) {
      Optional<DatePoint> solar = DateValue.ofLunar(y + yearShift, month, day, false);
      int fe = e;
      return solar.map(v -> new Core(v, fe, Grain.DAY)).orElse(null);
    }
    DateValue v = DateGrammar.point(-1, month, day);
    if (v == null) {
      return null;
    }
    int cycle = yearShift == 0 ? cycleAt(e) : -1;
    if (cycle >= 0) {
      // "Tết Bính Ngọ": the lunar year named by its place in the sixty-year cycle
      return new Core(v.withLunar(true), e + 2, Grain.DAY, null, cycle);
    }
    return new Core(v.withLunar(true), e, Grain.DAY);
  }

  /**
   * The place in the sixty-year cycle (0 Giáp Tý … 59 Quý Hợi) of a year name at e, a stem then
   * a branch, both capitalized ("Bính Ngọ", "Giáp Thìn"); -1 for none.
   */
  int cycleAt(int e) {
    Token a = g.tok(e);
    Token b = g.tok(e + 1);
    if (a == null || b == null || !a.isCapitalized() || !b.isCapitalized() || b.newlineBefore()) {
      return -1;
    }
    PhraseTrie.Match<Integer> stem = g.lex.sexagenary.longest(g.t, e, g.folded);
    PhraseTrie.Match<Integer> branch = g.lex.sexagenary.longest(g.t, e + 1, g.folded);
    if (stem == null || branch == null || stem.end() != e + 1 || branch.end() != e + 2
        || stem.value() >= 10 || branch.value() < 10) {
      return -1;
    }
    int st = stem.value();
    int br = branch.value() - 10;
    if (st % 2 != br % 2) {
      return -1;
    }
    return Math.floorMod(6 * st - 5 * br, 60);
  }

  /** A named day: "Quốc khánh", "Giáng sinh", "Tết Nguyên đán Ất Tỵ 2025", "rằm tháng Giêng". */
  @Nullable Core named(int k) {
    PhraseTrie.Match<NamedDay> m = g.namedDayAt(k);
    if (m == null) {
      return null;
    }
    Token first = g.tok(k);
    Token next = g.tok(m.end());
    boolean bare = m.end() == k + 1;
    if (next != null && next.hasInformativeCapital() && !next.newlineBefore()
        && g.year4(m.end() + 2) < 0 && !(m.value().lunar() && cycleAt(m.end()) >= 0)) {
      // "Quốc khánh Lào" is another country's day
      return null;
    }
    NamedDay d = m.value();
    if (d.capitalized() && !first.hasInformativeCapital()) {
      // "thống nhất đất nước" is a phrase; "Thống nhất đất nước" names the day
      return null;
    }
    boolean yearAfter = g.year4(g.kw(m.end(), Role.YEAR) > 0 ? g.kw(m.end(), Role.YEAR) : m.end()) > 0
        || d.lunar() && cycleAt(m.end()) >= 0;
    if (bare && !yearAfter && (!first.isCapitalized() || !g.lex.before(g.t, k, "before-named", g.folded)
        && !g.calendar.relativeYearAt(m.end()) && g.kw(m.end(), Role.THIS) < 0)) {
      // a one-word name is a date where it says when: "trước Tết", "dịp Tết", "Tết năm nay";
      // "chuẩn bị Tết", "nhu cầu Tết", "xuyên Tết" speak of the feast or its season
      return null;
    }
    if (d.lunar() && ownDayAfter(m.end(), d) > 0) {
      return lunarCore(d.month(), d.day(), ownDayAfter(m.end(), d));
    }
    if (d.lunar()) {
      Core c = lunarCore(d.month(), d.day(), m.end());
      // "Tết" alone is the Tết the reference date makes nearest
      return c != null && bare && c.value().year().isEmpty() && c.cycle() < 0
          ? new Core(c.value().withRelative(true), c.end(), c.grain(), c.rel()) : c;
    }
    int e = m.end();
    DateValue v = DateValue.unknown().withMonth(d.month()).withDay(d.day());
    // "Quốc khánh 2/9": the date the name already gives
    Core written = g.calendar.dayDate(e, true);
    if (written != null && written.grain() == Grain.DAY
        && written.value().month().getAsInt() == d.month()
        && written.value().day().getAsInt() == d.day()) {
      return written.end() > e ? new Core(written.value(), written.end(), Grain.DAY) : null;
    }
    int ye = g.kw(e, Role.YEAR) > 0 ? g.kw(e, Role.YEAR) : e;
    if (g.year4(ye) > 0) {
      return new Core(v.withYear(g.year4(ye)), ye + 1, Grain.DAY);
    }
    return new Core(v, e, Grain.DAY);
  }
}
