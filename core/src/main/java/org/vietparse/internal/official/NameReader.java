package org.vietparse.internal.official;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.name.NameModel;
import org.vietparse.internal.name.Syllables;
import org.vietparse.official.PersonName;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * Reads a person's name at a token: a Vietnamese name (a family name from the lexicon and up to
 * four capitalized words), a foreign name (capitalized words, hyphenated or with particles such
 * as "de" or "bin"), or one word after a title or an honorific. The name ends before a word that
 * is not capitalized, punctuation, a line break, a title, an honorific, an organization word
 * ("Bộ", "Quốc hội") or a place of two or more words that follows two words of name.
 */
final class NameReader {
  static final int MAX_GIVEN_WORDS = 4;
  static final int MAX_FOREIGN_WORDS = 6;
  /** The longest Vietnamese syllable, "nghiêng", has seven letters. */
  private static final int MAX_SYLLABLE = 7;

  /**
   * A name found: tokens {@code [start, end)}, and its parts; {@code cut} is how many chars of
   * the last token belong to the name when HTML extraction glued the next word to it ("Tô
   * Lâmtrao" holds "Lâm"), 0 when the whole token does.
   */
  record Name(int start, int end, int words, PersonName name, int cut) {
    Name(int start, int end, int words, PersonName name) {
      this(start, end, words, name, 0);
    }
  }

  /** Where the name stands: a bare name needs two words and a recognizable shape. */
  enum Context { AFTER_TITLE, AFTER_HONORIFIC, BARE }

  private final NameLexicon lex;
  private final VietText text;
  private final List<Token> tokens;
  private final boolean folded;
  /** Per token, the index of the title that starts there, or -1: no name word is a title's. */
  private final int[] titleAt;

  NameReader(NameLexicon lex, VietText text, boolean folded, int[] titleAt) {
    this.lex = lex;
    this.text = text;
    this.tokens = text.tokens();
    this.folded = folded;
    this.titleAt = titleAt;
  }

  @Nullable Name read(int i, Context context) {
    if (!canStart(i)) {
      return null;
    }
    Name ethnic = ethnic(i);
    if (ethnic != null) {
      return ethnic;
    }
    PhraseTrie.Match<String> family = lex.surnames.longest(tokens, i, folded);
    if (family != null && !allWords(i, family.end())) {
      family = null;
    }
    // A place is no name, but for a long one that starts with a family name after a title or an
    // honorific: "Chủ tịch Hồ Chí Minh" (not "Phó Chủ tịch Hà Nội").
    PhraseTrie.Match<Boolean> place = lex.places.longest(tokens, i, folded);
    if (place != null
        && (family == null || context == Context.BARE || place.end() - place.start() < 3)) {
      return null;
    }
    if (family != null && !hyphenated(family.end() - 1)) {
      return vietnamese(i, family.end(), context);
    }
    return other(i, context);
  }

  private Name vietnamese(int i, int familyEnd, Context context) {
    int k = familyEnd;
    int given = 0;
    int cut = 0;
    boolean korean = false;
    while (k < tokens.size() && given < MAX_GIVEN_WORDS && continues(k, i)) {
      int u = unitEnd(k);
      if (u < 0) {
        break;
      }
      if (u == k + 1) {
        cut = glued(k);
        if (cut > 0) {
          k++;
          given++;
          break;
        }
      }
      if (u > k + 2 && !tokens.get(k + 2).isCapitalized() && tokens.get(k + 1).isDash()) {
        // "Kim Jong-un": a given name joined to a lower-case syllable is one word, the last
        k = u;
        given++;
        korean = true;
        break;
      }
      k++;
      given++;
      // "cuộc gặp Tô Lâm-Biden": a hyphen right after a word ends a Vietnamese name; so does the
      // period after a one-letter given name ("ông Nguyễn Văn A.").
      if (u > k) {
        break;
      }
    }
    if (given == 0 && context == Context.BARE) {
      return null;
    }
    String family = original(i, familyEnd);
    PersonName name;
    if (given == 0) {
      name = PersonName.of(family, "", "");
    } else if (korean) {
      name = PersonName.foreign(original(i, k));
    } else {
      String last = cut > 0 ? tokens.get(k - 1).text().substring(0, cut) : original(k - 1, k);
      name = PersonName.of(family, familyEnd < k - 1 ? original(familyEnd, k - 1) : "", last);
    }
    return new Name(i, k, (familyEnd - i) + given, name, cut);
  }

