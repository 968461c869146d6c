package org.vietparse.internal.official;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.official.PersonName;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * Joins titles and names into officials, left to right over the tokens, with a look-ahead bounded
 * by one title chain and one name:
 * <ul>
 *   <li>a title chain (titles joined by "," or "kiêm"), optionally ", " and an honorific, then a
 *       name: "Tổng Bí thư, Chủ tịch nước Tô Lâm", "Thứ trưởng Bộ Công Thương, ông Đỗ Thắng Hải";
 *   <li>an honorific and a name: "ông Valaxay Lengsavad", "PGS.TS. Nguyễn Văn A";
 *   <li>a bare name of two or more words with titles in apposition: "Souphanh Keomixay, Ủy viên
 *       Trung ương Đảng".
 * </ul>
 * After the name come an optional transliteration in parentheses (the alias) and titles in
 * apposition after a comma or a dash, unless those titles are followed by a name of their own
 * (then they begin the next official).
 */
final class OfficialGrammar {
  /**
   * A title found by the title recognizer: tokens {@code [start, end)}; {@code companyOffice}
   * when it is a company office named without its company ("Tổng Giám đốc", "CEO");
   * {@code specific} when it names its organization or country ("Chủ tịch UBND tỉnh B").
   */
  record TitleRange(int start, int end, boolean companyOffice, boolean specific) {
    TitleRange(int start, int end) {
      this(start, end, false, false);
    }
  }

  /**
   * An official found: tokens {@code [start, end)}, the name's tokens, the indices of its titles
   * in the title list, the canonical honorific and the alias (null when absent),
   * {@code fullEnd}, the end including a trailing alias, and {@code cut}, the chars of the last
   * token that the official ends with when the name was glued to the next word (0: all).
   */
  record Found(int start, int end, int fullEnd, PersonName name, ImmutableList<Integer> titles,
      @Nullable String honorific, @Nullable String alias, int cut) {
    Found(int start, int end, int fullEnd, PersonName name, ImmutableList<Integer> titles,
        @Nullable String honorific, @Nullable String alias) {
      this(start, end, fullEnd, name, titles, honorific, alias, 0);
    }
  }

  private record Chain(ImmutableList<Integer> titles, int end) {}

  private record Tail(int end, int fullEnd, ImmutableList<Integer> titles,
      @Nullable String alias) {}

  private static final int MAX_ALIAS_TOKENS = 16;
  /** Longest remark in parentheses between a name and its titles ("(73 tuổi)"). */
  private static final int MAX_REMARK_TOKENS = 8;
  /**
   * Most tokens from a bare name's start to its titles: six name words of a few tokens each
   * (hyphens, initials, particles) and an alias in parentheses. Farther titles are none of its.
   */
  private static final int MAX_BARE_SPAN = 64;
  private static final int MAX_ORGANIZATION_WORDS = 10;
  /** Longer chains keep their last titles, so that a long list costs linear time. */
  static final int MAX_CHAIN = 8;

  private final NameLexicon lex;
  private final List<Token> tokens;
  private final List<TitleRange> titles;
  private final boolean folded;
  /** Index into {@code titles} of the title starting at each token, or -1. */
  private final int[] titleAt;
  /**
   * The tokens, in text order, where a title follows a comma, a dash or an opening parenthesis
   * on the same line, as a bare name's titles do ("Tô Lâm, Tổng Bí thư", "Lê Văn B (cựu Giám
   * đốc …)"). A document has a few dozen titles, so these are kept, not a mark per token.
   */
  private final int[] appositions;
  /**
   * For each of {@link #appositions}, the last token before it that begins a line, or a token
   * farther back than {@link #MAX_BARE_SPAN} when none begins one that near: a bare name on
   * an earlier line has no titles there.
   */
  private final int[] appositionLines;
  private final NameReader names;

