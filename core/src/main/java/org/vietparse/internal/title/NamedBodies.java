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
 * Organizations named in the text rather than in the lexicon: a company ("Tập đoàn Điện lực Việt
 * Nam"), a state agency ("Cục Hàng không Việt Nam") or another institution ("Bệnh viện Bạch
 * Mai", "Trường Đại học Bách khoa Hà Nội") read by its shape after a head word; after a business
 * role also a brand ("Vingroup", "FPT") or a single name followed by a person's family name
 * ("Vietjet Đinh…").
 */
final class NamedBodies {
  /** Longest name read after a head word ("Tập đoàn Điện lực Việt Nam"). */
  private static final int MAX_COMPANY_NAME = 10;
  /** Most lower-case words in a row inside such a name ("Cục Quản lý thị trường tỉnh X"). */
  private static final int MAX_LOWER_IN_NAME = 4;
  /** Most lower-case words in a row between two capitalized ones of such a name. */
  private static final int MAX_LOWER_INSIDE_NAME = 8;

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
    int end;
    Title.Kind kind = Title.Kind.BUSINESS;
    if (head != null && (head.value() == Use.COMPANY || head.value() == Use.AGENCY
        || head.value() == Use.INSTITUTION)) {
      kind = head.value() == Use.COMPANY ? Title.Kind.BUSINESS
          : head.value() == Use.AGENCY ? Title.Kind.STATE : roleKind;
      end = nameAfterHead(head.end());
      if (end < 0) {
        return;
      }
    } else if (q < roleEnd) {
      return;
    } else if (role.company() && roleKind == Title.Kind.BUSINESS
        && (brandLike(x.get(q)) || beforeFamilyName(q)) || role.company() && soleBrand(q)) {
      end = q + 1;
    } else {
      return;
    }
    String s = x.words(q, end);
    f.attach(x, new Org(s, kind, Place.NONE, null, null, s), q, roleEnd);
    f.end = end;
  }

  /**
   * The end of a name in sentence case after a head word ("Tập đoàn Điện lực Việt Nam", "Vụ Tổ
   * chức cán bộ"), or -1. The name begins with a capitalized word or a number and runs to
   * punctuation, a family name, a word that ends names ("cho", "đã", "và"…) or the end of the
   * line; if it runs on too long in lower case it ends on its last capitalized word. A longer
   * lower-case run still belongs to the name when a capitalized word closes it ("Viện Nghiên cứu
   * quản lý kinh tế Trung ương"): a name does not end in that many lower-case words.
   */
  private int nameAfterHead(int from) {
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
    if (lastCapital < 0) {
      return -1;
    }
    return x.personStart(from + 1, clean ? k : lastCapital);
  }

  /** A capitalized word, not a family name, followed by a family name: "Vietjet Đinh…". */
  private boolean beforeFamilyName(int q) {
    return q + 1 < x.size() && x.capitalized(q) && x.get(q).isWord() && x.surnameAt(q) == 0
        && x.capitalized(q + 1) && !x.get(q + 1).newlineBefore() && x.surnameAt(q + 1) > 0;
  }

  /**
   * A company named by one word that is no Vietnamese syllable and no name's start, before a
   * lower-case word of the sentence: "Chủ tịch Vinamilk cho biết", "Tổng Giám đốc Vietjet nói".
   * At the end of a text ("CEO Nvidia") or before a name particle ("Ursula von der Leyen") the
   * word may as well be a person's name.
   */
  private boolean soleBrand(int q) {
    if (!x.capitalized(q) || x.surnameAt(q) > 0 || Syllables.isVietnamese(x.get(q).folded())) {
      return false;
    }
    int next = q + 1;
    if (next >= x.size() || x.get(next).newlineBefore()) {
      return false;
    }
    Token t = x.get(next);
    return t.isWord() && !x.capitalized(next) && !x.names.particles().contains(t.lower());
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
