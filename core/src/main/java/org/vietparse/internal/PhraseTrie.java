package org.vietparse.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.compiled.PhraseWords;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.WordFilter;
import org.vietparse.internal.text.WordMap;

/**
 * Phrases of one or more tokens mapped to values, matched longest-first at a token position.
 * Keys are the tokens' lower-case forms (diacritics kept); each phrase is also indexed by its
 * folded form (no diacritics), which {@link #longest} uses only when asked to, for texts
 * written without diacritics.
 *
 * <p>Build with {@link #builder()}; the built trie is immutable and thread-safe.
 *
 * @param <V> the value of a phrase
 */
public final class PhraseTrie<V> {
  private final Node<V> lowerRoot;
  private final Node<V> foldedRoot;
  /** The first words of the phrases: most tokens start none, and are turned away unhashed. */
  private final WordFilter lowerFirst;
  private final WordFilter foldedFirst;

  private PhraseTrie(Node<V> lowerRoot, Node<V> foldedRoot, WordFilter lowerFirst,
      WordFilter foldedFirst) {
    this.lowerRoot = lowerRoot;
    this.foldedRoot = foldedRoot;
    this.lowerFirst = lowerFirst;
    this.foldedFirst = foldedFirst;
  }

  private static WordFilter firstWords(Node<?> root) {
    WordFilter.Builder b = WordFilter.builder();
    if (root.children != null) {
      b.addAll(root.children.keySet());
    }
    return b.build();
  }

  /** A new builder. */
  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** A match: the value and the token range {@code [start, end)}. */
  public record Match<V>(V value, int start, int end) {}

  /**
   * The longest phrase starting at token {@code i}, or null.
   *
   * @param folded whether to compare folded forms (for text without diacritics)
   */
  public @Nullable Match<V> longest(List<Token> tokens, int i, boolean folded) {
    if (i < tokens.size()
        && !(folded ? foldedFirst : lowerFirst).mayContain(tokens.get(i), folded)) {
      return null;
    }
    Node<V> node = folded ? foldedRoot : lowerRoot;
    Match<V> best = null;
    for (int k = i; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (k > i && t.newlineBefore()) {
        break;
      }
      node = node.next == null ? null : node.next.get(t, folded);
      if (node == null) {
        break;
      }
      if (node.value != null) {
        best = new Match<>(node.value, i, k + 1);
      }
    }
    return best;
  }

  /**
   * Whether a phrase may begin at token {@code t}: false when none does ({@link #longest}
   * returns null there), asked of a filter with no lookup; true says nothing.
   *
   * @param t a token
   * @param folded whether folded forms are compared, as for {@link #longest}
   * @return false when no phrase begins with {@code t}
   */
  public boolean mayStart(Token t, boolean folded) {
    return (folded ? foldedFirst : lowerFirst).mayContain(t, folded);
  }

  /** Whether any phrase is stored. */
  public boolean isEmpty() {
    return lowerRoot.next == null;
  }

  /** Collects phrases; later puts of the same phrase replace earlier ones. */
  public static final class Builder<V> {
    private final Node<V> lowerRoot = new Node<>();
    private final Node<V> foldedRoot = new Node<>();

    private Builder() {}

    /**
     * Adds a phrase, tokenized as text is, so that "TT&TT" or "Bà Rịa - Vũng Tàu" match as
     * they are written.
     */
    public Builder<V> put(String phrase, V value) {
      // compiled at build time for the bundled lexicons: no normalizing at start-up
      PhraseWords tokens = PhraseWords.of(phrase);
      if (tokens.size() == 0) {
        throw new IllegalArgumentException("empty phrase");
      }
      insert(lowerRoot, tokens, value, false);
      insert(foldedRoot, tokens, value, true);
      return this;
    }

    /**
     * Adds a phrase that text without diacritics does not match: one whose bare spelling is a
     * commoner word's too ("cố" and "có" are both "co").
     */
    public Builder<V> putWithDiacritics(String phrase, V value) {
      PhraseWords tokens = PhraseWords.of(phrase);
      if (tokens.size() == 0) {
        throw new IllegalArgumentException("empty phrase");
      }
      insert(lowerRoot, tokens, value, false);
      return this;
    }

    private static <V> void insert(Node<V> root, PhraseWords tokens, V value, boolean folded) {
      Node<V> n = root;
      for (int k = 0; k < tokens.size(); k++) {
        if (n.children == null) {
          n.children = new HashMap<>();
        }
        n = n.children.computeIfAbsent(folded ? tokens.folded(k) : tokens.lower(k),
            w -> new Node<>());
      }
      n.value = value;
    }

    public PhraseTrie<V> build() {
      return new PhraseTrie<>(lowerRoot.freeze(), foldedRoot.freeze(), firstWords(lowerRoot),
          firstWords(foldedRoot));
    }
  }

  private static final class Node<V> {
    /** While building; null once built. */
    @Nullable Map<String, Node<V>> children;
    /** Once built: looked up by token, with no string made. */
    @Nullable WordMap<Node<V>> next;
    @Nullable V value;

    Node<V> freeze() {
      Node<V> copy = new Node<>();
      copy.value = value;
      if (children != null) {
        Map<String, Node<V>> m = new HashMap<>(children.size() * 2);
        children.forEach((k, v) -> m.put(k, v.freeze()));
        copy.next = WordMap.copyOf(m);
      }
      return copy;
    }
  }

}
