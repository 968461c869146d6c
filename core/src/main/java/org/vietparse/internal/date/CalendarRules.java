package org.vietparse.internal.date;

import java.time.Year;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vietparse.date.DatePoint;
import org.vietparse.date.DateValue;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.date.DateGrammar.Core;
import org.vietparse.internal.date.DateGrammar.Grain;
import org.vietparse.internal.date.DateLexicon.NamedDay;
import org.vietparse.internal.date.DateLexicon.Relative;
import org.vietparse.internal.date.DateLexicon.Role;
import org.vietparse.internal.date.DateLexicon.Unit;
import org.vietparse.internal.text.Token;

/**
 * The calendar-dates family of the date grammar: numeric dates ("15/8", "15/8/2024",
 * "15-8-2024", "16-19/4"), written dates ("ngày 15 tháng 8 năm 2024", "19 tháng Chạp"), months
 * with or without their year ("tháng 9/2024", "tháng 3-5/2024", "tháng 4 và 5") and years
 * ("năm 2024", "năm 2021-2025", "năm Giáp Thìn"). Phrases: {@code phrases/numeric.tsv} and
 * {@code phrases/written.tsv}.
 */
final class CalendarRules {
  private final DateGrammar g;

  CalendarRules(DateGrammar g) {
    this.g = g;
  }

  /** "d/m", "d/m/yyyy", "d-m-yyyy", "d.m.yyyy", "d1-d2/m", "d tháng m [năm yyyy]" at k. */
  @Nullable Core dayDate(int k, boolean context) {
    int d = g.digits(k, 2);
    if (d < 0 || g.numberBefore(k)) {
      return null;
    }
    if (g.lex.before(g.t, k, "before", g.folded)) {
      return null;
    }
    PhraseTrie.Match<Boolean> idiom =
        context || g.whole ? null : g.lex.idioms.longest(g.t, k, g.folded);
    if (idiom != null && !g.numberGoesOn(idiom.end())) {
      return null;
    }
    Token sep = g.tok(k + 1);
    if (sep != null && g.attached(k + 1) && (sep.is('/') || sep.is('.') || sep.isDash())
        && g.attached(k + 2)) {
      int m = g.digits(k + 2, 2);
      if (m < 0) {
        return null;
      }
      char s = sep.firstChar();
      // "16-19/4": a range of days in one month
      if (sep.isDash() && g.punct(k + 3, '/') && g.attached(k + 3) && g.attached(k + 4)) {
        int month = g.digits(k + 4, 2);
        int y = -1;
        int e = k + 5;
        if (g.punct(e, '/') && g.attached(e)) {
          y = g.year4(e + 1);
          if (y < 0) {
            return null;
          }
          e += 2;
        }
        if (month < 1 || month > 12 || d < 1 || m <= d || g.numberGoesOn(e)
            || afterBlocked(e) && !dateWordBefore(k, context)) {
          return null;
        }
        DatePoint b = DateGrammar.point(y, month, d);
        DatePoint en = DateGrammar.point(y, month, m);
        return b == null || en == null ? null : new Core(DateValue.range(b, en), e, Grain.RANGE);
      }
      int y = -1;
      int e = k + 3;
      Token s2 = g.tok(e);
      if (s2 != null && g.attached(e) && s2.firstChar() == s && s2.kind() == Token.Kind.PUNCT
          && g.attached(e + 1)
          && g.tok(e + 1).isNumber()) {
        y = g.year4(e + 1);
        if (y < 0) {
          return null;
        }
        e += 2;
      }
      // "9/10 người dân", "1/3 dân số" are fractions; "Sáng 9/10 người dân …" is a date
      if (g.numberGoesOn(e) || afterBlocked(e) && !dateWordBefore(k, context)) {
        return null;
      }
      if (y < 0 && s != '/' && !context) {
        return null;
      }
      if (y < 0 && g.kwAny(e, DateGrammar.SHORT_UNITS) && g.zone(e) == null) {
        // "từ 3-5 ngày", "1/2 giờ": counts of days or hours, not a date
        return null;
      }
      DateValue v = DateGrammar.point(y, m, d);
      if (v == null) {
        g.skip(e);
        return null;
      }
      int le = g.lunar.lunarSuffix(e);
      if (le > 0 && y < 0) {
        return g.lunar.lunarCore(m, d, le);
      }
      if (le > 0) {
        Optional<DatePoint> solar = DateValue.ofLunar(y, m, d, false);
        return solar.map(sv -> new Core(sv, le, Grain.DAY)).orElse(null);
      }
      return new Core(v, e, Grain.DAY);
    }
    PhraseTrie.Match<NamedDay> tet = g.namedDayAt(k + 1);
    if (tet != null && tet.value().lunar() && tet.value().month() == 1 && tet.value().day() == 1
        && g.tok(k + 1).isCapitalized()) {
      // "29 Tết", "30 Tết" close the old lunar year; "3 Tết" is the third day of the new one
      if (d >= 20) {
        return g.lunar.lunarCore(12, d, tet.end(), -1);
      }
      return d <= 10 ? g.lunar.lunarCore(1, d, tet.end()) : null;
    }
    if (g.kw(k + 1, Role.MONTH) > 0) {
      int[] month = monthAfter(k + 1, true);
      if (month == null) {
        return null;
      }
      if (g.lunar.leapSuffix(month[1]) > 0) {
        return g.lunar.leapDay(month[0], d, g.lunar.leapSuffix(month[1]));
      }
      if (month[2] == 1) {
        // "ngày 19 tháng Chạp": a day of a lunar month's name is a lunar day
        return g.lunar.lunarCore(month[0], d, month[1]);
      }
      int e = month[1];
      int y = -1;
      if (g.punct(e, '/') && g.attached(e) || g.dash(e) && g.attached(e)) {
        y = g.year4(e + 1);
        if (y > 0) {
          e += 2;
        }
      } else if (g.kw(e, Role.YEAR) > 0 && g.year4(g.kw(e, Role.YEAR)) > 0) {
        y = g.year4(g.kw(e, Role.YEAR));
        e = g.kw(e, Role.YEAR) + 1;
      }
      if (y < 0 && !context) {
        return null;
      }
      if (g.kw(e, Role.DAY) > 0 || g.kw(e, Role.MONTH) > 0 || g.kw(e, Role.YEAR) > 0 && y < 0
          && g.year4(g.kw(e, Role.YEAR)) < 0 && !relativeYearAt(e)) {
        // "3 tháng 6 ngày": lengths of time
        return null;
      }
      int le = g.lunar.lunarSuffix(e);
      if (le > 0) {
        return g.lunar.lunarCore(month[0], d, le);
      }
      DateValue v = DateGrammar.point(y, month[0], d);
      if (v == null) {
        g.skip(e);
        return null;
      }
      return new Core(v, e, Grain.DAY);
    }
    return null;
  }

