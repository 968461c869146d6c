package org.vietparse.internal.title;

import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.name.Syllables;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.title.TitleLexicon.Org;
import org.vietparse.internal.title.TitleLexicon.Place;
import org.vietparse.internal.title.TitleLexicon.Role;
import org.vietparse.internal.title.TitleLexicon.Use;
import org.vietparse.title.Title;

/**
 * Organizations named in the text rather than in the lexicon, read by their shape up to a
 * boundary:
 * <ul>
 *   <li>a head word and a name in sentence case: a company ("Tập đoàn Điện lực Việt Nam"), a
 *       state agency ("Cục Hàng không Việt Nam", "Bộ Khai khoáng và Năng lượng"), another
 *       institution ("Học viện Chính trị khu vực I", "Bộ môn Kinh tế dự toán"), maybe followed
 *       by the company it belongs to ("Ban quản lý dự án Vicem", "… của VNCC") or the body it sits
 *       in ("Ngân hàng Trung ương toàn cầu tại Hội đồng Vàng thế giới");
 *   <li>after a role that names its unit ("Trưởng phòng", "Trưởng khoa"), the unit's own name
 *       ("Trưởng phòng Thẩm định dự án Vicem");
 *   <li>after a business role, a brand or an acronym ("Vingroup", "Techcombank", "Yeah1", "VCCI"),
 *       a name before the holder's name ("Chủ tịch Hòa Phát Trần Đình Long"), or the company
 *       spoken of in lower case ("Phó Chủ tịch tập đoàn");
 *   <li>after any role, a region ("Giám đốc khu vực châu Á - Thái Bình Dương").
 * </ul>
 * Such a name is never a person's: the official grammar reads the person after it.
 */
final class NamedBodies {
  /** Longest name read after a head word ("Tập đoàn Điện lực Việt Nam"). */
  private static final int MAX_COMPANY_NAME = 10;
  /** Most lower-case words in a row inside such a name ("Cục Quản lý thị trường tỉnh X"). */
  private static final int MAX_LOWER_IN_NAME = 4;
  /** Most lower-case words in a row between two capitalized ones of such a name. */
  private static final int MAX_LOWER_INSIDE_NAME = 8;
  /** Most words of a company's name before the name of its holder ("Hòa Phát Trần…"). */
  private static final int MAX_NAME_BEFORE_HOLDER = 3;
  /** Longest region after "khu vực" ("châu Á - Thái Bình Dương"). */
  private static final int MAX_REGION = 8;

  private final TitleText x;

  NamedBodies(TitleText x) {
    this.x = x;
  }

  /** Reads an organization named at token q after the role of {@code f}, and attaches it. */
  void read(TitleDraft f, Role role, int q) {
    Title.Kind roleKind = role.kind();
    int roleEnd = f.end;
    if (q >= x.size() || q == roleEnd && x.get(q).newlineBefore()) {
      return;
    }
    PhraseTrie.Match<Use> head = x.match(x.lex.context, q);
    // Inside the role the organization's own capital shows where it begins ("Trưởng Ban Chỉ
    // đạo"), unlike "Chủ tịch Hội đồng trường Nguyễn…".
    if (q < roleEnd && (head == null || head.end() < roleEnd || !x.capitalized(q))) {
      return;
    }
    int end = -1;
    Title.Kind kind = Title.Kind.BUSINESS;
    boolean shaped = false;
    Use use = head == null ? null : head.value();
    if (use == Use.COMPANY || use == Use.AGENCY || use == Use.INSTITUTION) {
      kind = use == Use.COMPANY ? Title.Kind.BUSINESS
          : use == Use.AGENCY ? Title.Kind.STATE : roleKind;
      end = nameAfterHead(head.end(), use == Use.AGENCY);
      if (end < 0 && x.capitalized(q)) {
        end = ownedAfter(head.end());
      }
      if (end < 0 && !x.capitalized(q) && q == roleEnd && role.company() && use == Use.COMPANY
          && boundary(head.end())) {
        // "Phó Chủ tịch tập đoàn": the company spoken of, in lower case.
        end = head.end();
      }
      shaped = end > 0;
    } else if (use == Use.REGION && q == roleEnd) {
      end = region(head.end());
      kind = roleKind;
    } else if (q < roleEnd) {
      return;
    } else if (role.unit() && x.capitalized(q) && !x.nameAt(q)
        && Syllables.isVietnamese(x.get(q).folded())) {
      // "Trưởng phòng Thẩm định dự án": the role names the unit, the text its name, in sentence
      // case; capitalized words alone are the holder's name ("Trưởng khoa Lê An").
      end = nameAfterHead(q, false);
      kind = roleKind;
      boolean sentenceCase = false;
      for (int k = q + 1; k < end && !sentenceCase; k++) {
        sentenceCase = !x.capitalized(k);
      }
      if (end > q && sentenceCase) {
        end = seat(owner(end));
        String unit = role.role().substring(role.role().lastIndexOf(' ') + 1);
        String s = Character.toUpperCase(unit.charAt(0)) + unit.substring(1) + " "
            + x.words(q, end).replace(" của ", " ");
        f.attach(x, new Org(s, kind, Place.NONE, null, null, s), q - 1, roleEnd);
        f.end = end;
      }
      return;
    } else if (role.company()) {
      end = company(q);
    }
    if (end <= q) {
      return;
    }
    if (shaped) {
      end = owner(end);
      end = seat(end);
    }
    String s = x.words(q, end);
    if (shaped) {
      s = s.replace(" của ", " ");
    }
    f.attach(x, new Org(s, kind, Place.NONE, null, null, s), q, roleEnd);
    f.end = end;
  }

