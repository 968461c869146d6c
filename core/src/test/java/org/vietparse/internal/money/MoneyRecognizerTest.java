package org.vietparse.internal.money;

import org.vietparse.testing.TestTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.MoneyMention;
import org.vietparse.VietParse;

class MoneyRecognizerTest {
  private static final Extractor MONEY_ONLY =
      VietParse.extractor().types(MentionType.MONEY).build();

  static List<String> notMoney() {
    return TestTable.lines("/org/vietparse/internal/money/not-money.txt");
  }

  static List<Arguments> sentences() {
    return TestTable.load("/org/vietparse/internal/money/sentences.tsv").rows().stream()
        .map(r -> Arguments.of(r.cell(0), r.cell(1))).collect(Collectors.toList());
  }

  private static String describe(List<MoneyMention> ms) {
    return ms.stream().map(m -> m.text() + "=" + m.money()).collect(Collectors.joining(" | "));
  }

  @ParameterizedTest
  @MethodSource("notMoney")
  void sentencesWithoutMoneyGiveNoMention(String sentence) {
    List<MoneyMention> ms = MONEY_ONLY.extract(sentence).money();
    assertTrue(ms.isEmpty(), () -> describe(ms));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void sentencesGiveTheirFiguresAndNothingElse(String sentence, String expected) {
    List<MoneyMention> ms = MONEY_ONLY.extract(sentence).money();
    assertEquals(expected, describe(ms));
    for (MoneyMention m : ms) {
      assertEquals(m.text(), sentence.substring(m.span().start(), m.span().end()));
    }
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String nbsp = "Giá vàng lên 85,5\u00a0triệu\u00a0đồng/lượng trong phiên sáng.";
    MoneyMention m = MONEY_ONLY.extract(nbsp).money().get(0);
    assertEquals("85,5\u00a0triệu\u00a0đồng/lượng", m.text());
    assertEquals(nbsp.indexOf("85,5"), m.span().start());

    String spaced = "Mỗi người được nhận 1\u00a0500\u00a0000 đồng tiền hỗ trợ.";
    m = MONEY_ONLY.extract(spaced).money().get(0);
    assertEquals("1\u00a0500\u00a0000 đồng", m.text());
    assertEquals("1500000 VND", m.money().toString());

    String nfd = Normalizer.normalize("Kim ngạch đạt khoảng 1,4 tỷ USD, tăng mạnh.",
        Normalizer.Form.NFD);
    m = MONEY_ONLY.extract(nfd).money().get(0);
    assertEquals(nfd.substring(m.span().start(), m.span().end()), m.text());
    assertEquals("khoảng 1,4 tỷ USD", Normalizer.normalize(m.text(), Normalizer.Form.NFC));
    assertEquals("1400000000 USD (APPROX)", m.money().toString());
  }

  @Test
  void textWithoutDiacriticsMatchesTheLexiconsFolded() {
    List<MoneyMention> ms = MONEY_ONLY.extract("Gia ban khoang 500.000 dong/kg.").money();
    assertEquals("khoang 500.000 dong/kg=500000 VND/kg (APPROX)", describe(ms));
  }

  @Test
  void anyTokenSoupIsReadWithoutFailureAndMentionsDoNotOverlap() {
    List<String> pieces = List.of("hơn", "1,3", "tỷ", "USD", "đồng", "thời", "-", "2", "3",
        "từ", "đến", "trở lên", "/", "lượng", "$", "€", "nửa", "triệu", "rưỡi", "năm", "2024",
        "1.500.000", "đ", ")", "xu", "đô", "mỗi", "kg", "\u00a0", "K", "500", "000", "~",
        "khoảng", "Euro", "RON", "95", "%", ",", ".", "\n", "trong", "một", "tháng", "âm");
    qt().withExamples(1500)
        .forAll(lists().of(arbitrary().pick(pieces)).ofSizeBetween(0, 30),
            arbitrary().pick(" ", "", " ", "  "))
        .checkAssert((words, sep) -> {
          String text = String.join(sep, words);
          List<MoneyMention> ms = MONEY_ONLY.extract(text).money();
          int lastEnd = -1;
          for (MoneyMention m : ms) {
            assertTrue(m.span().start() >= lastEnd, () -> text + " → " + describe(ms));
            assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
            lastEnd = m.span().end();
          }
          VietParse.parseMoney(text);
        });
  }

  @Test
  void anyStringAtAllIsReadWithoutFailure() {
    qt().withExamples(1000)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(text -> {
          for (MoneyMention m : MONEY_ONLY.extract(text).money()) {
            assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
          }
          VietParse.parseMoney(text);
        });
  }

  @Test
  void aLongInputFindsEveryFigureOfItsParts() {
    String article = "Kim ngạch đạt hơn 1,3 tỷ USD, giá vàng 85,5 triệu đồng/lượng, "
        + "hơn 8 triệu người, năm 2024 đồng thời tăng 28,2%. ";
    List<MoneyMention> ms = MONEY_ONLY.extract(article.repeat(5_000)).money();
    assertEquals(10_000, ms.size());
  }

  /**
   * The shapes the money grammar reads further on: a figure with its currency left out after a
   * priced one, vague runs of scale words, codes and signs before figures, "giữa … và", glued
   * currencies, spoken decimals. Each costs, at eight times the size, at most 24 times as much
   * (a growth ratio, not a wall time: linear is eight, quadratic 64; the slack is for a machine
   * shared with other work).
   */
  @Test
  void everyMoneyShapeGrowsLinearly() {
    List<String> shapes = List.of(
        "giá 5 triệu đồng, còn 4 triệu, 3 triệu, ",
        "hàng chục chục chục chục trăm ",
        "USD USD 5 USD5 EUR15,50-",
        "giữa 1 và giữa 2 và 3 ",
        "2,4 tỷđồng 35USDmỗi 1,2 tỷUSDvào ",
        "ba phẩy năm phẩy 4 chấm 75 chấm ",
        "VND5000-VND8000-VND",
        "1 triệu 1 triệu 1 triệu mốt ");
    for (String shape : shapes) {
      String small = shape.repeat(1_000);
      String large = shape.repeat(8_000);
      best(small);
      long t1 = best(small);
      long t4 = best(large);
      assertTrue(t4 <= 24 * t1 + 300_000_000L,
          () -> shape + ": " + t1 / 1_000 + " µs, eight times as long: " + t4 / 1_000 + " µs");
    }
  }

  /** The least time of three runs, so that a busy machine cannot fail the test alone. */
  private static long best(String text) {
    long best = Long.MAX_VALUE;
    for (int k = 0; k < 3; k++) {
      long t0 = System.nanoTime();
      List<MoneyMention> ms = MONEY_ONLY.extract(text).money();
      best = Math.min(best, System.nanoTime() - t0);
      assertTrue(ms.size() <= text.length());
    }
    return best;
  }
}
