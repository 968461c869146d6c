package org.vietparse.internal.date;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.vietparse.date.PartOfDay;
import org.vietparse.date.Season;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.Tsv;
import org.vietparse.internal.compiled.PhraseWords;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.WordFilter;
import org.vietparse.internal.text.WordMap;

/** The date lexicons, loaded once and compiled into tries; immutable and thread-safe. */
final class DateLexicon {
  private static final String DIR = "/org/vietparse/date/";

  /** What a grammar word does; see keywords.tsv. */
  enum Role {
    AM, PM, LUNAR, AT, OF, LATE, EARLY, MIDDLE, FIRST, SAME_PERIOD, TO, FROM, HOUR_MARK, HOUR,
    HOURS, MINUTE, MINUS, HALF_PAST, HALF, DAY, DAY_PREFIX, FULL_MOON, YEAR, MONTH, WEEK,
    QUARTER, DECADE, CENTURY, PREV, NEXT, THIS, ACCORDING_TO, AND, AGO, ORDINAL,
    WEEKDAY_PREFIX, UNIT_LOOKALIKE, SESSION, AGO_BEFORE, SPAN, LEAP;

    /** This role's bit in a keyword's role mask. */
    long bit() {
      return 1L << ordinal();
    }
  }

  /** How a relative word moves from the reference date. */
  enum Unit { NOW, DAY, WEEK, MONTH, QUARTER, YEAR, SAME_DAY, NEXT_DAY }

  /**
   * What a relative word counts from: the reference ("hôm qua", "năm nay"); the time the text is
   * talking about when one is near, else the reference ("năm ngoái", "cuối năm"); or only that
   * time ("cùng năm", "năm trước đó").
   */
  enum Base { REFERENCE, CONTEXT_OR_REFERENCE, CONTEXT }

  /** A relative word: "hôm qua" is (DAY, -1). */
  record Relative(Unit unit, int offset, boolean afterPartOnly, Base base) {
    Relative(Unit unit, int offset, boolean afterPartOnly) {
      this(unit, offset, afterPartOnly, Base.REFERENCE);
    }
  }

  /**
   * A named day: "Quốc khánh" is 2/9 solar, "Trung thu" is 15/8 lunar; {@code capitalized}
   * when the lexicon writes it with a capital, as the text must then too.
   */
  record NamedDay(int month, int day, boolean lunar, boolean capitalized) {}

  /** A month's name: "giêng" is 1 and, with a day, names a lunar month. */
  record MonthName(int month, boolean lunar) {}

  /** A time-zone phrase and whether it means the place's local time rather than Vietnam's. */
  record Zone(boolean local) {}

  /**
   * Roles of keywords that only go on with an expression begun before them ("và", "của",
   * "đến", "phút", "âm lịch"): such a word starts none, and the grammar need not try it.
   */
  private static final long CONTINUING = Role.AM.bit() | Role.PM.bit() | Role.OF.bit()
      | Role.MINUS.bit() | Role.MINUTE.bit() | Role.HALF_PAST.bit() | Role.ACCORDING_TO.bit()
      | Role.AND.bit() | Role.LUNAR.bit() | Role.TO.bit() | Role.LEAP.bit();

  /** Keywords to the bit mask of their roles ({@link Role#bit()}). */
  final PhraseTrie<Long> keywords;
  final PhraseTrie<PartOfDay> parts;
  final PhraseTrie<DayOfWeek> weekdays;
  final PhraseTrie<MonthName> monthNames;
  final PhraseTrie<Relative> relatives;
  final PhraseTrie<NamedDay> namedDays;
  final PhraseTrie<Zone> zones;
  final PhraseTrie<Boolean> periodWords;
  final PhraseTrie<Season> seasons;
  /** The ten heavenly stems (0–9) and twelve earthly branches (10 + 0–11) of year names. */
  final PhraseTrie<Integer> sexagenary;
  /** Fixed expressions that look like dates and are none ("24/7", around the clock). */
  final PhraseTrie<Boolean> idioms;
  /** Context phrases by where they act, keyed by lower-case and folded forms. */
  final ImmutableSetMultimap<String, String> context;

