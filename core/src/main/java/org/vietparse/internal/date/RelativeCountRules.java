package org.vietparse.internal.date;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.vietparse.date.DateValue;
import org.vietparse.internal.date.DateGrammar.Found;
import org.vietparse.internal.date.DateGrammar.Kind;
import org.vietparse.internal.date.DateGrammar.Rel;
import org.vietparse.internal.date.DateLexicon.Base;
import org.vietparse.internal.date.DateLexicon.Role;
import org.vietparse.internal.number.Numeral;

/**
 * The relative-count family of the date grammar: a count of days, weeks, months, years or hours
 * with a word that says from when ("3 ngày qua", "5 ngày tới", "2 năm trước", "cách đây 5 năm",
 * "ba ngày sau", "một tuần sau đó", "trước đó một ngày"). Phrases: {@code phrases/relative.tsv}
 * and the counted rows of {@code context.tsv}.
 */
final class RelativeCountRules {
  private final DateGrammar g;

  RelativeCountRules(DateGrammar g) {
    this.g = g;
  }

  /**
   * "trước đó một ngày", "sau đó hai tuần": a count after "trước đó"/"sau đó" is a point that
   * far from the time the text is talking about, else from the reference.
   */
  @Nullable Found thenCount(int i) {
    if (!g.lex.at(g.t, i, "then-before", g.folded) || g.tok(i + 2) == null || !g.tok(i + 2).spaceBefore()) {
      return null;
    }
    int sign = g.kw(i, Role.PREV) > 0 ? -1 : 1;
    Numeral m = g.num.cardinal(i + 2);
    if (m == null) {
      return null;
    }
    if (beyondInt(m)) {
      return DateGrammar.ABANDON;
    }
    if (m.intValue() <= 0 || m.scaled()) {
      return null;
    }
    ChronoUnit unit = calendarUnit(m.end());
    if (unit == null || g.lex.at(g.t, m.end() + 1, "after-relative", g.folded) || g.kwAny(m.end() + 1,
        DateGrammar.UNITS)) {
      // "sau đó một ngày khi …", "sau đó 2 ngày 3 đêm": not a point
      return null;
    }
    return new Found(i, m.end() + 1, DateValue.unknown().withRelative(true),
        new Rel(Kind.LATER, unit, sign * m.intValue(), null, Base.CONTEXT_OR_REFERENCE));
  }

  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

  /**
   * Whether a count is a whole number of at most ten digits beyond an int ("3 tỷ" is 3E+9):
   * the scan has always given up on the token then, and nothing else was read there. The
   * check keeps that without {@link Numeral#intValue()} failing on such a number, which
   * costs a stack trace each time (money amounts are common in news).
   */
  static boolean beyondInt(Numeral m) {
    BigDecimal v = m.value();
    return v.scale() <= 0 && v.precision() - v.scale() <= 10
        && (v.compareTo(INT_MAX) > 0 || v.compareTo(INT_MIN) < 0);
  }

  /** The calendar unit (ngày, tuần, tháng, năm) at k, or null. */
  private @Nullable ChronoUnit calendarUnit(int k) {
    return g.kw(k, Role.DAY) > 0 ? ChronoUnit.DAYS : g.kw(k, Role.WEEK) > 0 ? ChronoUnit.WEEKS
        : g.kw(k, Role.MONTH) > 0 ? ChronoUnit.MONTHS : g.kw(k, Role.YEAR) > 0 ? ChronoUnit.YEARS
        : null;
  }