  boolean relativeYearAt(int e) {
    PhraseTrie.Match<Relative> r = g.relativeAt(e);
    return r != null && r.value().unit() == Unit.YEAR;
  }

  /**
   * Whether a date word, a part of the day or another component comes before k, which a
   * lead-in alone ("khoảng 1/3 dân số") does not make.
   */
  private boolean dateWordBefore(int k, boolean context) {
    return context && g.kw(k - 1, Role.AT) != k;
  }

  private boolean afterBlocked(int e) {
    return g.lex.at(g.t, e, "after", g.folded);
  }

  /**
   * "tháng 9", "tháng Giêng", "tháng Năm" at k (the word "tháng"): {month, end, lunarName}, or
   * null. A name is lunar when it is Giêng or Chạp and the caller allows lunar names.
   */
  int @Nullable [] monthAfter(int k, boolean lunarNames) {
    int e = g.kw(k, Role.MONTH);
    if (e < 0) {
      return null;
    }
    int m = g.digits(e, 2);
    if (m >= 1 && m <= 12 && !(g.attached(e + 1) && g.tok(e + 1).is('.') && g.attached(e + 2))) {
      return new int[] {m, e + 1, 0};
    }
    if (m >= 0) {
      return null;
    }
    Integer roman = romanMonth(e);
    if (roman != null) {
      return new int[] {roman, e + 1, 0};
    }
    PhraseTrie.Match<DateLexicon.MonthName> name = g.lex.monthNames.longest(g.t, e, g.folded);
    if (name == null) {
      return null;
    }
    Token w = g.tok(e);
    int month = name.value().month();
    if (g.kw(e, Role.YEAR) > 0 && !w.hasInformativeCapital()) {
      // "tháng năm" is May only when written "tháng Năm": "năm" is also year and five
      return null;
    }
    boolean lunar = lunarNames && name.value().lunar();
    return new int[] {month, name.end(), lunar ? 1 : 0};
  }

  @Nullable Integer romanMonth(int e) {
    int r = g.num.roman(e);
    return r >= 1 && r <= 12 ? r : null;
  }

