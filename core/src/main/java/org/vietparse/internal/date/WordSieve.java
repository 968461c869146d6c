package org.vietparse.internal.date;

import org.vietparse.text.Token;

/**
 * A set of words that answers "surely absent" from a word's length and outer letters alone,
 * without hashing it: most words of a text start no date phrase, and rejecting them this way
 * costs far less than a hash lookup. "Maybe present" still needs the exact lookup. Immutable
 * once filled; filled only while the lexicons load.
 */
final class WordSieve {
  private static final int BITS = 1 << 14;
  private final long[] bits = new long[BITS / 64];

  void add(String word) {
    int h = slot(word);
    bits[h >>> 6] |= 1L << h;
  }

  /** False when {@code word} was surely never added. */
  boolean mayContain(String word) {
    int h = slot(word);
    return (bits[h >>> 6] & (1L << h)) != 0;
  }

  /** Whether the token's lower-case or folded form may have been added. */
  boolean mayContain(Token x, boolean folded) {
    return mayContain(folded ? x.folded() : x.lower());
  }

  private static int slot(String w) {
    int len = w.length();
    if (len == 0) {
      return 0;
    }
    int h = len * 0x9E3779B1 ^ w.charAt(0) * 0x85EBCA6B ^ w.charAt(len - 1) * 0xC2B2AE35
        ^ w.charAt(len >>> 1) * 0x27D4EB2F;
    h ^= h >>> 15;
    h *= 0x2C1B3C6D;
    h ^= h >>> 13;
    return h & (BITS - 1);
  }
}
