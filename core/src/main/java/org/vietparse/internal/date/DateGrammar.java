package org.vietparse.internal.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vietparse.date.DateModifier;
import org.vietparse.date.DatePoint;
import org.vietparse.date.DateValue;
import org.vietparse.date.PartOfDay;
import org.vietparse.date.Season;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.date.ClockRules.Clock;
import org.vietparse.internal.date.DateLexicon.Base;
import org.vietparse.internal.date.DateLexicon.NamedDay;
import org.vietparse.internal.date.DateLexicon.Relative;
import org.vietparse.internal.date.DateLexicon.Role;
import org.vietparse.internal.date.DateLexicon.Unit;
import org.vietparse.internal.date.DateLexicon.Zone;
import org.vietparse.internal.number.Numeral;
import org.vietparse.internal.number.Numerals;
import org.vietparse.internal.text.Token;

/**
 * The date grammar over one text's tokens: a left-to-right scan that, at each token, tries a
 * range ("từ … đến …"), a period ("giai đoạn 2021-2025") and then a composite expression made of
 * at most one of each component (clock time, part of day, relative word, weekday, calendar date)
 * joined by light glue (",", "-", parentheses, "lúc"). Every look-ahead is bounded, so the cost
 * is linear in the tokens. Used by one thread for one text.
 */
final class DateGrammar {
  /** Years a bare four-digit number may be when a date word introduces it. */
  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 2999;
  /** Components one composite expression may have. */
  private static final int MAX_COMPONENTS = 6;

  /** How a found expression depends on the reference date or on earlier mentions. */
  enum Kind {
    /** The reference shifted by {@code amount} units ("hôm qua", "tuần tới", "năm nay"). */
    SHIFT,
    /** The reference date-time itself ("bây giờ"). */
    NOW,
    /** The day of the latest earlier mention ("cùng ngày"). */
    SAME_DAY,
    /** The day after the latest earlier mention ("hôm sau"). */
    NEXT_DAY,
    /** The latest earlier period, moved to another year ("cùng kỳ 2021", "cùng kỳ năm ngoái"). */
    SAME_PERIOD,
    /** The {@code amount} units up to the reference ("3 ngày qua"). */
    LAST_N,
    /** The {@code amount} units after the reference ("5 ngày tới"). */
    NEXT_N,
    /** {@code amount} units before the reference, as a point ("2 năm trước"). */
    AGO,
    /**
     * {@code amount} units from the time the text is talking about, else from the reference, as
     * a point ("ba ngày sau", "trước đó một ngày", "một tuần sau đó").
     */
    LATER,
    /** A day of the month: the next one ("ngày 20 tới", amount 1) or this month's (amount 0). */
    DAY_OF_MONTH,
    /** A part of the day alone ("buổi sáng"): on the day the text is talking about. */
    CONTEXT_DAY,
    /** The reference's quarter shifted by {@code amount} ("quý này", "quý trước"). */
    QUARTER_SHIFT,
    /** The first such weekday after the reference (amount 1) or before it (amount -1). */
    NEAREST_WEEKDAY,
    /** The year of the sexagenary cycle {@code amount} (0 Giáp Tý … 59 Quý Hợi) nearest the reference. */
    CYCLE_YEAR
  }

  /**
   * How a value resolves.
   *
   * @param kind the kind
   * @param unit the unit of a shift or a count
   * @param amount the shift or the count
   * @param year for SAME_PERIOD, the year named ("cùng kỳ 2021"), else null
   */
  record Rel(Kind kind, ChronoUnit unit, int amount, @Nullable Integer year, Base base) {
    Rel(Kind kind, ChronoUnit unit, int amount, @Nullable Integer year) {
      this(kind, unit, amount, year, Base.REFERENCE);
    }
  }

  /**
   * An expression found: tokens {@code [start, end)}, its value as written, how it resolves
   * (null for an absolute or partial date), and the name of the scan's rule that read it.
   */
  record Found(int start, int end, DateValue value, @Nullable Rel rel, String rule) {
    Found(int start, int end, DateValue value, @Nullable Rel rel) {
      this(start, end, value, rel, "");
    }
  }

  /**
   * The rules of the scan, in the order {@link #at} tries them at each token (the first that
   * reads wins), each with a name a reader can find (and a failing phrase can report). The families they draw on are the sections of this class (composite
   * expressions, parts of the day, quarters, seasons) and the classes beside it:
   * {@code RangeRules}, {@code RelativeRules} (relative words, edges, weekdays, same period),
   * {@code ClockRules}, {@code PeriodRules}, {@code RelativeCountRules}, {@code CalendarRules}
   * (calendar dates), {@code LunarRules}.
   */
  enum Rule {
    FROM_RANGE("range from-to (từ … đến …)"),
    PERIOD("period (giai đoạn 2021-2025, 2021-2025)"),
    SAME_PERIOD("same period (cùng kỳ, cùng kỳ năm trước)"),
    DAY_PAIR("day pair (ngày 15 và 16/11)"),
    THEN_COUNT("count from the story (trước đó một ngày, ba ngày sau)"),
    RELATIVE_COUNT("relative count (3 ngày tới, 6 tháng qua, cách đây 5 năm)"),
    COMPOSITE("composite (clock, part of day, relative word, weekday, calendar date)");

    /** The rule's name, as a found expression reports it. */
    final String title;

    Rule(String title) {
      this.title = title;
    }
  }


  /** The relative-count family. */
  private final RelativeCountRules relativeCounts = new RelativeCountRules(this);
  /** The ranges family. */
  private final RangeRules ranges = new RangeRules(this);
  /** The relative-words family. */
  private final RelativeRules relatives = new RelativeRules(this);

