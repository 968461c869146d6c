package org.vietparse.internal.text;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The text layer as it was before its flat token stream (main 77b92fc), kept unchanged as the
 * oracle of {@link TextLayerEquivalenceTest}.
 *
 * <p>One token of a {@link OldVietText}: a word (a run of letters), a number (a run of ASCII digits) or
 * a single punctuation or symbol character. Offsets are into the normalized text.
 *
 * <p>Separators inside numbers ("1.500.000", "10/11", "22h30") are tokens of their own; whether
 * two tokens touch is told by {@link #spaceBefore()}.
 *
 * <pre>{@code
 * OldToken t = OldVietText.of("Chủ tịch nước").tokens().get(0);
 * t.text();           // "Chủ"
 * t.lower();          // "chủ"
 * t.folded();         // "chu"
 * t.lowerIs("chủ");   // true, and no string made
 * }</pre>
 *
 * <p>A token reads its chars from the text's arrays and makes its strings ({@link #text()},
 * {@link #lower()}, {@link #folded()}) when first asked: most tokens are turned away by a
 * {@link WordFilter} on their hashes and never need one. A token is immutable in what it
 * answers; the strings are made at most once per thread that asks, each equal to the others, as
 * {@link String#hashCode()} is cached.
 */
final class OldToken {
  /** What a token is. */
  public enum Kind {
    /** A run of letters (with their combining marks). */
    WORD,
    /** A run of ASCII digits. */
    NUMBER,
    /** One character that is neither a letter, a digit nor whitespace. */
    PUNCT
  }

  private final Kind kind;
  private final int index;
  private final int start;
  private final int end;
  private final char[] chars;
  private final char[] lowerChars;
  private final char[] foldedChars;
  private final boolean lowerIsText;
  private final boolean foldedIsLower;
  private final boolean spaceBefore;
  private final boolean newlineBefore;
  private final boolean caseless;
  private final int lowerHash;
  private final int foldedHash;
  private @Nullable String text;
  private @Nullable String lower;
  private @Nullable String folded;

  /**
   * A token over {@code [start, end)} of the normalized chars and their lower-case and folded
   * forms (arrays of the same length, shared by every token of the text and never changed).
   */
  OldToken(Kind kind, int index, int start, int end, char[] chars, char[] lowerChars,
      char[] foldedChars, boolean spaceBefore, boolean newlineBefore, boolean caseless) {
    this.kind = kind;
    this.index = index;
    this.start = start;
    this.end = end;
    this.chars = chars;
    this.lowerChars = lowerChars;
    this.foldedChars = foldedChars;
    this.spaceBefore = spaceBefore;
    this.newlineBefore = newlineBefore;
    this.caseless = caseless;
    // one pass: the hashes (as String.hashCode) and whether the forms differ
    int lh = 0;
    int fh = 0;
    boolean lowerSame = true;
    boolean foldedSame = true;
    for (int k = start; k < end; k++) {
      char l = lowerChars[k];
      char f = foldedChars[k];
      lh = 31 * lh + l;
      fh = 31 * fh + f;
      lowerSame &= l == chars[k];
      foldedSame &= f == l;
    }
    this.lowerHash = lh;
    this.foldedHash = fh;
    this.lowerIsText = lowerSame;
    this.foldedIsLower = foldedSame;
  }

  /** What the token is. */
  public Kind kind() {
    return kind;
  }

  /** The token's position in {@link OldVietText#tokens()}. */
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
    if (lowerIsText) {
      return text();
    }
    String l = lower;
    if (l == null) {
      l = new String(lowerChars, start, end - start);
      lower = l;
    }
    return l;
  }

  /** The text in lower case without diacritics, đ as d: "chu". */
  public String folded() {
    if (foldedIsLower) {
      return lower();
    }
    String f = folded;
    if (f == null) {
      f = new String(foldedChars, start, end - start);
      folded = f;
    }
    return f;
  }

  /** Whether {@code lower().equals(word)}, asked without making the string. */
  public boolean lowerIs(String word) {
    // the hash (a String caches its own) turns away almost every other word in one comparison
    return word != null && word.hashCode() == lowerHash && sameAs(lowerChars, word);
  }

  /** Whether {@code folded().equals(word)}, asked without making the string. */
  public boolean foldedIs(String word) {
    return word != null && word.hashCode() == foldedHash && sameAs(foldedChars, word);
  }

  /** Whether the lower-case (or, when {@code folded}, folded) form is exactly {@code word}. */
  boolean sameForm(char[] word, boolean folded) {
    return Arrays.equals(folded ? foldedChars : lowerChars, start, end, word, 0, word.length);
  }

  private boolean sameAs(char[] form, String word) {
    if (word == null || word.length() != end - start) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (form[start + k] != word.charAt(k)) {
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
    return spaceBefore;
  }

  /** Whether a line break lies between the previous token and this one. */
  public boolean newlineBefore() {
    return newlineBefore;
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
    return caseless;
  }

  /** True for a word token. */
  public boolean isWord() {
    return kind == Kind.WORD;
  }

  /** True for a number token. */
  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** True for the punctuation token {@code c}. */
  public boolean is(char c) {
    return kind == Kind.PUNCT && end - start == 1 && chars[start] == c;
  }

  /** True for a dash of any kind: '-', '–', '—', '‑'. */
  public boolean isDash() {
    return kind == Kind.PUNCT && end - start == 1 && "-–—‑‐−".indexOf(chars[start]) >= 0;
  }

  /** True when the word starts with an upper-case letter. */
  public boolean isCapitalized() {
    if (kind != Kind.WORD) {
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
    return !caseless && isCapitalized();
  }

  /** True when the word has two or more letters, all upper case ("UBND", "USD"). */
  public boolean isAllCaps() {
    if (kind != Kind.WORD || end - start < 2) {
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
    return !foldedIsLower;
  }

  /** The length in chars of the normalized text. */
  public int length() {
    return end - start;
  }

  @Override
  public String toString() {
    return kind + "(" + text() + ")@" + start;
  }
}
