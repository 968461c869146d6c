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
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.Tsv;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.WordFilter;
import org.vietparse.internal.text.WordMap;
import org.vietparse.internal.text.VietText;
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
      boolean envoy, boolean needsOrg, boolean company, boolean delegation, String en) {}

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

  /** An organization: its canonical name, kind, place rule, parent, own country, English. */
  record Org(String name, Title.@Nullable Kind kind, Place place, @Nullable String parent,
      @Nullable String countryCode, String en) {}

  /** A country: its canonical short name and ISO code. */
  record Country(String name, String code) {}

  /** A provincial-level unit: name, unit word ("tỉnh" or "thành phố"), English name. */
  record Province(String name, String unit, String en) {}

  /** What a context word does around a title. */
  enum Use {
    PLURAL, GENERIC, SKIP, CHAIN, POSTING, ENVOY_FILLER, NOT_COUNT, COMPANY, AGENCY,
    INSTITUTION, NAME_END
  }

  /**
   * A lexicon value with the written form's abbreviations: bit k of {@code caps} is set when
   * word k of the entry is an abbreviation in capitals ("TƯ", "UBND"), which then matches only
   * text in capitals, so that "TƯ" is not read in "Tư pháp".
   */
  record Form<V>(V value, long caps) {
    static <V> Form<V> of(String phrase, V value) {
      long caps = 0;
      List<Token> tokens = VietText.of(phrase).tokens();
      for (int k = 0; k < tokens.size() && k < Long.SIZE; k++) {
        Token t = tokens.get(k);
        if (t.isWord() && t.length() >= 2 && t.isAllCaps()) {
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
  final PhraseTrie<Form<String>> placeUnits;
  final PhraseTrie<Form<StatusWord>> statuses;
  final PhraseTrie<Form<Use>> context;
  final PhraseTrie<Form<String>> notTitles;
  final ImmutableSet<String> surnames;
  /** A word's part in family names: 1 a family name alone, 2 the first of two; 0 for most. */
  private final WordMap<Integer> surnameStarts;
  /** Lower-case words inside foreign names: "von", "der", "da". */
  final ImmutableSet<String> nameParticles;
  final ImmutableMap<String, Org> orgByName;
  final ImmutableMap<String, Country> countryByCode;
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
    this.surnames = ImmutableSet.copyOf(b.surnames);
    Map<String, Integer> starts = new HashMap<>();
    for (String name : b.surnames) {
      int space = name.indexOf(' ');
      starts.merge(space < 0 ? name : name.substring(0, space), space < 0 ? 1 : 2,
          (x, y) -> x | y);
    }
    this.surnameStarts = WordMap.copyOf(starts);
    this.nameParticles = ImmutableSet.copyOf(b.nameParticles);
    this.orgByName = ImmutableMap.copyOf(b.orgByName);
    this.countryByCode = ImmutableMap.copyOf(b.countryByCode);
    this.firstLower = new FirstWords(b.firstLower);
    this.firstFolded = new FirstWords(b.firstFolded);
  }

  /** 1 when the token's lower-case form is a family name, 2 when one of two words begins so. */
  int surnameStart(Token t) {
    Integer bits = surnameStarts.get(t, false);
    return bits == null ? 0 : bits;
  }

  /**
   * The tries (as bits, see {@link #bit}) that hold a phrase beginning with {@code t}: a trie
   * without that bit has no match at {@code t}, so one lookup per token spares the others.
   */
  int startsAt(Token t, boolean folded) {
    return folded ? firstFolded.get(t, true) : firstLower.get(t, false);
  }

  /**
   * Words → bits, with a small bit filter over the words' hash codes in front of the map: most
   * tokens begin no phrase, and the filter, unlike the map, stays in the processor's cache.
   */
  private static final class FirstWords {
    private final WordFilter filter;
    private final WordMap<Integer> words;

    FirstWords(Map<String, Integer> words) {
      this.words = WordMap.copyOf(words);
      this.filter = WordFilter.builder().addAll(words.keySet()).build();
    }

    /** The bits of token {@code t}'s lower-case or folded form; 0 for most words. */
    int get(Token t, boolean folded) {
      if (!filter.mayContain(t, folded)) {
        return 0;
      }
      Integer m = words.get(t, folded);
      return m == null ? 0 : m;
    }
  }


  /** The bit of one of this lexicon's tries, in the order of {@link Builder#bit}. */
  int bit(PhraseTrie<?> trie) {
    if (trie == context) {
      return 1 << 8;
    } else if (trie == roles) {
      return 1;
    } else if (trie == offices) {
      return 1 << 1;
    } else if (trie == orgs) {
      return 1 << 2;
    } else if (trie == ministryShort) {
      return 1 << 3;
    } else if (trie == countries) {
      return 1 << 4;
    } else if (trie == provinces) {
      return 1 << 5;
    } else if (trie == placeUnits) {
      return 1 << 6;
    } else if (trie == statuses) {
      return 1 << 7;
    } else if (trie == notTitles) {
      return 1 << 9;
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
      "context-words.tsv", "not-titles.tsv");

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
   * Checks the shape of a user's entries: a known file, its header, then rows with one
   * non-empty cell per column.
   *
   * @return the rows
   * @throws IllegalArgumentException if they do not fit
   */
  static List<List<String>> check(String file, String tsv) {
    if (!FILES.contains(file)) {
      throw new IllegalArgumentException("no title lexicon named " + file + "; one of " + FILES);
    }
    List<String> header = Tsv.load(DIR + file).header();
    List<List<String>> rows = new ArrayList<>();
    List<String> lines = Splitter.on('\n').splitToList(tsv);
    boolean seenHeader = false;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).replace("\r", "");
      if (n == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = Splitter.on('\t').trimResults().splitToList(line);
      if (!seenHeader) {
        if (!cells.equals(header)) {
          throw new IllegalArgumentException(
              file + " entries must start with the header " + header + ", not " + cells);
        }
        seenHeader = true;
        continue;
      }
      if (cells.size() != header.size() || cells.contains("")) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s line %d: expected %d non-empty cells %s: %s", file, n + 1, header.size(), header,
            line.length() > 64 ? line.substring(0, 64) : line));
      }
      rows.add(cells);
    }
    if (!seenHeader) {
      throw new IllegalArgumentException(file + " entries need the header line " + header);
    }
    return rows;
  }

  /** A lexicon file's header and rows: the bundled ones, then the user's. */
  private record Table(List<String> header, List<List<String>> rows) {
    int column(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
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
      put(b, b.roles, cell(t, r, "name"), new Role(cell(t, r, "role"), kind(cell(t, r, "kind")),
          flags.contains("ministry"), flags.contains("inherit"), flags.contains("envoy"),
          flags.contains("needs-org"), flags.contains("company") || kind(cell(t, r, "kind"))
              == Title.Kind.BUSINESS, flags.contains("delegation"), cell(t, r, "en")),
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
          opt(cell(t, r, "country")), cell(t, r, "en"));
      put(b, b.orgs, cell(t, r, "name"), o);
      b.orgByName.putIfAbsent(o.name(), o);
    }
    t = table("international-organizations.tsv", extra);
    for (List<String> r : t.rows()) {
      Org o = new Org(cell(t, r, "canonical"), Title.Kind.INTERNATIONAL, Place.NONE, null, null,
          cell(t, r, "en"));
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
      b.countryByCode.putIfAbsent(c.code(), c);
    }
    t = table("provinces.tsv", extra);
    Map<String, Province> byName = new HashMap<>();
    for (List<String> r : t.rows()) {
      Province p = new Province(cell(t, r, "name"), cell(t, r, "unit"), cell(t, r, "en"));
      byName.put(p.name(), p);
      put(b, b.provinces, p.name(), p);
    }
    t = table("province-aliases.tsv", extra);
    for (List<String> r : t.rows()) {
      Province p = byName.get(cell(t, r, "name"));
      if (p != null) {
        put(b, b.provinces, cell(t, r, "alias"), p);
      }
    }
    t = table("place-units.tsv", extra);
    for (List<String> r : t.rows()) {
      put(b, b.placeUnits, cell(t, r, "word"), cell(t, r, "unit"));
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
    t = table("not-titles.tsv", extra);
    for (List<String> r : t.rows()) {
      put(b, b.notTitles, cell(t, r, "phrase"), cell(t, r, "why"));
    }
    Tsv surnames = Tsv.load("/org/vietparse/official/surnames.tsv");
    for (List<String> r : surnames.rows()) {
      b.surnames.add(Tsv.cell(r, surnames.column("surname")).toLowerCase(Locale.ROOT));
    }
    Tsv particles = Tsv.load("/org/vietparse/official/name-particles.tsv");
    for (List<String> r : particles.rows()) {
      b.nameParticles.add(Tsv.cell(r, particles.column("particle")).toLowerCase(Locale.ROOT));
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
    Token first = VietText.of(phrase).tokens().get(0);
    int bit = b.bit(trie);
    b.firstLower.merge(first.lower(), bit, (x, y) -> x | y);
    if (needsDiacritics) {
      trie.putWithDiacritics(phrase, Form.of(phrase, value));
    } else {
      trie.put(phrase, Form.of(phrase, value));
      b.firstFolded.merge(first.folded(), bit, (x, y) -> x | y);
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
    final PhraseTrie.Builder<Form<String>> placeUnits = PhraseTrie.builder();
    final PhraseTrie.Builder<Form<StatusWord>> statuses = PhraseTrie.builder();
    final PhraseTrie.Builder<Form<Use>> context = PhraseTrie.builder();
    final PhraseTrie.Builder<Form<String>> notTitles = PhraseTrie.builder();
    final java.util.Set<String> surnames = new java.util.HashSet<>();
    final java.util.Set<String> nameParticles = new java.util.HashSet<>();
    final Map<String, Org> orgByName = new HashMap<>();
    final Map<String, Country> countryByCode = new HashMap<>();
    final Map<String, Integer> firstLower = new HashMap<>();
    final Map<String, Integer> firstFolded = new HashMap<>();

    int bit(PhraseTrie.Builder<?> trie) {
      List<PhraseTrie.Builder<?>> all = List.of(roles, offices, orgs, ministryShort, countries,
          provinces, placeUnits, statuses, context, notTitles);
      for (int k = 0; k < all.size(); k++) {
        if (all.get(k) == trie) {
          return 1 << k;
        }
      }
      throw new IllegalArgumentException("not a trie of this lexicon");
    }
  }
}
