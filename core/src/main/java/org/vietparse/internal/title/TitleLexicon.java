package org.vietparse.internal.title;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.Tsv;
import org.vietparse.internal.compiled.PhraseWords;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;
import org.vietparse.internal.text.WordFilter;
import org.vietparse.title.Title;

/**
 * The title lexicons of {@code /org/vietparse/title/}, compiled into phrase tries. Immutable and
 * thread-safe; the bundled one is loaded once.
 */
final class TitleLexicon {
  private static final String DIR = "/org/vietparse/title/";
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger("org.vietparse.lexicon");

  /** A role: "Bộ trưởng", "Phó Chủ tịch", "Đại sứ". */
  record Role(String role, Title.@Nullable Kind kind, boolean ministry, boolean inherit,
      boolean envoy, boolean needsOrg, boolean company, boolean delegation, boolean committee,
      boolean unit, String en) {}

  /** A whole office written as one phrase: "Chủ tịch nước", "ĐBQH". */
  record Office(String title, String role, @Nullable String org, Title.@Nullable Kind kind,
      String en) {}

  /** How a place follows an organization. */
  enum Place {
    /** No place ("Bộ Ngoại giao"). */
    NONE,
    /** A place with its unit in the canonical form ("Ủy ban nhân dân Thành phố Hà Nội"). */
    UNIT,
    /** A bare place name in the canonical form ("Thành ủy Hà Nội"). */
    BARE
  }

  /**
   * An organization: its canonical name, kind, place rule, parent, own country, English, and
   * when it ended with the body that took it over.
   */
  record Org(String name, Title.@Nullable Kind kind, Place place, @Nullable String parent,
      @Nullable String countryCode, String en, @Nullable String ended,
      @Nullable String successor) {
    Org(String name, Title.@Nullable Kind kind, Place place, @Nullable String parent,
        @Nullable String countryCode, String en) {
      this(name, kind, place, parent, countryCode, en, null, null);
    }
  }

  /** A country: its canonical short name and ISO code. */
  record Country(String name, String code) {}

  /**
   * A provincial-level unit: name, unit word ("tỉnh" or "thành phố"), English name, when it
   * ended and the province it merged into, and its name after a Party committee ("Thành ủy
   * Thành phố Hồ Chí Minh", "Tỉnh ủy Nghệ An").
   */
  record Province(String name, String unit, String en, @Nullable String ended,
      @Nullable String successor, String bare) {}

  /** A word written after a role that qualifies it: "Thường trực" (Standing), "thứ nhất". */
  record Qualifier(String canonical, String en) {}

  /** A unit word of a local place ("huyện") and when that level ended, if it has. */
  record Unit(String unit, @Nullable String ended) {}

  /** What a context word does around a title. */
  enum Use {
    PLURAL, GENERIC, SKIP, CHAIN, POSTING, ENVOY_FILLER, NOT_COUNT, COMPANY, AGENCY,
    INSTITUTION, NAME_END, REGION,
    /** A phrase of no use of its own, that keeps a shorter one from matching ("dự án", "dự"). */
    WORD
  }

  /**
   * A lexicon value with the written form's abbreviations: bit k of {@code caps} is set when
   * word k of the entry is an abbreviation in capitals ("TƯ", "UBND"), which then matches only
   * text in capitals, so that "TƯ" is not read in "Tư pháp".
   */
  record Form<V>(V value, long caps) {
    static <V> Form<V> of(String phrase, V value) {
      long caps = 0;
      PhraseWords tokens = PhraseWords.of(phrase);
      for (int k = 0; k < tokens.size() && k < Long.SIZE; k++) {
        if (tokens.isAllCaps(k)) {
          caps |= 1L << k;
        }
      }
      return new Form<>(value, caps);
    }
  }

  /** A status word and whether it stands before or after the title. */
  record StatusWord(Title.Status status, boolean before) {}

  private static volatile @Nullable TitleLexicon bundled;

