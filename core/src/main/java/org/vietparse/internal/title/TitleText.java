package org.vietparse.internal.title;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.name.NameModel;
import org.vietparse.internal.text.Token;

/**
 * The tokens a title grammar reads, with the lexicon lookups every family of rules shares: which
 * tries have a phrase at a token, letter case, and where a person's name begins.
 */
final class TitleText {
  final TitleLexicon lex;
  final NameModel names;
  final List<Token> ts;
  final boolean folded;

  TitleText(TitleLexicon lex, List<Token> ts, boolean folded) {
    this.lex = lex;
    this.names = NameModel.get();
    this.ts = ts;
    this.folded = folded;
  }

  int size() {
    return ts.size();
  }

  Token get(int k) {
    return ts.get(k);
  }

  /**
   * The bits of the tries that may hold a phrase beginning at token k
   * ({@link TitleLexicon#startsAt}). Asked anew each time: the look-up reads the token's hash
   * code and one slot, cheaper than a table per token filled for every text.
   */
  int starts(int k) {
    return lex.startsAt(ts.get(k), folded);
  }

  /**
   * Whether a status, a role, an office or a not-title may begin at token k: false for most
   * tokens, by a filter of their first words; when true, {@link #starts} tells.
   */
  boolean mayStartTitle(int k) {
    return lex.mayStartTitle(ts.get(k), folded);
  }

  /** The longest phrase of {@code trie} at token i, its abbreviations in capitals; or null. */
  <V> PhraseTrie.@Nullable Match<V> match(PhraseTrie<TitleLexicon.Form<V>> trie, int i) {
    if (i >= ts.size() || (starts(i) & lex.bit(trie)) == 0) {
      return null;
    }
    PhraseTrie.Match<TitleLexicon.Form<V>> m = trie.longest(ts, i, folded);
    if (m == null) {
      return null;
    }
    long caps = m.value().caps();
    for (int k = 0; caps != 0 && k < m.end() - m.start(); k++, caps >>>= 1) {
      if ((caps & 1) != 0 && !ts.get(i + k).isAllCaps()) {
        return null;
      }
    }
    return new PhraseTrie.Match<>(m.value().value(), m.start(), m.end());
  }

  /** A capitalized word, or one in capitals. */
  boolean capitalized(int i) {
    Token t = ts.get(i);
    return t.isWord() && (t.isCapitalized() || t.isAllCaps());
  }

  /** The context word at k, when it has this use; null otherwise. */
  TitleLexicon.@Nullable Use use(int k) {
    PhraseTrie.Match<TitleLexicon.Use> m = match(lex.context, k);
    return m == null ? null : m.value();
  }

  /** How many words of a family name begin at k (0, 1 or 2); see {@link NameModel}. */
  int surnameAt(int k) {
    return names.surnameAt(ts, k);
  }

  /** A Vietnamese person's name begins at k: a family name and a capitalized word after it. */
  boolean nameAt(int k) {
    return names.nameAt(ts, k);
  }

  /** Where a person's name at the end of [from, end) begins, or end. */
  int personStart(int from, int end) {
    return names.personStart(ts, from, end);
  }

  /** A role or office begins at k. */
  boolean titleAt(int k) {
    return match(lex.roles, k) != null || match(lex.offices, k) != null;
  }

  /**
   * Whether a phrase begins inside a compound word: its first word is in lower case but a
   * later one is capitalized ("nhiệm vụ Trưởng Đoàn" holds no "Vụ trưởng").
   */
  boolean splitsWord(int from, int to) {
    if (folded || capitalized(from)) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (capitalized(k)) {
        return true;
      }
    }
    return false;
  }

  /** The text of tokens [from, to), with single spaces where the text has space. */
  String words(int from, int to) {
    StringBuilder name = new StringBuilder();
    for (int k = from; k < to; k++) {
      Token t = ts.get(k);
      if (k > from && t.spaceBefore()) {
        name.append(' ');
      }
      name.append(t.text());
    }
    return name.toString();
  }
}