  /**
   * What may begin at a word, one bit per lexicon (see {@link #starts}): {@link #START} for the
   * first words {@link #mayStart} knows, and a bit per lexicon whose phrases may begin with it.
   */
  static final int START = 1;
  static final int KEYWORD = 1 << 1;
  static final int PART = 1 << 2;
  static final int WEEKDAY = 1 << 3;
  static final int MONTH_NAME = 1 << 4;
  static final int RELATIVE = 1 << 5;
  static final int NAMED_DAY = 1 << 6;
  static final int ZONE = 1 << 7;
  static final int PERIOD_WORD = 1 << 8;
  static final int SEASON = 1 << 9;
  static final int SEXAGENARY = 1 << 10;
  static final int IDIOM = 1 << 11;
  /** A first word of a "then-before" context phrase ("trước đó"), in either form. */
  static final int THEN_BEFORE = 1 << 12;
  /** How many bits {@link #starts} answers. */
  static final int STARTS_WIDTH = 13;
  /** Bits of a keyword's length in tokens: a keyword is at most 63 tokens long. */
  static final int MAX_KEYWORD_WIDTH = 6;

  /** While loading: each first word's bits, by lower-case and by folded form. */
  private final java.util.Map<String, Integer> lowerBits = new java.util.HashMap<>();
  private final java.util.Map<String, Integer> foldedBits = new java.util.HashMap<>();
  private final WordMap<Integer> lowerStarts;
  private final WordMap<Integer> foldedStarts;
  private final WordFilter lowerStartsFilter;
  private final WordFilter foldedStartsFilter;

  /** First words of every phrase, lower-case and folded; filled while loading. */
  private final java.util.Set<String> startWords = new java.util.HashSet<>();
  private final WordFilter startFilter;
  private final WordMap<Boolean> startMap;
  /** Every word a context phrase starts with, whichever its kind. */
  private final WordFilter contextFilter;
  /** {@link #context} by use, for look-ups by token: see {@link ContextWords}. */
  private final ImmutableMap<String, ContextWords> contextByUse;

  private static volatile @Nullable DateLexicon instance;

