package org.vietparse.internal.money;

import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.vietparse.internal.Document;
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