  final PhraseTrie<Form<Role>> roles;
  final PhraseTrie<Form<Office>> offices;
  final PhraseTrie<Form<Org>> orgs;
  final PhraseTrie<Form<Org>> ministryShort;
  final PhraseTrie<Form<Country>> countries;
  final PhraseTrie<Form<Province>> provinces;
  final PhraseTrie<Form<Unit>> placeUnits;
  final PhraseTrie<Form<StatusWord>> statuses;
  final PhraseTrie<Form<Use>> context;
  final PhraseTrie<Form<String>> notTitles;
  final PhraseTrie<Form<Qualifier>> qualifiers;
  final ImmutableList<String> rolePhrases;
  /** The canonical roles of roles.tsv: with the organizations, the names {@link #words} keeps. */
  private final ImmutableSet<String> roleNames;
  /** Folded words of the lexicon's own organization names and roles, as asked for. */
  private final ConcurrentHashMap<String, ImmutableList<String>> words =
      new ConcurrentHashMap<>();
  /** The lexicon's own roles split at their spaces, as asked for. */
  private final ConcurrentHashMap<String, ImmutableList<String>> spaced =
      new ConcurrentHashMap<>();
  final ImmutableList<String> internationalPhrases;
  final ImmutableMap<String, Boolean> placePhrases;
  final ImmutableMap<String, Org> orgByName;
  final ImmutableMap<String, Country> countryByCode;
  final ImmutableMap<String, Province> provinceByName;
  /**
   * English that English-language news gives one role of one body: organization → role →
   * English. Two levels, not one key "organization TAB role": a title's look-up then makes no
   * string, and hashes only names whose hash codes their strings keep.
   */
  private final ImmutableMap<String, ImmutableMap<String, String>> roleEnglish;
  /** First word (lower case, then folded) of every phrase → bits of the tries holding it. */
  private final FirstWords firstLower;
  private final FirstWords firstFolded;

  private TitleLexicon(Builder b) {
    this.roles = b.roles.build();
    this.offices = b.offices.build();
    this.orgs = b.orgs.build();
    this.ministryShort = b.ministryShort.build();
    this.countries = b.countries.build();
    this.provinces = b.provinces.build();
    this.placeUnits = b.placeUnits.build();
    this.statuses = b.statuses.build();
    this.context = b.context.build();
    this.notTitles = b.notTitles.build();
    this.qualifiers = b.qualifiers.build();
    this.rolePhrases = ImmutableList.copyOf(b.rolePhrases);
    this.roleNames = ImmutableSet.copyOf(b.roleNames);
    this.internationalPhrases = ImmutableList.copyOf(b.internationalPhrases);
    this.placePhrases = ImmutableMap.copyOf(b.placePhrases);
    this.orgByName = ImmutableMap.copyOf(b.orgByName);
    this.countryByCode = ImmutableMap.copyOf(b.countryByCode);
    this.provinceByName = ImmutableMap.copyOf(b.provinceByName);
    ImmutableMap.Builder<String, ImmutableMap<String, String>> english = ImmutableMap.builder();
    b.roleEnglish.forEach((org, roles) -> english.put(org, ImmutableMap.copyOf(roles)));
    this.roleEnglish = english.buildOrThrow();
    this.firstLower = new FirstWords(b.firstLower);
    this.firstFolded = new FirstWords(b.firstFolded);
  }

  /**
   * The folded words of a name, as the tokenizer splits it ("Ban Tuyên giáo" → ban, tuyen,
   * giao): kept for the lexicon's own organization names and roles, which titles share words
   * with again and again; made anew for a name read from the text, so that the cache stays as
   * small as the lexicon.
   */
  ImmutableList<String> words(String name) {
    ImmutableList<String> w = words.get(name);
    if (w != null) {
      return w;
    }
    w = foldedWords(name);
    if (orgByName.containsKey(name) || roleNames.contains(name)) {
      words.putIfAbsent(name, w);
    }
    return w;
  }

  /**
   * A role's words as written, split at each space as {@code role.split(" ")} splits it: kept
   * for the lexicon's own roles, which every role read asks about.
   */
  ImmutableList<String> roleWords(String role) {
    ImmutableList<String> w = spaced.get(role);
    if (w != null) {
      return w;
    }
    w = ImmutableList.copyOf(role.split(" "));
    if (roleNames.contains(role)) {
      spaced.putIfAbsent(role, w);
    }
    return w;
  }