  /**
   * What a rule answers when nothing may be read at the token at all, not even by the rules
   * after it: a count beyond an int ({@link RelativeCountRules#beyondInt}).
   */
  static final Found ABANDON = new Found(-1, -1, DateValue.unknown(), null, "abandon");

  /** How fine a calendar date is; parts of day and times attach only to days. */
  enum Grain { DAY, DAY_ONLY, MONTH, YEAR, RANGE, OTHER }

  record Core(DateValue value, int end, Grain grain, @Nullable Relative rel, int cycle) {
    Core(DateValue value, int end, Grain grain) {
      this(value, end, grain, null, -1);
    }

    Core(DateValue value, int end, Grain grain, @Nullable Relative rel) {
      this(value, end, grain, rel, -1);
    }
  }

  final DateLexicon lex;
  final List<Token> t;
  final Numerals num;
  private final int n;
  final boolean folded;
  /** The clock-time family. */
  private final ClockRules clocks = new ClockRules(this);
  /** The periods family. */
  private final PeriodRules periods = new PeriodRules(this);
  /** The lunar and named-day family. */
  final LunarRules lunar = new LunarRules(this);
  /** The calendar-dates family. */
  final CalendarRules calendar = new CalendarRules(this);
  /** The end of the latest impossible date read ("31/2"), which the scan skips whole. */
  private int skipTo;

  /**
   * True when the caller holds the whole text to be one expression ({@code parseDate}): then
   * the guards against running text ("24/7", a bare "9 giờ" that may be a length of time)
   * are off.
   */
  final boolean whole;
  /**
   * Per token, what was looked up there, in one long (one array a text, not three): the
   * keyword's roles ({@link Role#bit()}, bits 0 to 40), the token's {@link DateLexicon#starts}
   * (from bit {@link #STARTS_SHIFT}), the keyword's length in tokens (from bit
   * {@link #LENGTH_SHIFT}, 0 for none), and whether each look-up was made.
   */
  private final long[] memo;
  private static final int STARTS_SHIFT = 42;
  private static final int LENGTH_SHIFT = STARTS_SHIFT + DateLexicon.STARTS_WIDTH;
  private static final long ROLES = (1L << STARTS_SHIFT) - 1;
  private static final long KEYWORD_KNOWN = 1L << 61;
  private static final long STARTS_KNOWN = 1L << 62;

  static {
    if (DateLexicon.Role.values().length > STARTS_SHIFT
        || LENGTH_SHIFT + DateLexicon.MAX_KEYWORD_WIDTH > 61) {
      throw new IllegalStateException("a token's look-ups no longer fit one long");
    }
  }

  DateGrammar(DateLexicon lex, List<Token> tokens, Numerals numerals, boolean folded,
      boolean whole) {
    this.lex = lex;
    this.t = tokens;
    this.num = numerals;
    this.n = tokens.size();
    this.folded = folded;
    this.whole = whole;
    this.memo = new long[n];
    this.relativeMatch = new LastMatch<>(lex.relatives, DateLexicon.RELATIVE);
    this.weekdayMatch = new LastMatch<>(lex.weekdays, DateLexicon.WEEKDAY);
    this.partMatch = new LastMatch<>(lex.parts, DateLexicon.PART);
    this.namedDayMatch = new LastMatch<>(lex.namedDays, DateLexicon.NAMED_DAY);
    this.seasonMatch = new LastMatch<>(lex.seasons, DateLexicon.SEASON);
  }

