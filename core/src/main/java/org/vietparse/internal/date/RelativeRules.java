package org.vietparse.internal.date;

import java.time.DayOfWeek;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.vietparse.date.DateModifier;
import org.vietparse.date.DateValue;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.date.DateGrammar.Found;
import org.vietparse.internal.date.DateGrammar.Kind;
import org.vietparse.internal.date.DateGrammar.Parts;
import org.vietparse.internal.date.DateGrammar.Rel;
import org.vietparse.internal.date.DateLexicon.Relative;
import org.vietparse.internal.date.DateLexicon.Role;
import org.vietparse.internal.date.DateLexicon.Unit;
import org.vietparse.internal.number.Numeral;
import org.vietparse.internal.text.Token;

/**
 * The relative-words family of the date grammar: the words that say a date from the reference
 * or the story ("hôm nay", "năm ngoái", "tuần tới", "ngày mai" after a part of the day), the
 * edges of a unit ("đầu tháng", "cuối năm", "cuối tuần"), weekdays with their offset ("thứ sáu
 * tới", "thứ hai tuần trước") and the same period of another year ("cùng kỳ năm ngoái"). The
 * composite rule reads them with the other parts of an expression. Phrases:
 * {@code phrases/relative.tsv}.
 */
final class RelativeRules {
  private final DateGrammar g;

  RelativeRules(DateGrammar g) {
    this.g = g;
  }

  /** "cùng kỳ", "cùng kỳ 2021", "cùng kỳ năm 2021", "cùng kỳ năm ngoái". */
  @Nullable Found samePeriod(int i) {
    int k = g.kw(i, Role.SAME_PERIOD);
    if (k < 0) {
      return null;
    }
    int yk = g.kw(k, Role.YEAR) > 0 ? g.kw(k, Role.YEAR) : k;
    int y = g.year4(yk);
    if (y > 0) {
      return new Found(i, yk + 1, DateValue.of(Year.of(y)).withRelative(true),
          new Rel(Kind.SAME_PERIOD, ChronoUnit.YEARS, 0, y));
    }
    PhraseTrie.Match<Relative> r = g.relativeAt(k);
    if (r != null && r.value().unit() == Unit.YEAR) {
      return new Found(i, r.end(), DateValue.unknown().withRelative(true),
          new Rel(Kind.SAME_PERIOD, ChronoUnit.YEARS, r.value().offset(), null));
    }
    return new Found(i, k, DateValue.unknown().withRelative(true),
        new Rel(Kind.SAME_PERIOD, ChronoUnit.YEARS, -1, null));
  }

  /** The TIMEX3 modifier of the edge word at k ("đầu", "giữa", "cuối", "thượng tuần" …). */
  DateModifier edgeModifier(int k) {
    return g.kw(k, Role.EARLY) > 0 ? DateModifier.START
        : g.kw(k, Role.MIDDLE) > 0 ? DateModifier.MID
        : DateModifier.END;
  }

  /** Records an edge of a unit: "cuối tuần" is the weekend, the others a modifier. */
  static void edgeOf(Parts p, DateModifier mod, Unit unit) {
    if (unit == Unit.WEEK && mod == DateModifier.END) {
      p.weekend = true;
    } else {
      p.mod = mod;
    }
  }

  /** The end of "đầu", "giữa" or "cuối" at k, or -1. */
  int edge(int k) {
    return Math.max(g.kw(k, Role.EARLY), Math.max(g.kw(k, Role.MIDDLE), g.kw(k, Role.LATE)));
  }

  boolean relativeOk(Parts p, PhraseTrie.Match<Relative> r, int k) {
    Relative rel = r.value();
    Token head = g.tok(k);
    for (int j = k + 1; j < r.end(); j++) {
      if (g.tok(j).hasInformativeCapital() && !head.isAllCaps() && !g.tok(j).isAllCaps()) {
        // "ngày Mai": a name after a lower-case word, not tomorrow
        return false;
      }
    }
    if (rel.afterPartOnly()) {
      if (p.part == null || p.partEnd != k) {
        return false;
      }
      Token w = g.tok(k);
      // "chiều Mai" is more likely a person than tomorrow afternoon
      return w != null && !w.hasInformativeCapital();
    }
    if (rel.unit() == Unit.YEAR || rel.unit() == Unit.MONTH || rel.unit() == Unit.WEEK) {
      Numeral count = k > 0 ? g.num.cardinal(k - 1) : null;
      if (count != null && count.end() == k) {
        // "một năm sau đó", "hai năm qua": a length of time
        return false;
      }
      if (p.count > 0 || g.numberBefore(k) || g.tok(k - 1) != null && g.tok(k - 1).isNumber()
          || g.lex.before(g.t, k, "before-relative", g.folded)) {
        return false;
      }
      // "năm sau đó", "tuần sau khi": counted from an event of the story, not from today
      return !g.lex.at(g.t, r.end(), "after-relative", g.folded);
    }
    return p.count == 0 || p.part != null || p.clock != null || p.weekday != null;
  }

  /** A weekday at k, with "tuần này/sau/trước" or "này/tới" after it; returns its end or -1. */
  int weekday(Parts p, int k) {
    // "hôm thứ hai": the word is part of the weekday ("ngày thứ hai" may be the second day)
    int w0 = g.kw(k, Role.WEEKDAY_PREFIX) > 0 ? g.kw(k, Role.WEEKDAY_PREFIX) : k;
    PhraseTrie.Match<DayOfWeek> m = g.weekdayAt(w0);
    if (m == null && w0 != k) {
      return -1;
    }
    if (m == null || w0 == k && g.lex.before(g.t, k, "before", g.folded) && p.count == 0) {
      return -1;
    }
    if (w0 == k && g.lex.before(g.t, k, "before-ordinal", g.folded)) {
      // "lần thứ 7 (5/3)", "kỳ họp thứ 8": an ordinal, even with a date after it
      return -1;
    }
    if (w0 != k) {
      p.context = true;
    }
    if (g.num.ordinal(k) != null && g.numberBefore(k)) {
      return -1;
    }
    int e = m.end();
    int w = g.kw(e, Role.WEEK);
    if (w < 0 && g.kw(e, Role.OF) > 0 && g.kw(g.kw(e, Role.OF), Role.WEEK) > 0) {
      // "thứ 3 của tuần trước"
      w = g.kw(g.kw(e, Role.OF), Role.WEEK);
      if (g.kw(w, Role.THIS) < 0 && g.kw(w, Role.NEXT) < 0 && g.kw(w, Role.PREV) < 0) {
        w = -1;
      }
    }
    int after = w > 0 ? w : e;
    Integer offset = null;
    if (g.kw(after, Role.THIS) > 0) {
      offset = 0;
      e = g.kw(after, Role.THIS);
    } else if (g.kw(after, Role.NEXT) > 0) {
      offset = 1;
      e = g.kw(after, Role.NEXT);
    } else if (g.kw(after, Role.PREV) > 0) {
      offset = -1;
      e = g.kw(after, Role.PREV);
    }
    p.weekday = m.value();
    p.weekOffset = offset;
    p.weekdayAlone = w < 0;
    return e;
  }
}