  private static ImmutableList<String> foldedWords(String s) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Token t : VietText.of(s).tokens()) {
      out.add(t.folded());
    }
    return out.build();
  }

  /** The English the lexicon gives {@code role} of the body {@code org}, or null. */
  @Nullable String roleEnglish(String org, String role) {
    ImmutableMap<String, String> roles = roleEnglish.get(org);
    return roles == null ? null : roles.get(role);
  }

  /**
   * The tries (as bits, see {@link #bit}) that may hold a phrase beginning with {@code t}: a
   * trie without that bit has no match at {@code t}, so one lookup per token spares the others.
   * A bit set may also come from another first word of the same hash code; the trie's own
   * look-up then finds nothing, as it would have without the bit.
   */
  int startsAt(Token t, boolean folded) {
    return folded ? firstFolded.get(t, true) : firstLower.get(t, false);
  }

  /**
   * Whether {@code t} may begin a phrase of one of the tries of {@code TITLE_START}
   * ({@link TitleRecognizer}): false for most tokens, with no map lookup; when true,
   * {@link #startsAt} tells.
   */
  boolean mayStartTitle(Token t, boolean folded) {
    return (folded ? firstFolded : firstLower).titleFilter.mayContain(t, folded);
  }

  /**
   * Words → bits by the words' hash codes alone, with a small bit filter in front: most tokens
   * begin no phrase, and the filter stays in the processor's cache. The bits are only a gate in
   * front of the tries, which compare the words themselves, so the hash the tokenizer computed
   * for each token ({@link Token#lowerHash()}) is all a look-up reads: no chars compared, no
   * value boxed.
   */
  private static final class FirstWords {
    private final WordFilter filter;
    /** The words that begin a title or a not-title: a smaller filter the scan asks first. */
    final WordFilter titleFilter;
    /** Open addressing: a slot holds a hash code (high half) and its words' bits (low half). */
    private final long[] slots;
    private final int mask;

    FirstWords(Map<String, Integer> words) {
      this.filter = WordFilter.builder().addAll(words.keySet()).build();
      WordFilter.Builder titles = WordFilter.builder();
      words.forEach((w, bits) -> {
        if ((bits & TitleRecognizer.TITLE_START) != 0) {
          titles.add(w);
        }
      });
      this.titleFilter = titles.build();
      Map<Integer, Integer> byHash = new HashMap<>();
      words.forEach((w, bits) -> byHash.merge(w.hashCode(), bits, (x, y) -> x | y));
      int capacity = Integer.highestOneBit(Math.max(4, byHash.size() * 2) - 1) << 1;
      this.slots = new long[capacity];
      this.mask = capacity - 1;
      byHash.forEach((h, bits) -> {
        if (bits == 0) {
          return;
        }
        int i = spread(h) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = (long) h << 32 | (bits & 0xFFFFFFFFL);
      });
    }

    /** The bits of token {@code t}'s lower-case or folded form; 0 for most words. */
    int get(Token t, boolean folded) {
      if (!filter.mayContain(t, folded)) {
        return 0;
      }
      int h = folded ? t.foldedHash() : t.lowerHash();
      for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
        long s = slots[i];
        if (s == 0) {
          return 0;
        }
        if ((int) (s >>> 32) == h) {
          return (int) s;
        }
      }
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
  }

  /** The bits of the tries, in the order of {@link Builder#bit}: see {@link #startsAt}. */
  static final int ROLES = 1;
  static final int OFFICES = 1 << 1;
  static final int ORGS = 1 << 2;
  static final int MINISTRY_SHORT = 1 << 3;
  static final int COUNTRIES = 1 << 4;
  static final int PROVINCES = 1 << 5;
  static final int PLACE_UNITS = 1 << 6;
  static final int STATUSES = 1 << 7;
  static final int CONTEXT = 1 << 8;
  static final int NOT_TITLES = 1 << 9;
  static final int QUALIFIERS = 1 << 10;

  /** The bit of one of this lexicon's tries, in the order of {@link Builder#bit}. */
  int bit(PhraseTrie<?> trie) {
    if (trie == context) {
      return CONTEXT;
    } else if (trie == roles) {
      return ROLES;
    } else if (trie == offices) {
      return OFFICES;
    } else if (trie == orgs) {
      return ORGS;
    } else if (trie == ministryShort) {
      return MINISTRY_SHORT;
    } else if (trie == countries) {
      return COUNTRIES;
    } else if (trie == provinces) {
      return PROVINCES;
    } else if (trie == placeUnits) {
      return PLACE_UNITS;
    } else if (trie == statuses) {
      return STATUSES;
    } else if (trie == notTitles) {
      return NOT_TITLES;
    } else if (trie == qualifiers) {
      return QUALIFIERS;
    }
    throw new IllegalArgumentException("not a trie of this lexicon");
  }

  /** The lexicon of the bundled TSV files, loaded on first use. */
  static TitleLexicon bundled() {
    TitleLexicon l = bundled;
    if (l == null) {
      synchronized (TitleLexicon.class) {
        l = bundled;
        if (l == null) {
          l = load();
          bundled = l;
        }
      }
    }
    return l;
  }

  /** The files a user may extend, in the order they are read. */
  static final ImmutableList<String> FILES = ImmutableList.of("roles.tsv", "offices.tsv",
      "organizations.tsv", "international-organizations.tsv", "ministry-short-names.tsv",
      "countries.tsv", "provinces.tsv", "province-aliases.tsv", "place-units.tsv", "statuses.tsv",
      "context-words.tsv", "role-qualifiers.tsv", "role-english.tsv", "not-titles.tsv");

  /**
   * The bundled lexicon with a user's entries added after the bundled ones of the same file
   * (an entry whose first column is already there replaces it).
   *
   * @param extra file name → TSV texts, each with the file's header line
   * @throws IllegalArgumentException if a file is unknown, a header differs from the bundled
   *     file's, or an entry is malformed
   */
  static TitleLexicon withEntries(ListMultimap<String, String> extra) {
    if (extra.isEmpty()) {
      return bundled();
    }
    for (Map.Entry<String, String> e : extra.entries()) {
      List<String> names = check(e.getKey(), e.getValue()).stream().map(r -> r.get(0)).toList();
      Tsv.load(DIR + e.getKey()).rows().stream().map(r -> Tsv.cell(r, 0)).filter(names::contains)
          .forEach(n -> LOG.warn("{}: the entry \"{}\" is replaced by the one given to the builder",
              e.getKey(), n));
    }
    try {
      return load(extra);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException("title lexicon entries rejected: " + e.getMessage(), e);
    }
  }

  /**
   * Checks a user's entries: a known file, its header (the bundled file's, or the start of it:
   * columns added later, such as {@code ended} and {@code successor}, may be left out and read as
   * "-"), then rows with one non-empty cell per column, each cell of a closed set of values
   * ({@code kind}, {@code flags}, {@code place}, {@code status}, {@code use}…) one of them.
   *
   * @return the rows, each as long as the bundled header
   * @throws IllegalArgumentException if they do not fit, naming the file, the line and the
   *     values allowed
   */
  static List<List<String>> check(String file, String tsv) {
    if (!FILES.contains(file)) {
      throw new IllegalArgumentException("no title lexicon named " + file + "; one of " + FILES);
    }
    List<String> header = Tsv.load(DIR + file).header();
    List<List<String>> rows = new ArrayList<>();
    List<String> lines = Splitter.on('\n').splitToList(tsv);
    List<String> given = null;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).replace("\r", "");
      if (n == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = Splitter.on('\t').trimResults().splitToList(line);
      if (given == null) {
        if (cells.size() > header.size() || !cells.equals(header.subList(0, cells.size()))
            || !OPTIONAL_COLUMNS.containsAll(header.subList(cells.size(), header.size()))) {
          throw new IllegalArgumentException(
              file + " entries must start with the header " + header + ", not " + cells);
        }
        given = cells;
        continue;
      }
      if (cells.size() != given.size() || cells.contains("")) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s line %d: expected %d non-empty cells %s: %s", file, n + 1, given.size(), given,
            line.length() > 64 ? line.substring(0, 64) : line));
      }
      List<String> row = new ArrayList<>(cells);
      while (row.size() < header.size()) {
        row.add("-");
      }
      for (int c = 0; c < header.size(); c++) {
        checkCell(file, n + 1, header.get(c), row.get(c));
      }
      rows.add(row);
    }
    if (given == null) {
      throw new IllegalArgumentException(file + " entries need the header line " + header);
    }
    return rows;
  }

  /** Columns added to a lexicon after its first release, which a user's header may leave out. */
  private static final ImmutableList<String> OPTIONAL_COLUMNS = ImmutableList.of("ended",
      "successor", "bare");
  private static final ImmutableList<String> KINDS = ImmutableList.of("STATE", "PARTY",
      "INTERNATIONAL", "BUSINESS", "-");
  private static final ImmutableList<String> ROLE_FLAGS = ImmutableList.of("ministry",
      "inherit", "envoy", "needs-org", "company", "delegation", "committee", "unit",
      "needs-diacritics", "-");
  private static final java.util.regex.Pattern ISO_DATE =
      java.util.regex.Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

  /** Checks one cell against the values its column allows. */
  private static void checkCell(String file, int line, String column, String value) {
    List<String> allowed;
    switch (column) {
      case "kind" -> allowed = KINDS;
      case "flags" -> {
        allowed = file.equals("roles.tsv") ? ROLE_FLAGS : ImmutableList.of("needs-diacritics", "-");
        for (String flag : value.split(",")) {
          if (!allowed.contains(flag)) {
            throw badCell(file, line, column, flag, allowed);
          }
        }
        return;
      }
      case "place" -> allowed = ImmutableList.of("unit", "bare", "-");
      case "status" -> {
        List<String> names = new ArrayList<>();
        for (Title.Status st : Title.Status.values()) {
          names.add(st.name());
        }
        allowed = names;
      }
      case "position" -> allowed = ImmutableList.of("before", "after");
      case "use" -> {
        List<String> names = new ArrayList<>();
        for (Use u : Use.values()) {
          names.add(u.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        allowed = names;
      }
      case "period" -> allowed = ImmutableList.of("both", "until-2025", "from-2025");
      case "unit" -> {
        if (!file.equals("provinces.tsv")) {
          return;
        }
        allowed = ImmutableList.of("tỉnh", "thành phố");
      }
      case "ended" -> {
        if (!value.equals("-") && !ISO_DATE.matcher(value).matches()) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s line %d: ended must be an ISO date, year-month or year (2025-07-01, 2025-02, "
                  + "1992) or -, not %s", file, line, cut(value)));
        }
        return;
      }
      case "code" -> {
        if (!value.matches("[A-Z]{2}")) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s line %d: code must be an ISO 3166-1 alpha-2 code of two capitals, not %s",
              file, line, cut(value)));
        }
        return;
      }
      default -> {
        return;
      }
    }
    if (!allowed.contains(value)) {
      throw badCell(file, line, column, value, allowed);
    }
  }

  private static IllegalArgumentException badCell(String file, int line, String column,
      String value, List<String> allowed) {
    return new IllegalArgumentException(String.format(Locale.ROOT,
        "%s line %d: %s must be one of %s, not %s", file, line, column, allowed, cut(value)));
  }

  private static String cut(String s) {
    return s.length() > 64 ? s.substring(0, 64) + "…" : s;
  }

  /**
   * A lexicon file's header and rows: the bundled ones, then the user's; {@code columns} indexes
   * the header, asked for every cell read.
   */
  private record Table(List<String> header, List<List<String>> rows,
      Map<String, Integer> columns) {
    Table(List<String> header, List<List<String>> rows) {
      this(header, rows, indexOf(header));
    }

    private static Map<String, Integer> indexOf(List<String> header) {
      Map<String, Integer> m = new HashMap<>();
      for (int i = header.size() - 1; i >= 0; i--) {
        m.put(header.get(i), i);
      }
      return m;
    }

    int column(String name) {
      Integer i = columns.get(name);
      if (i == null) {
        throw new IllegalStateException("no column " + name + " in " + header);
      }
      return i;
    }
  }

  private static Table table(String file, ListMultimap<String, String> extra) {
    Tsv t = Tsv.load(DIR + file);
    List<List<String>> rows = new ArrayList<>(t.rows());
    for (String tsv : extra.get(file)) {
      rows.addAll(check(file, tsv));
    }
    return new Table(t.header(), rows);
  }

  private static TitleLexicon load() {
    return load(ImmutableListMultimap.of());
  }

  private static TitleLexicon load(ListMultimap<String, String> extra) {
    Builder b = new Builder();
    Table t = table("roles.tsv", extra);
    for (List<String> r : t.rows()) {
      List<String> flags = List.of(cell(t, r, "flags").split(","));
      b.rolePhrases.add(cell(t, r, "name"));
      b.roleNames.add(cell(t, r, "role"));
      put(b, b.roles, cell(t, r, "name"), new Role(cell(t, r, "role"), kind(cell(t, r, "kind")),
          flags.contains("ministry"), flags.contains("inherit"), flags.contains("envoy"),
          flags.contains("needs-org"), flags.contains("company") || kind(cell(t, r, "kind"))
              == Title.Kind.BUSINESS, flags.contains("delegation"), flags.contains("committee"),
          flags.contains("unit"), cell(t, r, "en")),
          flags.contains("needs-diacritics"));
    }
    t = table("offices.tsv", extra);
    for (List<String> r : t.rows()) {
      put(b, b.offices, cell(t, r, "name"), new Office(cell(t, r, "title"), cell(t, r, "role"),
          opt(cell(t, r, "org")), kind(cell(t, r, "kind")), cell(t, r, "en")));
    }
    t = table("organizations.tsv", extra);
    for (List<String> r : t.rows()) {
      Title.Kind kind = kind(cell(t, r, "kind"));
      Org o = new Org(cell(t, r, "org"), kind == null ? Title.Kind.STATE : kind,
          Place.valueOf(placeName(cell(t, r, "place"))), opt(cell(t, r, "parent")),
          opt(cell(t, r, "country")), cell(t, r, "en"), opt(cell(t, r, "ended")),
          opt(cell(t, r, "successor")));
      put(b, b.orgs, cell(t, r, "name"), o);
      b.orgByName.putIfAbsent(o.name(), o);
    }
    t = table("international-organizations.tsv", extra);
    for (List<String> r : t.rows()) {
      Org o = new Org(cell(t, r, "canonical"), Title.Kind.INTERNATIONAL, Place.NONE, null, null,
          cell(t, r, "en"));
      b.internationalPhrases.add(cell(t, r, "name"));
      put(b, b.orgs, cell(t, r, "name"), o);
      b.orgByName.putIfAbsent(o.name(), o);
    }
    t = table("ministry-short-names.tsv", extra);
    for (List<String> r : t.rows()) {
      Org o = b.orgByName.get(cell(t, r, "org"));
      if (o == null) {
        throw new IllegalStateException("ministry-short-names.tsv names an unknown organization: "
            + cell(t, r, "org"));
      }
      put(b, b.ministryShort, cell(t, r, "name"), o);
    }
    t = table("countries.tsv", extra);
    for (List<String> r : t.rows()) {
      Country c = new Country(cell(t, r, "canonical"), cell(t, r, "code"));
      put(b, b.countries, cell(t, r, "name"), c);
      b.placePhrases.putIfAbsent(cell(t, r, "name"), Boolean.TRUE);
      b.countryByCode.putIfAbsent(c.code(), c);
    }
    t = table("provinces.tsv", extra);
    Map<String, Province> byName = b.provinceByName;
    for (List<String> r : t.rows()) {
      Province p = new Province(cell(t, r, "name"), cell(t, r, "unit"), cell(t, r, "en"),
          opt(cell(t, r, "ended")), opt(cell(t, r, "successor")),
          "-".equals(cell(t, r, "bare")) ? cell(t, r, "name") : cell(t, r, "bare"));
      byName.put(p.name(), p);
      put(b, b.provinces, p.name(), p);
      b.placePhrases.putIfAbsent(p.name(), Boolean.FALSE);
    }
    t = table("province-aliases.tsv", extra);
    for (List<String> r : t.rows()) {
      Province p = byName.get(cell(t, r, "name"));
      if (p != null) {
        put(b, b.provinces, cell(t, r, "alias"), p);
      }
      b.placePhrases.putIfAbsent(cell(t, r, "alias"), Boolean.FALSE);
    }
    t = table("place-units.tsv", extra);
    for (List<String> r : t.rows()) {
      put(b, b.placeUnits, cell(t, r, "word"),
          new Unit(cell(t, r, "unit"), opt(cell(t, r, "ended"))));
    }
    t = table("statuses.tsv", extra);
    for (List<String> r : t.rows()) {
      put(b, b.statuses, cell(t, r, "word"), new StatusWord(
          Title.Status.valueOf(cell(t, r, "status")), "before".equals(cell(t, r, "position"))),
          "needs-diacritics".equals(cell(t, r, "flags")));
    }
    t = table("context-words.tsv", extra);
    for (List<String> r : t.rows()) {
      put(b, b.context, cell(t, r, "word"),
          Use.valueOf(cell(t, r, "use").toUpperCase(Locale.ROOT).replace('-', '_')),
          "needs-diacritics".equals(cell(t, r, "flags")));
    }
    t = table("role-qualifiers.tsv", extra);
    for (List<String> r : t.rows()) {
      put(b, b.qualifiers, cell(t, r, "word"),
          new Qualifier(cell(t, r, "canonical"), cell(t, r, "en")));
    }
    t = table("role-english.tsv", extra);
    for (List<String> r : t.rows()) {
      b.roleEnglish.computeIfAbsent(cell(t, r, "org"), o -> new HashMap<>())
          .put(cell(t, r, "role"), cell(t, r, "en"));
    }
    t = table("not-titles.tsv", extra);
    for (List<String> r : t.rows()) {
      put(b, b.notTitles, cell(t, r, "phrase"), cell(t, r, "why"));
    }
    return new TitleLexicon(b);
  }

  private static <V> void put(Builder b, PhraseTrie.Builder<Form<V>> trie, String phrase,
      V value) {
    put(b, trie, phrase, value, false);
  }

  /** With {@code needsDiacritics}, text typed without diacritics does not match the phrase. */
  private static <V> void put(Builder b, PhraseTrie.Builder<Form<V>> trie, String phrase,
      V value, boolean needsDiacritics) {
    PhraseWords first = PhraseWords.of(phrase);
    int bit = b.bit(trie);
    b.firstLower.merge(first.lower(0), bit, (x, y) -> x | y);
    if (needsDiacritics) {
      trie.putWithDiacritics(phrase, Form.of(phrase, value));
    } else {
      trie.put(phrase, Form.of(phrase, value));
      b.firstFolded.merge(first.folded(0), bit, (x, y) -> x | y);
    }
  }

  private static String placeName(String s) {
    return "-".equals(s) ? "NONE" : s.toUpperCase(Locale.ROOT);
  }

  private static String cell(Table t, List<String> row, String column) {
    return Tsv.cell(row, t.column(column));
  }

  private static @Nullable String opt(String s) {
    return s.isEmpty() || "-".equals(s) ? null : s;
  }

  private static Title.@Nullable Kind kind(String s) {
    return s.isEmpty() || "-".equals(s) ? null : Title.Kind.valueOf(s);
  }

  private static final class Builder {
    final PhraseTrie.Builder<Form<Role>> roles = PhraseTrie.builder();
    final PhraseTrie.Builder<Form<Office>> offices = PhraseTrie.builder();
    final PhraseTrie.Builder<Form<Org>> orgs = PhraseTrie.builder();
    final PhraseTrie.Builder<Form<Org>> ministryShort = PhraseTrie.builder();
    final PhraseTrie.Builder<Form<Country>> countries = PhraseTrie.builder();
    final PhraseTrie.Builder<Form<Province>> provinces = PhraseTrie.builder();
    final PhraseTrie.Builder<Form<Unit>> placeUnits = PhraseTrie.builder();
    final PhraseTrie.Builder<Form<StatusWord>> statuses = PhraseTrie.builder();
    final PhraseTrie.Builder<Form<Use>> context = PhraseTrie.builder();
    final PhraseTrie.Builder<Form<String>> notTitles = PhraseTrie.builder();
    final PhraseTrie.Builder<Form<Qualifier>> qualifiers = PhraseTrie.builder();
    final List<String> rolePhrases = new ArrayList<>();
    final List<String> roleNames = new ArrayList<>();
    final List<String> internationalPhrases = new ArrayList<>();
    final Map<String, Boolean> placePhrases = new java.util.LinkedHashMap<>();
    final Map<String, Org> orgByName = new HashMap<>();
    final Map<String, Country> countryByCode = new HashMap<>();
    final Map<String, Province> provinceByName = new HashMap<>();
    final Map<String, Map<String, String>> roleEnglish = new HashMap<>();
    final Map<String, Integer> firstLower = new HashMap<>();
    final Map<String, Integer> firstFolded = new HashMap<>();

    int bit(PhraseTrie.Builder<?> trie) {
      List<PhraseTrie.Builder<?>> all = List.of(roles, offices, orgs, ministryShort, countries,
          provinces, placeUnits, statuses, context, notTitles, qualifiers);
      for (int k = 0; k < all.size(); k++) {
        if (all.get(k) == trie) {
          return 1 << k;
        }
      }
      throw new IllegalArgumentException("not a trie of this lexicon");
    }
  }
}
