package org.vietparse.internal.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractList;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of a {@link VietText} as a flat stream: parallel primitive arrays of offsets, kinds
 * and flags, and the hashes of the lower-case and folded forms, filled by {@link Tokenizer} in one
 * pass. The {@link Token} objects are made only when {@link #get} first asks for one, all of them
 * at once, and each index answers the same object ever after (also across threads: the first
 * array stored wins). A text only counted, or only read by its flat arrays, makes none.
 *
 * <p>Unmodifiable, random-access and thread-safe.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {
  /** Kinds, in the low two bits of a token's flags: {@link Token.Kind}'s ordinals. */
  static final int WORD = 0;
  static final int NUMBER = 1;
  static final int PUNCT = 2;
  static final int KIND = 3;
  static final int SPACE_BEFORE = 4;
  static final int NEWLINE_BEFORE = 8;
  static final int CASELESS = 16;
  /** The lower-case form is the text itself. */
  static final int LOWER_IS_TEXT = 32;
  /** The folded form is the lower-case form: no diacritics. */
  static final int FOLDED_IS_LOWER = 64;

  private static final VarHandle MADE;

  static {
    try {
      MADE = MethodHandles.lookup().findVarHandle(TokenList.class, "made", Token[].class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final char[] chars;
  private final int size;
  private final int[] starts;
  private final int[] ends;
  private final byte[] flags;
  private final int[] lowerHashes;
  private final int[] foldedHashes;
  private final boolean hasDiacritics;
  /** Every token, once one is asked for; null before. */
  private volatile Token @Nullable [] made;

  TokenList(char[] chars, int size, int[] starts, int[] ends, byte[] flags, int[] lowerHashes,
      int[] foldedHashes, boolean hasDiacritics) {
    this.chars = chars;
    this.size = size;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.lowerHashes = lowerHashes;
    this.foldedHashes = foldedHashes;
    this.hasDiacritics = hasDiacritics;
  }

  /** Whether some letter of the text carries a diacritic (its fold differs from its lower case). */
  boolean hasDiacritics() {
    return hasDiacritics;
  }

  @Override
  public Token get(int index) {
    Token[] m = made;
    if (m == null) {
      m = makeAll();
    }
    return m[index];
  }

  /**
   * Makes every token at once: the grammars read them all, and a call taken once per text stays
   * out of the many places that inline {@link #get}.
   */
  private Token[] makeAll() {
    Token[] m = new Token[size];
    for (int i = 0; i < size; i++) {
      m[i] = new Token(flags[i], i, starts[i], ends[i], chars, lowerHashes[i], foldedHashes[i]);
    }
    // the first array stored wins, so that an index answers one token object in every thread
    Token[] before = (Token[]) MADE.compareAndExchange(this, (Token[]) null, m);
    return before == null ? m : before;
  }

  @Override
  public int size() {
    return size;
  }
}
