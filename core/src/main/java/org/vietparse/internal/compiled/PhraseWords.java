package org.vietparse.internal.compiled;

import java.util.Arrays;
import java.util.List;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * A lexicon phrase as the text layer tokenizes it, reduced to what building a lexicon asks of its
 * tokens: each token's lower-case and folded forms and three facts (a word, capitalized, an
 * abbreviation in capitals), and the folded form of the whole phrase. {@link #of} takes them from
 * the lexicons compiled at build time ({@link CompiledLexicons}) and tokenizes only phrases not
 * in them (a user's entries), so that building an {@code Extractor} normalizes nothing.
 *
 * <pre>{@code
 * PhraseWords w = PhraseWords.of("Bộ Tài chính");
 * w.size();        // 3
 * w.lower(0);      // "bộ"
 * w.folded(2);     // "chinh"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PhraseWords {
  static final int WORD = 1;
  static final int CAPITALIZED = 2;
  static final int ALL_CAPS = 4;

  private final String[] lower;
  private final String[] folded;
  private final byte[] flags;
  private final String foldedText;

  PhraseWords(String[] lower, String[] folded, byte[] flags, String foldedText) {
    this.lower = lower;
    this.folded = folded;
    this.flags = flags;
    this.foldedText = foldedText;
  }

  /**
   * The words of a phrase: compiled at build time for the bundled lexicons' phrases, else
   * tokenized now.
   *
   * @param phrase a lexicon phrase
   * @return its tokens' forms
   */
  public static PhraseWords of(String phrase) {
    return CompiledLexicons.phrase(phrase);
  }

  /**
   * Tokenizes a phrase as text is tokenized: what the compiled form stores.
   *
   * @param phrase a lexicon phrase
   * @return its tokens' forms
   */
  static PhraseWords tokenize(String phrase) {
    VietText v = VietText.of(phrase);
    List<Token> tokens = v.tokens();
    int n = tokens.size();
    String[] lo = new String[n];
    String[] fo = new String[n];
    byte[] fl = new byte[n];
    for (int k = 0; k < n; k++) {
      Token t = tokens.get(k);
      lo[k] = t.lower();
      fo[k] = t.folded();
      fl[k] = (byte) ((t.isWord() ? WORD : 0) | (t.isCapitalized() ? CAPITALIZED : 0)
          | (t.isWord() && t.length() >= 2 && t.isAllCaps() ? ALL_CAPS : 0));
    }
    return new PhraseWords(lo, fo, fl, v.folded());
  }

  /**
   * How many tokens.
   *
   * @return the token count
   */
  public int size() {
    return lower.length;
  }

  /**
   * Token k's lower-case form, diacritics kept.
   *
   * @param k a token index
   * @return its lower-case form
   */
  public String lower(int k) {
    return lower[k];
  }

  /**
   * Token k's folded form: lower case, no diacritics, đ as d.
   *
   * @param k a token index
   * @return its folded form
   */
  public String folded(int k) {
    return folded[k];
  }

  /**
   * Whether token k is a word.
   *
   * @param k a token index
   * @return whether it is a word
   */
  public boolean isWord(int k) {
    return (flags[k] & WORD) != 0;
  }

  /**
   * Whether token k is a word that starts with an upper-case letter.
   *
   * @param k a token index
   * @return whether it is capitalized
   */
  public boolean isCapitalized(int k) {
    return (flags[k] & CAPITALIZED) != 0;
  }

  /**
   * Whether token k is a word of two or more letters, all upper case ("UBND", "TƯ").
   *
   * @param k a token index
   * @return whether it is written in capitals
   */
  public boolean isAllCaps(int k) {
    return (flags[k] & ALL_CAPS) != 0;
  }

  /**
   * The whole phrase folded, as {@link VietText#folded()}.
   *
   * @return the folded phrase
   */
  public String foldedText() {
    return foldedText;
  }

  byte[] flags() {
    return flags;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhraseWords w && Arrays.equals(lower, w.lower)
        && Arrays.equals(folded, w.folded) && Arrays.equals(flags, w.flags)
        && foldedText.equals(w.foldedText);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(lower) * 31 + foldedText.hashCode();
  }

  @Override
  public String toString() {
    return Arrays.toString(lower) + Arrays.toString(folded) + Arrays.toString(flags);
  }
}
