package org.vietparse.internal.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@link Numeral#intValue} answers without an exception, as the date rules ask it of every
 * number ("5 tỷ" included): it must answer what {@link BigDecimal#intValueExact} gives, or -1
 * where that throws or the value has a fraction.
 */
class NumeralIntValueTest {
  @Test
  void isTheExactIntOrMinusOne() {
    qt().withExamples(5000)
        .forAll(longs().between(-99_999_999_999L, 99_999_999_999L), integers().between(-12, 4))
        .checkAssert((unscaled, scale) -> {
          BigDecimal v = BigDecimal.valueOf(unscaled, scale);
          assertEquals(byDefinition(v), numeral(v).intValue(), v.toString());
        });
  }

  @Test
  void edgesOfTheIntRange() {
    for (String s : new String[] {"2147483647", "2147483648", "-2147483648", "-2147483649",
        "5E+9", "2E+9", "1E+9", "9999999999", "1.5", "0", "-0", "1E+30", "12.0"}) {
      BigDecimal v = new BigDecimal(s);
      assertEquals(byDefinition(v), numeral(v).intValue(), s);
    }
  }

  private static Numeral numeral(BigDecimal v) {
    return Numeral.of(v, 0, 1, Numeral.Form.DIGITS);
  }

  private static int byDefinition(BigDecimal v) {
    if (v.scale() > 0) {
      return -1;
    }
    try {
      return v.intValueExact();
    } catch (ArithmeticException e) {
      return -1;
    }
  }
}
