package org.vietparse.internal.date;

import org.jspecify.annotations.Nullable;
import org.vietparse.internal.date.DateLexicon.Role;
import org.vietparse.internal.number.Numeral;

/**
 * The clock-time family of the date grammar: "22h30", "10g45", "09:04", "23:15:30", "9 giờ 30
 * phút", "3 giờ rưỡi", "11 giờ kém 15", "mười giờ sáng", "7:30 pm", "24:00". It reads one clock
 * time at a token, over the grammar's tokens and numerals, with a look-ahead of a few tokens;
 * whether a weak reading ("9 giờ", which may be a length of time) counts is the composite's to
 * decide. Phrases: {@code phrases/times.tsv} and the clock rows of {@code context.tsv}.
 */
final class ClockRules {
  /**
   * A clock time read: hour 0–24 (24 is the end of the day), minute, second, the token after
   * it, whether its form alone makes it a time ("22h30", "09:04"; not "9 giờ"), and whether
   * "am"/"pm" gave its half of the day.
   */
  record Clock(int hour, int minute, int second, int end, boolean strong, boolean meridiem) {}

  private final DateGrammar g;

  ClockRules(DateGrammar g) {
    this.g = g;
  }

  /** A clock time at k: "22h30", "10g45", "09:04", "9 giờ 30 phút", "3 giờ rưỡi", "11 giờ kém 15". */
  @Nullable Clock clock(int k) {
    int h = g.digits(k, 2);
    if (h < 0) {
      // "mười giờ sáng", "hai giờ chiều": an hour in words, before "giờ"
      Numeral w = g.num.cardinal(k);
      if (w == null || w.form() != Numeral.Form.WORDS || w.scaled() || w.intValue() < 0
          || w.intValue() > 24 || w.end() > k + 3 || g.kw(w.end(), Role.HOUR) < 0
          || g.numberBefore(k)) {
        return null;
      }
      return wordClock(w.intValue(), g.kw(w.end(), Role.HOUR));
    }
    if (h > 24 || g.numberBefore(k) || g.lex.before(g.t, k, "before", g.folded)) {
      return null;
    }
    int minute = 0;
    int second = 0;
    int e;
    boolean strong;
    if (g.kw(k + 1, Role.HOUR_MARK) == k + 2 && g.attached(k + 1)) {
      e = k + 2;
      strong = true;
      int mm = g.attached(e) ? g.digits(e, 2) : -1;
      if (mm >= 0) {
        if (mm > 59 || g.tok(e).length() != 2) {
          return null;
        }
        minute = mm;
        e++;
        if (g.kw(e, Role.MINUTE) > 0) {
          e = g.kw(e, Role.MINUTE);
        } else if (g.punct(e, '\'') && g.attached(e)) {
          e++;
        }
      } else if (g.clockGoesOn(e)) {
        return null;
      } else if (g.kw(k + 1, Role.UNIT_LOOKALIKE) > 0) {
        // "10g" is ten grams as often as ten o'clock; "10g45" is a time
        strong = false;
      }
    } else if (g.punct(k + 1, ':') && g.attached(k + 1) && g.attached(k + 2) && g.digits(k + 2, 2) >= 0
        && g.tok(k + 2).length() == 2) {
      minute = g.digits(k + 2, 2);
      if (minute > 59) {
        return null;
      }
      e = k + 3;
      strong = true;
      if (g.punct(e, ':') && g.attached(e) && g.attached(e + 1) && g.digits(e + 1, 2) >= 0
          && g.tok(e + 1).length() == 2) {
        second = g.digits(e + 1, 2);
        if (second > 59) {
          return null;
        }
        e += 2;
      }
      if (g.clockGoesOn(e)) {
        return null;
      }
    } else if (g.kw(k + 1, Role.HOUR) > 0) {
      e = g.kw(k + 1, Role.HOUR);
      strong = false;
      // "3 giờ rưỡi", "9 giờ 30 phút" are lengths of time as often as times of day: they stay
      // weak and need a context ("lúc", a part of day, a date)
      if (g.kw(e, Role.HALF_PAST) > 0) {
        minute = 30;
        e = g.kw(e, Role.HALF_PAST);
      } else if (g.kw(e, Role.MINUS) > 0 && g.digits(g.kw(e, Role.MINUS), 2) > 0
          && g.digits(g.kw(e, Role.MINUS), 2) < 60) {
        int less = g.digits(g.kw(e, Role.MINUS), 2);
        e = g.kw(e, Role.MINUS) + 1;
        if (g.kw(e, Role.MINUTE) > 0) {
          e = g.kw(e, Role.MINUTE);
        }
        h = h == 0 ? 23 : h - 1;
        minute = 60 - less;
      } else if (g.digits(e, 2) >= 0 && g.digits(e, 2) < 60 && g.kw(e + 1, Role.MINUTE) > 0) {
        minute = g.digits(e, 2);
        e = g.kw(e + 1, Role.MINUTE);
      } else if (g.digits(e, 2) >= 0 && g.digits(e, 2) < 60 && !g.numberGoesOn(e + 1)
          && (g.tok(e + 1) == null || !g.tok(e + 1).isWord()
          || g.partAt(e + 1) != null || g.kw(e + 1, Role.DAY) > 0)) {
        // "9 giờ 30", "9 giờ 30 sáng"; not "9 giờ 30 người"
        minute = g.digits(e, 2);
        e = e + 1;
      }
    } else if ((g.kw(k + 1, Role.AM) > 0 || g.kw(k + 1, Role.PM) > 0) && h >= 1 && h <= 12) {
      e = k + 1;
      strong = false;
    } else {
      return null;
    }
    boolean meridiem = false;
    if (g.kw(e, Role.PM) > 0 && h >= 1 && h <= 12) {
      h = h == 12 ? 12 : h + 12;
      e = g.kw(e, Role.PM);
      meridiem = true;
    } else if (g.kw(e, Role.AM) > 0 && h >= 1 && h <= 12) {
      h = h == 12 ? 0 : h;
      e = g.kw(e, Role.AM);
      meridiem = true;
    }
    if (h == 24 && (minute != 0 || second != 0)) {
      return null;
    }
    // 24:00 stays 24: the end of the day written with it, not its start
    return new Clock(h, minute, second, e, strong, meridiem);
  }

