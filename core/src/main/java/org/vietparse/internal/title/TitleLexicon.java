package org.vietparse.internal.title;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.Tsv;
import org.vietparse.text.Token;
import org.vietparse.text.VietText;
import org.vietparse.title.Title;

/**
 * The title lexicons of {@code /org/vietparse/title/}, compiled into phrase tries. Immutable and
 * thread-safe; the bundled one is loaded once.
 */
final class TitleLexicon {
  private static final String DIR = "/org/vietparse/title/";

  /** A role: "Bộ trưởng", "Phó Chủ tịch", "Đại sứ". */
  record Role(String role, Title.@Nullable Kind kind, boolean ministry, boolean inherit,
      boolean envoy, boolean needsOrg, String en) {}

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
  record Org(String name, Title.Kind kind, Place place, @Nullable String parent,
      @Nullable String countryCode, String en) {}

  /** A country: its canonical short name and ISO code. */
  record Country(String name, String code) {}

  /** A provincial-level unit: name, unit word ("tỉnh" or "thành phố"), English name. */
  record Province(String name, String unit, String en) {}

  /** What a context word does around a title. */
  enum Use {
    PLURAL, GENERIC, SKIP, CHAIN, POSTING, ENVOY_FILLER, NOT_COUNT, COMPANY
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
        if (t.isWord() && t.text().length() >= 2 && t.isAllCaps()) {
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
  final ImmutableMap<String, Org> orgByName;
  final ImmutableMap<String, Country> countryByCode;

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
    this.orgByName = ImmutableMap.copyOf(b.orgByName);
    this.countryByCode = ImmutableMap.copyOf(b.countryByCode);
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

  private static TitleLexicon load() {
    Builder b = new Builder();
    Tsv t = Tsv.load(DIR + "roles.tsv");
    for (List<String> r : t.rows()) {
      List<String> flags = List.of(cell(t, r, "flags").split(","));
      put(b.roles, cell(t, r, "name"), new Role(cell(t, r, "role"), kind(cell(t, r, "kind")),
          flags.contains("ministry"), flags.contains("inherit"), flags.contains("envoy"),
          flags.contains("needs-org"), cell(t, r, "en")));
    }
    t = Tsv.load(DIR + "offices.tsv");
    for (List<String> r : t.rows()) {
      put(b.offices, cell(t, r, "name"), new Office(cell(t, r, "title"), cell(t, r, "role"),
          opt(cell(t, r, "org")), kind(cell(t, r, "kind")), cell(t, r, "en")));
    }
    t = Tsv.load(DIR + "organizations.tsv");
    for (List<String> r : t.rows()) {
      Title.Kind kind = kind(cell(t, r, "kind"));
      Org o = new Org(cell(t, r, "org"), kind == null ? Title.Kind.STATE : kind,
          Place.valueOf(placeName(cell(t, r, "place"))), opt(cell(t, r, "parent")),
          opt(cell(t, r, "country")), cell(t, r, "en"));
      put(b.orgs, cell(t, r, "name"), o);
      b.orgByName.putIfAbsent(o.name(), o);
    }
    t = Tsv.load(DIR + "international-organizations.tsv");
    for (List<String> r : t.rows()) {
      Org o = new Org(cell(t, r, "canonical"), Title.Kind.INTERNATIONAL, Place.NONE, null, null,
          cell(t, r, "en"));
      put(b.orgs, cell(t, r, "name"), o);
      b.orgByName.putIfAbsent(o.name(), o);
    }
    t = Tsv.load(DIR + "ministry-short-names.tsv");
    for (List<String> r : t.rows()) {
      Org o = b.orgByName.get(cell(t, r, "org"));
      if (o == null) {
        throw new IllegalStateException("ministry-short-names.tsv names an unknown organization: "
            + cell(t, r, "org"));
      }
      put(b.ministryShort, cell(t, r, "name"), o);
    }
    t = Tsv.load(DIR + "countries.tsv");
    for (List<String> r : t.rows()) {
      Country c = new Country(cell(t, r, "canonical"), cell(t, r, "code"));
      put(b.countries, cell(t, r, "name"), c);
      b.countryByCode.putIfAbsent(c.code(), c);
    }
    t = Tsv.load(DIR + "provinces.tsv");
    Map<String, Province> byName = new HashMap<>();
    for (List<String> r : t.rows()) {
      Province p = new Province(cell(t, r, "name"), cell(t, r, "unit"), cell(t, r, "en"));
      byName.put(p.name(), p);
      put(b.provinces, p.name(), p);
    }
    t = Tsv.load(DIR + "province-aliases.tsv");
    for (List<String> r : t.rows()) {
      Province p = byName.get(cell(t, r, "name"));
      if (p != null) {
        put(b.provinces, cell(t, r, "alias"), p);
      }
    }
    t = Tsv.load(DIR + "place-units.tsv");
    for (List<String> r : t.rows()) {
      put(b.placeUnits, cell(t, r, "word"), cell(t, r, "unit"));
    }
    t = Tsv.load(DIR + "statuses.tsv");
    for (List<String> r : t.rows()) {
      put(b.statuses, cell(t, r, "word"), new StatusWord(
          Title.Status.valueOf(cell(t, r, "status")), "before".equals(cell(t, r, "position"))));
    }
    t = Tsv.load(DIR + "context-words.tsv");
    for (List<String> r : t.rows()) {
      put(b.context, cell(t, r, "word"),
          Use.valueOf(cell(t, r, "use").toUpperCase(Locale.ROOT).replace('-', '_')));
    }
    t = Tsv.load(DIR + "not-titles.tsv");
    for (List<String> r : t.rows()) {
      put(b.notTitles, cell(t, r, "phrase"), cell(t, r, "why"));
    }
    t = Tsv.load("/org/vietparse/official/surnames.tsv");
    for (List<String> r : t.rows()) {
      b.surnames.add(cell(t, r, "surname").toLowerCase(Locale.ROOT));
    }
    return new TitleLexicon(b);
  }

  private static <V> void put(PhraseTrie.Builder<Form<V>> trie, String phrase, V value) {
    trie.put(phrase, Form.of(phrase, value));
  }

  private static String placeName(String s) {
    return "-".equals(s) ? "NONE" : s.toUpperCase(Locale.ROOT);
  }

  private static String cell(Tsv t, List<String> row, String column) {
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
    final Map<String, Org> orgByName = new HashMap<>();
    final Map<String, Country> countryByCode = new HashMap<>();
  }
}
