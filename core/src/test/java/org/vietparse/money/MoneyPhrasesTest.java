package org.vietparse.money;

import org.vietparse.MentionFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.vietparse.testing.TestTable;
import org.junit.jupiter.params.provider.MethodSource;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.MoneyMention;
import org.vietparse.VietParse;

/**
 * The written forms of money, one a row in {@code phrases.tsv}: each phrase parses to exactly
 * the value in its row, and, when its row says {@code text}, is found with that value and that
 * exact text inside a sentence. Rows marked {@code parse} have no currency: they parse (as đồng)
 * but running text gives no mention for them.
 */
class MoneyPhrasesTest {
  private static final String CONTEXT_BEFORE = "Theo báo cáo, mức này là ";
  private static final String CONTEXT_AFTER = ", cao hơn dự kiến ban đầu.";
  private static final Extractor MONEY_ONLY =
      VietParse.extractor().types(MentionType.MONEY).build();

  static List<Arguments> phrases() {
    List<Arguments> out = new ArrayList<>();
    for (TestTable.Row row : TestTable.load("/org/vietparse/money/phrases.tsv").rows()) {
      String[] c = row.cells().toArray(new String[0]);
      if (c.length != 6) {
        throw new IllegalStateException("row needs 6 cells: " + row);
      }
      out.add(Arguments.of(c[0], expected(c), c[5]));
    }
    return out;
  }

  private static Money expected(String[] c) {
    Currency currency = Currency.getInstance(c[2]);
    Money m;
    int dots = c[1].indexOf("..");
    if (dots >= 0) {
      m = Money.range(new BigDecimal(c[1].substring(0, dots)),
          new BigDecimal(c[1].substring(dots + 2)), currency);
    } else {
      m = Money.of(new BigDecimal(c[1]), currency);
    }
    // "APPROX vague": the modifier of an amount given only by its order of magnitude
    String mod = c[3].replace(" vague", "");
    if (!mod.equals("-")) {
      m = m.withModifier(Modifier.valueOf(mod));
    }
    m = m.withVague(c[3].endsWith(" vague"));
    if (!c[4].equals("-")) {
      m = m.withPer(c[4]);
    }
    return m;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrases")
  void parsesToItsValue(String phrase, Money expected, String found) {
    assertEquals(Optional.of(expected), VietParse.parseMoney(phrase), phrase);
    assertEquals(MentionFormat.fields(expected),
        MentionFormat.fields(VietParse.parseMoney(phrase).orElseThrow()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrases")
  void isFoundInRunningTextOnlyWithACurrency(String phrase, Money expected, String found) {
    String sentence = CONTEXT_BEFORE + phrase + CONTEXT_AFTER;
    List<MoneyMention> ms = MONEY_ONLY.extract(sentence).money();
    if (found.equals("text")) {
      assertEquals(1, ms.size(), () -> sentence + " → " + ms);
      MoneyMention m = ms.get(0);
      assertEquals(phrase, m.text());
      assertEquals(CONTEXT_BEFORE.length(), m.span().start());
      assertEquals(expected, m.money());
    } else {
      assertTrue(ms.isEmpty(), () -> sentence + " → " + ms);
    }
  }

  static List<String> notPhrases() {
    return TestTable.lines("/org/vietparse/money/not-phrases.txt");
  }

  /** A phrase that is no money: parse and extract agree on nothing. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("notPhrases")
  void isNoMoneyToParseNorToExtract(String phrase) {
    assertEquals(Optional.empty(), VietParse.parseMoney(phrase), phrase);
    List<MoneyMention> ms = MONEY_ONLY.extract(CONTEXT_BEFORE + phrase + CONTEXT_AFTER).money();
    assertTrue(ms.isEmpty(), () -> phrase + " → " + ms);
  }

  static List<String> reversedRanges() {
    return TestTable.lines("/org/vietparse/money/reversed-ranges.txt");
  }

  /**
   * A range written high end first is no one expression, and extract never makes a backwards
   * range of it (it may still find the figure after the dash).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("reversedRanges")
  void aReversedRangeIsNeverARange(String phrase) {
    assertEquals(Optional.empty(), VietParse.parseMoney(phrase), phrase);
    List<MoneyMention> ms = MONEY_ONLY.extract(CONTEXT_BEFORE + phrase + CONTEXT_AFTER).money();
    assertTrue(ms.stream().noneMatch(m -> m.money().isRange()), () -> phrase + " → " + ms);
  }

  @Test
  void theTableCoversEnoughPhrases() throws IOException {
    List<Arguments> all = phrases();
    assertTrue(all.size() >= 150, "rows: " + all.size());
    assertEquals(all.size(), all.stream().map(a -> a.get()[0]).collect(Collectors.toSet()).size(),
        "phrases are unique");
  }
}
