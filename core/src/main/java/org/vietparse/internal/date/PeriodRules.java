package org.vietparse.internal.date;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import org.jspecify.annotations.Nullable;
import org.vietparse.date.DatePoint;
import org.vietparse.date.DateValue;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.date.DateGrammar.Core;
import org.vietparse.internal.date.DateGrammar.Grain;
import org.vietparse.internal.date.DateLexicon.Base;
import org.vietparse.internal.date.DateLexicon.Relative;
import org.vietparse.internal.date.DateLexicon.Role;
import org.vietparse.internal.date.DateLexicon.Unit;
import org.vietparse.internal.number.Numeral;

/**
 * The periods family of the date grammar: weeks of a month and ISO weeks ("tuần đầu tháng 9",
 * "tuần 45/2024"), halves ("nửa đầu năm 2024", "nửa cuối tháng 3"), counted months and
 * quarters at an edge of the year ("6 tháng cuối năm", "hai quý cuối năm", "9 tháng 2024"),
 * decades and centuries. Phrases: {@code phrases/ranges.tsv} and the period rows of
 * {@code context.tsv}.
 */
final class PeriodRules {
  private final DateGrammar g;

  PeriodRules(DateGrammar g) {
    this.g = g;
  }

  /**
   * "tuần đầu tiên của tháng 9", "tuần thứ hai tháng 3/2024", "tuần cuối của tháng 12" after
   * the word "tuần": days 1–7, 8–14, … or the last seven days of the month.
   */
  @Nullable Core weekOfMonth(int e) {
    Core iso = isoWeek(e);
    if (iso != null) {
      return iso;
    }
    int ordinal;
    int k;
    if (g.kw(e, Role.EARLY) > 0 && g.kw(e, Role.FIRST) < 0) {
      // "tuần đầu tháng 9"
      ordinal = 1;
      k = g.kw(e, Role.EARLY);
    } else if (g.kw(e, Role.LATE) > 0) {
      // "tuần cuối", "tuần cuối cùng"
      ordinal = -1;
      k = g.kw(e, Role.LATE);
    } else {
      Numeral o = g.num.ordinal(e);
      if (o == null || o.intValue() < 1 || o.intValue() > 5) {
        return null;
      }
      ordinal = o.intValue();
      k = o.end();
    }
    if (g.kw(k, Role.OF) > 0) {
      k = g.kw(k, Role.OF);
    }
    if (g.kw(k, Role.MONTH) < 0) {
      return null;
    }
    Core m = g.calendar.month(k);
    if (m == null || m.grain() != Grain.MONTH) {
      return null;
    }
    DatePoint mv = DateGrammar.asPoint(m.value());
    int length = lengthOfMonth(mv);
    int from = ordinal < 0 ? length - 6 : (ordinal - 1) * 7 + 1;
    int to = Math.min(length, from + 6);
    if (from > length) {
      return null;
    }
    return new Core(DateValue.range(mv.withDay(from), mv.withDay(to)), m.end(), Grain.RANGE);
  }

