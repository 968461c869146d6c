package org.vietparse.internal.title;

import com.google.common.collect.ListMultimap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vietparse.Span;
import org.vietparse.TitleMention;
import org.vietparse.internal.Document;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.title.TitleLexicon.Country;
import org.vietparse.internal.title.TitleLexicon.Office;
import org.vietparse.internal.title.TitleLexicon.Org;
import org.vietparse.internal.title.TitleLexicon.Place;
import org.vietparse.internal.title.TitleLexicon.Province;
import org.vietparse.internal.title.TitleLexicon.Role;
import org.vietparse.internal.title.TitleLexicon.StatusWord;
import org.vietparse.internal.title.TitleLexicon.Use;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;
import org.vietparse.title.Title;

/**
 * Finds TITLE mentions: a small left-to-right grammar over tokens,
 * {@code [status] (office | role [organization [place]] ) [party] [country] [posting] [status]},
 * then a pass over chains of titles ("Tổng Bí thư, Chủ tịch nước"; "Giám đốc Sở Tài chính và
 * Phó Giám đốc Sở Y tế TP Đà Nẵng") that shares a trailing place, country or organization with
 * the titles before it and drops plural or generic uses ("các Đại sứ, Trưởng Cơ quan đại diện").
 * Every step looks ahead a bounded number of tokens, so the cost is linear in the text.
 *
 * <p>{@link #find} returns the titles as {@link TitleHits}, which the official stage reads.
 * Immutable and thread-safe.
 */
public final class TitleRecognizer {
  /** Longest local place name read after a unit word ("huyện Nam Đàn"). */
  private static final int MAX_LOCAL_NAME = 3;
  /** Longest name read after a head word ("Tập đoàn Điện lực Việt Nam"). */
  private static final int MAX_COMPANY_NAME = 10;
  /** Most lower-case words in a row inside such a name ("Cục Quản lý thị trường tỉnh X"). */
  private static final int MAX_LOWER_IN_NAME = 4;
  /** Most lower-case words in a row between two capitalized ones of such a name. */
  private static final int MAX_LOWER_INSIDE_NAME = 8;
  /** Most tokens between two titles that a plural use still carries over. */
  private static final int MAX_LOOSE_GAP = 4;

  private final TitleLexicon lex;

  private TitleRecognizer(TitleLexicon lex) {
    this.lex = lex;
  }

  /** The recognizer with the bundled lexicons. */
  public static TitleRecognizer create() {
    return new TitleRecognizer(TitleLexicon.bundled());
  }

  /**
   * The recognizer with the bundled lexicons and a user's entries.
   *
   * @param entries lexicon file name ("roles.tsv"…) → TSV texts in that file's format
   * @throws IllegalArgumentException if the entries do not fit their lexicon
   */
  public static TitleRecognizer create(ListMultimap<String, String> entries) {
    return new TitleRecognizer(TitleLexicon.withEntries(entries));
  }

  /**
   * Checks the shape of a user's entries for a title lexicon, as {@link #create(ListMultimap)}
   * will read them.
   *
   * @throws IllegalArgumentException if the file is unknown or the entries malformed
   */
  public static void checkEntries(String lexicon, String tsv) {
    TitleLexicon.check(lexicon, tsv);
  }

  /**
   * The titles of a document, in token order: each as a TITLE mention and as a token range for
   * the officials that build on it. Plural and generic uses ("các Bộ trưởng") are left out.
   *
   * @param doc the document
   * @return the titles
   */
  public TitleHits find(Document doc) {
    List<Found> found = find(doc.folded(), doc.tokens());
    List<TitleHit> hits = new ArrayList<>();
    for (Found f : found) {
      if (f.generic) {
        continue;
      }
      Span span = doc.span(f.start, f.end);
      hits.add(new TitleHit(f.start, f.end,
          new TitleMention(span, doc.original(span), f.toTitle())));
    }
    return new TitleHits(hits);
  }

  /** Parses {@code text} as exactly one title expression. */
  public Optional<Title> parse(String text) {
    Objects.requireNonNull(text, "text");
    Document doc = Document.of(text);
    List<Token> tokens = doc.tokens();
    int n = tokens.size();
    while (n > 0 && tokens.get(n - 1).is('.')) {
      n--;
    }
    if (n == 0) {
      return Optional.empty();
    }
    List<Found> found = find(doc.folded(), tokens.subList(0, n));
    if (found.size() != 1) {
      return Optional.empty();
    }
    Found f = found.get(0);
    if (f.generic || f.start != 0 || f.end != n) {
      return Optional.empty();
    }
    return Optional.of(f.toTitle());
  }