  /**
   * The rest of an hour written in words after "giờ" at e: "rưỡi", "kém mười lăm", "mười lăm
   * phút", then "sáng", "chiều", "pm"; weak, as "hai giờ" may be a length of time.
   */
  private @Nullable Clock wordClock(int hour, int e) {
    int h = hour;
    int minute = 0;
    int end = e;
    if (g.kw(end, Role.HALF_PAST) > 0) {
      minute = 30;
      end = g.kw(end, Role.HALF_PAST);
    } else if (g.kw(end, Role.MINUS) > 0) {
      Numeral m = g.num.cardinal(g.kw(end, Role.MINUS));
      if (m == null || m.scaled() || m.intValue() < 1 || m.intValue() > 59) {
        return null;
      }
      end = g.kw(m.end(), Role.MINUTE) > 0 ? g.kw(m.end(), Role.MINUTE) : m.end();
      h = h == 0 ? 23 : h - 1;
      minute = 60 - m.intValue();
    } else {
      Numeral m = g.num.cardinal(end);
      if (m != null && !m.scaled() && m.intValue() >= 0 && m.intValue() < 60
          && g.kw(m.end(), Role.MINUTE) > 0) {
        minute = m.intValue();
        end = g.kw(m.end(), Role.MINUTE);
      }
    }
    if (h == 24 && minute != 0) {
      return null;
    }
    return new Clock(h, minute, 0, end, false, false);
  }
}