  OfficialGrammar(NameLexicon lex, VietText text, boolean folded, List<TitleRange> titles) {
    this.lex = lex;
    this.tokens = text.tokens();
    this.titles = titles;
    this.folded = folded;
    this.titleAt = new int[tokens.size()];
    Arrays.fill(titleAt, -1);
    for (int t = 0; t < titles.size(); t++) {
      TitleRange r = titles.get(t);
      if (r.start() >= 0 && r.start() < tokens.size() && r.end() > r.start()
          && r.end() <= tokens.size() && titleAt[r.start()] < 0) {
        titleAt[r.start()] = t;
      }
    }
    this.names = new NameReader(lex, text, folded, titleAt);
    int[] at = new int[titles.size()];
    int n = 0;
    for (int t = 0; t < titles.size(); t++) {
      int k = titles.get(t).start();
      // each title start once: the title the index keeps there
      if (k > 0 && k < tokens.size() && titleAt[k] == t
          && !tokens.get(k).newlineBefore()
          && (separates(tokens.get(k - 1)) || tokens.get(k - 1).is('('))) {
        at[n++] = k;
      }
    }
    this.appositions = Arrays.copyOf(at, n);
    Arrays.sort(appositions);
    this.appositionLines = new int[n];
    for (int a = 0; a < n; a++) {
      int j = appositions[a];
      int line = j - MAX_BARE_SPAN - 1;
      for (int m = j - 1; m > line && m >= 0; m--) {
        if (tokens.get(m).newlineBefore()) {
          line = m;
          break;
        }
      }
      appositionLines[a] = line;
    }
  }

  /**
   * Whether titles in apposition follow token {@code k} closely enough to be a bare name's
   * there: the first of {@link #appositions} after {@code k} is at most {@link #MAX_BARE_SPAN}
   * tokens on, with no line break between.
   */
  boolean appositionNear(int k) {
    int a = Arrays.binarySearch(appositions, k + 1);
    if (a < 0) {
      a = -a - 1;
    }
    return a < appositions.length && appositions[a] - k <= MAX_BARE_SPAN
        && appositionLines[a] <= k;
  }

  /**
   * Whether an official may start at token {@code k}: a title starts there, an honorific's first
   * word or a bare name's capital stands there; {@link #at} finds nothing at any other token.
   */
  private boolean mayStart(int k) {
    if (titleAt[k] >= 0) {
      return true;
    }
    Token t = tokens.get(k);
    return t.isCapitalized() && appositionNear(k) || lex.honorifics.mayStart(t, folded);
  }

  /** A comma, or a dash with a space before it, as between a name and its titles. */
  private static boolean separates(Token sep) {
    return sep.is(',') || sep.isDash() && sep.spaceBefore();
  }

  /** Every official, in text order, not overlapping. */
  List<Found> findAll() {
    return findAll(true);
  }

