package org.vietparse.internal.text;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One token of a {@link VietText}: a word (a run of letters), a number (a run of ASCII digits) or
 * a single punctuation or symbol character. Offsets are into the normalized text.
 *
 * <p>Separators inside numbers ("1.500.000", "10/11", "22h30") are tokens of their own; whether
 * two tokens touch is told by {@link #spaceBefore()}.
 *
 * <pre>{@code
 * Token t = VietText.of("Chủ tịch nước").tokens().get(0);
 * t.text();           // "Chủ"
 * t.lower();          // "chủ"
 * t.folded();         // "chu"
 * t.lowerIs("chủ");   // true, and no string made
 * }</pre>
 *
 * <p>A token reads its chars from the text's array (its lower-case and folded forms through the
 * char tables of {@code VietChars}, and only when they differ from the text) and makes its
 * strings ({@link #text()}, {@link #lower()}, {@link #folded()}) when first asked: most tokens
 * are turned away by a {@link WordFilter} on their hashes and never need one. A token is
 * immutable in what it answers; the strings are made at most once per thread that asks, each
 * equal to the others, as {@link String#hashCode()} is cached.
 */
public final class Token {
  /** What a token is. */
  public enum Kind {
    /** A run of letters (with their combining marks). */
    WORD,
    /** A run of ASCII digits. */
    NUMBER,
    /** One character that is neither a letter, a digit nor whitespace. */
    PUNCT
  }

  private static final Kind[] KINDS = Kind.values();

  private final int flags;
  private final int index;
  private final int start;
  private final int end;
  /** The normalized chars of the whole text, shared by its tokens and never changed. */
  private final char[] chars;
  private final int lowerHash;
  private final int foldedHash;
  private @Nullable String text;
  private @Nullable String lower;
  private @Nullable String folded;

  /**
   * A token over {@code [start, end)} of the normalized chars, as {@link Tokenizer} found it:
   * {@code flags} holds its kind and the {@code TokenList} flags, the hashes those of its
   * lower-case and folded forms.
   */
  Token(int flags, int index, int start, int end, char[] chars, int lowerHash, int foldedHash) {
    this.flags = flags;
    this.index = index;
    this.start = start;
    this.end = end;
    this.chars = chars;
    this.lowerHash = lowerHash;
    this.foldedHash = foldedHash;
  }

  /** What the token is. */
  public Kind kind() {
    return KINDS[flags & TokenList.KIND];
  }

  /** The token's position in {@link VietText#tokens()}. */
  public int index() {
    return index;
  }

  /** The first char, in normalized offsets. */
  public int start() {
    return start;
  }

  /** One past the last char, in normalized offsets. */
  public int end() {
    return end;
  }

  /** The normalized text (NFC, modern tone placement): "Chủ". */
  public String text() {
    String t = text;
    if (t == null) {
      t = new String(chars, start, end - start);
      text = t;
    }
    return t;
  }

  /** The text in lower case, diacritics kept: "chủ". */
  public String lower() {
    if ((flags & TokenList.LOWER_IS_TEXT) != 0) {
      return text();
    }
    String l = lower;
    if (l == null) {
      char[] lo = new char[end - start];
      for (int k = start; k < end; k++) {
        lo[k - start] = VietChars.lower(chars[k]);
      }
      l = new String(lo);
      lower = l;
    }
    return l;
  }

  /** The text in lower case without diacritics, đ as d: "chu". */
  public String folded() {
    if ((flags & TokenList.FOLDED_IS_LOWER) != 0) {
      return lower();
    }
    String f = folded;
    if (f == null) {
      char[] fo = new char[end - start];
      for (int k = start; k < end; k++) {
        fo[k - start] = VietChars.fold(chars[k]);
      }
      f = new String(fo);
      folded = f;
    }
    return f;
  }

  /** Whether {@code lower().equals(word)}, asked without making the string. */
  public boolean lowerIs(String word) {
    // the hash (a String caches its own) turns away almost every other word in one comparison
    return word != null && word.hashCode() == lowerHash && sameAs(word, false);
  }

  /** Whether {@code folded().equals(word)}, asked without making the string. */
  public boolean foldedIs(String word) {
    return word != null && word.hashCode() == foldedHash && sameAs(word, true);
  }

  /** Whether the lower-case (or, when {@code folded}, folded) form is exactly {@code word}. */
  boolean sameForm(char[] word, boolean folded) {
    if (word.length != end - start) {
      return false;
    }
    int form = form(folded);
    if (form == AS_TEXT) {
      return Arrays.equals(chars, start, end, word, 0, word.length);
    }
    for (int k = 0; k < word.length; k++) {
      char c = chars[start + k];
      if ((form == AS_LOWER ? VietChars.lower(c) : VietChars.fold(c)) != word[k]) {
        return false;
      }
    }
    return true;
  }

  private static final int AS_TEXT = 0;
  private static final int AS_LOWER = 1;
  private static final int AS_FOLDED = 2;

  /** How the lower-case (or folded) form is read from the text's chars. */
  private int form(boolean folded) {
    if (folded && (flags & TokenList.FOLDED_IS_LOWER) == 0) {
      return AS_FOLDED;
    }
    return (flags & TokenList.LOWER_IS_TEXT) != 0 ? AS_TEXT : AS_LOWER;
  }

  private boolean sameAs(String word, boolean folded) {
    if (word.length() != end - start) {
      return false;
    }
    int form = form(folded);
    for (int k = 0; k < word.length(); k++) {
      char c = chars[start + k];
      char f = form == AS_TEXT ? c : form == AS_LOWER ? VietChars.lower(c) : VietChars.fold(c);
      if (f != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The char at {@code k} of the normalized text, read in place.
   *
   * @param k 0 to {@code length() - 1}
   * @return the char
   * @throws IndexOutOfBoundsException if k is out of range
   */
  public char charAt(int k) {
    if (k < 0 || k >= end - start) {
      throw new IndexOutOfBoundsException(k);
    }
    return chars[start + k];
  }

  /** The first char of the normalized text. */
  public char firstChar() {
    return chars[start];
  }

  /** Whether whitespace (or the start of the text) precedes the token. */
  public boolean spaceBefore() {
    return (flags & TokenList.SPACE_BEFORE) != 0;
  }

  /** Whether a line break lies between the previous token and this one. */
  public boolean newlineBefore() {
    return (flags & TokenList.NEWLINE_BEFORE) != 0;
  }

  /**
   * {@code lower().hashCode()}, computed while tokenizing so that a {@link WordFilter} can turn
   * most words away without making or hashing a string.
   */
  public int lowerHash() {
    return lowerHash;
  }

  /** {@code folded().hashCode()}, likewise. */
  public int foldedHash() {
    return foldedHash;
  }

  /**
   * Whether the token's line has capitals and no lower-case letter ("TỔNG BÍ THƯ TÔ LÂM TIẾP ĐẠI
   * SỨ"): there a capital says nothing of names, and the grammars read the words by other
   * evidence.
   */
  public boolean caseless() {
    return (flags & TokenList.CASELESS) != 0;
  }

  /** True for a word token. */
  public boolean isWord() {
    return (flags & TokenList.KIND) == TokenList.WORD;
  }

  /** True for a number token. */
  public boolean isNumber() {
    return (flags & TokenList.KIND) == TokenList.NUMBER;
  }

  /** True for the punctuation token {@code c}. */
  public boolean is(char c) {
    return (flags & TokenList.KIND) == TokenList.PUNCT && end - start == 1 && chars[start] == c;
  }

  /** True for a dash of any kind: '-', '–', '—', '‑'. */
  public boolean isDash() {
    return (flags & TokenList.KIND) == TokenList.PUNCT && end - start == 1
        && "-–—‑‐−".indexOf(chars[start]) >= 0;
  }

  /** True when the word starts with an upper-case letter. */
  public boolean isCapitalized() {
    if ((flags & TokenList.KIND) != TokenList.WORD) {
      return false;
    }
    char c = chars[start];
    return c < 0x80 ? c >= 'A' && c <= 'Z'
        : Character.isUpperCase(Character.codePointAt(chars, start, end));
  }

  /**
   * True when the word starts with a capital that says something: capitalized, and not on a
   * line written all in capitals. Grammars that take a capital as a sign of a name or a proper
   * noun ask this.
   */
  public boolean hasInformativeCapital() {
    return !caseless() && isCapitalized();
  }

  /** True when the word has two or more letters, all upper case ("UBND", "USD"). */
  public boolean isAllCaps() {
    if ((flags & TokenList.KIND) != TokenList.WORD || end - start < 2) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** True when some letter of the word carries a Vietnamese diacritic. */
  public boolean hasDiacritics() {
    return (flags & TokenList.FOLDED_IS_LOWER) == 0;
  }

  /** The length in chars of the normalized text. */
  public int length() {
    return end - start;
  }

  @Override
  public String toString() {
    return kind() + "(" + text() + ")@" + start;
  }
}