  /**
   * After a business role, the end of the company at q, or -1: a brand or an acronym before a
   * boundary, a lower-case word or a person's name ("Vingroup.", "Vietjet Nguyễn…"); one to three
   * capitalized Vietnamese words before the holder's name ("Hòa Phát Trần Đình Long").
   */
  private int company(int q) {
    if (!x.capitalized(q) || x.get(q).caseless() || x.match(x.lex.provinces, q) != null) {
      return -1;
    }
    if (brand(q)) {
      int e = brandEnd(q);
      if (e >= x.size() || boundary(e) || x.nameAt(e) || lowerWord(e)) {
        return e;
      }
      return -1;
    }
    // Capitalized Vietnamese words, then the holder's family name and given names.
    int run = q;
    while (run < x.size() && run - q < MAX_NAME_BEFORE_HOLDER + 4 && x.capitalized(run)
        && x.get(run).isWord() && !x.get(run).isAllCaps()
        && (run == q || x.get(run).spaceBefore() && !x.get(run).newlineBefore())) {
      run++;
    }
    int person = x.personStart(q + 1, run);
    if (person < run && person - q <= MAX_NAME_BEFORE_HOLDER && x.surnameAt(q) == 0
        && x.nameAt(person)) {
      return person;
    }
    return -1;
  }

  /** A word that names a company: a brand's shape, or a word no Vietnamese syllable is. */
  private boolean brand(int q) {
    Token t = x.get(q);
    if (!t.isWord() || x.surnameAt(q) > 0 && !t.isAllCaps()) {
      return false;
    }
    return brandLike(t) || !Syllables.isVietnamese(t.folded()) && t.length() >= 2
        && !x.names.particles().contains(t.lower());
  }

  /** The end of a brand written with a number or another word glued to it: "Yeah1", "F88". */
  private int brandEnd(int q) {
    int e = q + 1;
    while (e < x.size() && !x.get(e).spaceBefore() && (x.get(e).isNumber() || x.get(e).isWord())
        && e - q < 4) {
      e++;
    }
    return e;
  }

  /** Whether the name ends before k: punctuation, a line break, the end, a word that ends names. */
  private boolean boundary(int k) {
    if (k >= x.size() || x.get(k).newlineBefore()) {
      return true;
    }
    Token t = x.get(k);
    if (!t.isWord() && !t.isNumber()) {
      return !t.is('-') || t.spaceBefore();
    }
    Use use = x.use(k);
    return use == Use.NAME_END || use == Use.CHAIN;
  }

  /** A lower-case word of the sentence at k: "Chủ tịch Techcombank cũng…". */
  private boolean lowerWord(int k) {
    Token t = x.get(k);
    return t.isWord() && !x.capitalized(k) && !x.names.particles().contains(t.lower());
  }

  /**
   * After a head word, a name in lower case that ends in its company: "Ban quản lý dự án Vicem"
   * is the project board of Vicem. The end after the company, or -1.
   */
  private int ownedAfter(int from) {
    int k = from;
    while (k < x.size() && k - from < MAX_LOWER_IN_NAME && lowerWord(k)
        && (x.use(k) == null || x.use(k) == Use.WORD) && !x.get(k).newlineBefore()) {
      k++;
    }
    if (k == from || k >= x.size() || x.get(k).newlineBefore() || !brand(k)) {
      return -1;
    }
    int e = brandEnd(k);
    return boundary(e) ? e : -1;
  }

  /** A body's owner after it, maybe after "của": "Bộ môn Kinh tế dự toán của VNCC". */
  private int owner(int end) {
    int k = end;
    if (k < x.size() && x.get(k).lowerIs("của")) {
      k++;
    }
    if (k >= x.size() || x.get(k).newlineBefore() || !x.capitalized(k) || !brand(k)
        || x.match(x.lex.countries, k) != null) {
      return end;
    }
    int e = brandEnd(k);
    return boundary(e) || lowerWord(e) ? e : end;
  }

  /**
   * The body a department sits in, after "tại": "Ngân hàng Trung ương toàn cầu tại Hội đồng Vàng
   * thế giới". Only a body with a head word of its own; a place after "tại" is left to the
   * envoys.
   */
  private int seat(int end) {
    if (end + 1 >= x.size() || !x.get(end).lowerIs("tại") || !x.capitalized(end + 1)) {
      return end;
    }
    PhraseTrie.Match<Use> head = x.match(x.lex.context, end + 1);
    if (head == null || head.value() != Use.COMPANY && head.value() != Use.AGENCY
        && head.value() != Use.INSTITUTION) {
      return end;
    }
    int e = nameAfterHead(head.end(), false);
    return e > 0 ? e : end;
  }