  /** "tháng 9", "tháng 9/2024", "tháng 10-2020", "tháng 9 năm 2024", "tháng 3-5/2024" at k. */
  @Nullable Core month(int k) {
    int[] m = monthAfter(k, false);
    if (m == null) {
      int leap = g.lunar.leapSuffix(g.kw(k, Role.MONTH));
      // "tháng nhuận năm 2025": the leap month of that year, whichever it doubles
      return leap > 0 ? g.lunar.leapMonth(0, leap) : null;
    }
    if (g.lunar.leapSuffix(m[1]) > 0) {
      return g.lunar.leapMonth(m[0], g.lunar.leapSuffix(m[1]));
    }
    int e = m[1];
    int y = -1;
    if ((g.punct(e, '/') || g.dash(e)) && g.attached(e) && g.attached(e + 1)
        && g.year4(e + 1) > 0) {
      y = g.year4(e + 1);
      e += 2;
    } else if (g.dash(e) && g.attached(e) && g.attached(e + 1) && g.digits(e + 1, 2) > m[0]
        && g.digits(e + 1, 2) <= 12) {
      int m2 = g.digits(e + 1, 2);
      e += 2;
      if ((g.punct(e, '/') || g.dash(e)) && g.attached(e) && g.year4(e + 1) > 0) {
        y = g.year4(e + 1);
        e += 2;
      }
      DatePoint b = DateValue.unknown().withMonth(m[0]);
      DatePoint en = DateValue.unknown().withMonth(m2);
      if (y > 0) {
        b = b.withYear(y);
        en = en.withYear(y);
      }
      return new Core(DateValue.range(b, en), e, Grain.RANGE);
    } else if (g.kw(e, Role.YEAR) > 0 && g.year4(g.kw(e, Role.YEAR)) > 0) {
      y = g.year4(g.kw(e, Role.YEAR));
      e = g.kw(e, Role.YEAR) + 1;
    } else if (g.kw(e, Role.AND) > 0) {
      Core pair = nextMonth(m[0], g.kw(e, Role.AND));
      if (pair != null) {
        return pair;
      }
    }
    if (g.numberGoesOn(e)) {
      return null;
    }
    DateValue v = DateValue.unknown().withMonth(m[0]);
    return new Core(y > 0 ? v.withYear(y) : v, e, Grain.MONTH);
  }

  /**
   * "tháng 4 và 5", "tháng 4 và tháng 5 năm 2025": two months in a row after "và" at a make one
   * range of months; other pairs are left to be read one by one.
   */
  private @Nullable Core nextMonth(int first, int a) {
    int k = g.kw(a, Role.MONTH) > 0 ? g.kw(a, Role.MONTH) : a;
    int m2 = g.digits(k, 2);
    if (m2 != first + 1 || g.numberGoesOn(k + 1) && !g.punct(k + 1, '/')) {
      return null;
    }
    int e = k + 1;
    int y = -1;
    if ((g.punct(e, '/') || g.dash(e)) && g.attached(e) && g.year4(e + 1) > 0) {
      y = g.year4(e + 1);
      e += 2;
    } else if (g.kw(e, Role.YEAR) > 0 && g.year4(g.kw(e, Role.YEAR)) > 0) {
      y = g.year4(g.kw(e, Role.YEAR));
      e = g.kw(e, Role.YEAR) + 1;
    }
    if (g.kwAny(e, DateGrammar.UNITS) && y < 0) {
      // "tháng 4 và 5 ngày": lengths of time
      return null;
    }
    DatePoint b = DateValue.unknown().withMonth(first);
    DatePoint en = DateValue.unknown().withMonth(m2);
    if (y > 0) {
      b = b.withYear(y);
      en = en.withYear(y);
    }
    return new Core(DateValue.range(b, en), e, Grain.RANGE);
  }

  /** "năm 2024", "năm 2021-2025" at k. */
  @Nullable Core year(int k) {
    int e = g.kw(k, Role.YEAR);
    int cycle = g.lunar.cycleAt(e);
    if (cycle >= 0 && g.year4(e + 2) < 0) {
      // "năm Giáp Thìn": a year by its name in the sixty-year cycle
      return new Core(DateValue.unknown(), e + 2, Grain.YEAR, null, cycle);
    }
    if (cycle >= 0) {
      // "năm Giáp Thìn 2024": the number says the year
      e += 2;
    }
    int y = g.year4(e);
    if (y < 0 || g.numberGoesOn(e + 1) && !g.dash(e + 1)) {
      return null;
    }
    int after = g.dash(e + 1) ? e + 2 : g.kw(e + 1, Role.TO) > 0 ? g.kw(e + 1, Role.TO) : -1;
    if (after > 0) {
      int ak = g.kw(after, Role.YEAR) > 0 ? g.kw(after, Role.YEAR) : after;
      int y2 = g.year4(ak);
      if (y2 > y && !g.numberGoesOn(ak + 1)) {
        return new Core(DateValue.range(DateValue.of(Year.of(y)), DateValue.of(Year.of(y2))),
            ak + 1, Grain.RANGE);
      }
      if (g.dash(e + 1) && g.attached(e + 1) && g.attached(e + 2)) {
        return null;
      }
    }
    return new Core(DateValue.of(Year.of(y)), e + 1, Grain.YEAR);
  }
}