  /** Every expression, left to right, never overlapping. */
  List<Found> scan() {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      Found f = null;
      try {
        f = at(i);
      } catch (DateTimeException | ArithmeticException | IllegalArgumentException e) {
        // an impossible date that slipped past a check: no mention, as for "31/2"
        f = null;
      }
      if (f != null && f.end > i) {
        out.add(f);
        i = f.end;
      } else {
        // past an impossible date as a whole: "29 tháng 2 năm 2023" leaves no "tháng 2 năm 2023"
        i = Math.max(i + 1, skipTo);
      }
    }
    return out;
  }

  /** The expression starting at token i, or null. */
  @Nullable Found at(int i) {
    if (!mayStart(i) || gated && !mayBegin(i) || nameNotUnit(i)) {
      return null;
    }
    // the rules one after another, in Rule's order: direct calls at every gated token, not
    // one call site behind which seven functions take turns
    Rule rule = Rule.FROM_RANGE;
    Found f = ranges.fromRange(i);
    if (f == null) {
      rule = Rule.PERIOD;
      f = ranges.period(i);
    }
    if (f == null) {
      rule = Rule.SAME_PERIOD;
      f = relatives.samePeriod(i);
    }
    if (f == null) {
      rule = Rule.DAY_PAIR;
      f = ranges.dayPair(i);
    }
    if (f == null) {
      rule = Rule.THEN_COUNT;
      f = relativeCounts.thenCount(i);
    }
    if (f == null) {
      rule = Rule.RELATIVE_COUNT;
      f = relativeCounts.countRelative(i);
    }
    if (f == null) {
      rule = Rule.COMPOSITE;
      f = compositeOrRange(i);
    }
    if (f == null || f == ABANDON) {
      return null;
    }
    Found z = withZone(f);
    return new Found(z.start, z.end, z.value, z.rel, rule.title);
  }

  /**
   * Off only in tests, which compare the scan with and without {@link #mayBegin}: with it off,
   * every rule is tried wherever {@link DateLexicon#mayStart} lets one start.
   */
  boolean gated = true;

  /**
   * Whether any rule can read at token i, by what each asks of token i before anything else: a
   * number; a whole keyword; a number, an ordinal or a whole phrase of a lexicon starting
   * there; or "trước đó"/"sau đó" (the count from the story). {@link DateLexicon#mayStart} knows
   * only first words, and most words it lets through ("quốc" without "khánh", "chủ" without
   * "nhật") begin no phrase: this turns them away before the rules run one by one. It must never
   * turn away a position where a rule reads; DateGrammarGateTest compares the two scans.
   */
  private boolean mayBegin(int i) {
    if (t.get(i).isNumber()) {
      return true;
    }
    // a lexicon whose bit is clear has no phrase there: its look-up is skipped
    int s = starts(i);
    return (s & DateLexicon.KEYWORD) != 0 && kwAny(i, ~0L)
        || num.cardinal(i) != null || num.ordinal(i) != null
        || (s & DateLexicon.RELATIVE) != 0 && relativeAt(i) != null
        || (s & DateLexicon.WEEKDAY) != 0 && weekdayAt(i) != null
        || (s & DateLexicon.PART) != 0 && partAt(i) != null
        || (s & DateLexicon.NAMED_DAY) != 0 && namedDayAt(i) != null
        || (s & DateLexicon.SEASON) != 0 && seasonAt(i) != null
        || (s & DateLexicon.PERIOD_WORD) != 0 && lex.periodWords.longest(t, i, folded) != null
        || (s & DateLexicon.MONTH_NAME) != 0 && lex.monthNames.longest(t, i, folded) != null
        || (s & DateLexicon.SEXAGENARY) != 0 && lex.sexagenary.longest(t, i, folded) != null
        || (s & DateLexicon.ZONE) != 0 && lex.zones.longest(t, i, folded) != null
        || (s & DateLexicon.IDIOM) != 0 && lex.idioms.longest(t, i, folded) != null
        || (s & DateLexicon.THEN_BEFORE) != 0 && lex.at(t, i, "then-before", folded);
  }

  /**
   * {@link DateLexicon#mayStart} at token i, from the token's {@link #starts} bits, which the
   * gate and the look-ups after it then read again at no cost.
   */
  private boolean mayStart(int i) {
    Token x = t.get(i);
    // the filter first: it turns most words away ("của", "và" begin no expression) unhashed
    return x.isNumber() || x.isWord() && lex.mayStartWord(x, folded)
        && (starts(i) & DateLexicon.START) != 0;
  }

  /** What may begin at token k ({@link DateLexicon#starts}), looked up once per token. */
  int starts(int k) {
    long m = memo[k];
    if ((m & STARTS_KNOWN) == 0) {
      m |= (long) lex.starts(t.get(k), folded) << STARTS_SHIFT | STARTS_KNOWN;
      memo[k] = m;
    }
    return (int) (m >>> STARTS_SHIFT) & ((1 << DateLexicon.STARTS_WIDTH) - 1);
  }

  /**
   * The latest look-up of one lexicon, by token: the gate asks at the token the rules then ask
   * at again, and the rules ask the same token more than once.
   */
  private final class LastMatch<V> {
    private final PhraseTrie<V> trie;
    /** The lexicon's bit in {@link #starts}. */
    private final int bit;
    private int at = -1;
    private PhraseTrie.@Nullable Match<V> match;

    LastMatch(PhraseTrie<V> trie, int bit) {
      this.trie = trie;
      this.bit = bit;
    }

    PhraseTrie.@Nullable Match<V> get(int k) {
      if (k != at) {
        // past the end no phrase starts; before it the trie answers as it always did
        match = k >= n || k >= 0 && (starts(k) & bit) == 0 ? null : trie.longest(t, k, folded);
        at = k;
      }
      return match;
    }
  }

  private final LastMatch<Relative> relativeMatch;
  private final LastMatch<DayOfWeek> weekdayMatch;
  private final LastMatch<PartOfDay> partMatch;
  private final LastMatch<NamedDay> namedDayMatch;
  private final LastMatch<Season> seasonMatch;

  /** The relative word ("hôm qua", "năm nay") at k, or null. */
  PhraseTrie.@Nullable Match<Relative> relativeAt(int k) {
    return relativeMatch.get(k);
  }

  /** The weekday at k, or null. */
  PhraseTrie.@Nullable Match<DayOfWeek> weekdayAt(int k) {
    return weekdayMatch.get(k);
  }

  /** The part of the day at k, or null. */
  PhraseTrie.@Nullable Match<PartOfDay> partAt(int k) {
    return partMatch.get(k);
  }

  /** The named day ("Quốc khánh", "Tết") at k, or null. */
  PhraseTrie.@Nullable Match<NamedDay> namedDayAt(int k) {
    return namedDayMatch.get(k);
  }

  /** The season at k, or null. */
  PhraseTrie.@Nullable Match<Season> seasonAt(int k) {
    return seasonMatch.get(k);
  }

  /** A composite expression, and the range it begins when "đến" or a dash follows ("8h-10h"). */
  private @Nullable Found compositeOrRange(int i) {
    Found f = composite(i, false);
    if (f != null && f.rel == null && !f.value.isRange()) {
      Found r = ranges.rangeTail(f, null);
      if (r != null) {
        return r;
      }
    }
    return f;
  }

  // ------------------------------------------------------------------ token helpers

  /** The value as a point; a range here is a grammar error, which the scan drops. */
  static DatePoint asPoint(DateValue v) {
    if (v instanceof DatePoint p) {
      return p;
    }
    throw new IllegalArgumentException("not a point: " + v);
  }


  /**
   * Without diacritics "năm" and "Nam", "tháng" and "Thắng" are one spelling: a capital inside
   * a sentence then tells a name ("Viet Nam truoc", "Vu Dai Thang bay"), not a year or month.
   */
  private boolean nameNotUnit(int i) {
    if (!folded || i == 0 || !t.get(i).hasInformativeCapital() || t.get(i).newlineBefore()) {
      return false;
    }
    Token p = t.get(i - 1);
    boolean sentenceStart = p.is('.') || p.is('!') || p.is('?') || p.is(':') || p.is('"')
        || p.is('“') || p.is('(');
    return !sentenceStart && (kw(i, Role.YEAR) > 0 || kw(i, Role.MONTH) > 0);
  }

  @Nullable Token tok(int i) {
    return i >= 0 && i < n ? t.get(i) : null;
  }

  static final long UNITS = Role.DAY.bit() | Role.WEEK.bit() | Role.MONTH.bit()
      | Role.YEAR.bit() | Role.HOUR.bit() | Role.HOURS.bit() | Role.MINUTE.bit();

  static final long SHORT_UNITS = Role.DAY.bit() | Role.WEEK.bit() | Role.HOUR.bit()
      | Role.HOURS.bit() | Role.MINUTE.bit();

  /** Whether the keyword at i has any role of the mask. */
  boolean kwAny(int i, long mask) {
    return keyword(i, mask & ROLES) > 0;
  }

  /** End of the keyword with role r at i, or -1. */
  int kw(int i, Role r) {
    return keyword(i, r.bit());
  }

  /** End of the keyword at i with any role of the mask (of roles only), or -1. */
  private int keyword(int i, long roles) {
    if (i < 0 || i >= n) {
      return -1;
    }
    long m = memo[i];
    if ((m & KEYWORD_KNOWN) == 0) {
      // the grammar asks about the same token many times: look it up once
      PhraseTrie.Match<Long> k = (starts(i) & DateLexicon.KEYWORD) == 0 ? null
          : lex.keywords.longest(t, i, folded);
      m = memo[i] | KEYWORD_KNOWN;
      if (k != null) {
        m |= k.value() & ROLES | (long) (k.end() - i) << LENGTH_SHIFT;
      }
      memo[i] = m;
    }
    int length = (int) (m >>> LENGTH_SHIFT) & ((1 << DateLexicon.MAX_KEYWORD_WIDTH) - 1);
    return length > 0 && (m & roles) != 0 ? i + length : -1;
  }

  boolean punct(int i, char c) {
    Token x = tok(i);
    return x != null && x.is(c);
  }

  boolean attached(int i) {
    Token x = tok(i);
    return x != null && !x.spaceBefore();
  }

  boolean dash(int i) {
    Token x = tok(i);
    return x != null && x.isDash();
  }

  /** The value of a digit token of at most maxLen digits at i, or -1. */
  int digits(int i, int maxLen) {
    return num.digits(i, maxLen);
  }

  /** A four-digit year at i, or -1. */
  int year4(int i) {
    if (num.width(i) != 4) {
      return -1;
    }
    int y = num.digits(i, 4);
    return y >= MIN_YEAR && y <= MAX_YEAR ? y : -1;
  }

  /** Whether a number continues at i (another separator and digits): "1/2/3", "15.6.2" */
  boolean numberGoesOn(int i) {
    Token x = tok(i);
    if (x == null || x.spaceBefore()) {
      return false;
    }
    if (x.isNumber()) {
      return true;
    }
    if ((x.is('/') || x.is('.') || x.is(',') || x.isDash() || x.is(':')) && attached(i + 1)) {
      Token y = tok(i + 1);
      return y != null && (y.isNumber() || y.isWord() && x.is('/'));
    }
    return false;
  }

  /** Whether digits continue a clock time at i ("8h123", "09:04.5"); a dash starts a range. */
  boolean clockGoesOn(int i) {
    Token x = tok(i);
    return x != null && !x.isDash() && numberGoesOn(i);
  }

  boolean numberBefore(int i) {
    Token x = tok(i - 1);
    if (x == null || !attached(i)) {
      return false;
    }
    return x.isNumber() || x.is('/') || x.is(',') || x.is('.') || x.is(':') || x.isDash()
        && tok(i - 2) != null && tok(i - 2).isNumber() && attached(i - 1);
  }

  // ------------------------------------------------------------------ composite expressions

  /** The parts of one composite expression while it is read. */
  static final class Parts {
    int count;
    int end;
    @Nullable Clock clock;
    @Nullable PartOfDay part;
    int partEnd = -1;
    @Nullable Relative rel;
    @Nullable DayOfWeek weekday;
    @Nullable Integer weekOffset;
    @Nullable Core core;
    boolean context;
    /** For "ngày 20 tới" (1) and "ngày 15 này" (0); else -1. */
    int dayOfMonth = -1;
    /** The edge before a bare or relative unit: "cuối năm", "đầu tháng tới". */
    @Nullable DateModifier mod;
    /** "cuối tuần": the weekend, not the end of the week. */
    boolean weekend;
    /** A weekday's offset word came without "tuần": "thứ sáu tới", "thứ hai vừa qua". */
    boolean weekdayAlone;
  }

  /**
   * A composite expression at i: clock time, part of day, relative word, weekday and calendar
   * date in any order, each at most once. {@code inRange} relaxes the checks that guard bare
   * numbers, since "từ" and "đến" already say a date follows.
   */
  @Nullable Found composite(int i, boolean inRange) {
    Parts p = new Parts();
    p.context = inRange || kw(i - 1, Role.AT) == i || lex.before(t, i, "weekday-context", folded);
    int j = i;
    while (p.count < MAX_COMPONENTS) {
      int at = j;
      boolean paren = false;
      if (p.count > 0) {
        Token g = tok(j);
        if (g == null) {
          break;
        }
        if (g.is(',') || g.isDash() || g.is('|')) {
          at = j + 1;
        } else if (g.is('(')) {
          at = j + 1;
          paren = true;
        } else if (kw(j, Role.AT) > 0) {
          at = kw(j, Role.AT);
        }
      }
      int end = component(p, at);
      if (end < 0) {
        break;
      }
      if (paren) {
        if (!punct(end, ')')) {
          break;
        }
        end++;
      }
      p.count++;
      p.end = end;
      j = end;
    }
    if (p.count == 0) {
      return null;
    }
    return build(p, i, inRange);
  }

  /** Reads one component at k into p; returns its end, or -1. */
  private int component(Parts p, int k) {
    Token x = tok(k);
    if (x == null || x.newlineBefore() && p.count > 0 && !x.isNumber()) {
      return -1;
    }
    if (p.count == 0 && relatives.edge(k) > 0) {
      int e = relatives.edge(k);
      DateModifier mod = relatives.edgeModifier(k);
      PhraseTrie.Match<Relative> r = relativeAt(e);
      if (r != null && !r.value().afterPartOnly() && r.value().unit() != Unit.DAY
          && r.value().unit() != Unit.NOW && r.value().unit() != Unit.SAME_DAY
          && r.value().unit() != Unit.NEXT_DAY) {
        p.rel = r.value();
        RelativeRules.edgeOf(p, mod, r.value().unit());
        return r.end();
      }
      Unit unit = kw(e, Role.WEEK) > 0 ? Unit.WEEK : kw(e, Role.MONTH) > 0 ? Unit.MONTH
          : kw(e, Role.YEAR) > 0 ? Unit.YEAR : null;
      int after = unit == null ? -1 : Math.max(kw(e, Role.WEEK), Math.max(kw(e, Role.MONTH),
          kw(e, Role.YEAR)));
      Token next = tok(after);
      if (unit != null && (next == null || !next.isNumber() && lex.monthNames.longest(t, after,
          folded) == null && !next.hasInformativeCapital() && kw(after, Role.OF) < 0)) {
        // "cuối năm", "đầu tuần": the edge of the unit the text is talking about, else the current
        p.rel = new Relative(unit, 0, false,
            unit == Unit.WEEK ? Base.REFERENCE : Base.CONTEXT_OR_REFERENCE);
        RelativeRules.edgeOf(p, mod, unit);
        return after;
      }
    }
    if (p.rel == null && p.core == null) {
      PhraseTrie.Match<Relative> r = relativeAt(k);
      if (r != null && relatives.relativeOk(p, r, k)) {
        p.rel = r.value();
        return r.end();
      }
    }
    if (p.weekday == null && (p.core == null || p.core.grain == Grain.DAY)) {
      int e = relatives.weekday(p, k);
      if (e > 0) {
        return e;
      }
    }
    if (p.clock == null && (p.core == null || p.core.grain == Grain.DAY)) {
      Clock c = clocks.clock(k);
      if (c != null) {
        p.clock = c;
        return c.end();
      }
    }
    if (p.part == null && (p.core == null || p.core.grain == Grain.DAY)
        && !lex.before(t, k, "before-part", folded)) {
      PhraseTrie.Match<PartOfDay> m = partAt(k);
      if (m != null) {
        p.part = m.value();
        p.partEnd = m.end();
        return m.end();
      }
    }
    if (p.core == null) {
      boolean dayOnlyContext = p.count > 0 || p.context;
      Core c = core(k, dayOnlyContext);
      if (c != null) {
        boolean dayLevel = c.grain == Grain.DAY;
        boolean hasDayParts = p.clock != null || p.part != null || p.weekday != null
            || p.rel != null && p.rel.unit() != Unit.YEAR;
        if (hasDayParts && !dayLevel) {
          return -1;
        }
        if (c.grain == Grain.DAY_ONLY) {
          // "ngày 20 tới", "ngày 15 này": a day of the coming or the current month
          int next = kw(c.end, Role.NEXT) > 0 ? kw(c.end, Role.NEXT) : kw(c.end, Role.THIS);
          if (next > 0 && tok(next) != null && (tok(next).isNumber()
              || kw(next, Role.DAY) > 0 || kw(next, Role.MONTH) > 0)) {
            // "ngày 21 tới 27/9": "tới" is "to" here
            next = -1;
          }
          if (p.count > 0 || p.rel != null || next < 0 || kw(k, Role.DAY) < 0) {
            return -1;
          }
          p.core = new Core(c.value.withRelative(true), next, Grain.DAY);
          p.dayOfMonth = kw(c.end, Role.THIS) > 0 ? 0 : 1;
          return next;
        }
        p.core = c;
        return c.end;
      }
    }
    if (p.core != null && p.rel == null
        && (p.core.grain == Grain.MONTH || p.core.grain == Grain.DAY)
        && p.core.value.year().isEmpty()) {
      // "tháng 5 năm nay", "Quốc khánh 2/9 năm nay", "Tết năm nay"
      PhraseTrie.Match<Relative> r = relativeAt(k);
      if (r != null && r.value().unit() == Unit.YEAR) {
        p.rel = r.value();
        return r.end();
      }
    }
    return -1;
  }

  /** The value of a composite, or null when its parts do not make a date. */
  private @Nullable Found build(Parts p, int i, boolean inRange) {
    Core core = p.core;
    Relative rel = p.rel;
    if (core == null && rel == null && partAlone(p, i)) {
      return new Found(i, p.end, DateValue.unknown().withPartOfDay(p.part).withRelative(true),
          new Rel(Kind.CONTEXT_DAY, ChronoUnit.DAYS, 0, null));
    }
    if (core == null && rel == null) {
      boolean weekdayOk = p.weekday != null && (p.clock != null || p.part != null
          || p.weekOffset != null || p.context || namedWithoutThu(i));
      boolean clockOk = p.clock != null && (p.clock.strong() || whole || p.context || p.part != null
          || p.weekday != null || p.clock.meridiem() || zoneAt(p.end)) && !durationClock(i, p);
      if (!weekdayOk && !clockOk) {
        return null;
      }
      if (p.weekday != null && !weekdayOk) {
        return null;
      }
      if (p.clock == null && p.weekday == null) {
        return null;
      }
    }
    DateValue v = core == null ? DateValue.unknown() : core.value;
    if (v.isRange()) {
      if (p.count != 1) {
        return null;
      }
      Relative cr = core.rel;
      return new Found(i, p.end, v, cr == null ? null
          : new Rel(Kind.SHIFT, ChronoUnit.YEARS, cr.offset(), null, cr.base()));
    }
    Rel r = null;
    if (rel == null && core != null && core.rel != null) {
      rel = core.rel;
    }
    if (rel == null && core != null && core.cycle >= 0) {
      r = new Rel(Kind.CYCLE_YEAR, ChronoUnit.YEARS, core.cycle, null);
    }
    if (rel != null) {
      v = v.withRelative(true);
      Base base = rel.base();
      r = switch (rel.unit()) {
        case NOW -> new Rel(Kind.NOW, ChronoUnit.MINUTES, 0, null);
        case DAY -> new Rel(Kind.SHIFT, ChronoUnit.DAYS, rel.offset(), null, base);
        case WEEK -> new Rel(Kind.SHIFT, ChronoUnit.WEEKS, rel.offset(), null, base);
        case MONTH -> new Rel(Kind.SHIFT, ChronoUnit.MONTHS, rel.offset(), null, base);
        case YEAR -> new Rel(Kind.SHIFT, ChronoUnit.YEARS, rel.offset(), null, base);
        case QUARTER -> new Rel(Kind.QUARTER_SHIFT, ChronoUnit.MONTHS, rel.offset(), null);
        case SAME_DAY -> new Rel(Kind.SAME_DAY, ChronoUnit.DAYS, 0, null);
        case NEXT_DAY -> new Rel(Kind.NEXT_DAY, ChronoUnit.DAYS, 1, null);
      };
    } else if (p.weekOffset != null && p.weekdayAlone && p.weekOffset != 0) {
      // "thứ sáu tới" is the coming Friday, "thứ hai vừa qua" the latest Monday gone
      v = v.withRelative(true);
      r = new Rel(Kind.NEAREST_WEEKDAY, ChronoUnit.DAYS, p.weekOffset, null);
    } else if (p.weekOffset != null) {
      v = v.withRelative(true);
      r = new Rel(Kind.SHIFT, ChronoUnit.WEEKS, p.weekOffset, null);
    } else if (p.dayOfMonth >= 0) {
      r = new Rel(Kind.DAY_OF_MONTH, ChronoUnit.DAYS, p.dayOfMonth, null);
    } else if (core == null && p.clock == null && p.weekday == null && p.part != null) {
      // "buổi sáng" alone: the morning of the day the text is talking about
      v = v.withRelative(true);
      r = new Rel(Kind.CONTEXT_DAY, ChronoUnit.DAYS, 0, null);
    }
    if (p.mod != null) {
      v = v.withModifier(p.mod);
    }
    if (p.weekend) {
      v = v.withWeekend(true);
    }
    if (p.weekday != null) {
      v = v.withWeekday(p.weekday);
    }
    if (p.clock != null) {
      int h = p.clock.hour();
      if (p.part != null && !p.clock.meridiem() && h <= 12) {
        h = p.part.toClockHour(h);
      }
      v = v.withTime(h == 24 ? LocalTime.MAX : LocalTime.of(h, p.clock.minute(), p.clock.second()));
    } else if (p.part != null) {
      v = v.withPartOfDay(p.part);
    }
    return new Found(i, p.end, v, r);
  }

  /**
   * "buổi sáng", "buổi chiều" alone: the word "buổi" says a part of a day is meant (not "tối đa"
   * nor "sáng kiến"); "mỗi buổi sáng" is a habit, no day.
   */
  private boolean partAlone(Parts p, int i) {
    return p.count == 1 && p.part != null && p.partEnd == i + 2 && kw(i, Role.SESSION) == i + 1
        && !lex.before(t, i, "before-part", folded);
  }

  private boolean namedWithoutThu(int i) {
    Token x = tok(i);
    return x != null && kw(i, Role.ORDINAL) < 0;
  }

  /** "trong 24 giờ", "24h qua": a length of time, not a time of day. */
  private boolean durationClock(int i, Parts p) {
    return p.clock != null && p.count == 1
        && (lex.before(t, i, "duration", folded) || kw(p.end, Role.PREV) > 0
        || i > 0 && kw(i - 1, Role.AT) == i && lex.before(t, i - 1, "duration", folded)
        || kw(p.end, Role.NEXT) > 0);
  }

  // ------------------------------------------------------------------ date cores

  /**
   * A calendar date at k: "25/11/2022", "ngày 16 tháng 7 năm 2024", "tháng 9/2024", "năm 2021",
   * "quý III/2024", "cuối tháng 2", "10 tháng đầu năm 2022", "mùng 1 Tết", "thập niên 1990".
   * {@code context} says that a component or a date word comes before, which lets weaker forms
   * through ("sáng 15.6").
   */
  private @Nullable Core core(int k, boolean context) {
    Token x = tok(k);
    if (x == null) {
      return null;
    }
    int dk = kw(k, Role.DAY);
    if (dk > 0 && tok(dk) != null && tok(dk).isCapitalized()) {
      // "Ngày Nhà giáo Việt Nam": the word belongs to the name
      Core c = lunar.named(dk);
      if (c != null) {
        return c;
      }
    }
    if (dk > 0 && tok(dk) != null && tok(dk).isNumber()) {
      Core c = calendar.dayDate(dk, true);
      if (c != null) {
        return new Core(c.value, c.end, c.grain);
      }
      int d = digits(dk, 2);
      if (d >= 1 && d <= 31 && !numberGoesOn(dk + 1)) {
        return new Core(DateValue.unknown().withDay(d), dk + 1, Grain.DAY_ONLY);
      }
      return null;
    }
    int mk = kw(k, Role.DAY_PREFIX);
    if (mk > 0) {
      return lunar.newMoonDay(mk);
    }
    if (kw(k, Role.FULL_MOON) > 0) {
      int e = kw(k, Role.FULL_MOON);
      int[] month = calendar.monthAfter(e, true);
      if (month != null && lunar.leapSuffix(month[1]) > 0) {
        return lunar.leapDay(month[0], 15, lunar.leapSuffix(month[1]));
      }
      if (month != null) {
        return lunar.lunarCore(month[0], 15, month[1]);
      }
    }
    if (kw(k + 1, Role.QUARTER) > 0 || !x.isNumber() && x.isWord()) {
      Core counted = periods.countOfYear(k);
      if (counted != null) {
        return counted;
      }
    }
    if (x.isNumber()) {
      Core c = calendar.dayDate(k, context);
      if (c != null) {
        return c;
      }
      return periods.monthsOfYear(k);
    }
    if (kw(k, Role.MONTH) > 0) {
      return calendar.month(k);
    }
    if (kw(k, Role.YEAR) > 0) {
      return calendar.year(k);
    }
    if (kw(k, Role.QUARTER) > 0) {
      return quarter(k);
    }
    if (kw(k, Role.WEEK) > 0) {
      return periods.weekOfMonth(kw(k, Role.WEEK));
    }
    if (kw(k, Role.EARLY) > 0 || kw(k, Role.MIDDLE) > 0 || kw(k, Role.LATE) > 0) {
      int e = Math.max(kw(k, Role.EARLY), Math.max(kw(k, Role.MIDDLE), kw(k, Role.LATE)));
      DateModifier mod = relatives.edgeModifier(k);
      Core c = null;
      if (kw(e, Role.MONTH) > 0) {
        c = calendar.month(e);
        c = c == null || c.grain != Grain.MONTH ? null : c;
      } else if (kw(e, Role.YEAR) > 0) {
        c = calendar.year(e);
        c = c == null || c.grain != Grain.YEAR ? null : c;
      } else if (kw(e, Role.QUARTER) > 0) {
        c = quarter(e);
      }
      return c == null ? null : new Core(c.value.withModifier(mod), c.end, c.grain, c.rel);
    }
    if (kw(k, Role.HALF) > 0) {
      return periods.halfYear(k);
    }
    PhraseTrie.Match<Season> season = seasonAt(k);
    if (season != null) {
      return yearQualified(DateValue.unknown().withSeason(season.value()), season.end(), false);
    }
    if (kw(k, Role.DECADE) > 0) {
      return periods.decade(kw(k, Role.DECADE));
    }
    if (kw(k, Role.CENTURY) > 0) {
      return periods.century(kw(k, Role.CENTURY));
    }
    return lunar.named(k);
  }

  /** Skips the scan past e: what ends there was read and is no date ("tháng 6 nhuận" alone). */
  void skip(int e) {
    skipTo = Math.max(skipTo, e);
  }
  /** A point from year (or -1), month and day; null when no such day exists. */
  static @Nullable DatePoint point(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return null;
    }
    int max = year > 0 ? YearMonth.of(year, month).lengthOfMonth()
        : java.time.Month.of(month).maxLength();
    if (day > max) {
      return null;
    }
    DatePoint v = DateValue.unknown().withMonth(month).withDay(day);
    return year > 0 ? v.withYear(year) : v;
  }

  /**
   * A season or quarter with what says its year after e: "năm 2024", "2024", "năm nay",
   * "này", "tới", "trước". A season needs one ("mùa hè" alone is no date); a quarter does not.
   */
  private @Nullable Core yearQualified(DateValue v, int e, boolean bareOk) {
    int ye = kw(e, Role.YEAR) > 0 ? kw(e, Role.YEAR) : e;
    int y = year4(ye);
    if (y > 0 && !numberGoesOn(ye + 1)) {
      return new Core(v.withYear(y), ye + 1, Grain.OTHER);
    }
    PhraseTrie.Match<Relative> r = relativeAt(e);
    if (r != null && r.value().unit() == Unit.YEAR) {
      return new Core(v.withRelative(true), r.end(), Grain.OTHER, r.value());
    }
    int offset = kw(e, Role.THIS) > 0 ? 0 : kw(e, Role.NEXT) > 0 ? 1 : kw(e, Role.PREV) > 0 ? -1
        : Integer.MIN_VALUE;
    if (offset != Integer.MIN_VALUE && v.season().isPresent()) {
      int end = Math.max(kw(e, Role.THIS), Math.max(kw(e, Role.NEXT), kw(e, Role.PREV)));
      return new Core(v.withRelative(true), end, Grain.OTHER,
          new Relative(Unit.YEAR, offset, false));
    }
    return bareOk ? new Core(v, e, Grain.OTHER) : null;
  }

  /** "quý III/2024", "quý 3 năm 2024", "quý I" at k. */
  private @Nullable Core quarter(int k) {
    int e = kw(k, Role.QUARTER);
    int q = digits(e, 1);
    if (q < 0) {
      q = num.roman(e);
    }
    Numeral before = k > 0 ? num.cardinal(k - 1) : null;
    if (q < 0 && before != null && before.end() == k) {
      // "hai quý cuối năm" counts quarters
      return null;
    }
    if (q < 0 && tok(e) != null && tok(e).isWord() && !tok(e).hasInformativeCapital()) {
      Numeral w = num.cardinal(e);
      if (w != null && w.form() == Numeral.Form.WORDS && w.end() == e + 1 && !w.scaled()) {
        // "quý hai", "quý bốn"
        q = w.intValue();
      } else if (kw(e, Role.EARLY) > 0 && kw(kw(e, Role.EARLY), Role.YEAR) > 0
          || kw(e, Role.LATE) > 0 && kw(kw(e, Role.LATE), Role.YEAR) > 0) {
        // "quý đầu năm", "quý cuối năm 2025": the first or the last quarter
        boolean first = kw(e, Role.EARLY) > 0;
        int ye = first ? kw(e, Role.EARLY) : kw(e, Role.LATE);
        DateValue v = DateValue.unknown().withQuarter(first ? 1 : 4);
        Core c = yearQualified(v, ye, false);
        if (c != null) {
          return c;
        }
        return new Core(v.withRelative(true), kw(ye, Role.YEAR), Grain.OTHER,
            new Relative(Unit.YEAR, 0, false, Base.CONTEXT_OR_REFERENCE));
      } else {
        int shift = kw(e, Role.THIS) > 0 ? 0 : kw(e, Role.NEXT) > 0 ? 1 : kw(e, Role.PREV) > 0
            ? -1 : Integer.MIN_VALUE;
        if (shift == Integer.MIN_VALUE || lex.before(t, k, "before-relative", folded)) {
          return null;
        }
        // "quý này", "quý trước", "quý tới": a quarter counted from the reference's
        int end = Math.max(kw(e, Role.THIS), Math.max(kw(e, Role.NEXT), kw(e, Role.PREV)));
        return new Core(DateValue.unknown().withRelative(true), end, Grain.OTHER,
            new Relative(Unit.QUARTER, shift, false));
      }
    }
    if (q < 1 || q > 4) {
      return null;
    }
    e++;
    DateValue v = DateValue.unknown().withQuarter(q);
    Core pair = kw(e, Role.AND) > 0 ? nextQuarter(q, kw(e, Role.AND)) : null;
    if (pair != null) {
      return pair;
    }
    if ((punct(e, '/') || dash(e)) && attached(e) && year4(e + 1) > 0) {
      return new Core(v.withYear(year4(e + 1)), e + 2, Grain.OTHER);
    }
    if (tok(e) != null && tok(e).isNumber()) {
      return null;
    }
    return yearQualified(v, e, true);
  }

  /**
   * "quý I và quý II", "quý III và IV/2025" after "và" at a: two quarters in a row make one range
   * of quarters; other pairs are read one by one.
   */
  private @Nullable Core nextQuarter(int first, int a) {
    int k = kw(a, Role.QUARTER) > 0 ? kw(a, Role.QUARTER) : a;
    int q2 = digits(k, 1) >= 0 ? digits(k, 1) : num.roman(k);
    if (q2 != first + 1 || tok(k + 1) != null && tok(k + 1).isNumber()) {
      return null;
    }
    int e = k + 1;
    DatePoint b = DateValue.unknown().withQuarter(first);
    DatePoint en = DateValue.unknown().withQuarter(q2);
    if ((punct(e, '/') || dash(e)) && attached(e) && year4(e + 1) > 0) {
      int y = year4(e + 1);
      return new Core(DateValue.range(b.withYear(y), en.withYear(y)), e + 2, Grain.RANGE);
    }
    int ye = kw(e, Role.YEAR);
    if (ye > 0 && year4(ye) > 0) {
      int y = year4(ye);
      return new Core(DateValue.range(b.withYear(y), en.withYear(y)), ye + 1, Grain.RANGE);
    }
    return new Core(DateValue.range(b, en), e, Grain.RANGE);
  }

  // ------------------------------------------------------------------ after the expression

  /** Whether a time-zone phrase follows at e ("10 giờ (giờ Hà Nội)", "9h GMT"). */
  private boolean zoneAt(int e) {
    return zoneEnd(e) > 0;
  }

  /** A time-zone phrase: where it ends and whether it means the place's local time. */
  record ZoneMatch(int end, boolean local) {}

  /**
   * The time-zone phrase at e, with its comma, "theo" and parentheses: ", theo giờ địa
   * phương", " (giờ Hà Nội)", "giờ Washington" (the clock of a named place: local); or null.
   */
  @Nullable ZoneMatch zone(int e) {
    boolean paren = punct(e, '(');
    int k = punct(e, ',') || paren ? e + 1 : e;
    if (kw(k, Role.ACCORDING_TO) > 0) {
      k = kw(k, Role.ACCORDING_TO);
    }
    if (k >= n || tok(k).newlineBefore()) {
      return null;
    }
    PhraseTrie.Match<Zone> z = lex.zones.longest(t, k, folded);
    int end;
    boolean local;
    if (z != null) {
      end = z.end();
      local = z.value().local();
    } else if (kw(k, Role.HOUR) == k + 1 && tok(k + 1) != null
        && tok(k + 1).hasInformativeCapital()) {
      end = k + 1;
      while (end < n && end < k + 5 && tok(end).hasInformativeCapital()
          && !tok(end).newlineBefore()) {
        end++;
      }
      local = true;
    } else {
      return null;
    }
    if (paren) {
      return punct(end, ')') ? new ZoneMatch(end + 1, local) : null;
    }
    return new ZoneMatch(end, local);
  }

  /** The end of the time-zone phrase at e, or -1. */
  int zoneEnd(int e) {
    ZoneMatch z = zone(e);
    return z == null ? -1 : z.end;
  }

  /**
   * Takes the time-zone phrase after a clock time into its span, and sets localTime from "giờ
   * địa phương", "(theo giờ địa phương)", "giờ Mỹ".
   */
  private Found withZone(Found f) {
    ZoneMatch z = zone(f.end);
    if (z == null) {
      return f;
    }
    // the zone belongs to a clock time ("19 giờ 40, theo giờ Việt Nam"); after a day alone
    // ("sáng 11/11 giờ địa phương") it qualifies the day and stays out of the span
    boolean clockTime = !f.value.isRange() ? f.value.time().isPresent()
        : f.value.end().orElseThrow().time().isPresent();
    return new Found(f.start, clockTime ? z.end : f.end,
        z.local ? f.value.withLocalTime(true) : f.value, f.rel);
  }
}