  /**
   * Where a given name glued to the next word by HTML extraction ends inside token k, or 0:
   * "Lâmtrao" is no syllable, but "Lâm" and "trao" are. The longest such split is taken.
   */
  private int glued(int k) {
    Token t = tokens.get(k);
    String f = t.folded();
    // two syllables of seven letters at most: a longer token is no glued name, and the bound
    // keeps the split search constant on any input
    if (!t.isWord() || !t.isCapitalized() || t.isAllCaps() || f.length() < 4
        || f.length() > 2 * MAX_SYLLABLE || Syllables.isVietnamese(f)) {
      return 0;
    }
    for (int i = f.length() - 2; i >= 1; i--) {
      if (Syllables.isVietnamese(f.substring(0, i)) && Syllables.isVietnamese(f.substring(i))
          && Character.isLowerCase(t.text().charAt(i))) {
        return i;
      }
    }
    return 0;
  }

  private @Nullable Name other(int i, Context context) {
    int end = unitEnd(i);
    if (end < 0) {
      end = initials(i);
      if (end < 0) {
        return null;
      }
    }
    // "bà Vân Hạnh": a given name written alone, in marked Vietnamese syllables
    boolean firstVietnamese = end == i + 1 && NameModel.vietnameseWord(tokens.get(i));
    if (firstVietnamese && tokens.get(i).caseless()) {
      // on a line in capitals a Vietnamese name shows by its family name; another Vietnamese
      // word after a title is the sentence going on ("CHỦ TỊCH QUỐC HỘI GẶP MẶT")
      return null;
    }
    int words = 1;
    int k = end;
    while (k < tokens.size() && words < MAX_FOREIGN_WORDS) {
      int unit = k;
      // "Lula da Silva", "von der Leyen": particles stand between capitalized words.
      while (unit < tokens.size() && unit - k < 3 && isParticle(unit)) {
        unit++;
      }
      if (unit >= tokens.size() || !continues(unit, i)) {
        break;
      }
      // "Tổng Giám đốc Vietcombank Nguyễn Thanh Tùng": a company or place the title grammar did
      // not take, then the Vietnamese name.
      if (context == Context.AFTER_TITLE && unit == k) {
        Name vn = vietnameseAt(unit);
        if (vn != null) {
          return vn;
        }
      }
      int e = unitEnd(unit);
      if (e < 0) {
        break;
      }
      // Inside a foreign name a Vietnamese word starts the sentence again ("Joe Biden Tiếp ...").
      if (!firstVietnamese && e == unit + 1
          && NameLexicon.looksVietnamese(tokens.get(unit).text())) {
        break;
      }
      if (firstVietnamese && words >= MAX_GIVEN_WORDS) {
        break;
      }
      k = e;
      words++;
    }
    // A regnal number after a name: "Leo XIV", "Charles III".
    if (k < tokens.size() && tokens.get(k).spaceBefore() && !tokens.get(k).newlineBefore()
        && isRegnal(tokens.get(k)) && !tokens.get(k).caseless()) {
      k++;
      words++;
    }
    // A name does not end with an initial ("J.").
    while (k > end && tokens.get(k - 1).is('.')) {
      k -= 2;
      words--;
    }
    if (context == Context.BARE && (words < 2 || firstVietnamese)) {
      return null;
    }
    String written = original(i, k);
    PersonName name;
    int space = written.lastIndexOf(' ');
    if (firstVietnamese && words == 1) {
      name = PersonName.of("", "", written);
    } else if (firstVietnamese && space > 0 && written.indexOf('-') < 0) {
      name = PersonName.of("", written.substring(0, space), written.substring(space + 1));
    } else {
      name = PersonName.foreign(written);
    }
    return new Name(i, k, words, name);
  }

  /** A Vietnamese name of two words or more, one with Vietnamese marks, at {@code k}; or null. */
  @Nullable Name vietnameseAt(int k) {
    return vietnameseAt(k, true);
  }

