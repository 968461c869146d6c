package org.vietparse.internal.text;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Words mapped to values, looked up by a token without making or hashing its string: the
 * token's hash ({@link Token#lowerHash()}, {@link Token#foldedHash()}) finds the slot and its
 * chars are compared with the word in place. Lexicon look-ups happen at nearly every token, and
 * a {@code HashMap<String, V>} would first need the token's string.
 *
 * <pre>{@code
 * WordMap<Integer> m = WordMap.copyOf(Map.of("ngày", 1, "tháng", 2));
 * m.get(token, false);   // 2 for the token "Tháng", null for "của"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <V> the values
 */
public final class WordMap<V> {
  private static final WordMap<?> EMPTY = new WordMap<>(Map.of());

  private final int[] hashes;
  private final String[] keys;
  /** The keys' chars: compared with a token's chars array to array, no String.charAt per char. */
  private final char[][] keyChars;
  private final Object[] values;
  private final int mask;
  private final int size;

  private WordMap(Map<String, ? extends V> words) {
    int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2) - 1) << 1;
    hashes = new int[capacity];
    keys = new String[capacity];
    keyChars = new char[capacity][];
    values = new Object[capacity];
    mask = capacity - 1;
    size = words.size();
    words.forEach((k, v) -> {
      int h = k.hashCode();
      int i = spread(h) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      hashes[i] = h;
      keys[i] = k;
      keyChars[i] = k.toCharArray();
      values[i] = v;
    });
  }

  /** A map of the given words (lower-case or folded forms, as they will be asked for). */
  @SuppressWarnings("unchecked")
  public static <V> WordMap<V> copyOf(Map<String, ? extends V> words) {
    return words.isEmpty() ? (WordMap<V>) EMPTY : new WordMap<>(words);
  }

  /** The value of the token's lower-case (or, when {@code folded}, folded) form, or null. */
  @SuppressWarnings("unchecked")
  public @Nullable V get(Token t, boolean folded) {
    int h = folded ? t.foldedHash() : t.lowerHash();
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return null;
      }
      if (hashes[i] == h && t.sameForm(keyChars[i], folded)) {
        return (V) values[i];
      }
    }
  }

  /** The value of {@code word}, or null. */
  @SuppressWarnings("unchecked")
  public @Nullable V get(String word) {
    int h = word.hashCode();
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return null;
      }
      if (hashes[i] == h && k.equals(word)) {
        return (V) values[i];
      }
    }
  }

  /** How many words. */
  public int size() {
    return size;
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
