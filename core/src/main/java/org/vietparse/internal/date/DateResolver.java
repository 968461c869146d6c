package org.vietparse.internal.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vietparse.date.DatePoint;
import org.vietparse.date.DateValue;
import org.vietparse.date.Preference;
import org.vietparse.internal.date.DateLexicon.Base;
import org.vietparse.internal.date.DateGrammar.Found;
import org.vietparse.internal.date.DateGrammar.Rel;

/**
 * Resolves what the grammar found, in text order: relative expressions against the reference
 * date-time, missing years by the {@link Preference}, and the anaphoric forms ("cùng ngày",
 * "hôm sau", "cùng kỳ") against the latest earlier mention that gives what they need. Without a
 * reference only the anaphoric forms resolve, and only against a mention that is itself
 * complete enough.
 */
final class DateResolver {
  /**
   * Where a mention stands in the text: its sentence (counted from 0), whether it follows "so
   * với" (a time compared with, not the time the text is talking about), and the tense the
   * words before it give ("đã" past, "sẽ" future), which then outranks the preference.
   *
   * @param sentence the sentence's number
   * @param comparison whether the mention is what something is compared with
   * @param tense the preference the tense gives, or null
   */
  record Site(int sentence, boolean comparison, @Nullable Preference tense) {
    /** A mention with nothing around it, as {@code parseDate} reads one. */
    static final Site ALONE = new Site(0, false, null);
  }

  /** A time the text has named, and the sentence it was named in. */
  private record Said(DateValue value, int sentence) {}

  private final @Nullable LocalDateTime ref;
  private final Preference preference;
  /** The preference for the mention being resolved: the tense's, else the configured one. */
  private Preference pref;
  private @Nullable DateValue lastDay;
  private @Nullable DateValue lastPeriod;
  /** The latest time named with its year written out, not compared with. */
  private @Nullable Said year;
  /** The latest day named (resolved), not compared with. */
  private @Nullable Said day;
  private int sentence;

  DateResolver(@Nullable LocalDateTime ref, Preference preference) {
    this.ref = ref;
    this.preference = preference;
    this.pref = preference;
  }

  List<DateValue> resolveAll(List<Found> found) {
    return resolveAll(found, java.util.Collections.nCopies(found.size(), Site.ALONE));
  }