  private DateLexicon() {
    PhraseTrie.Builder<Long> kw = PhraseTrie.builder();
    Tsv k = Tsv.load(DIR + "keywords.tsv");
    for (List<String> row : k.rows()) {
      long roles = 0;
      for (String r : Tsv.cell(row, 1).split(",")) {
        roles |= Role.valueOf(r.trim()).bit();
      }
      kw.put(Tsv.cell(row, 0), roles);
      if (PhraseWords.of(Tsv.cell(row, 0)).size() >= 1 << MAX_KEYWORD_WIDTH) {
        throw new IllegalStateException("keywords.tsv: a keyword too long " + row);
      }
      bits(Tsv.cell(row, 0), KEYWORD);
      if ((roles & ~CONTINUING) != 0) {
        firstWord(Tsv.cell(row, 0));
      }
    }
    keywords = kw.build();
    parts = load("parts-of-day.tsv", PART, row -> PartOfDay.ofCode(Tsv.cell(row, 1))
        .orElseThrow(() -> new IllegalStateException("unknown part of day " + row)));
    weekdays = load("weekdays.tsv", WEEKDAY,
        row -> DayOfWeek.of(Integer.parseInt(Tsv.cell(row, 1))));
    monthNames = load("month-names.tsv", MONTH_NAME,
        row -> new MonthName(Integer.parseInt(Tsv.cell(row, 1)), Tsv.cell(row, 2).equals("yes")));
    relatives = load("relative-words.tsv", RELATIVE,
        row -> new Relative(Unit.valueOf(Tsv.cell(row, 1)),
        Integer.parseInt(Tsv.cell(row, 2)), Tsv.cell(row, 3).equals("after-part"),
        switch (Tsv.cell(row, 3)) {
          case "alone", "after-part" -> Base.REFERENCE;
          case "context" -> Base.CONTEXT_OR_REFERENCE;
          case "anaphoric" -> Base.CONTEXT;
          default -> throw new IllegalStateException("relative-words.tsv: unknown use " + row);
        }));
    namedDays = load("named-days.tsv", NAMED_DAY,
        row -> new NamedDay(Integer.parseInt(Tsv.cell(row, 2)),
        Integer.parseInt(Tsv.cell(row, 3)), Tsv.cell(row, 1).equals("lunar"),
        Character.isUpperCase(Tsv.cell(row, 0).codePointAt(0))));
    zones = load("time-zones.tsv", ZONE, row -> new Zone(Boolean.parseBoolean(Tsv.cell(row, 1))));
    periodWords = load("period-words.tsv", PERIOD_WORD, row -> Boolean.TRUE);
    idioms = load("idioms.tsv", IDIOM, row -> Boolean.TRUE);
    sexagenary = load("sexagenary.tsv", SEXAGENARY,
        row -> (Tsv.cell(row, 1).equals("branch") ? 10 : 0)
        + Integer.parseInt(Tsv.cell(row, 2)));
    seasons = load("seasons.tsv", SEASON, row -> Season.ofCode(Tsv.cell(row, 1)).orElseThrow(
        () -> new IllegalStateException("unknown season " + row)));
    ImmutableSetMultimap.Builder<String, String> ctx = ImmutableSetMultimap.builder();
    for (List<String> row : Tsv.load(DIR + "context-words.tsv").rows()) {
      String phrase = Tsv.cell(row, 0);
      for (String use : Tsv.cell(row, 1).split(",")) {
        ctx.put(use.trim(), phrase.toLowerCase(Locale.ROOT));
        ctx.put(use.trim(), PhraseWords.of(phrase).foldedText());
      }
    }
    context = ctx.build();
    WordFilter.Builder contextFirst = WordFilter.builder();
    for (String phrase : context.values()) {
      int space = phrase.indexOf(' ');
      contextFirst.add(space > 0 ? phrase.substring(0, space) : phrase);
    }
    contextFilter = contextFirst.build();
    contextByUse = byUse(context);
    for (String phrase : context.get("then-before")) {
      // as ContextWords reads them: one or two words, either form, looked up in either mode
      int space = phrase.indexOf(' ');
      if (space < 0 || phrase.indexOf(' ', space + 1) < 0) {
        String first = space < 0 ? phrase : phrase.substring(0, space);
        lowerBits.merge(first, THEN_BEFORE, (a, b) -> a | b);
        foldedBits.merge(first, THEN_BEFORE, (a, b) -> a | b);
      }
    }
    for (String w : startWords) {
      // mayStart looks both forms up in one map, whichever the mode
      lowerBits.merge(w, START, (a, b) -> a | b);
      foldedBits.merge(w, START, (a, b) -> a | b);
    }
    lowerStarts = WordMap.copyOf(lowerBits);
    foldedStarts = WordMap.copyOf(foldedBits);
    lowerStartsFilter = WordFilter.builder().addAll(lowerBits.keySet()).build();
    foldedStartsFilter = WordFilter.builder().addAll(foldedBits.keySet()).build();
    lowerBits.clear();
    foldedBits.clear();
    startFilter = WordFilter.builder().addAll(startWords).build();
    java.util.Map<String, Boolean> starts = new java.util.HashMap<>();
    startWords.forEach(w -> starts.put(w, Boolean.TRUE));
    startMap = WordMap.copyOf(starts);
  }

  private interface RowReader<V> {
    V read(List<String> row);
  }

  private <V> PhraseTrie<V> load(String file, int bit, RowReader<V> reader) {
    PhraseTrie.Builder<V> b = PhraseTrie.builder();
    for (List<String> row : Tsv.load(DIR + file).rows()) {
      String phrase = Tsv.cell(row, 0);
      b.put(phrase, reader.read(row));
      firstWord(phrase);
      bits(phrase, bit);
    }
    return b.build();
  }

  /** Marks the first word of a phrase of one lexicon, each form as its trie keys it. */
  private void bits(String phrase, int bit) {
    PhraseWords words = PhraseWords.of(phrase);
    lowerBits.merge(words.lower(0), bit, (a, b) -> a | b);
    foldedBits.merge(words.folded(0), bit, (a, b) -> a | b);
  }

  /**
   * False when no expression starts at the word: {@link #mayStart} is false there, told by a
   * filter with no look-up; true says nothing.
   */
  boolean mayStartWord(Token x, boolean folded) {
    return startFilter.mayContain(x, folded);
  }

  /**
   * What may begin at a token: the bits of the lexicons with a phrase whose first word is the
   * token (its lower-case form, or its folded form when {@code folded}), and {@link #START}
   * when {@link #mayStart} would let a word token through. A lexicon's bit clear means its
   * {@code longest} is null there; set, it says nothing. One look-up answers for all of them.
   */
  int starts(Token x, boolean folded) {
    if (!(folded ? foldedStartsFilter : lowerStartsFilter).mayContain(x, folded)) {
      return 0;
    }
    Integer b = (folded ? foldedStarts : lowerStarts).get(x, folded);
    return b == null ? 0 : b;
  }

