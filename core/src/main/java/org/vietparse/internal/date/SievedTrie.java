package org.vietparse.internal.date;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.text.Token;

/**
 * A phrase trie behind a sieve of its phrases' first words, so that the grammar's many
 * look-ups at words that start no phrase cost no hashing; answers exactly as the trie does.
 */
final class SievedTrie<V> {
  private final PhraseTrie<V> trie;
  private final WordSieve firstWords;

  SievedTrie(PhraseTrie<V> trie, WordSieve firstWords) {
    this.trie = trie;
    this.firstWords = firstWords;
  }

  /** As {@link PhraseTrie#longest}. */
  PhraseTrie.@Nullable Match<V> longest(List<Token> tokens, int i, boolean folded) {
    if (i >= 0 && i < tokens.size() && !firstWords.mayContain(tokens.get(i), folded)) {
      return null;
    }
    return trie.longest(tokens, i, folded);
  }

  boolean isEmpty() {
    return trie.isEmpty();
  }
}
