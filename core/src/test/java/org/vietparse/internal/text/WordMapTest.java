package org.vietparse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class WordMapTest {
  private static final String[] SYLLABLES = {
    "ngày", "tháng", "năm", "bộ", "bổ", "bố", "chủ", "tịch", "tỷ", "tý", "đồng", "dong", "a", "ă"};

  /** Words of one to three syllables glued together, so that hashes and lengths vary. */
  private static Gen<String> words() {
    Gen<String> one = integers().between(0, SYLLABLES.length - 1).map(i -> SYLLABLES[i]);
    return one.zip(one, integers().between(1, 3), (a, b, n) -> n == 1 ? a : n == 2 ? a + b : a + b + a);
  }

  @Test
  void aTokenFindsWhatItsLowerAndFoldedStringsFindInAHashMap() {
    qt().forAll(words(), words(), words()).checkAssert((k1, k2, probe) -> {
      Map<String, Integer> m = new HashMap<>();
      m.put(k1, 1);
      m.put(k2, 2);
      WordMap<Integer> w = WordMap.copyOf(m);
      List<Token> tokens = VietText.of(probe.toUpperCase(Locale.ROOT)).tokens();
      Token t = tokens.get(0);
      assertEquals(m.get(t.lower()), w.get(t, false), probe);
      assertEquals(m.get(t.folded()), w.get(t, true), probe);
      assertEquals(m.get(probe), w.get(probe), probe);
    });
  }

  @Test
  void aWordThatOnlySharesAPrefixIsNotFound() {
    WordMap<Integer> w = WordMap.copyOf(Map.of("tháng", 1));
    assertNull(w.get(VietText.of("thán").tokens().get(0), false));
    assertNull(w.get(VietText.of("thánga").tokens().get(0), false));
    assertEquals(1, w.get(VietText.of("THÁNG").tokens().get(0), false));
  }
}