  private void firstWord(String phrase) {
    PhraseWords words = PhraseWords.of(phrase);
    startWords.add(words.lower(0));
    startWords.add(words.folded(0));
  }

  /**
   * Whether an expression may start at token i: a number, or the first word of some phrase
   * of the lexicons. Most words of a text are neither, and the grammar skips them at once.
   */
  boolean mayStart(List<Token> tokens, int i, boolean folded) {
    Token x = tokens.get(i);
    // the form the grammar will look up: "thư" is no "thứ", though both fold to "thu"
    return x.isNumber() || x.isWord() && startFilter.mayContain(x, folded)
        && startMap.get(x, folded) != null;
  }

  static DateLexicon get() {
    DateLexicon l = instance;
    if (l == null) {
      synchronized (DateLexicon.class) {
        l = instance;
        if (l == null) {
          l = new DateLexicon();
          instance = l;
        }
      }
    }
    return l;
  }

  /**
   * The context phrases of one use, looked up by token with no string made or hashed: the
   * one-word phrases, and for each first word of a two-word phrase its second words. Both forms
   * of each phrase (lower case, folded) are keys, as in {@link #context}. The grammar asks at
   * nearly every position it tries, and a set of strings needed each token's string first.
   */
  private record ContextWords(WordMap<Boolean> ones, WordMap<WordMap<Boolean>> pairs) {}

  /** {@link #context} split by use into {@link ContextWords}: phrases of three words never match. */
  private static ImmutableMap<String, ContextWords> byUse(
      ImmutableSetMultimap<String, String> context) {
    ImmutableMap.Builder<String, ContextWords> out = ImmutableMap.builder();
    for (String use : context.keySet()) {
      java.util.Map<String, Boolean> ones = new java.util.HashMap<>();
      java.util.Map<String, java.util.Map<String, Boolean>> pairs = new java.util.HashMap<>();
      for (String phrase : context.get(use)) {
        int space = phrase.indexOf(' ');
        if (space < 0) {
          ones.put(phrase, Boolean.TRUE);
        } else if (space > 0 && phrase.indexOf(' ', space + 1) < 0) {
          pairs.computeIfAbsent(phrase.substring(0, space), w -> new java.util.HashMap<>())
              .put(phrase.substring(space + 1), Boolean.TRUE);
        }
      }
      java.util.Map<String, WordMap<Boolean>> second = new java.util.HashMap<>();
      pairs.forEach((first, seconds) -> second.put(first, WordMap.copyOf(seconds)));
      out.put(use, new ContextWords(WordMap.copyOf(ones), WordMap.copyOf(second)));
    }
    return out.buildOrThrow();
  }

  /** Whether the one or two words ending just before token {@code i} are context of a kind. */
  boolean before(List<Token> tokens, int i, String where, boolean folded) {
    if (i < 1) {
      return false;
    }
    Token a = tokens.get(i - 1);
    ContextWords words;
    if (i >= 2 && !a.newlineBefore()) {
      Token b = tokens.get(i - 2);
      // the filter first: most words are no context, and need no further look-up
      if (!contextFilter.mayContain(a, folded) && !contextFilter.mayContain(b, folded)
          || (words = contextByUse.get(where)) == null) {
        return false;
      }
      if (words.ones().get(a, folded) != null) {
        return true;
      }
      WordMap<Boolean> seconds = words.pairs().get(b, folded);
      return seconds != null && seconds.get(a, folded) != null;
    }
    return contextFilter.mayContain(a, folded) && (words = contextByUse.get(where)) != null
        && words.ones().get(a, folded) != null;
  }

  /** Whether the one or two words from token {@code i} are context of a kind. */
  boolean at(List<Token> tokens, int i, String where, boolean folded) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    Token a = tokens.get(i);
    // the filter first: most words are no context, and need no further look-up
    if (!contextFilter.mayContain(a, folded)) {
      return false;
    }
    ContextWords words = contextByUse.get(where);
    if (words == null) {
      return false;
    }
    if (words.ones().get(a, folded) != null) {
      return true;
    }
    if (i + 1 < tokens.size() && !tokens.get(i + 1).newlineBefore()) {
      WordMap<Boolean> seconds = words.pairs().get(a, folded);
      return seconds != null && seconds.get(tokens.get(i + 1), folded) != null;
    }
    return false;
  }

}