  /**
   * Every official; with {@code filtered}, {@link #at} is asked only where {@link #mayStart}
   * allows, else at every token (for the tests that compare the two).
   */
  List<Found> findAll(boolean filtered) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (filtered && !mayStart(i)) {
        i++;
        continue;
      }
      Found f = at(i);
      if (f != null) {
        out.add(f);
        // The alias is read: nothing inside its parentheses starts another official.
        i = Math.max(f.fullEnd(), i + 1);
        for (Found m = listMember(f, i); m != null; m = listMember(f, i)) {
          out.add(m);
          i = m.fullEnd();
        }
      } else if (titleAt[i] >= 0) {
        i = titles.get(titleAt[i]).end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The official that starts exactly at token {@code i}, or null. */
  @Nullable Found at(int i) {
    PhraseTrie.Match<NameLexicon.Honorific> h = Honorifics.at(lex, tokens, i, folded);
    int t = titleAt[i];
    // A rank the title lexicon also knows ("Đại tướng") is an honorific when it is all the title.
    if (t >= 0 && !(h != null && h.end() == titles.get(t).end())) {
      Found f = afterChain(i, chain(i), null);
      if (f != null) {
        return f;
      }
    }
    if (h != null && honorificMayStart(i, h)) {
      Found f = afterHonorific(i, h);
      if (f != null) {
        return f;
      }
    }
    if (t < 0 && h == null && appositionNear(i) && bareMayStart(i)) {
      return bare(i);
    }
    return null;
  }

  /**
   * The next name of a list after one title chain, each holding those titles: "các Phó Thủ tướng
   * Trần Hồng Hà, Lê Thành Long và Hồ Đức Phớc". Only a Vietnamese name of two or more words
   * after "," or "và", when {@code first} has no titles after its name; the span is the name,
   * since the title belongs to the first official.
   */
  private @Nullable Found listMember(Found first, int k) {
    ImmutableList<Integer> ts = first.titles();
    if (ts.isEmpty() || first.honorific() != null || titleAt[first.start()] < 0
        || titles.get(ts.get(ts.size() - 1)).end() >= first.end() || k + 1 >= tokens.size()) {
      return null;
    }
    Token sep = tokens.get(k);
    // on a line in capitals "VÀ ĐOÀN CÔNG TÁC" looks like "và Đoàn Công Tác"
    if (!sep.is(',') && !sep.foldedIs("va") || tokens.get(k + 1).newlineBefore()
        || titleAt[k + 1] >= 0 || sep.caseless()) {
      return null;
    }
    NameReader.Name n = names.vietnameseAt(k + 1, false);
    if (n == null) {
      return null;
    }
    // A name with titles of its own in apposition is an official of its own.
    Found f = finish(n.start(), ImmutableList.of(), n, null);
    return f.titles().isEmpty()
        ? new Found(f.start(), f.end(), f.fullEnd(), f.name(), ts, null, f.alias()) : null;
  }

  private @Nullable Found afterChain(int start, Chain chain, @Nullable String honorific) {
    int q = chain.end();
    if (q >= tokens.size() || tokens.get(q).newlineBefore()) {
      return null;
    }
    // A country or province the title grammar left out: "Tổng thống Mỹ Joe Biden".
    PhraseTrie.Match<Boolean> place = lex.places.longest(tokens, q, folded);
    if (place != null && lex.surnames.longest(tokens, q, folded) == null
        && place.end() < tokens.size() && !tokens.get(place.end()).newlineBefore()) {
      q = place.end();
    }
    String hon = honorific;
    int k = q;
    if (tokens.get(k).is(',') && k + 1 < tokens.size() && !tokens.get(k + 1).newlineBefore()) {
      k++;
    }
    PhraseTrie.Match<NameLexicon.Honorific> h = Honorifics.at(lex, tokens, k, folded);
    if (h != null && k > q && predicateBefore(start)) {
      // "Trên cương vị là Chủ tịch VCCI, ông A đã …": the comma ends the predicate.
      h = null;
    }
    if (h != null && h.end() < tokens.size() && !tokens.get(h.end()).newlineBefore()) {
      NameReader.Name n = names.read(h.end(), NameReader.Context.AFTER_HONORIFIC);
      if (n != null) {
        hon = h.value().canonical();
        return finish(start, chain.titles(), n, hon);
      }
    }
    NameReader.Name n = names.read(q, NameReader.Context.AFTER_TITLE);
    if (n == null) {
      n = afterOrganization(q);
    } else if (titles.get(chain.titles().get(chain.titles().size() - 1)).companyOffice()
        && !n.name().isStructured()) {
      n = afterCompany(n);
    }
    if (n == null) {
      return null;
    }
    return finish(start, chain.titles(), n, hon);
  }

  /** Whether a predicate word ("là", "giữ chức") ends right before token {@code start}. */
  private boolean predicateBefore(int start) {
    for (int q = Math.max(0, start - 3); q < start; q++) {
      PhraseTrie.Match<Boolean> m = lex.predicates.longest(tokens, q, folded);
      if (m != null && m.end() == start) {
        return true;
      }
    }
    return false;
  }

  /**
   * After a company office named without its company, a foreign first word is the company:
   * "Tổng Giám đốc Vietjet cho biết" has no name, "CEO Apple Tim Cook" is Tim Cook; a name of two
   * words ("CEO Tim Cook") stays whole.
   */
  private NameReader.@Nullable Name afterCompany(NameReader.Name n) {
    if (n.words() == 1) {
      return null;
    }
    if (n.words() == 2) {
      return n;
    }
    int second = names.unitEnd(n.start());
    return second < 0 ? n : names.read(second, NameReader.Context.AFTER_TITLE);
  }

  /**
   * The Vietnamese name after an organization the title grammar did not take into the title:
   * "Cục trưởng Cục Quản lý Dược Vũ Tuấn Cường". The organization must start with an
   * organization word ("Cục", "Viện", "Ban") and hold no place word ("phường", "tỉnh"), since
   * a ward or a street may be named after a person; the look-ahead is bounded.
   */
  private NameReader.@Nullable Name afterOrganization(int q) {
    if (q >= tokens.size() || !tokens.get(q).isCapitalized() || tokens.get(q).isAllCaps()
        || lex.stops.longest(tokens, q, folded) == null) {
      return null;
    }
    for (int k = q + 1; k < tokens.size() && k <= q + MAX_ORGANIZATION_WORDS; k++) {
      Token t = tokens.get(k);
      if (!t.isWord() || t.newlineBefore() || lex.isPlaceWord(t)
          || titleAt[k] >= 0) {
        return null;
      }
      NameReader.Name n = names.vietnameseAt(k);
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  private @Nullable Found afterHonorific(int start, PhraseTrie.Match<NameLexicon.Honorific> h) {
    int k = h.end();
    if (k >= tokens.size() || tokens.get(k).newlineBefore()) {
      return null;
    }
    String hon = h.value().canonical();
    // "Thượng tướng, Thứ trưởng Bộ Quốc phòng Hoàng Xuân Chiến": a rank, then a title chain.
    int c = tokens.get(k).is(',') && k + 1 < tokens.size() ? k + 1 : k;
    if (titleAt[c] >= 0 && !tokens.get(c).newlineBefore()) {
      Found f = afterChain(start, chain(c), hon);
      if (f != null) {
        return f;
      }
    }
    NameReader.Name n = names.read(k, NameReader.Context.AFTER_HONORIFIC);
    if (n == null) {
      return null;
    }
    // "phố Bà Triệu": a street named after someone is not an official.
    if (n.words() == 1 && start > 0 && afterPlaceWord(start)) {
      return null;
    }
    return finish(start, ImmutableList.of(), n, hon);
  }

  private @Nullable Found bare(int i) {
    NameReader.Name n = names.read(i, NameReader.Context.BARE);
    if (n == null) {
      return null;
    }
    Tail tail = tail(n.end());
    if (tail.titles().isEmpty()) {
      return null;
    }
    return new Found(i, tail.end(), tail.fullEnd(), n.name(), tail.titles(), null, tail.alias());
  }

  private Found finish(int start, ImmutableList<Integer> before, NameReader.Name n,
      @Nullable String honorific) {
    Tail tail = tail(n.end());
    // most officials have their titles on one side of the name only: no list to join then
    ImmutableList<Integer> all = tail.titles().isEmpty() ? before
        : before.isEmpty() ? tail.titles()
        : ImmutableList.<Integer>builder().addAll(before).addAll(tail.titles()).build();
    int cut = tail.end() == n.end() ? n.cut() : 0;
    return new Found(start, tail.end(), tail.fullEnd(), n.name(), all, honorific, tail.alias(),
        cut);
  }

  /**
   * What follows a name: an alias in parentheses, then titles in apposition: after a comma or a
   * dash, maybe past a remark in parentheses ("ông A (73 tuổi), cựu Giám đốc …"), or inside
   * parentheses, as court reports write defendants ("Lê Văn B (cựu Giám đốc Công ty C)").
   */
  private Tail tail(int nameEnd) {
    int p = nameEnd;
    String alias = null;
    int aliasEnd = aliasEnd(p);
    if (aliasEnd > 0) {
      alias = names.original(p + 1, aliasEnd - 1);
      p = aliasEnd;
    }
    if (p + 1 < tokens.size() && tokens.get(p).is('(') && !tokens.get(p + 1).newlineBefore()
        && titleAt[p + 1] >= 0) {
      Chain chain = chain(p + 1);
      if (chain.end() < tokens.size() && tokens.get(chain.end()).is(')')) {
        return new Tail(chain.end(), chain.end() + 1, chain.titles(), alias);
      }
    }
    int remark = remarkEnd(p);
    if (remark > 0) {
      p = remark;
    }
    if (p + 1 < tokens.size()) {
      Token sep = tokens.get(p);
      boolean comma = separates(sep);
      int c = p + 1;
      if (comma && !tokens.get(c).newlineBefore() && titleAt[c] >= 0) {
        Chain chain = chain(c);
        if (!nameFollows(chain.end())
            && (!sep.is(',') || closes(chain.end()) || specific(chain))) {
          return new Tail(chain.end(), chain.end(), chain.titles(), alias);
        }
      }
    }
    return new Tail(nameEnd, aliasEnd > 0 ? aliasEnd : nameEnd, ImmutableList.of(), alias);
  }

  /**
   * Whether a chain in apposition names its holder's office so fully that no closing comma is
   * needed ("ông A, Chủ tịch UBND tỉnh B cho biết"): two titles or more, or one with its
   * organization. "Theo ông A, Thủ tướng đã chỉ đạo" is a new clause whose subject is a title.
   */
  private boolean specific(Chain chain) {
    if (chain.titles().size() >= 2) {
      return true;
    }
    return titles.get(chain.titles().get(0)).specific();
  }

  /**
   * The end (after ')') of a short remark in parentheses with no title in it, as between a name
   * and its titles: "(73 tuổi)", "(bên trái)"; -1 when there is none.
   */
  private int remarkEnd(int p) {
    if (p >= tokens.size() || !tokens.get(p).is('(') || tokens.get(p).newlineBefore()) {
      return -1;
    }
    for (int k = p + 1; k < tokens.size() && k - p <= MAX_REMARK_TOKENS; k++) {
      Token t = tokens.get(k);
      if (t.newlineBefore() || titleAt[k] >= 0 || t.is('(')) {
        return -1;
      }
      if (t.is(')')) {
        return k > p + 1 ? k + 1 : -1;
      }
    }
    return -1;
  }

  /**
   * Whether titles after a comma end where an apposition ends: at punctuation, a line break, the
   * end, "và", or a capitalized word. "Theo ông A, Thủ tướng đã chỉ đạo …" is a new clause whose
   * subject is a title.
   */
  private boolean closes(int q) {
    if (q >= tokens.size() || tokens.get(q).newlineBefore()) {
      return true;
    }
    Token t = tokens.get(q);
    // A capitalized word goes on with an organization the title grammar did not take.
    return t.kind() == Token.Kind.PUNCT || t.isCapitalized() || t.lowerIs("và");
  }

  /**
   * Whether a name starts at {@code q}, after an optional place and an optional honorific. In a
   * list ("ông A, Phó Thủ tướng, bà B, Thứ trưởng") ", bà B" starts the next member, so a comma
   * and an honorific do not make the titles before them hers.
   */
  private boolean nameFollows(int q) {
    if (q >= tokens.size() || tokens.get(q).newlineBefore()) {
      return false;
    }
    PhraseTrie.Match<Boolean> place = lex.places.longest(tokens, q, folded);
    if (place != null && lex.surnames.longest(tokens, q, folded) == null) {
      q = place.end();
      if (q >= tokens.size() || tokens.get(q).newlineBefore()) {
        return false;
      }
    }
    PhraseTrie.Match<NameLexicon.Honorific> h = Honorifics.at(lex, tokens, q, folded);
    if (h != null && h.end() < tokens.size()
        && names.read(h.end(), NameReader.Context.AFTER_HONORIFIC) != null) {
      return true;
    }
    return names.read(q, NameReader.Context.AFTER_TITLE) != null;
  }

  /**
   * The end (after ')') of an alias in parentheses at {@code p}: capitalized words, hyphens and
   * apostrophes only, on one line, not an acronym ("ĐBQH"), a place or an organization; -1 when
   * there is none.
   */
  private int aliasEnd(int p) {
    if (p >= tokens.size() || !tokens.get(p).is('(') || tokens.get(p).newlineBefore()) {
      return -1;
    }
    int k = p + 1;
    int words = 0;
    while (k < tokens.size() && k - p <= MAX_ALIAS_TOKENS) {
      Token t = tokens.get(k);
      if (t.newlineBefore()) {
        return -1;
      }
      if (t.is(')')) {
        break;
      }
      if (t.isWord()) {
        boolean joined = k > p + 1 && !t.spaceBefore();
        if (t.isAllCaps() || (!joined && !t.isCapitalized())) {
          return -1;
        }
        words++;
      } else if (!(t.isDash() || t.is('\'') || t.is('’'))) {
        return -1;
      }
      k++;
    }
    if (k >= tokens.size() || !tokens.get(k).is(')') || words == 0) {
      return -1;
    }
    if (lex.places.longest(tokens, p + 1, folded) != null
        || lex.stops.longest(tokens, p + 1, folded) != null
        || Honorifics.at(lex, tokens, p + 1, folded) != null) {
      return -1;
    }
    return k + 1;
  }

  /** Titles from {@code i} joined by ",", "kiêm" or ", kiêm". */
  private Chain chain(int i) {
    int t = titleAt[i];
    int end = titles.get(t).end();
    int next = nextInChain(end);
    if (next < 0) {
      // one title, as most chains are: no builder
      return new Chain(ImmutableList.of(t), end);
    }
    ImmutableList.Builder<Integer> out = ImmutableList.builder();
    out.add(t);
    int n = 1;
    for (int k = next; k >= 0 && n < MAX_CHAIN; k = nextInChain(end)) {
      out.add(titleAt[k]);
      end = titles.get(titleAt[k]).end();
      n++;
    }
    return new Chain(out.build(), end);
  }

  /**
   * The token where the next title of a chain starts after a title that ends at {@code end},
   * joined by ",", "kiêm" or ", kiêm"; -1 when the chain ends there.
   */
  private int nextInChain(int end) {
    if (end >= tokens.size()) {
      return -1;
    }
    int k = end;
    // "Giám đốc khu vực châu Á (không gồm Trung Quốc) kiêm Giám đốc …"
    int remark = remarkEnd(k);
    if (remark > 0 && remark < tokens.size() && tokens.get(remark).lowerIs("kiêm")) {
      k = remark;
    }
    if (tokens.get(k).is(',')) {
      k++;
    }
    if (k < tokens.size() && tokens.get(k).lowerIs("kiêm")) {
      k++;
    }
    if (k == end || k >= tokens.size() || titleAt[k] < 0 || tokens.get(k).newlineBefore()
        || isRank(k)) {
      return -1;
    }
    return k;
  }

  /**
   * Whether the title at {@code k} is only a rank ("Thiếu tướng"): in "Giám đốc Công an tỉnh,
   * Thiếu tướng Trần Phú Hà" it is the honorific of the name after it, not a title of the chain.
   */
  private boolean isRank(int k) {
    PhraseTrie.Match<NameLexicon.Honorific> h = Honorifics.at(lex, tokens, k, folded);
    return h != null && h.end() == titles.get(titleAt[k]).end();
  }

  /** Whether the honorific {@code h} at {@code i} is one, and no place's first word. */
  private boolean honorificMayStart(int i, PhraseTrie.Match<NameLexicon.Honorific> h) {
    // "Bà Rịa - Vũng Tàu" is a province, not a lady; "Đức Giáo hoàng" is no Germany.
    PhraseTrie.Match<Boolean> place = lex.places.longest(tokens, i, folded);
    return place == null || h.end() > place.end();
  }

  /** A bare name starts a run of capitalized words, outside quotes and place phrases. */
  private boolean bareMayStart(int i) {
    Token t = tokens.get(i);
    if (!t.isCapitalized() || i == 0) {
      return i == 0 && t.isCapitalized();
    }
    Token prev = tokens.get(i - 1);
    if (t.newlineBefore()) {
      return true;
    }
    if (prev.isCapitalized() || prev.is('“') || prev.is('"') || prev.is('«') || prev.is('‘')) {
      return false;
    }
    return !afterPlaceWord(i);
  }

  private boolean afterPlaceWord(int i) {
    Token prev = tokens.get(i - 1);
    if (!prev.isWord() || tokens.get(i).newlineBefore()) {
      return false;
    }
    if (lex.isPlaceWord(prev)) {
      return true;
    }
    if (i >= 2) {
      Token p2 = tokens.get(i - 2);
      return p2.isWord() && lex.isPlaceWord(p2, prev);
    }
    return false;
  }
}
