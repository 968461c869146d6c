package org.vietparse.internal.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * A lone run of digits is valued as a long, without the string arithmetic of grouped and
 * decimal figures: its value, digits and form must be those the digits' string gives.
 */
class DigitRunPropertiesTest {
  @Test
  void loneRunIsValuedAsItsDigits() {
    qt().withExamples(1000)
        .forAll(strings().betweenCodePoints('0', '9').ofLengthBetween(1, 30),
            integers().between(0, 3))
        .checkAssert((digits, after) -> {
          String text = digits + switch (after) {
            case 0 -> "";
            case 1 -> " tỷ";
            case 2 -> "/2025";
            default -> "%";
          };
          List<Token> tokens = VietText.of(text).tokens();
          NumberReader.DigitRun run = NumberReader.readDigits(tokens, 0);
          assertEquals(new BigDecimal(digits), run.value(), text);
          assertEquals(digits, run.plain(), text);
          assertEquals(1, run.end(), text);
          assertEquals(Numeral.Form.DIGITS, run.form(), text);
        });
  }

  @Test
  void runBeforeAGroupStillReadsTheGroup() {
    List<Token> tokens = VietText.of("1.500.000 đồng").tokens();
    NumberReader.DigitRun run = NumberReader.readDigits(tokens, 0);
    assertEquals(new BigDecimal("1500000"), run.value());
    assertEquals(Numeral.Form.GROUPED, run.form());
  }
}