  /** "3 ngày qua", "5 ngày tới", "2 tuần trước", "3 giờ tới": counts from the reference. */
  @Nullable Found countRelative(int i) {
    if (g.kw(i, Role.AGO_BEFORE) > 0) {
      return agoBefore(i);
    }
    if (!g.t.get(i).isNumber() && !g.t.get(i).isWord()) {
      return null;
    }
    // the number first: it is read already, where the unit ahead needs up to four look-ups
    Numeral m = g.num.cardinal(i);
    if (m == null) {
      return null;
    }
    if (beyondInt(m)) {
      return DateGrammar.ABANDON;
    }
    if (m.intValue() <= 0 || m.scaled()) {
      return null;
    }
    boolean unitAhead = false;
    for (int j = i + 1; j <= i + 4 && j < g.t.size() && !unitAhead; j++) {
      unitAhead = g.kwAny(j, DateGrammar.UNITS);
    }
    if (!unitAhead || g.lex.before(g.t, i, "before-relative", g.folded) || g.numberBefore(i)) {
      return null;
    }
    int count = m.intValue();
    int k = m.end();
    ChronoUnit unit;
    if (g.kw(k, Role.DAY) > 0) {
      unit = ChronoUnit.DAYS;
    } else if (g.kw(k, Role.WEEK) > 0) {
      unit = ChronoUnit.WEEKS;
    } else if (g.kw(k, Role.MONTH) > 0) {
      unit = ChronoUnit.MONTHS;
    } else if (g.kw(k, Role.YEAR) > 0) {
      unit = ChronoUnit.YEARS;
    } else if (g.kw(k, Role.HOUR) > 0 || g.kw(k, Role.HOURS) > 0) {
      unit = ChronoUnit.HOURS;
    } else if (g.kw(k, Role.MINUTE) > 0) {
      unit = ChronoUnit.MINUTES;
    } else {
      return null;
    }
    int u = k + 1;
    Kind kind;
    int end;
    boolean calendar = unit != ChronoUnit.HOURS && unit != ChronoUnit.MINUTES;
    boolean then = g.lex.at(g.t, u + 1, "then", g.folded);
    if (calendar && (g.kw(u, Role.NEXT) > 0 && g.lex.at(g.t, u, "later", g.folded) || then
        && (g.kw(u, Role.NEXT) > 0 || g.kw(u, Role.PREV) > 0 && g.kw(u, Role.AGO) > 0))) {
      // "ba ngày sau", "một tuần sau đó", "hai ngày trước đó": counted from the story
      if (g.lex.at(g.t, u + 1, "after-relative", g.folded) && !then) {
        // "một tuần sau khi …": from an event, which the text does not date
        return null;
      }
      int sign = g.kw(u, Role.PREV) > 0 ? -1 : 1;
      return new Found(i, then ? u + 2 : u + 1, DateValue.unknown().withRelative(true),
          new Rel(Kind.LATER, unit, sign * count, null, Base.CONTEXT_OR_REFERENCE));
    }
    if (g.kw(u, Role.NEXT) > 0) {
      // "3 giờ tới" is a point three hours on; "2 tiếng tiếp theo" the span of the next two
      kind = (unit == ChronoUnit.HOURS || unit == ChronoUnit.MINUTES) && g.kw(u, Role.SPAN) < 0
          ? Kind.SHIFT : Kind.NEXT_N;
      end = g.kw(u, Role.NEXT);
      if (g.kw(u, Role.TO) > 0 && g.tok(end) != null && g.tok(end).hasInformativeCapital()) {
        // "chuyến thăm 3 ngày tới Hà Nội": "tới" is "to" a place, and the count a length
        return null;
      }
    } else if (g.kw(u, Role.PREV) > 0) {
      boolean ago = g.kw(u, Role.AGO) > 0;
      if (!ago && unit == ChronoUnit.YEARS) {
        // "70 năm qua" speaks of a duration, not of a date
        return null;
      }
      kind = ago ? Kind.AGO : Kind.LAST_N;
      end = g.kw(u, Role.PREV);
      if (ago && unit == ChronoUnit.HOURS) {
        return null;
      }
    } else {
      return null;
    }
    if (g.lex.at(g.t, end, "after-relative", g.folded)) {
      // "một năm sau đó": counted from an event of the story
      return null;
    }
    int amount = kind == Kind.AGO ? -count : count;
    return new Found(i, end, DateValue.unknown().withRelative(true),
        new Rel(kind, unit, amount, null));
  }

  /** "cách đây 5 năm", "cách đây 3 tháng": a point that many units before the reference. */
  private @Nullable Found agoBefore(int i) {
    int k = g.kw(i, Role.AGO_BEFORE);
    Numeral m = g.num.cardinal(k);
    if (m == null) {
      return null;
    }
    if (beyondInt(m)) {
      return DateGrammar.ABANDON;
    }
    if (m.intValue() <= 0 || m.scaled()) {
      return null;
    }
    int u = m.end();
    ChronoUnit unit = g.kw(u, Role.DAY) > 0 ? ChronoUnit.DAYS : g.kw(u, Role.WEEK) > 0
        ? ChronoUnit.WEEKS : g.kw(u, Role.MONTH) > 0 ? ChronoUnit.MONTHS : g.kw(u, Role.YEAR) > 0
        ? ChronoUnit.YEARS : null;
    if (unit == null) {
      return null;
    }
    int end = Math.max(g.kw(u, Role.DAY), Math.max(g.kw(u, Role.WEEK), Math.max(g.kw(u, Role.MONTH),
        g.kw(u, Role.YEAR))));
    return new Found(i, end, DateValue.unknown().withRelative(true),
        new Rel(Kind.AGO, unit, -m.intValue(), null));
  }
}