  // ---------------------------------------------------------------------------------------------

  private List<Found> find(boolean folded, List<Token> ts) {
    Reader r = new Reader(ts, folded);
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < ts.size()) {
      PhraseTrie.Match<String> not = r.match(lex.notTitles, i);
      if (not != null) {
        i = not.end();
        continue;
      }
      Found f = r.title(i);
      if (f == null) {
        i++;
        continue;
      }
      out.add(f);
      i = f.end;
    }
    for (Found f : out) {
      Use before = r.genericBefore(f.start);
      // "các Phó Thủ tướng Trần Hồng Hà, Lê Thành Long": a plural title with the names of its
      // holders is the title of each of them.
      f.generic = before == Use.GENERIC || r.pluralAfter(f.end)
          || before == Use.PLURAL && !r.nameAt(f.end);
    }
    chains(r, out);
    return out;
  }

  /** Shares places, countries and organizations along chains of titles; spreads plurals. */
  private void chains(Reader r, List<Found> found) {
    for (int k = 1; k < found.size(); k++) {
      Found a = found.get(k - 1);
      Found b = found.get(k);
      if (r.abbreviates(a, b)) {
        b.generic = true;
      }
      if (a.generic && r.linked(a, b, MAX_LOOSE_GAP)) {
        b.generic = true;
      }
    }
    for (int k = found.size() - 2; k >= 0; k--) {
      Found a = found.get(k);
      Found b = found.get(k + 1);
      int gap = r.strictLink(a, b);
      if (gap < 0) {
        continue;
      }
      if (a.org != null && a.org.place() != Place.NONE && a.place == null && b.place != null) {
        a.place = b.place;
      }
      if (a.office == null && a.org == null && a.inherit && b.org != null) {
        Org target = b.org.parent() == null ? null : lex.orgByName.get(b.org.parent());
        if (target == null) {
          target = b.org;
          a.place = b.place;
        }
        a.org = target;
        a.orgPart = target.name();
      }
      boolean comma = gap == 1;
      if (comma && a.country == null && a.org == null && b.country != null) {
        a.country = b.country;
      }
    }
  }

  /** A place after an organization: a province or city, or a district, ward or commune. */
  private record PlaceMatch(String name, @Nullable String unit, String en, int end) {
    String canonical(Place style) {
      if (style == Place.BARE || unit == null || name.isEmpty()) {
        return name.isEmpty() && unit != null ? unit : name;
      }
      if (unit.equals("thành phố")) {
        return "Thành phố " + name;
      }
      return unit + " " + name;
    }
  }

  /** A title being read; the chain pass may still change it. */
  private static final class Found {
    int start;
    int end;
    Title.@Nullable Status status;
    @Nullable Office office;
    String role = "";
    String roleEn = "";
    Title.@Nullable Kind roleKind;
    boolean inherit;
    @Nullable Org org;
    /** What follows the role in the canonical title: the organization, maybe merged. */
    @Nullable String orgPart;
    @Nullable PlaceMatch place;
    @Nullable Org party;
    @Nullable Country country;
    @Nullable String postedTo;
    boolean generic;

    Title toTitle() {
      Title t;
      if (office != null) {
        t = Title.of(office.title()).withRole(office.role()).withEnglish(office.en());
        if (office.org() != null) {
          t = t.withOrganization(office.org());
        }
        if (office.kind() != null) {
          t = t.withKind(office.kind());
        }
      } else {
        StringBuilder canonical = new StringBuilder(role);
        String orgName = null;
        if (org != null) {
          canonical.append(' ').append(orgPart);
          orgName = org.name();
          if (place != null) {
            String p = place.canonical(org.place());
            canonical.append(' ').append(p);
            orgName += " " + p;
          }
          if (party != null) {
            orgName += " " + party.name();
            if (party.countryCode() == null && country != null) {
              orgName += " " + country.name();
            }
          }
        }
        t = Title.of(canonical.toString()).withRole(role);
        if (orgName != null) {
          t = t.withOrganization(orgName);
        }
        Title.Kind kind = org != null && org.kind() != null ? org.kind() : roleKind;
        if (kind != null) {
          t = t.withKind(kind);
        }
        t = t.withEnglish(english());
      }
      if (country != null) {
        t = t.withCountry(country.name(), country.code());
      }
      if (postedTo != null) {
        t = t.withPostedTo(postedTo);
      }
      if (status != null) {
        t = t.withStatus(status);
      }
      return t;
    }

    private String english() {
      if (org == null) {
        return roleEn;
      }
      String orgEn = org.en();
      String placeEn = place == null ? "" : place.en();
      orgEn = orgEn.replace("{place}", placeEn).strip();
      String ministry = "Ministry of ";
      String out;
      int shared = sharedEnding(roleEn, orgEn);
      if (shared >= 0) {
        // "Chief of the Office" + "Office of the Party Central Committee"
        out = roleEn.substring(0, shared) + orgEn;
      } else if (orgEn.startsWith(ministry) && roleEn.contains("Minister")) {
        out = roleEn + " of " + orgEn.substring(ministry.length());
      } else if (org.name().equals(org.en())) {
        // A name read from the text has no English of its own.
        out = roleEn + " of " + orgEn;
      } else {
        out = roleEn + " of the " + orgEn;
      }
      if (party != null) {
        out += " of the " + party.en();
      }
      return out;
    }
  }

  /** Reads titles from one token list. */
  private final class Reader {
    private final List<Token> ts;
    private final boolean folded;
    /** Per token, the tries that hold a phrase beginning there ({@link TitleLexicon#bit}). */
    private final int[] starts;

    Reader(List<Token> ts, boolean folded) {
      this.ts = ts;
      this.folded = folded;
      this.starts = new int[ts.size()];
      for (int k = 0; k < starts.length; k++) {
        starts[k] = lex.startsAt(ts.get(k), folded);
      }
    }

    <V> PhraseTrie.@Nullable Match<V> match(PhraseTrie<TitleLexicon.Form<V>> trie, int i) {
      if (i >= ts.size() || (starts[i] & lex.bit(trie)) == 0) {
        return null;
      }
      PhraseTrie.Match<TitleLexicon.Form<V>> m = trie.longest(ts, i, folded);
      if (m == null) {
        return null;
      }
      long caps = m.value().caps();
      for (int k = 0; caps != 0 && k < m.end() - m.start(); k++, caps >>>= 1) {
        if ((caps & 1) != 0 && !ts.get(i + k).isAllCaps()) {
          return null;
        }
      }
      return new PhraseTrie.Match<>(m.value().value(), m.start(), m.end());
    }

    /** The title starting at token i, or null. */
    @Nullable Found title(int i) {
      int j = i;
      Title.Status status = null;
      PhraseTrie.Match<StatusWord> sw = match(lex.statuses, j);
      if (sw != null && sw.value().before()) {
        status = sw.value().status();
        j = sw.end();
      }
      PhraseTrie.Match<Role> rm = match(lex.roles, j);
      PhraseTrie.Match<Office> om = match(lex.offices, j);
      if (rm != null && splitsWord(rm.start(), rm.end())) {
        rm = null;
      }
      if (om != null && splitsWord(om.start(), om.end())) {
        om = null;
      }
      Found best = null;
      if (om != null) {
        best = new Found();
        best.office = om.value();
        best.end = om.end();
        best.inherit = false;
        extend(best, false);
      }
      if (rm != null) {
        Found f = fromRole(rm);
        if (f != null && (best == null || f.end > best.end)) {
          best = f;
        }
      }
      if (best == null) {
        return null;
      }
      best.start = i;
      if (best.status == null) {
        best.status = status;
      }
      return best;
    }

    private @Nullable Found fromRole(PhraseTrie.Match<Role> rm) {
      Role role = rm.value();
      Found f = new Found();
      f.role = role.role();
      f.roleEn = role.en();
      f.roleKind = role.kind();
      f.inherit = role.inherit();
      f.end = rm.end();
      PhraseTrie.Match<Org> sm = role.ministry() ? match(lex.ministryShort, rm.end()) : null;
      PhraseTrie.Match<Country> cm = match(lex.countries, rm.end());
      // The organization may begin inside the role ("Trưởng ban" + "Ban Đối ngoại Trung ương");
      // the reading that runs furthest wins, and among equals the one sharing more words.
      PhraseTrie.Match<Org> best = null;
      for (int k = rm.start() + 1; k <= rm.end(); k++) {
        PhraseTrie.Match<Org> om = match(lex.orgs, k);
        boolean other = k == rm.end() && om != null
            && (sm != null && sm.end() >= om.end() || cm != null && cm.end() > om.end());
        if (om != null && !other && (om.end() > rm.end() || k == rm.end())
            && (best == null || om.end() > best.end())) {
          best = om;
        }
      }
      if (best != null) {
        attach(f, best.value(), best.start(), rm.end());
        f.end = best.end();
      }
      if (f.org == null && sm != null) {
        attach(f, sm.value(), rm.end(), rm.end());
        f.end = sm.end();
      }
      if (f.org == null && cm == null) {
        named(f, role, rm.end());
        // The name may begin inside the role: "Trưởng Ban Chỉ đạo" is "Trưởng ban" + "Ban Chỉ
        // đạo", as "Trưởng ban Đối ngoại Trung ương" is with a lexicon organization.
        for (int k = rm.end() - 1; f.org == null && k > rm.start(); k--) {
          named(f, role, k);
        }
      }
      // "Trưởng Đoàn Việt Nam": a country stands for the organization of a delegation.
      boolean countryOnly = role.delegation() && cm != null && capitalized(rm.start())
          && capitalized(rm.end());
      if (f.org == null && role.needsOrg() && !countryOnly) {
        return null;
      }
      boolean lowerCase = !folded && !capitalized(rm.start());
      if (f.org != null && f.org.place() != Place.NONE) {
        PlaceMatch p = place(f.end, f.org.place());
        if (p != null) {
          f.place = p;
          f.end = p.end();
        }
      }
      extend(f, role.envoy());
      if (lowerCase && f.org == null && f.country == null && f.postedTo == null) {
        return null;
      }
      return f;
    }

    /**
     * Whether a phrase begins inside a compound word: its first word is in lower case but a
     * later one is capitalized ("nhiệm vụ Trưởng Đoàn" holds no "Vụ trưởng").
     */
    private boolean splitsWord(int from, int to) {
      if (folded || capitalized(from)) {
        return false;
      }
      for (int k = from + 1; k < to; k++) {
        if (capitalized(k)) {
          return true;
        }
      }
      return false;
    }

    /** Sets the organization; tokens [k, roleEnd) are shared by role and organization. */
    private void attach(Found f, Org org, int k, int roleEnd) {
      f.org = org;
      f.orgPart = org.name();
      int shared = roleEnd - k;
      if (shared == 0) {
        return;
      }
      List<String> orgWords = words(org.name());
      List<String> roleWords = words(f.role);
      boolean orgStarts = orgWords.size() > shared;
      boolean roleEnds = roleWords.size() > shared;
      for (int s = 0; s < shared; s++) {
        String w = ts.get(k + s).folded();
        orgStarts &= orgStarts && orgWords.get(s).equals(w);
        roleEnds &= roleEnds && roleWords.get(roleWords.size() - shared + s).equals(w);
      }
      if (orgStarts) {
        f.orgPart = dropWords(org.name(), shared);
      } else if (roleEnds) {
        f.role = keepWords(f.role, roleWords.size() - shared);
      }
    }

    /** Party, country, envoy posting and a trailing status after the head of a title. */
    private void extend(Found f, boolean envoy) {
      if (f.org != null) {
        party(f);
      }
      PhraseTrie.Match<Country> cm = match(lex.countries, f.end);
      if (cm != null && capitalized(f.end)) {
        f.country = cm.value();
        f.end = cm.end();
      } else if (f.party != null && f.party.countryCode() != null) {
        f.country = lex.countryByCode.get(f.party.countryCode());
      } else if (f.org != null && f.org.countryCode() != null) {
        f.country = lex.countryByCode.get(f.org.countryCode());
      }
      if (envoy) {
        posting(f);
      }
      PhraseTrie.Match<StatusWord> sw = match(lex.statuses, f.end);
      if (sw != null && !sw.value().before()) {
        f.status = sw.value().status();
        f.end = sw.end();
      }
    }

    /** A party named after a party organ: "Ban Chấp hành Trung ương Đảng Cộng sản Cuba". */
    private void party(Found f) {
      Org org = Objects.requireNonNull(f.org);
      int from = f.end;
      if (from > 0 && ts.get(from - 1).foldedIs("dang")) {
        from--;
      }
      PhraseTrie.Match<Org> pm = match(lex.orgs, from);
      // A party of one word ("Đảng") after an organization is no qualifier: in text without
      // diacritics it is also "đang".
      if (pm == null || pm.value().kind() != Title.Kind.PARTY || pm.end() <= f.end
          || pm.value() == org || from == f.end && pm.end() - from < 2) {
        return;
      }
      if (from < f.end) {
        String name = org.name();
        String suffix = " Đảng";
        if (name.endsWith(suffix)) {
          Org core = lex.orgByName.get(name.substring(0, name.length() - suffix.length()));
          if (core == null) {
            return;
          }
          f.org = core;
          f.orgPart = f.orgPart != null && f.orgPart.endsWith(suffix)
              ? f.orgPart.substring(0, f.orgPart.length() - suffix.length()) : core.name();
        }
      }
      f.party = pm.value();
      f.end = pm.end();
    }

    /** "tại Lào", "bên cạnh Liên hợp quốc", maybe after "đầu tiên". */
    private void posting(Found f) {
      int q = f.end;
      PhraseTrie.Match<Use> m = match(lex.context, q);
      if (m != null && m.value() == Use.ENVOY_FILLER) {
        q = m.end();
        m = match(lex.context, q);
      }
      if (m == null || m.value() != Use.POSTING) {
        return;
      }
      q = m.end();
      PhraseTrie.Match<Country> cm = match(lex.countries, q);
      if (cm != null && capitalized(q)) {
        f.postedTo = cm.value().name();
        f.end = cm.end();
        return;
      }
      PhraseTrie.Match<Org> om = match(lex.orgs, q);
      if (om != null && om.value().kind() == Title.Kind.INTERNATIONAL) {
        f.postedTo = om.value().name();
        f.end = om.end();
      }
    }

    /**
     * An organization named in the text after a head word: a company ("Tập đoàn Điện lực Việt
     * Nam"), a state agency ("Cục Hàng không Việt Nam") or another institution ("Bệnh viện Bạch
     * Mai", "Trường Đại học Bách khoa Hà Nội"); after a business role also a brand ("Vingroup",
     * "FPT") or a single name followed by a person's family name ("Vietjet Đinh…").
     */
    private void named(Found f, Role role, int q) {
      Title.Kind roleKind = role.kind();
      int roleEnd = f.end;
      if (q >= ts.size() || q == roleEnd && ts.get(q).newlineBefore()) {
        return;
      }
      PhraseTrie.Match<Use> head = match(lex.context, q);
      // Inside the role the organization's own capital shows where it begins ("Trưởng Ban Chỉ
      // đạo"), unlike "Chủ tịch Hội đồng trường Nguyễn…".
      if (q < roleEnd && (head == null || head.end() < roleEnd || !capitalized(q))) {
        return;
      }
      int end;
      Title.Kind kind = Title.Kind.BUSINESS;
      if (head != null && (head.value() == Use.COMPANY || head.value() == Use.AGENCY
          || head.value() == Use.INSTITUTION)) {
        kind = head.value() == Use.COMPANY ? Title.Kind.BUSINESS
            : head.value() == Use.AGENCY ? Title.Kind.STATE : roleKind;
        // Sentence case: "Tập đoàn Điện lực Việt Nam", "Vụ Tổ chức cán bộ". The name begins
        // with a capitalized word or a number and runs to punctuation, a family name, a word
        // that ends names ("cho", "đã", "và"…) or the end of the line; if it runs on too long in
        // lower case it ends on its last capitalized word. A longer lower-case run still belongs
        // to the name when a capitalized word closes it ("Viện Nghiên cứu quản lý kinh tế Trung
        // ương"): a name does not end in that many lower-case words.
        int k = head.end();
        int lastCapital = -1;
        int lower = 0;
        boolean clean = true;
        while (true) {
          if (k >= ts.size() || ts.get(k).newlineBefore()) {
            clean = lower <= MAX_LOWER_IN_NAME;
            break;
          }
          Token t = ts.get(k);
          PhraseTrie.Match<Use> stop = match(lex.context, k);
          boolean nameLike = capitalized(k) || t.isNumber();
          boolean stopWord = stop != null && (stop.value() == Use.NAME_END
              || stop.value() == Use.POSTING || stop.value() == Use.SKIP
              || stop.value() == Use.PLURAL);
          if (k > head.end() && titleAt(k)) {
            clean = false;
            break;
          }
          if (!t.isWord() && !t.isNumber() || stopWord && !nameLike) {
            clean = lower <= MAX_LOWER_IN_NAME;
            break;
          }
          if (k == head.end() && !nameLike || k - head.end() >= MAX_COMPANY_NAME) {
            clean = k > head.end() && lower <= MAX_LOWER_IN_NAME;
            break;
          }
          // A person's name then a lower-case word: the sentence goes on past the name
          // ("Công ty Sữa Việt Nam Nguyễn Văn Bình ký…").
          if (!nameLike && lower == 0 && personStart(head.end() + 1, k) < k) {
            break;
          }
          if (nameLike) {
            lower = 0;
            lastCapital = k + 1;
          } else if (++lower > MAX_LOWER_INSIDE_NAME) {
            clean = false;
            break;
          }
          k++;
        }
        if (lastCapital < 0) {
          return;
        }
        end = personStart(head.end() + 1, clean ? k : lastCapital);
      } else if (q < roleEnd) {
        return;
      } else if (role.company() && roleKind == Title.Kind.BUSINESS
          && (brandLike(ts.get(q)) || beforeFamilyName(q)) || role.company() && soleBrand(q)) {
        end = q + 1;
      } else {
        return;
      }
      StringBuilder name = new StringBuilder();
      for (int k = q; k < end; k++) {
        Token t = ts.get(k);
        if (k > q && t.spaceBefore()) {
          name.append(' ');
        }
        name.append(t.text());
      }
      String s = name.toString();
      attach(f, new Org(s, kind, Place.NONE, null, null, s), q, roleEnd);
      f.end = end;
    }

    /**
     * Where a person's name at the end of [from, end) begins, or end: a family name followed by
     * capitalized words to the end, two to four words in all, three preferred ("Bệnh viện Bạch
     * Mai Đào Xuân Cơ" → "Đào Xuân Cơ").
     */
    private int personStart(int from, int end) {
      int best = end;
      int bestScore = Integer.MAX_VALUE;
      for (int p = end - 2; p >= from && p >= end - 4; p--) {
        boolean allCapitalized = true;
        for (int k = p; k < end && allCapitalized; k++) {
          allCapitalized = capitalized(k) && ts.get(k).isWord();
        }
        if (!allCapitalized) {
          break;
        }
        int score = Math.abs(end - p - 3);
        if (surnameAt(p) > 0 && score < bestScore) {
          best = p;
          bestScore = score;
        }
      }
      return best;
    }

    /** A role or office begins at k. */
    private boolean titleAt(int k) {
      return match(lex.roles, k) != null || match(lex.offices, k) != null;
    }

    /** A capitalized word, not a family name, followed by a family name: "Vietjet Đinh…". */
    private boolean beforeFamilyName(int q) {
      return q + 1 < ts.size() && capitalized(q) && ts.get(q).isWord() && surnameAt(q) == 0
          && capitalized(q + 1) && !ts.get(q + 1).newlineBefore() && surnameAt(q + 1) > 0;
    }

    /**
     * How many words of a family name begin at k: 2 for "Công Tôn", "Tôn Thất" (followed by a
     * capitalized word), 1 for "Nguyễn", 0 for none.
     */
    int surnameAt(int k) {
      if (k >= ts.size() || !capitalized(k)) {
        return 0;
      }
      int start = lex.surnameStart(ts.get(k));
      if ((start & 2) != 0 && k + 2 < ts.size() && capitalized(k + 1) && capitalized(k + 2)
          && ts.get(k + 1).spaceBefore() && !ts.get(k + 1).newlineBefore()
          && lex.surnames.contains(ts.get(k).lower() + " " + ts.get(k + 1).lower())) {
        return 2;
      }
      return start & 1;
    }

    /**
     * A company named by one word that is no Vietnamese syllable and no name's start, before a
     * lower-case word of the sentence: "Chủ tịch Vinamilk cho biết", "Tổng Giám đốc Vietjet nói".
     * At the end of a text ("CEO Nvidia") or before a name particle ("Ursula von der Leyen") the
     * word may as well be a person's name.
     */
    private boolean soleBrand(int q) {
      if (!capitalized(q) || surnameAt(q) > 0 || Syllables.isVietnamese(ts.get(q).folded())) {
        return false;
      }
      int next = q + 1;
      if (next >= ts.size() || ts.get(next).newlineBefore()) {
        return false;
      }
      Token t = ts.get(next);
      return t.isWord() && !capitalized(next) && !lex.nameParticles.contains(t.lower());
    }

    /** A word that names a company on its own: "FPT", "VinFast", "Vietcombank", "Vingroup". */
    private boolean brandLike(Token t) {
      if (!t.isWord() || t.length() < 2) {
        return false;
      }
      if (t.isAllCaps()) {
        return true;
      }
      String s = t.text();
      for (int k = 1; k < s.length(); k++) {
        if (Character.isUpperCase(s.charAt(k))) {
          return t.isCapitalized();
        }
      }
      return t.isCapitalized() && (t.lower().endsWith("bank") || t.lower().endsWith("group"));
    }

    /** A place after an organization that takes one. */
    private @Nullable PlaceMatch place(int q, Place style) {
      if (q >= ts.size() || ts.get(q).newlineBefore()) {
        return null;
      }
      PhraseTrie.Match<Province> pm = match(lex.provinces, q);
      if (pm != null && capitalized(q)) {
        Province p = pm.value();
        return new PlaceMatch(p.name(), p.unit(), p.en(), pm.end());
      }
      PhraseTrie.Match<String> um = match(lex.placeUnits, q);
      if (um == null) {
        return style == Place.BARE ? localName(q, null) : null;
      }
      int r = um.end();
      String unit = um.value();
      if (unit.equals("tỉnh") || unit.equals("thành phố")) {
        pm = match(lex.provinces, r);
        if (pm != null && capitalized(r)) {
          Province p = pm.value();
          return new PlaceMatch(p.name(), p.unit(), p.en(), pm.end());
        }
      }
      PlaceMatch local = localName(r, unit);
      // "Chủ tịch UBND tỉnh cho biết": the unit alone still belongs to the title.
      return local != null ? local : new PlaceMatch("", unit, "", r);
    }

    /**
     * A district, ward or commune name: capitalized words (or a number, "Quận 1"); a bare name,
     * with no unit word before it, must not begin with a family name.
     */
    private @Nullable PlaceMatch localName(int r, @Nullable String unit) {
      int end = r;
      while (end < ts.size() && end - r < MAX_LOCAL_NAME && !ts.get(end).newlineBefore()) {
        Token t = ts.get(end);
        boolean first = end == r;
        boolean ok = t.isWord() && t.isCapitalized() || first && unit != null && t.isNumber();
        // A province-level unit not in the lexicon followed by a family name is a person:
        // "Chủ tịch UBND tỉnh Trần Văn An" names the chairman, not a place.
        boolean personFirst = unit == null || unit.equals("tỉnh") || unit.equals("thành phố");
        // Past the first word a family name starts a person only with a name after it: "huyện
        // Gia Lâm," is a place, "huyện Nam Đàn Nguyễn Văn An" a place and a person.
        boolean person = (lex.surnameStart(t) & 1) != 0
            && (first || end + 1 < ts.size() && capitalized(end + 1)
                && !ts.get(end + 1).newlineBefore());
        if (!ok || (!first || personFirst) && person) {
          break;
        }
        end++;
      }
      if (end == r) {
        return null;
      }
      StringBuilder name = new StringBuilder();
      for (int k = r; k < end; k++) {
        if (k > r) {
          name.append(' ');
        }
        name.append(ts.get(k).text());
      }
      return new PlaceMatch(name.toString(), unit, name.toString(), end);
    }

    private boolean capitalized(int i) {
      Token t = ts.get(i);
      return t.isWord() && (t.isCapitalized() || t.isAllCaps());
    }

    /**
     * What the words before token {@code start} make of the title: {@link Use#PLURAL} (a plural
     * word or a count), {@link Use#GENERIC}, or null for neither.
     */
    @Nullable Use genericBefore(int start) {
      int b = start;
      for (int hops = 0; hops < 4 && b > 0; hops++) {
        if (ts.get(b).newlineBefore()) {
          return null;
        }
        Use use = null;
        int from = -1;
        for (int q = Math.max(0, b - 3); q < b && use == null; q++) {
          PhraseTrie.Match<Use> m = match(lex.context, q);
          if (m != null && m.end() == b) {
            use = m.value();
            from = q;
          }
        }
        if (use == Use.SKIP) {
          b = from;
          continue;
        }
        if (use == Use.PLURAL || use == Use.GENERIC) {
          return use;
        }
        return use == null && isCount(b - 1) ? Use.PLURAL : null;
      }
      return null;
    }

    /** A Vietnamese person's name begins at k: a family name and a capitalized word after it. */
    boolean nameAt(int k) {
      int s = surnameAt(k);
      return s > 0 && !ts.get(k).newlineBefore() && k + s < ts.size() && capitalized(k + s)
          && !ts.get(k + s).newlineBefore();
    }

    /** A plural word right after a title: "Chủ tịch UBND các xã" speaks of many offices. */
    boolean pluralAfter(int end) {
      PhraseTrie.Match<Use> m = match(lex.context, end);
      return m != null && m.value() == Use.PLURAL && !ts.get(end).newlineBefore()
          && !ts.get(end).isCapitalized();
    }

    /** A bare number of people before a title: "109 Trưởng cơ quan đại diện". */
    private boolean isCount(int k) {
      Token t = ts.get(k);
      if (!t.isNumber() || k > 0 && ts.get(k - 1).kind() == Token.Kind.PUNCT && !t.spaceBefore()) {
        return false;
      }
      if (k > 0) {
        Token prev = ts.get(k - 1);
        if (prev.kind() == Token.Kind.PUNCT && !prev.is(',')) {
          return false;
        }
        PhraseTrie.Match<Use> m = match(lex.context, k - 1);
        if (m != null && m.value() == Use.NOT_COUNT && m.end() == k) {
          return false;
        }
      }
      return true;
    }

    /**
     * How two titles are joined: 1 for a comma alone, 2 for "và", "kiêm" and the like (maybe
     * with "các": "Chủ tịch và các Phó Chủ tịch Quốc hội"), -1 when they are not joined.
     */
    int strictLink(Found a, Found b) {
      int gap = b.start - a.end;
      if (gap < 1 || gap > 3 || ts.get(b.start).newlineBefore()) {
        return -1;
      }
      for (int k = a.end; k < b.start; k++) {
        PhraseTrie.Match<Use> m = match(lex.context, k);
        if (m == null || m.value() != Use.CHAIN && m.value() != Use.PLURAL) {
          return -1;
        }
        k = m.end() - 1;
      }
      return gap == 1 && ts.get(a.end).is(',') ? 1 : 2;
    }

    /** Whether b is a's abbreviation in parentheses: "đại biểu Quốc hội (ĐBQH)". */
    boolean abbreviates(Found a, Found b) {
      return b.start == a.end + 1 && ts.get(a.end).is('(') && b.end < ts.size()
          && ts.get(b.end).is(')') && a.toTitle().canonical().equals(b.toTitle().canonical());
    }

    /** Whether b follows a within a few lower-case words ending in a chain word. */
    boolean linked(Found a, Found b, int maxGap) {
      int gap = b.start - a.end;
      if (gap < 1 || gap > maxGap) {
        return false;
      }
      for (int k = a.end; k <= b.start; k++) {
        if (ts.get(k).newlineBefore()) {
          return false;
        }
        if (k < b.start && ts.get(k).isWord() && ts.get(k).isCapitalized()) {
          return false;
        }
      }
      PhraseTrie.Match<Use> m = match(lex.context, b.start - 1);
      return m != null && m.value() == Use.CHAIN;
    }
  }

  /** Where a word-final part of {@code role} begins that {@code org} also begins with, or -1. */
  private static int sharedEnding(String role, String org) {
    for (int k = role.indexOf(' '); k >= 0; k = role.indexOf(' ', k + 1)) {
      String tail = role.substring(k + 1);
      if (org.startsWith(tail + " ")) {
        return k + 1;
      }
    }
    return -1;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (Token t : VietText.of(s).tokens()) {
      out.add(t.folded());
    }
    return out;
  }

  private static String dropWords(String s, int n) {
    String[] parts = s.split(" ");
    return String.join(" ", Arrays.asList(parts).subList(Math.min(n, parts.length),
        parts.length));
  }

  private static String keepWords(String s, int n) {
    String[] parts = s.split(" ");
    return n <= 0 ? s
        : String.join(" ", Arrays.asList(parts).subList(0, Math.min(n, parts.length)));
  }
}
