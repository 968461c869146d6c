package org.vietparse.internal.text;

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
  private static final WordFilter EMPTY = new WordFilter(new long[2], 31);

  private final long[] bits;
  /** 32 minus the bits of an index into {@code bits}: the hash's top bits pick the word. */
  private final int shift;

  private WordFilter(long[] bits, int shift) {
    this.bits = bits;
    this.shift = shift;
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
    int h = hash * GOLDEN;
    long pattern = pattern(h);
    return (bits[h >>> shift] & pattern) == pattern;
  }

  /** Two bits of one 64-bit word: one memory read a question, few false "maybe"s. */
  private static long pattern(int h) {
    return 1L << ((h >>> 8) & 63) | 1L << ((h >>> 14) & 63);
  }

  /**
   * One multiplication spreads a string hash well enough: its upper bits pick the word and its
   * middle bits the two bits, so that neither depends on the low bits of short words alone.
   */
  private static final int GOLDEN = 0x9E3779B9;

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
      int shift = Integer.numberOfLeadingZeros(longs) + 1;
      for (String w : words) {
        int h = w.hashCode() * GOLDEN;
        bits[h >>> shift] |= pattern(h);
      }
      return new WordFilter(bits, shift);
    }
  }
}
