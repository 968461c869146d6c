package org.vietparse.internal.money;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.vietparse.internal.Document;
import org.vietparse.internal.number.Numeral;
import org.vietparse.internal.number.Numerals;
import org.vietparse.testing.LexiconTexts;

/**
 * The money scan asks its grammar only at numbers, numeral words, the first words of modifiers
 * and currency signs, "từ" and ISO codes; these properties check, on texts made of the
 * lexicons' own phrases and figures, that it finds exactly what asking at every token finds.
 */
class MoneyScanGateTest {
  private static final String DIR = "/org/vietparse/money/";
  private static final MoneyRecognizer MONEY = MoneyRecognizer.create();

  private static Gen<String> texts() {
    // figures of our own, digits and words, as amounts are written
    Gen<String> figures = Generate.pick(List.of("5", "1,3 tỷ", "2-3 triệu", "500.000", "hai",
        "năm", "một trăm", "1 500 000", "0,875", "hàng chục", "vài trăm nghìn", "mười lăm",
        "2024", "rưỡi", "USD 50", "$5", "EUR15,50", "tỷđồng", "USDvào"));
    return LexiconTexts.texts(14, figures, DIR + "currencies.tsv", "word",
        DIR + "currencies.tsv", "word", DIR + "modifiers.tsv", "word", DIR + "units.tsv", "word",
        DIR + "subunits.tsv", "word", DIR + "not-currency.tsv", "phrase",
        DIR + "number-labels.tsv", "word", DIR + "vague-quantifiers.tsv", "word",
        DIR + "bare-amount-followers.tsv", "word", DIR + "year-determiners.tsv", "word",
        DIR + "not-labels.tsv", "phrase", DIR + "after-currency.tsv", "phrase",
        DIR + "large-only-currencies.tsv", "word");
  }

  @Test
  void theFilteredScanFindsWhatEveryTokenFinds() {
    qt().withExamples(3000).forAll(texts()).check(text -> {
      Document doc = Document.of(text);
      Numerals nums = Numerals.read(doc.tokens(), false);
      return MONEY.find(doc, nums, true).equals(MONEY.find(doc, nums, false));
    });
  }

  @Test
  void theGateAnswersWhatItsLookupsAnswer() {
    qt().withExamples(3000).forAll(texts()).checkAssert(text -> {
      Document doc = Document.of(text);
      MoneyGrammar g = new MoneyGrammar(MoneyLexicon.get(), doc.tokens(),
          Numerals.read(doc.tokens(), false), doc.folded(), false);
      for (int i = 0; i < doc.tokens().size(); i++) {
        Assertions.assertEquals(g.mayStartByLookups(i), g.mayStart(i), text + " @" + i);
      }
    });
  }

  @Test
  void theLeadingScaleIsTheQuotientWhenAPowerOfTen() {
    // value = lead × 10^k, off by a little, or any other pair: as dividing the two says
    qt().withExamples(5000)
        .forAll(longs().between(1, 999_999), integers().between(-3, 2),
            integers().between(-2, 14), integers().between(-3, 3))
        .checkAssert((unscaled, leadScale, power, off) -> {
          BigDecimal lead = BigDecimal.valueOf(unscaled, leadScale);
          BigDecimal value = lead.scaleByPowerOfTen(power).add(BigDecimal.valueOf(off))
              .stripTrailingZeros();
          Numeral m = new Numeral(value, 0, 2, Numeral.Form.WORDS, true, "", lead);
          Assertions.assertEquals(leadingScaleByDividing(m), MoneyGrammar.leadingScale(m),
              value + " / " + lead);
        });
  }

  private static BigDecimal leadingScaleByDividing(Numeral m) {
    BigDecimal lead = m.lead();
    if (lead == null || lead.signum() <= 0) {
      return null;
    }
    try {
      BigDecimal q = m.value().divide(lead).stripTrailingZeros();
      boolean powerOfTen = q.unscaledValue().equals(BigInteger.ONE) && q.scale() <= 0;
      return powerOfTen && q.compareTo(BigDecimal.valueOf(100)) >= 0 ? q : null;
    } catch (ArithmeticException e) {
      return null;
    }
  }

  @Test
  void theseTextsHoldFigures() {
    // the property above is not vacuous: the generated texts do hold money
    int[] found = {0};
    qt().withFixedSeed(18).withExamples(1000).forAll(texts()).check(text -> {
      Document doc = Document.of(text);
      found[0] += MONEY.find(doc, Numerals.read(doc.tokens(), false)).size();
      return true;
    });
    Assertions.assertTrue(found[0] > 300, "figures found: " + found[0]);
  }
}