  List<DateValue> resolveAll(List<Found> found, List<Site> sites) {
    List<DateValue> out = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      Site site = sites.get(k);
      sentence = site.sentence();
      pref = site.tense() != null ? site.tense() : preference;
      DateValue v;
      try {
        v = resolve(f);
      } catch (DateTimeException | ArithmeticException | IllegalArgumentException e) {
        // a shift past the calendar's ends, or ends a year put in the wrong order: keep what
        // the text says
        v = f.value();
      }
      remember(f, v, site);
      out.add(v);
    }
    return out;
  }

  private void remember(Found f, DateValue v, Site site) {
    if (v.isRange()) {
      DatePoint b = v.begin().orElseThrow();
      DatePoint e = v.end().orElseThrow();
      if (f.rel() == null && b.year().isPresent() && b.year().equals(e.year())
          && b.month().isPresent()) {
        lastPeriod = v;
      }
    } else if (v.month().isPresent() && v.day().isPresent() && !v.isLunar()) {
      lastDay = v;
    } else if (f.rel() == null && v.quarter().isPresent() && v.year().isPresent()) {
      lastPeriod = v;
    }
    if (site.comparison()) {
      return;
    }
    if (f.rel() == null && written(f.value()) && yearOf(v) != null) {
      year = new Said(v, site.sentence());
    }
    if (!v.isRange() && v.toLocalDate().isPresent() && !v.isLunar()) {
      day = new Said(v, site.sentence());
    }
  }

  /** Whether the text wrote the year of this value ("năm 2025", "quý IV/2025", "2021-2025"). */
  private static boolean written(DateValue v) {
    return v.isRange() ? v.begin().orElseThrow().year().isPresent() : v.year().isPresent();
  }

  private static @Nullable Integer yearOf(DateValue v) {
    DateValue p = v.isRange() ? v.end().orElseThrow() : v;
    return p.year().isPresent() ? p.year().getAsInt() : null;
  }

  /** The value as a point; a range here is a grammar error, which the scan drops. */
  private static DatePoint asPoint(DateValue v) {
    if (v instanceof DatePoint p) {
      return p;
    }
    throw new IllegalArgumentException("not a point: " + v);
  }

  /** What was said in this sentence or the one before, or null. */
  private @Nullable Said near(@Nullable Said said) {
    return said != null && sentence - said.sentence() <= 1 ? said : null;
  }

  /** The year the text is talking about, for a relative word of that base; null for none. */
  private @Nullable Integer baseYear(Rel rel) {
    Said s = rel.base() == Base.REFERENCE ? null : near(year);
    if (s != null) {
      return yearOf(s.value());
    }
    if (rel.base() == Base.CONTEXT || ref == null) {
      return null;
    }
    return ref.getYear();
  }

  /** The month the text is talking about (CONTEXT bases), else the reference's; or null. */
  private @Nullable YearMonth baseMonth(Rel rel) {
    Said s = rel.base() == Base.REFERENCE ? null : near(year);
    if (s != null && !s.value().isRange() && s.value().toYearMonth().isPresent()) {
      return s.value().toYearMonth().get();
    }
    if (rel.base() == Base.CONTEXT || ref == null) {
      return null;
    }
    return YearMonth.from(ref);
  }

  /** The day the text is talking about: the latest day named nearby, else the reference's. */
  private @Nullable DateValue contextDay() {
    Said s = near(day);
    if (s != null) {
      DateValue d = s.value();
      return DateValue.of(d.toLocalDate().orElseThrow());
    }
    return ref == null ? null : DateValue.of(ref.toLocalDate());
  }

  private DateValue resolve(Found f) {
    DateValue v = f.value();
    Rel rel = f.rel();
    if (rel == null) {
      if (!v.isRange() && v.time().isPresent() && v.day().isEmpty() && v.month().isEmpty()
          && v.year().isEmpty() && v.weekday().isEmpty()) {
        // "lúc 15h": on the day the text is talking about
        DateValue d = contextDay();
        return d == null ? v : carry(d, v).withRelative(v.isRelative());
      }
      Said s = near(year);
      if (s != null && !written(v) && (v.isRange() ? v.begin().orElseThrow().month().isPresent()
          || v.begin().orElseThrow().quarter().isPresent()
          : v.month().isPresent() || v.quarter().isPresent())) {
        // "Năm 2023, … tháng 9": the year the text has just named
        DateValue filled = inYear(v, yearOf(s.value()));
        if (filled != null) {
          return filled;
        }
      }
      return ref == null ? v : infer(v);
    }
    switch (rel.kind()) {
      case SAME_DAY, NEXT_DAY -> {
        if (lastDay == null) {
          return v;
        }
        DateValue base = DateValue.unknown().withMonth(lastDay.month().getAsInt())
            .withDay(lastDay.day().getAsInt());
        if (lastDay.year().isPresent()) {
          base = base.withYear(lastDay.year().getAsInt());
        }
        if (rel.kind() == DateGrammar.Kind.NEXT_DAY) {
          if (base.toLocalDate().isEmpty()) {
            return v;
          }
          base = DateValue.of(base.toLocalDate().get().plusDays(1));
        }
        return carry(base, v);
      }
      case CYCLE_YEAR -> {
        if (ref == null) {
          return v;
        }
        // the year of that name nearest the reference: (year - 4) mod 60 is its place
        int base = ref.getYear();
        int y = base - Math.floorMod(base - 4 - rel.amount(), 60);
        if (base - y > 30) {
          y += 60;
        }
        return v.month().isPresent() ? v.withYear(y) : flags(DateValue.of(Year.of(y)), v);
      }
      case CONTEXT_DAY -> {
        DateValue d = contextDay();
        return d == null ? v : carry(d, v);
      }
      case LATER -> {
        return later(v, rel);
      }
      case SAME_PERIOD -> {
        if (lastPeriod == null) {
          // "so với cùng kỳ năm ngoái" with no period named: the year before
          Integer y = rel.year() != null ? rel.year() : ref == null ? null
              : (near(year) != null ? yearOf(near(year).value()) : ref.getYear()) + rel.amount();
          return y == null ? v : flags(DateValue.of(Year.of(y)), v);
        }
        if (!lastPeriod.isRange()) {
          int y = rel.year() != null ? rel.year() : lastPeriod.year().getAsInt() + rel.amount();
          return flags(lastPeriod.withYear(y), v);
        }
        DatePoint b = lastPeriod.begin().orElseThrow();
        DatePoint e = lastPeriod.end().orElseThrow();
        int year = rel.year() != null ? rel.year() : b.year().getAsInt() + rel.amount();
        return DateValue.range(b.withYear(year), e.withYear(year)).withRelative(true)
            .withLocalTime(v.isLocalTime());
      }
      default -> {
        // the others need the reference
      }
    }
    if (rel.kind() == DateGrammar.Kind.SHIFT && rel.unit() == ChronoUnit.YEARS
        && (v.month().isPresent() || v.quarter().isPresent()) && v.year().isEmpty()
        && !v.isRange()) {
      // "tháng 5 năm nay", "giữa tháng 9 cùng năm", "Tết năm nay"
      Integer y = baseYear(rel);
      return y == null ? v : v.withYear(y + rel.amount());
    }
    if (rel.kind() == DateGrammar.Kind.SHIFT && rel.base() != Base.REFERENCE
        && (rel.unit() == ChronoUnit.YEARS || rel.unit() == ChronoUnit.MONTHS)) {
      return contextShift(v, rel);
    }
    if (rel.kind() == DateGrammar.Kind.DAY_OF_MONTH) {
      return ref == null ? v : dayOfMonth(v, rel.amount() > 0, ref.toLocalDate());
    }
    if (v.day().isPresent() && v.month().isPresent() && !v.isRange()) {
      // "ngày mai (22/11)": the written date wins over the word
      return ref == null ? v : infer(v);
    }
    if (ref == null) {
      return v;
    }
    LocalDate today = ref.toLocalDate();
    switch (rel.kind()) {
      case NOW -> {
        return carry(DateValue.of(ref.truncatedTo(ChronoUnit.MINUTES)), v);
      }
      case SHIFT -> {
        return shift(v, rel, today);
      }
      case AGO -> {
        return shiftedPoint(v, rel.unit(), rel.amount(), today);
      }
      case NEAREST_WEEKDAY -> {
        if (v.weekday().isEmpty()) {
          return v;
        }
        DayOfWeek wd = v.weekday().get();
        LocalDate d = today.with(rel.amount() > 0 ? TemporalAdjusters.next(wd)
            : TemporalAdjusters.previous(wd));
        return carry(DateValue.of(d), v);
      }
      case QUARTER_SHIFT -> {
        int q = today.get(IsoFields.QUARTER_OF_YEAR) - 1 + rel.amount();
        int y = today.getYear() + Math.floorDiv(q, 4);
        return flags(DateValue.ofQuarter(y, Math.floorMod(q, 4) + 1), v);
      }
      case LAST_N, NEXT_N -> {
        // the N whole units before the reference's, or after it: "3 ngày qua" on 11/11 is
        // 8/11 to 10/11, "5 ngày tới" is 12/11 to 16/11
        boolean past = rel.kind() == DateGrammar.Kind.LAST_N;
        if (rel.unit() == ChronoUnit.MONTHS || rel.unit() == ChronoUnit.YEARS) {
          YearMonth now = YearMonth.from(today);
          long months = rel.unit() == ChronoUnit.YEARS ? 12L * rel.amount() : rel.amount();
          YearMonth a = past ? now.minusMonths(months) : now.plusMonths(1);
          YearMonth b = past ? now.minusMonths(1) : now.plusMonths(months);
          return DateValue.range(DateValue.of(a), DateValue.of(b)).withRelative(true);
        }
        if (rel.unit() == ChronoUnit.HOURS || rel.unit() == ChronoUnit.MINUTES) {
          LocalDateTime a = past ? ref.minus(rel.amount(), rel.unit()) : ref;
          LocalDateTime b = past ? ref : ref.plus(rel.amount(), rel.unit());
          return DateValue.range(DateValue.of(a.truncatedTo(ChronoUnit.MINUTES)),
              DateValue.of(b.truncatedTo(ChronoUnit.MINUTES))).withRelative(true);
        }
        LocalDate from = past ? today.minus(rel.amount(), rel.unit()) : today.plusDays(1);
        LocalDate to = past ? today.minusDays(1) : today.plus(rel.amount(), rel.unit());
        return DateValue.range(DateValue.of(from), DateValue.of(to)).withRelative(true);
      }
      default -> {
        return v;
      }
    }
  }

  /**
   * "ba ngày sau", "trước đó một tuần", "hai năm sau đó": a point that many units from the day,
   * month or year the text is talking about, else from the reference's; as written without
   * either.
   */
  private DateValue later(DateValue v, Rel rel) {
    int a = rel.amount();
    return switch (rel.unit()) {
      case DAYS, WEEKS -> {
        DateValue d = contextDay();
        yield d == null ? v : shiftedPoint(v, rel.unit(), a, d.toLocalDate().orElseThrow());
      }
      case MONTHS -> {
        YearMonth m = baseMonth(rel);
        yield m == null ? v : flags(DateValue.of(m.plusMonths(a)), v);
      }
      case YEARS -> {
        Integer y = baseYear(rel);
        yield y == null || y + a < 1 || y + a > 9999 ? v : flags(DateValue.of(Year.of(y + a)), v);
      }
      default -> v;
    };
  }

  /** "năm ngoái", "cuối năm", "năm trước đó", "tháng sau đó": from the time talked about. */
  private DateValue contextShift(DateValue v, Rel rel) {
    int a = rel.amount();
    if (rel.unit() == ChronoUnit.MONTHS) {
      YearMonth m = baseMonth(rel);
      return m == null ? v : flags(DateValue.of(m.plusMonths(a)), v);
    }
    Integer y = baseYear(rel);
    if (y == null) {
      return v;
    }
    if (v.isRange()) {
      DatePoint b = v.begin().orElseThrow();
      DatePoint e = v.end().orElseThrow();
      return flags(DateValue.range(b.withYear(wrapped(b, e) ? y + a - 1 : y + a),
          e.withYear(y + a)), v);
    }
    if (v.season().isPresent()) {
      return v.withYear(y + a);
    }
    return flags(DateValue.of(Year.of(y + a)), v);
  }

  /**
   * Whether a range of one year's months or days runs past New Year ("từ tháng 11 đến tháng 2
   * năm sau"): the year written with it is then the end's, and the begin is in the year before.
   */
  private static boolean wrapped(DateValue b, DateValue e) {
    if (b.month().isEmpty() || e.month().isEmpty()) {
      return false;
    }
    int bm = b.month().getAsInt();
    int em = e.month().getAsInt();
    return bm > em || bm == em && b.day().isPresent() && e.day().isPresent()
        && b.day().getAsInt() > e.day().getAsInt();
  }

  /** The value in a year the text names; null when it does not fit ("29/2"). */
  private static @Nullable DateValue inYear(DateValue v, @Nullable Integer y) {
    if (y == null) {
      return null;
    }
    try {
      if (v.isRange()) {
        DatePoint b = v.begin().orElseThrow();
        DatePoint e = v.end().orElseThrow();
        if (e.year().isPresent() || e.month().isEmpty() && e.quarter().isEmpty()) {
          return null;
        }
        return DateValue.range(b.withYear(y), e.withYear(y)).withRelative(v.isRelative())
            .withLocalTime(v.isLocalTime()).withLunar(v.isLunar()).withModifier(
                v.modifier().orElse(null));
      }
      return v.withYear(y);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private DateValue shift(DateValue v, Rel rel, LocalDate today) {
    int a = rel.amount();
    switch (rel.unit()) {
      case DAYS -> {
        return carry(DateValue.of(today.plusDays(a)), v);
      }
      case WEEKS -> {
        LocalDate monday = today.with(DayOfWeek.MONDAY).plusWeeks(a);
        if (v.weekday().isPresent()) {
          return carry(DateValue.of(monday.plusDays(v.weekday().get().getValue() - 1L)), v);
        }
        return flags(DateValue.ofWeek(monday.get(IsoFields.WEEK_BASED_YEAR),
            monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), v);
      }
      case MONTHS -> {
        return flags(DateValue.of(YearMonth.from(today).plusMonths(a)), v);
      }
      case YEARS -> {
        int y = today.getYear() + a;
        if (v.isRange()) {
          DatePoint b = v.begin().orElseThrow();
          DatePoint e = v.end().orElseThrow();
          return DateValue.range(b.withYear(wrapped(b, e) ? y - 1 : y), e.withYear(y))
              .withRelative(true).withLocalTime(v.isLocalTime());
        }
        if (v.month().isPresent() || v.quarter().isPresent() || v.season().isPresent()) {
          return v.withYear(y);
        }
        return flags(DateValue.of(Year.of(y)), v);
      }
      case HOURS, MINUTES -> {
        return flags(DateValue.of(ref.plus(a, rel.unit()).truncatedTo(ChronoUnit.MINUTES)), v);
      }
      default -> {
        return v;
      }
    }
  }

  /** "ngày 20 tới": the first such day after the reference; "ngày 15 này": this month's. */
  private static DateValue dayOfMonth(DateValue v, boolean coming, LocalDate today) {
    int d = v.day().getAsInt();
    YearMonth ym = YearMonth.from(today);
    for (int k = 0; k < 13; k++) {
      YearMonth m = ym.plusMonths(k);
      if (d <= m.lengthOfMonth() && (!coming || m.atDay(d).isAfter(today))) {
        return carry(DateValue.of(m.atDay(d)), v);
      }
      if (!coming) {
        break;
      }
    }
    return v;
  }

  private DateValue shiftedPoint(DateValue v, ChronoUnit unit, int amount, LocalDate today) {
    return switch (unit) {
      case DAYS -> flags(DateValue.of(today.plusDays(amount)), v);
      case WEEKS -> flags(DateValue.of(today.plusWeeks(amount)), v);
      case MONTHS -> flags(DateValue.of(YearMonth.from(today).plusMonths(amount)), v);
      case YEARS -> flags(DateValue.of(Year.of(today.getYear() + amount)), v);
      default -> v;
    };
  }

  /** The day of {@code base} with the time, part of day, weekday and flags of {@code v}. */
  private static DateValue carry(DateValue base, DateValue v) {
    DateValue out = base;
    if (v.time().isPresent() && base.time().isEmpty()) {
      out = out.withTime(v.time().get());
    } else if (v.partOfDay().isPresent() && base.time().isEmpty()) {
      out = out.withPartOfDay(v.partOfDay().get());
    }
    if (v.weekday().isPresent()) {
      out = out.withWeekday(v.weekday().get());
    }
    return flags(out, v);
  }

  private static DateValue flags(DateValue out, DateValue v) {
    DateValue o = out.withRelative(v.isRelative()).withLocalTime(v.isLocalTime())
        .withLunar(v.isLunar() || out.isLunar());
    if (v.modifier().isPresent()) {
      o = o.withModifier(v.modifier().get());
    }
    if (v.isWeekend() && !o.isRange() && o.week().isPresent() && o.weekday().isEmpty()) {
      o = o.withWeekend(true);
    }
    return o;
  }

  // ------------------------------------------------------------------ year inference

  /** Fills the year (and for a weekday alone, the day) that the reference and preference give. */
  private DateValue infer(DateValue v) {
    if (v.isRange()) {
      DatePoint b = v.begin().orElseThrow();
      DatePoint e = v.end().orElseThrow();
      if (e.year().isEmpty() && b.year().isEmpty() && b.quarter().isPresent()
          && e.quarter().isPresent()) {
        // "quý I và quý II": the year the later quarter takes, for both
        DateValue e2 = infer(e);
        return e2.year().isEmpty() ? v : DateValue.range(b.withYear(e2.year().getAsInt()),
            asPoint(e2)).withRelative(v.isRelative()).withLocalTime(v.isLocalTime());
      }
      if (e.year().isPresent() || e.month().isEmpty() || b.month().isEmpty()) {
        return v;
      }
      DateValue e2 = infer(e);
      if (e2.year().isEmpty()) {
        return v;
      }
      int y = e2.year().getAsInt();
      // "11/12 - 1/1" and "11/1 - 1/1" end in the next year: the begin is the later day of a year
      int bm = b.month().getAsInt();
      int em = e.month().getAsInt();
      boolean after = bm > em || bm == em && b.day().isPresent() && e.day().isPresent()
          && b.day().getAsInt() > e.day().getAsInt();
      DatePoint b2 = b.year().isPresent() ? b : b.withYear(after ? y - 1 : y);
      return DateValue.range(b2, asPoint(e2)).withRelative(v.isRelative()).withLocalTime(v.isLocalTime())
          .withLunar(v.isLunar());
    }
    if (v.year().isPresent() || ref == null) {
      return v;
    }
    LocalDate today = ref.toLocalDate();
    int ry = today.getYear();
    if (v.month().isPresent() && v.day().isPresent()) {
      // a weekday the text names outranks the preference: "Chủ nhật, 5/1" is the year in
      // which 5 January is a Sunday, if one of the three is
      DateValue best = null;
      long bestRank = Long.MAX_VALUE;
      for (int y = ry - 1; y <= ry + 1; y++) {
        DateValue c;
        try {
          c = v.withYear(y);
        } catch (DateTimeException e) {
          continue;
        }
        LocalDate d = c.toLocalDate().orElseThrow();
        boolean matches = v.weekday().isEmpty() || d.getDayOfWeek() == v.weekday().get();
        long delta = ChronoUnit.DAYS.between(today, d);
        long score = score(delta);
        long rank = (matches ? 0 : 4_000_000L) + (score == Long.MAX_VALUE
            ? 2_000_000L + Math.abs(delta) : score);
        if (rank < bestRank) {
          best = c;
          bestRank = rank;
        }
      }
      return best == null ? v : best;
    }
    if (v.month().isPresent()) {
      YearMonth now = YearMonth.from(today);
      DateValue best = v;
      long bestScore = Long.MAX_VALUE;
      for (int y = ry - 1; y <= ry + 1; y++) {
        long score = score(ChronoUnit.MONTHS.between(now, YearMonth.of(y, v.month().getAsInt())));
        if (score < bestScore) {
          best = v.withYear(y);
          bestScore = score;
        }
      }
      return best;
    }
    if (v.quarter().isPresent()) {
      int q = v.quarter().getAsInt();
      int nowQ = today.get(IsoFields.QUARTER_OF_YEAR);
      DateValue best = v;
      long bestScore = Long.MAX_VALUE;
      for (int y = ry - 1; y <= ry + 1; y++) {
        long score = score((y - ry) * 4L + q - nowQ);
        if (score < bestScore) {
          best = v.withYear(y);
          bestScore = score;
        }
      }
      return best;
    }
    if (v.weekday().isPresent() && v.week().isEmpty()) {
      DayOfWeek wd = v.weekday().get();
      LocalDate d = switch (pref) {
        case PAST -> today.with(TemporalAdjusters.previousOrSame(wd));
        case FUTURE -> today.with(TemporalAdjusters.nextOrSame(wd));
        case NEAREST -> {
          LocalDate back = today.with(TemporalAdjusters.previousOrSame(wd));
          LocalDate fwd = today.with(TemporalAdjusters.nextOrSame(wd));
          yield ChronoUnit.DAYS.between(back, today) <= ChronoUnit.DAYS.between(today, fwd)
              ? back : fwd;
        }
      };
      return carry(DateValue.of(d), v);
    }
    return v;
  }

  /**
   * How far a candidate {@code delta} units from the reference is under the preference:
   * smaller is better, MAX_VALUE rules it out. A tie in NEAREST goes to the past.
   */
  private long score(long delta) {
    return switch (pref) {
      case NEAREST -> Math.abs(delta) * 2 + (delta > 0 ? 1 : 0);
      case PAST -> delta <= 0 ? -delta : Long.MAX_VALUE;
      case FUTURE -> delta >= 0 ? delta : Long.MAX_VALUE;
    };
  }
}
