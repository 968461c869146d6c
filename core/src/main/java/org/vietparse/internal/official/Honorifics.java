package org.vietparse.internal.official;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.text.Token;

/** Finds an honorific at a token: ông, bà, đồng chí, GS., PGS.TS., Đại tướng… */
final class Honorifics {
  private Honorifics() {}

  /**
   * The honorific at {@code k}, or null. An abbreviation ("TS.", "ThS.") must be written in its
   * own letter case, so that the lower-case "ts" of other words never reads as one.
   */
  static PhraseTrie.@Nullable Match<NameLexicon.Honorific> at(NameLexicon lex,
      List<Token> tokens, int k, boolean folded) {
    PhraseTrie.Match<NameLexicon.Honorific> m = lex.honorifics.longest(tokens, k, folded);
    if (m == null) {
      return null;
    }
    if (m.value().exactCase()) {
      StringBuilder written = new StringBuilder();
      for (int i = m.start(); i < m.end(); i++) {
        written.append(tokens.get(i).text());
      }
      if (!written.toString().equals(m.value().form().replace(" ", ""))) {
        return null;
      }
    }
    return m;
  }
}