  /**
   * A Vietnamese name of two or more words at k; with {@code marked}, one of its words must
   * carry a mark only Vietnamese spelling uses (a bare name needs that evidence, a name in a
   * list after a title does not: "Lê Thành Long").
   */
  @Nullable Name vietnameseAt(int k, boolean marked) {
    PhraseTrie.Match<String> family = lex.surnames.longest(tokens, k, folded);
    if (family == null || !allWords(k, family.end()) || hyphenated(family.end() - 1)
        || lex.places.longest(tokens, k, folded) != null) {
      return null;
    }
    Name n = vietnamese(k, family.end(), Context.BARE);
    if (n == null || n.words() < 2) {
      return null;
    }
    if (!marked) {
      return n;
    }
    for (int j = k; j < n.end(); j++) {
      if (NameLexicon.looksVietnamese(tokens.get(j).text())) {
        return n;
      }
    }
    return null;
  }

  /**
   * Two capital letters that stand for given names ("JD Vance"), when a foreign name word
   * follows; -1 otherwise.
   */
  private int initials(int k) {
    Token t = tokens.get(k);
    if (!t.isAllCaps() || t.length() != 2 || k + 1 >= tokens.size()) {
      return -1;
    }
    Token next = tokens.get(k + 1);
    int e = unitEnd(k + 1);
    return next.spaceBefore() && !next.newlineBefore() && e > 0 && !isStop(k + 1)
        && !NameLexicon.looksVietnamese(next.text()) ? k + 1 : -1;
  }

  private boolean isParticle(int k) {
    Token t = tokens.get(k);
    return t.isWord() && t.spaceBefore() && !t.newlineBefore() && !t.isCapitalized()
        && lex.particleWords.get(t, false) != null;
  }

  /**
   * An Ê Đê or Jarai name, which begins with "Y" (men) or "H'" (women) and is read whole, kept
   * as written: "Y Thanh Hà Niê Kđăm", "H'Hen Niê". Null when none begins at i.
   */
  private @Nullable Name ethnic(int i) {
    Token t = tokens.get(i);
    int k;
    if (t.text().equals("Y") && i + 1 < tokens.size() && tokens.get(i + 1).spaceBefore()) {
      k = i + 1;
    } else if (t.text().equals("H") && i + 2 < tokens.size()
        && (tokens.get(i + 1).is('\'') || tokens.get(i + 1).is('’'))
        && !tokens.get(i + 1).spaceBefore() && !tokens.get(i + 2).spaceBefore()
        && tokens.get(i + 2).isCapitalized()) {
      k = i + 2;
      int e = unitEnd(k);
      if (e < 0) {
        return null;
      }
      k = e;
    } else {
      return null;
    }
    int words = 1;
    while (k < tokens.size() && words < MAX_FOREIGN_WORDS && continues(k, i)) {
      int e = unitEnd(k);
      if (e < 0) {
        break;
      }
      k = e;
      words++;
    }
    if (words < 2) {
      return null;
    }
    return new Name(i, k, words, PersonName.foreign(original(i, k)));
  }

  /** A Roman number in capitals, "II" to "XXX" or a lone "V", "X": "Leo XIV". */
  private static boolean isRegnal(Token t) {
    String s = t.text();
    return t.isWord() && t.isAllCaps() && s.length() <= 5 && s.matches("X{0,3}(IX|IV|V?I{0,3})")
        && !s.isEmpty() && !s.equals("I");
  }

  /** Whether a name's first word may stand at {@code i}. */
  boolean canStart(int i) {
    if (i >= tokens.size() || titleAt[i] >= 0 || (unitEnd(i) < 0 && initials(i) < 0)
        || isStop(i) && !familyBeforeName(i) || capsStop(i)) {
      return false;
    }
    return !isHonorific(i);
  }

  /** Whether the word at {@code k} continues the name that began at {@code start}. */
  private boolean continues(int k, int start) {
    Token t = tokens.get(k);
    // without diacritics "Bá" and "bà" are one spelling: inside a name it is the name's
    if (!t.spaceBefore() || t.newlineBefore() || titleAt[k] >= 0 || stopsName(k)
        || isHonorific(k) && !folded || lex.model.sentenceStartsAt(tokens, k, folded)) {
      // "… Tập Cận Bình Tại buổi hội kiến": a caption run into the next sentence ends the name
      return false;
    }
    if (capsStop(k)) {
      // "BỘ TRƯỞNG NGUYỄN VĂN AN CHO BIẾT": no lower case ends the name, a common word does
      return false;
    }
    // A country of two words or more after two words of name ends it ("Tô Lâm Việt Nam"); a
    // province only after three, for it is also a given name ("Nguyễn Thị Hà Giang").
    PhraseTrie.Match<Boolean> place = lex.places.longest(tokens, k, folded);
    return place == null || place.end() - place.start() < 2
        || k - start < (place.value() ? 2 : 3);
  }