  /** A region after "khu vực": words, maybe joined by a spaced dash, to a boundary; or -1. */
  private int region(int from) {
    int k = from;
    int end = -1;
    boolean capital = false;
    while (k < x.size() && k - from < MAX_REGION && !x.get(k).newlineBefore()) {
      Token t = x.get(k);
      if (t.isDash() && t.spaceBefore() && k + 1 < x.size() && x.capitalized(k + 1)) {
        k++;
        continue;
      }
      if (!t.isWord() || x.use(k) != null && !x.capitalized(k) || x.titleAt(k)) {
        break;
      }
      capital |= x.capitalized(k);
      k++;
      end = k;
    }
    return capital ? end : -1;
  }

  /**
   * The end of a name in sentence case from {@code from} ("Tập đoàn Điện lực Việt Nam", "Vụ Tổ
   * chức cán bộ"), or -1. The name begins with a capitalized word or a number and runs to
   * punctuation, a family name, a word that ends names ("cho", "đã", "thuộc"…), the end of the
   * line or, for a state agency, a foreign country ("Bộ Năng lượng Mông Cổ"); if it runs on too long in lower case it ends on its last capitalized
   * word. A longer lower-case run still belongs to the name when a capitalized word closes it
   * ("Viện Nghiên cứu quản lý kinh tế Trung ương"): a name does not end in that many lower-case
   * words.
   */
  private int nameAfterHead(int from, boolean agency) {
    int k = from;
    int lastCapital = -1;
    int lower = 0;
    boolean clean = true;
    while (true) {
      if (k >= x.size() || x.get(k).newlineBefore()) {
        clean = lower <= MAX_LOWER_IN_NAME;
        break;
      }
      Token t = x.get(k);
      PhraseTrie.Match<Use> stop = x.match(x.lex.context, k);
      boolean nameLike = x.capitalized(k) || t.isNumber();
      boolean stopWord = stop != null && (stop.value() == Use.NAME_END
          || stop.value() == Use.POSTING || stop.value() == Use.SKIP
          || stop.value() == Use.PLURAL);
      if (k > from && x.titleAt(k)) {
        clean = false;
        break;
      }
      PhraseTrie.Match<TitleLexicon.Country> country = agency && k > from && nameLike
          ? x.match(x.lex.countries, k) : null;
      if (country != null && !country.value().code().equals("VN")) {
        // "Bộ Khai khoáng và Năng lượng Mông Cổ": a foreign state's country is the title's.
        clean = lower <= MAX_LOWER_IN_NAME;
        break;
      }
      if (t.isDash() && t.spaceBefore() && k > from && k + 1 < x.size()
          && x.capitalized(k + 1) && x.match(x.lex.countries, k + 1) != null
          && countryEndsAt(k, from)) {
        // "Ủy ban Liên Chính phủ Việt Nam - Lào": a joint body names both countries.
        PhraseTrie.Match<TitleLexicon.Country> other = x.match(x.lex.countries, k + 1);
        k = other.end();
        lower = 0;
        lastCapital = k;
        continue;
      }
      if (!t.isWord() && !t.isNumber() || stopWord && !nameLike) {
        clean = lower <= MAX_LOWER_IN_NAME;
        break;
      }
      if (k == from && !nameLike || k - from >= MAX_COMPANY_NAME) {
        clean = k > from && lower <= MAX_LOWER_IN_NAME;
        break;
      }
      // A person's name then a lower-case word: the sentence goes on past the name
      // ("Công ty Sữa Việt Nam Nguyễn Văn Bình ký…").
      if (!nameLike && lower == 0 && x.personStart(from + 1, k) < k) {
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
    if (lastCapital < 0 || truncated(clean ? k : lastCapital)) {
      return -1;
    }
    return x.personStart(from + 1, clean ? k : lastCapital);
  }

  /** Whether a country's name ends right before token k, at or after {@code from}. */
  private boolean countryEndsAt(int k, int from) {
    for (int q = Math.max(from, k - 4); q < k; q++) {
      PhraseTrie.Match<TitleLexicon.Country> c = x.match(x.lex.countries, q);
      if (c != null && c.end() == k) {
        return true;
      }
    }
    return false;
  }

  /** A name cut short by an ellipsis ("Ủy viên Bộ Chính..."): its end is not in the text. */
  private boolean truncated(int end) {
    return end < x.size() && !x.get(end).spaceBefore()
        && (x.get(end).is('…') || x.get(end).is('.') && end + 1 < x.size()
            && x.get(end + 1).is('.'));
  }

  /** A word that names a company on its own: "FPT", "VinFast", "Vietcombank", "Vingroup". */
  private static boolean brandLike(Token t) {
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
}