  /**
   * "tuần 45/2024", "tuần 45 năm 2024", "tuần thứ 45 của năm 2024" after the word "tuần": an ISO
   * week. The year is required, as "tuần 2 buổi" counts sessions a week.
   */
  @Nullable Core isoWeek(int e) {
    int k = e;
    Numeral o = g.num.ordinal(k);
    int w;
    if (o != null) {
      w = o.intValue();
      k = o.end();
    } else {
      w = g.digits(k, 2);
      k++;
    }
    if (w < 1 || w > 53) {
      return null;
    }
    int y;
    int end;
    if (g.punct(k, '/') && g.attached(k) && g.year4(k + 1) > 0) {
      y = g.year4(k + 1);
      end = k + 2;
    } else {
      int yk = g.kw(k, Role.OF) > 0 ? g.kw(k, Role.OF) : k;
      if (g.kw(yk, Role.YEAR) < 0 || g.year4(g.kw(yk, Role.YEAR)) < 0) {
        return null;
      }
      y = g.year4(g.kw(yk, Role.YEAR));
      end = g.kw(yk, Role.YEAR) + 1;
    }
    if (w > LocalDate.of(y, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
      return null;
    }
    return new Core(DateValue.ofWeek(y, w), end, Grain.OTHER);
  }

  /** The days of the month a point names; without a year, February has 29. */
  private static int lengthOfMonth(DatePoint month) {
    int m = month.month().getAsInt();
    return month.year().isPresent()
        ? YearMonth.of(month.year().getAsInt(), m).lengthOfMonth()
        : java.time.Month.of(m).maxLength();
  }

  /** "nửa đầu năm 2024", "nửa cuối năm" at k. */
  @Nullable Core halfYear(int k) {
    int e = g.kw(k, Role.HALF);
    boolean first = g.kw(e, Role.EARLY) > 0;
    if (!first && g.kw(e, Role.LATE) < 0) {
      return null;
    }
    e = first ? g.kw(e, Role.EARLY) : g.kw(e, Role.LATE);
    if (g.kw(e, Role.MONTH) > 0) {
      // "nửa đầu tháng 3": days 1–15; "nửa cuối tháng 3": the 16th to the last
      Core m = g.calendar.month(e);
      if (m == null || m.grain() != Grain.MONTH) {
        return null;
      }
      DatePoint mv = DateGrammar.asPoint(m.value());
      return new Core(DateValue.range(mv.withDay(first ? 1 : 16),
          mv.withDay(first ? 15 : lengthOfMonth(mv))),
          m.end(), Grain.RANGE);
    }
    return monthsOfYearTail(first ? 1 : 7, first ? 6 : 12, e);
  }

  /** "[năm] 2024", "năm nay" or nothing after a months period; e at the word "năm". */
  @Nullable Core monthsOfYearTail(int from, int to, int e) {
    int ye = g.kw(e, Role.YEAR);
    if (ye < 0) {
      return null;
    }
    DatePoint b = DateValue.unknown().withMonth(from);
    DatePoint en = DateValue.unknown().withMonth(to);
    PhraseTrie.Match<Relative> r = g.relativeAt(e);
    if (r != null && r.value().unit() == Unit.YEAR) {
      // "6 tháng đầu năm nay"
      return new Core(DateValue.range(b, en).withRelative(true), r.end(), Grain.RANGE, r.value());
    }
    int y = g.year4(ye);
    if (y < 0) {
      // "6 tháng cuối năm", "hai quý cuối năm": of the year the text is talking about, else the
      // reference's, as "cuối năm" is
      return new Core(DateValue.range(b, en).withRelative(true), ye, Grain.RANGE,
          new Relative(Unit.YEAR, 0, false, Base.CONTEXT_OR_REFERENCE));
    }
    return new Core(DateValue.range(b.withYear(y), en.withYear(y)), ye + 1, Grain.RANGE);
  }

  /**
   * "hai quý cuối năm", "3 quý đầu năm 2025", "sáu tháng cuối năm" at k (the count, in digits or
   * words, then the edge of the year): the range of their months.
   */
  @Nullable Core countOfYear(int k) {
    Numeral m = g.num.cardinal(k);
    if (m == null || m.scaled() || g.numberBefore(k)) {
      return null;
    }
    int c = m.intValue();
    int u = m.end();
    int months;
    int e;
    if (g.kw(u, Role.QUARTER) > 0 && c >= 1 && c <= 4) {
      months = 3 * c;
      e = g.kw(u, Role.QUARTER);
    } else if (g.kw(u, Role.MONTH) > 0 && c >= 1 && c <= 12 && m.form() == Numeral.Form.WORDS) {
      months = c;
      e = g.kw(u, Role.MONTH);
    } else {
      return null;
    }
    if (g.kw(e, Role.EARLY) > 0) {
      return monthsOfYearTail(1, months, g.kw(e, Role.EARLY));
    }
    if (g.kw(e, Role.LATE) > 0) {
      return monthsOfYearTail(13 - months, 12, g.kw(e, Role.LATE));
    }
    return null;
  }

  /** "9 tháng 2024", "10 tháng đầu năm 2022", "6 tháng cuối năm" at k (the count). */
  @Nullable Core monthsOfYear(int k) {
    int c = g.digits(k, 2);
    int e = g.kw(k + 1, Role.MONTH);
    if (c < 1 || c > 12 || e < 0 || g.numberBefore(k)) {
      return null;
    }
    if (g.kw(e, Role.EARLY) > 0) {
      return monthsOfYearTail(1, c, g.kw(e, Role.EARLY));
    }
    if (g.kw(e, Role.LATE) > 0) {
      return monthsOfYearTail(13 - c, 12, g.kw(e, Role.LATE));
    }
    // "9 tháng 2024", "11 tháng năm 2024": the first months of the year
    int ye = g.kw(e, Role.YEAR) > 0 ? g.kw(e, Role.YEAR) : e;
    int y = g.year4(ye);
    if (y > 0 && !g.numberGoesOn(ye + 1)) {
      return new Core(DateValue.range(DateValue.of(YearMonth.of(y, 1)),
          DateValue.of(YearMonth.of(y, c))), ye + 1, Grain.RANGE);
    }
    return null;
  }

  /** "thập niên 1990", "thập niên 90" after the keyword. */
  @Nullable Core decade(int e) {
    int y = g.year4(e);
    if (y < 0 && g.digits(e, 2) >= 0 && g.tok(e).length() == 2) {
      y = 1900 + g.digits(e, 2);
    }
    if (y < 0 || y % 10 != 0) {
      return null;
    }
    return new Core(DateValue.range(DateValue.of(Year.of(y)), DateValue.of(Year.of(y + 9))),
        e + 1, Grain.RANGE);
  }

  /** "thế kỷ 21", "thế kỷ XXI" after the keyword: years 2001 to 2100. */
  @Nullable Core century(int e) {
    int c = g.digits(e, 2);
    if (c < 0) {
      c = g.num.roman(e);
    }
    if (c < 1 || c > 30) {
      return null;
    }
    return new Core(DateValue.range(DateValue.of(Year.of((c - 1) * 100 + 1)),
        DateValue.of(Year.of(c * 100))), e + 1, Grain.RANGE);
  }
}
