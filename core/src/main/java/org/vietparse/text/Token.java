package org.vietparse.text;

/**
 * One token of a {@link VietText}: a word (a run of letters), a number (a run of ASCII digits) or
 * a single punctuation or symbol character. Offsets are into the normalized text.
 *
 * <p>Separators inside numbers ("1.500.000", "10/11", "22h30") are tokens of their own; whether
 * two tokens touch is told by {@link #spaceBefore()}.
 *
 * @param kind what the token is
 * @param index the token's position in {@link VietText#tokens()}
 * @param start first char, in normalized offsets
 * @param end one past the last char, in normalized offsets
 * @param text the normalized text (NFC, modern tone placement)
 * @param lower {@code text} in lower case (diacritics kept)
 * @param folded {@code text} in lower case without diacritics, đ as d
 * @param spaceBefore whether whitespace (or the start of the text) precedes the token
 * @param newlineBefore whether a line break lies between the previous token and this one
 * @param lowerHash {@code lower.hashCode()}, computed while tokenizing so that a
 *     {@link WordFilter} can turn most words away without hashing a string
 * @param foldedHash {@code folded.hashCode()}, likewise
 * @param caseless whether the token's line has capitals and no lower-case letter ("TỔNG BÍ THƯ
 *     TÔ LÂM TIẾP ĐẠI SỨ"): there a capital says nothing of names, and the grammars read the
 *     words by other evidence
 */
public record Token(Kind kind, int index, int start, int end, String text, String lower,
    String folded, boolean spaceBefore, boolean newlineBefore, int lowerHash, int foldedHash,
    boolean caseless) {

  /** What a token is. */
  public enum Kind {
    /** A run of letters (with their combining marks). */
    WORD,
    /** A run of ASCII digits. */
    NUMBER,
    /** One character that is neither a letter, a digit nor whitespace. */
    PUNCT
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
    return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
  }

  /** True for a dash of any kind: '-', '–', '—', '‑'. */
  public boolean isDash() {
    return kind == Kind.PUNCT && text.length() == 1 && "-–—‑‐−".indexOf(text.charAt(0)) >= 0;
  }

  /** True when the word starts with an upper-case letter. */
  public boolean isCapitalized() {
    if (kind != Kind.WORD) {
      return false;
    }
    char c = text.charAt(0);
    return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(text.codePointAt(0));
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
    if (kind != Kind.WORD || text.length() < 2) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** True when some letter of the word carries a Vietnamese diacritic. */
  public boolean hasDiacritics() {
    return !lower.equals(folded);
  }

  /** The length in chars of the normalized text. */
  public int length() {
    return end - start;
  }

  @Override
  public String toString() {
    return kind + "(" + text + ")@" + start;
  }
}