  /**
   * Whether an organization word ends the name before {@code k}: a phrase of two words or more
   * ("Quốc hội"), or one word that goes on with a capitalized word ("Ban Tuyên giáo"). A single
   * word that ends the run ("ông Nguyễn Văn Ban cho biết") is the last word of the name.
   */
  private boolean stopsName(int k) {
    if (!tokens.get(k).isCapitalized()) {
      return false;
    }
    PhraseTrie.Match<Boolean> m = lex.stops.longest(tokens, k, folded);
    if (m == null || folded && m.end() == k + 1) {
      // without diacritics one word is too often a name's too: "Dai" is "Đài" and "Đại"
      return false;
    }
    if (m.end() - m.start() >= 2 || k + 1 >= tokens.size()) {
      return m.end() - m.start() >= 2;
    }
    Token next = tokens.get(k + 1);
    return next.isCapitalized() && next.spaceBefore() && !next.newlineBefore();
  }

  /**
   * Whether, in text without diacritics, the word at i is a family name that a name goes on
   * from: "Dang" is "Đảng" (the Party, no name) and "Đặng", "Vu" is "Vụ" and "Vũ"; a capitalized
   * word right after it tells the family name.
   */
  private boolean familyBeforeName(int i) {
    if (!folded || i + 1 >= tokens.size() || lex.surnames.longest(tokens, i, true) == null) {
      return false;
    }
    Token next = tokens.get(i + 1);
    return next.isCapitalized() && next.spaceBefore() && !next.newlineBefore();
  }

  /** Whether the word at k, on a line in capitals, is a common word that is no part of a name. */
  private boolean capsStop(int k) {
    return tokens.get(k).caseless() && lex.capsStops.longest(tokens, k, folded) != null;
  }

  private boolean isStop(int k) {
    return tokens.get(k).isCapitalized() && lex.stops.longest(tokens, k, folded) != null;
  }

  private boolean isHonorific(int k) {
    Token t = tokens.get(k);
    return t.isCapitalized() && Honorifics.at(lex, tokens, k, folded) != null;
  }

  /**
   * The end of the name word at {@code k}: a capitalized word with the hyphenated or
   * apostrophe-joined parts that touch it ("Jean-Pierre", "Phô-xay", "O'Brien"), or an initial
   * with its period ("J."); -1 when no name word stands there.
   */
  int unitEnd(int k) {
    Token t = tokens.get(k);
    // on a line all in capitals, capitals are no acronym's
    if (!t.isCapitalized() || t.isAllCaps() && !t.caseless()) {
      return -1;
    }
    if (t.length() == 1 && k + 1 < tokens.size() && tokens.get(k + 1).is('.')
        && !tokens.get(k + 1).spaceBefore()) {
      return k + 2;
    }
    int e = k + 1;
    while (e + 1 < tokens.size()) {
      Token j = tokens.get(e);
      Token w = tokens.get(e + 1);
      boolean joiner = j.isDash() || j.is('\'') || j.is('’');
      if (joiner && !j.spaceBefore() && w.isWord() && !w.spaceBefore()) {
        e += 2;
      } else {
        break;
      }
    }
    return e;
  }

  private boolean hyphenated(int k) {
    return unitEnd(k) > k + 1;
  }

  private boolean allWords(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!t.isCapitalized() || (k > from && (!t.spaceBefore() || t.newlineBefore()))) {
        return false;
      }
    }
    return true;
  }

  /** The original text of tokens {@code [from, to)}. */
  String original(int from, int to) {
    int s = text.toOriginalStart(tokens.get(from).start());
    int e = text.toOriginalEnd(tokens.get(to - 1).end());
    return text.original().substring(s, Math.max(s, e));
  }
}
