package org.vietparse.internal.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vietparse.internal.Document;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * {@code DateLexicon.before} and {@code at} look context phrases up by token; they must answer
 * as the phrase sets of {@code DateLexicon.context} do, asked with the words' strings.
 */
class DateContextLookupTest {
  private static final DateLexicon LEX = DateLexicon.get();
  private static final List<String> USES = new ArrayList<>(LEX.context.keySet());
  private static final List<String> PHRASES = new ArrayList<>(LEX.context.values());
  private static final String[] GLUE = {"ngày", "10", ",", "và", "Hà Nội", "\n", "các", "đó"};

  private static String form(Token t, boolean folded) {
    return folded ? t.folded() : t.lower();
  }

  /** The one or two words before i, as strings. */
  private static boolean before(List<Token> t, int i, String use, boolean folded) {
    if (i < 1) {
      return false;
    }
    if (LEX.context.get(use).contains(form(t.get(i - 1), folded))) {
      return true;
    }
    return i >= 2 && !t.get(i - 1).newlineBefore() && LEX.context.get(use)
        .contains(form(t.get(i - 2), folded) + " " + form(t.get(i - 1), folded));
  }

  /** The one or two words from i, as strings. */
  private static boolean at(List<Token> t, int i, String use, boolean folded) {
    if (i < 0 || i >= t.size()) {
      return false;
    }
    if (LEX.context.get(use).contains(form(t.get(i), folded))) {
      return true;
    }
    return i + 1 < t.size() && !t.get(i + 1).newlineBefore() && LEX.context.get(use)
        .contains(form(t.get(i), folded) + " " + form(t.get(i + 1), folded));
  }

  private static String text(long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (int k = 1 + r.nextInt(12); k > 0; k--) {
      b.append(r.nextInt(3) == 0 ? GLUE[r.nextInt(GLUE.length)]
          : PHRASES.get(r.nextInt(PHRASES.size()))).append(' ');
    }
    return r.nextBoolean() ? VietText.of(b.toString()).folded() : b.toString();
  }

  private static int agree(String text) {
    Document doc = Document.of(text);
    List<Token> t = doc.tokens();
    int hits = 0;
    for (String use : USES) {
      for (int i = -1; i <= t.size(); i++) {
        for (boolean folded : new boolean[] {false, true}) {
          boolean b = before(t, i, use, folded);
          boolean a = at(t, i, use, folded);
          assertEquals(b, LEX.before(t, i, use, folded), text + " before " + i + " " + use);
          assertEquals(a, LEX.at(t, i, use, folded), text + " at " + i + " " + use);
          hits += (a ? 1 : 0) + (b ? 1 : 0);
        }
      }
    }
    return hits;
  }

  @Test
  void tokenLookUpsAnswerAsTheStringSets() {
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> agree(text(seed)));
  }

  @Test
  void everyPhraseIsFoundBeforeAndAtItself() {
    // the comparison above would pass if neither side ever matched
    int hits = 0;
    for (String phrase : PHRASES) {
      hits += agree("x " + phrase + " y");
    }
    assertTrue(hits >= 2 * PHRASES.size(), "hits: " + hits);
  }
}
