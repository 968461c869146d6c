package org.vietparse.internal.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.vietparse.internal.number.Numeral;

/**
 * {@code RelativeCountRules.beyondInt} tells without an exception the counts on which the scan
 * gives up: whole numbers of at most ten digits that {@link BigDecimal#intValueExact} refuses.
 */
class RelativeCountRulesTest {
  private static Numeral numeral(BigDecimal v) {
    return Numeral.of(v, 0, 1, Numeral.Form.DIGITS);
  }

  /** The straightforward reading: the range check of Numeral.intValue, then intValueExact. */
  private static boolean refused(BigDecimal v) {
    if (v.scale() > 0 || v.precision() - v.scale() > 10) {
      return false;
    }
    try {
      v.intValueExact();
      return false;
    } catch (ArithmeticException e) {
      return true;
    }
  }

  @Test
  void beyondIntIsWhereIntValueExactRefuses() {
    qt().withExamples(5000).forAll(longs().all(), integers().between(-12, 3))
        .checkAssert((unscaled, scale) -> {
          BigDecimal v = BigDecimal.valueOf(unscaled, scale);
          assertEquals(refused(v), RelativeCountRules.beyondInt(numeral(v)), v.toString());
        });
  }

  @Test
  void moneyAmountsBeyondAnIntAndOrdinaryCounts() {
    assertTrue(RelativeCountRules.beyondInt(numeral(new BigDecimal("3E+9"))));
    assertTrue(RelativeCountRules.beyondInt(numeral(new BigDecimal("2147483648"))));
    assertTrue(RelativeCountRules.beyondInt(numeral(new BigDecimal("-2147483649"))));
    assertFalse(RelativeCountRules.beyondInt(numeral(new BigDecimal("2147483647"))));
    assertFalse(RelativeCountRules.beyondInt(numeral(new BigDecimal("2E+9"))));
    assertFalse(RelativeCountRules.beyondInt(numeral(new BigDecimal("5E+10"))));
    assertFalse(RelativeCountRules.beyondInt(numeral(new BigDecimal("1.5"))));
    assertFalse(RelativeCountRules.beyondInt(numeral(new BigDecimal("30"))));
  }
}
