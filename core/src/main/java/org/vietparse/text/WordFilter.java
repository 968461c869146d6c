package org.vietparse.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of words that answers "surely absent" for a token without touching its strings: it reads
 * the hash the tokenizer computed once for each token ({@link Token#lowerHash()},
 * {@link Token#foldedHash()}). Most words of a text start no phrase of any lexicon, and every
 * grammar asks about every token; rejecting those words this way costs one read from a table
 * small enough to stay in the processor's cache, where a hash set would first hash the word's
 * string. "Maybe present" still needs the exact look-up.
 *
 * <pre>{@code
 * WordFilter f = WordFilter.builder().add("ngày").add("tháng").build();
 * f.mayContain(token, false);   // false for most words, never false for "ngày"
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class WordFilter {
  private static final WordFilter EMPTY = new WordFilter(new long[1], 0);

  private final long[] bits;
  private final int mask;

  private WordFilter(long[] bits, int mask) {
    this.bits = bits;
    this.mask = mask;
  }

  /** A builder of a filter. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the token's lower-case (or, when {@code folded}, folded) form may be in the set. */
  public boolean mayContain(Token t, boolean folded) {
    return mayContainHash(folded ? t.foldedHash() : t.lowerHash());
  }

  /** Whether {@code word} may be in the set. */
  public boolean mayContain(String word) {
    return mayContainHash(word.hashCode());
  }

  private boolean mayContainHash(int hash) {
    int h = mix(hash);
    long pattern = pattern(h);
    return (bits[(h >>> 12) & mask] & pattern) == pattern;
  }

  /** Two bits of one 64-bit word: one memory read a question, few false "maybe"s. */
  private static long pattern(int h) {
    return 1L << (h & 63) | 1L << ((h >>> 6) & 63);
  }

  /** Spreads a string hash, whose low bits alone say little about short words. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }

  /** Collects words; {@link #build} sizes the table at about 16 bits a word. */
  public static final class Builder {
    private final List<String> words = new ArrayList<>();

    private Builder() {}

    /** Adds one word, as its lower-case or folded form will be asked about. */
    public Builder add(String word) {
      words.add(word);
      return this;
    }

    /** Adds every word. */
    public Builder addAll(Iterable<String> more) {
      more.forEach(words::add);
      return this;
    }

    /** The filter of the words added so far. */
    public WordFilter build() {
      if (words.isEmpty()) {
        return EMPTY;
      }
      int longs = Integer.highestOneBit(Math.max(16, words.size() / 4) - 1) << 1;
      long[] bits = new long[longs];
      for (String w : words) {
        int h = mix(w.hashCode());
        bits[(h >>> 12) & (longs - 1)] |= pattern(h);
      }
      return new WordFilter(bits, longs - 1);
    }
  }
}
