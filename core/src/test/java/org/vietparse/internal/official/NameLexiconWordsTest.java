package org.vietparse.internal.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * The place words and name particles, read by token without making the token's string, answer
 * what the word sets answer for the token's lower-case form.
 */
class NameLexiconWordsTest {
  private static final NameLexicon LEX = NameLexicon.get();

  /** The lexicons' own words, in their letter cases and in capitals, and a few others. */
  private static List<String> words() {
    List<String> out = new ArrayList<>();
    for (String phrase : LEX.placeWords) {
      for (String w : phrase.split(" ")) {
        out.add(w);
        out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
      }
    }
    for (String w : LEX.particles) {
      out.add(w);
      out.add(w.toUpperCase(java.util.Locale.ROOT));
    }
    out.addAll(List.of("Hà", "Nội", "ông", "Lâm", "phố", "phô", "pho", "thờ", "tho"));
    return out;
  }

  @Test
  void oneWordReadsAsTheSetReadsIt() {
    int places = 0;
    for (String w : words()) {
      Token t = VietText.of(w).tokens().get(0);
      assertEquals(LEX.placeWords.contains(t.lower()), LEX.isPlaceWord(t), w);
      assertEquals(LEX.particles.contains(t.lower()), LEX.particleWords.get(t, false) != null, w);
      places += LEX.isPlaceWord(t) ? 1 : 0;
    }
    assertTrue(places > 20, "place words found: " + places);
  }

  @Test
  void twoWordsReadAsTheSetReadsThem() {
    List<String> words = words();
    int found = 0;
    for (String phrase : LEX.placeWords) {
      List<Token> ts = VietText.of(phrase).tokens();
      if (ts.size() == 2) {
        assertTrue(LEX.isPlaceWord(ts.get(0), ts.get(1)), phrase);
        found++;
      }
    }
    assertTrue(found > 3, "two-word place words: " + found);
    qt().withExamples(5000).forAll(Generate.pick(words), Generate.pick(words)).check((a, b) -> {
      List<Token> ts = VietText.of(a + " " + b).tokens();
      return ts.size() != 2 || LEX.isPlaceWord(ts.get(0), ts.get(1))
          == LEX.placeWords.contains(ts.get(0).lower() + " " + ts.get(1).lower());
    });
  }
}
