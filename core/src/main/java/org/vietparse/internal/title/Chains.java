package org.vietparse.internal.title;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.title.TitleLexicon.Org;
import org.vietparse.internal.title.TitleLexicon.Place;
import org.vietparse.internal.title.TitleLexicon.Use;

/**
 * Chains and plurals: titles joined by ",", "và" or "kiêm" share a trailing place, country or
 * organization ("Giám đốc Sở Tài chính và Phó Giám đốc Sở Y tế TP Đà Nẵng"); plural and generic
 * uses ("các Đại sứ, Trưởng Cơ quan đại diện", "109 Trưởng cơ quan đại diện") are marked so that
 * they are left out.
 */
final class Chains {
  /** Most tokens between two titles that a plural use still carries over. */
  private static final int MAX_LOOSE_GAP = 4;

  private final TitleText x;
  private final TitleLexicon lex;

  Chains(TitleText x) {
    this.x = x;
    this.lex = x.lex;
  }

  /** Marks plural and generic uses, then shares parts along chains, in place. */
  void apply(List<TitleDraft> found) {
    for (TitleDraft f : found) {
      Use before = genericBefore(f.start);
      // "các Phó Thủ tướng Trần Hồng Hà, Lê Thành Long": a plural title with the names of its
      // holders is the title of each of them.
      f.generic = before == Use.GENERIC || pluralAfter(f.end)
          || before == Use.PLURAL && !x.nameAt(f.end);
    }
    for (int k = 1; k < found.size(); k++) {
      TitleDraft a = found.get(k - 1);
      TitleDraft b = found.get(k);
      if (abbreviates(a, b)) {
        b.generic = true;
      }
      if (a.generic && linked(a, b, MAX_LOOSE_GAP)) {
        b.generic = true;
      }
      // "cựu thành viên Hội đồng thành viên kiêm Phó Tổng giám đốc Vicem": offices held
      // together (kiêm) share the status written before the first.
      if (a.status != null && b.status == null && strictLink(a, b) == 2 && kiem(a, b)) {
        b.status = a.status;
      }
    }
    for (int k = found.size() - 2; k >= 0; k--) {
      TitleDraft a = found.get(k);
      TitleDraft b = found.get(k + 1);
      int gap = strictLink(a, b);
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

  /**
   * What the words before token {@code start} make of the title: {@link Use#PLURAL} (a plural
   * word or a count), {@link Use#GENERIC}, or null for neither.
   */
  private @Nullable Use genericBefore(int start) {
    int b = start;
    for (int hops = 0; hops < 4 && b > 0; hops++) {
      if (x.get(b).newlineBefore()) {
        return null;
      }
      Use use = null;
      int from = -1;
      for (int q = Math.max(0, b - 3); q < b && use == null; q++) {
        PhraseTrie.Match<Use> m = x.match(lex.context, q);
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

  /** A plural word right after a title: "Chủ tịch UBND các xã" speaks of many offices. */
  private boolean pluralAfter(int end) {
    PhraseTrie.Match<Use> m = x.match(lex.context, end);
    return m != null && m.value() == Use.PLURAL && !x.get(end).newlineBefore()
        && !x.get(end).isCapitalized();
  }

  /** A bare number of people before a title: "109 Trưởng cơ quan đại diện". */
  private boolean isCount(int k) {
    Token t = x.get(k);
    if (!t.isNumber() || k > 0 && x.get(k - 1).kind() == Token.Kind.PUNCT && !t.spaceBefore()) {
      return false;
    }
    if (k > 0) {
      Token prev = x.get(k - 1);
      if (prev.kind() == Token.Kind.PUNCT && !prev.is(',')) {
        return false;
      }
      PhraseTrie.Match<Use> m = x.match(lex.context, k - 1);
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
  int strictLink(TitleDraft a, TitleDraft b) {
    int gap = b.start - a.end;
    if (gap < 1 || gap > 3 || x.get(b.start).newlineBefore()) {
      return -1;
    }
    for (int k = a.end; k < b.start; k++) {
      PhraseTrie.Match<Use> m = x.match(lex.context, k);
      if (m == null || m.value() != Use.CHAIN && m.value() != Use.PLURAL) {
        return -1;
      }
      k = m.end() - 1;
    }
    return gap == 1 && x.get(a.end).is(',') ? 1 : 2;
  }

  /** Whether "kiêm" joins a and b. */
  private boolean kiem(TitleDraft a, TitleDraft b) {
    for (int k = a.end; k < b.start; k++) {
      if (x.get(k).lowerIs("kiêm")) {
        return true;
      }
    }
    return false;
  }

  /** Whether b is a's abbreviation in parentheses: "đại biểu Quốc hội (ĐBQH)". */
  private boolean abbreviates(TitleDraft a, TitleDraft b) {
    return b.start == a.end + 1 && x.get(a.end).is('(') && b.end < x.size()
        && x.get(b.end).is(')') && a.toTitle().canonical().equals(b.toTitle().canonical());
  }

  /** Whether b follows a within a few lower-case words ending in a chain word. */
  private boolean linked(TitleDraft a, TitleDraft b, int maxGap) {
    int gap = b.start - a.end;
    if (gap < 1 || gap > maxGap) {
      return false;
    }
    for (int k = a.end; k <= b.start; k++) {
      if (x.get(k).newlineBefore()) {
        return false;
      }
      if (k < b.start && x.get(k).isWord() && x.get(k).isCapitalized()) {
        return false;
      }
    }
    PhraseTrie.Match<Use> m = x.match(lex.context, b.start - 1);
    return m != null && m.value() == Use.CHAIN;
  }
}
