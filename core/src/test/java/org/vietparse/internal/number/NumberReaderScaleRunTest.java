package org.vietparse.internal.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/** A scale word repeated with no other scale between ends the numeral before it, quickly. */
class NumberReaderScaleRunTest {

  @Test
  void aRepeatedScaleEndsTheNumeral() {
    List<Token> t = VietText.of("một trăm một trăm hai trăm").tokens();
    Numeral m = NumberReader.read(t, 0).orElseThrow();
    assertEquals(new BigDecimal("101"), m.value());
    assertEquals(3, m.end());
    List<Token> u = VietText.of("hai nghìn ba nghìn người").tokens();
    assertEquals(new BigDecimal("2003"), NumberReader.read(u, 0).orElseThrow().value());
  }

  @Test
  void scalesThatDifferStillCombine() {
    assertEquals(new BigDecimal("1200300000"),
        NumberReader.parse("một tỷ hai trăm triệu ba trăm nghìn").orElseThrow());
    assertEquals(new BigDecimal("100100"), NumberReader.parse("một trăm nghìn một trăm").orElseThrow());
    assertEquals(new BigDecimal("3000000000000"), NumberReader.parse("3 nghìn tỷ").orElseThrow());
  }

  @Test
  void readingAtEveryTokenOfANumeralRunCostsLinearTime() {
    List<Token> t = VietText.of("một trăm ".repeat(50_000)).tokens();
    long t0 = System.nanoTime();
    int numbers = 0;
    for (int i = 0; i < t.size(); i++) {
      if (NumberReader.read(t, i).isPresent()) {
        numbers++;
      }
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(50_000, numbers, "every 'một' starts one");
    assertTrue(ms < 5_000, "took " + ms + " ms");
  }
}
