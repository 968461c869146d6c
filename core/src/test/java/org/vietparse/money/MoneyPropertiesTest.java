package org.vietparse.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.MoneyMention;
import org.vietparse.VietParse;

/**
 * Any amount from 1 to 10^15 đồng, written the ways Vietnamese writes it, reads back exactly,
 * alone and inside a sentence; and figures of things other than money give no mention.
 */
class MoneyPropertiesTest {
  private static final long MAX = 1_000_000_000_000_000L;
  private static final int EXAMPLES = 400;
  private static final Currency VND = Currency.getInstance("VND");
  private static final Extractor MONEY_ONLY =
      VietParse.extractor().types(MentionType.MONEY).build();

  /** Amounts of every width, 1 to 10^15: a width of 1 to 16 digits, then a value of it. */
  private static Gen<Long> amounts() {
    return integers().between(1, 16).zip(longs().between(0, MAX - 1), (digits, r) -> {
      long bound = digits >= 16 ? MAX : pow10(digits);
      long low = digits == 1 ? 1 : pow10(digits - 1);
      return digits >= 16 ? MAX : low + Math.floorMod(r, bound - low);
    });
  }

  private static long pow10(int n) {
    long p = 1;
    for (int k = 0; k < n; k++) {
      p *= 10;
    }
    return p;
  }

  /** "1500000" as Vietnamese groups it: "1.500.000". */
  static String grouped(String digits) {
    StringBuilder s = new StringBuilder();
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    s.append(digits, 0, head);
    for (int k = head; k < digits.length(); k += 3) {
      s.append('.').append(digits, k, k + 3);
    }
    return s.toString();
  }

  /**
   * {@code n} as digits and a scale word no larger than it: "1,5 triệu", "2.500 tỷ",
   * "1,000001 nghìn tỷ"; below a thousand, digits alone.
   */
  static String scaled(long n, int pick) {
    String[][] scales = {{"1000", "nghìn"}, {"1000", "ngàn"}, {"1000000", "triệu"},
        {"1000000000", "tỷ"}, {"1000000000", "tỉ"}, {"1000000000000", "nghìn tỷ"}};
    if (n < 1000) {
      return Long.toString(n);
    }
    String[] s = scales[Math.floorMod(pick, scales.length)];
    if (new BigDecimal(s[0]).compareTo(BigDecimal.valueOf(n)) > 0) {
      s = scales[Math.floorMod(pick, 2)];
    }
    BigDecimal mantissa = BigDecimal.valueOf(n).divide(new BigDecimal(s[0])).stripTrailingZeros();
    if (mantissa.scale() < 0) {
      mantissa = mantissa.setScale(0);
    }
    String plain = mantissa.toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String written = grouped(whole) + (dot < 0 ? "" : "," + plain.substring(dot + 1));
    return written + " " + s[1];
  }

  private static String words(long n) {
    return new RuleBasedNumberFormat(new ULocale("vi"), RuleBasedNumberFormat.SPELLOUT).format(n);
  }

  private static void readsBack(String written, long n) {
    Money expected = Money.of(BigDecimal.valueOf(n), VND);
    assertEquals(Optional.of(expected), VietParse.parseMoney(written), written);
    String sentence = "Tổng vốn đầu tư của dự án là " + written + " theo phê duyệt.";
    List<MoneyMention> ms = MONEY_ONLY.extract(sentence).money();
    assertEquals(1, ms.size(), () -> sentence + " → " + ms);
    assertEquals(written, ms.get(0).text());
    assertEquals(expected, ms.get(0).money());
  }

  @Test
  void groupedDigitsReadBack() {
    qt().withExamples(EXAMPLES).forAll(amounts(), arbitrary().pick("đồng", "VNĐ", "VND", "đ"))
        .checkAssert((n, unit) -> readsBack(grouped(Long.toString(n)) + " " + unit, n));
  }

  @Test
  void digitsWithAScaleWordReadBack() {
    qt().withExamples(EXAMPLES).forAll(amounts(), integers().between(0, 5))
        .checkAssert((n, pick) -> readsBack(scaled(n, pick) + " đồng", n));
  }

  @Test
  void compoundScalesReadBack() {
    // "3 tỷ 200 triệu đồng": billions then millions, as news writes a precise figure
    qt().withExamples(EXAMPLES).forAll(longs().between(1, 999_999), integers().between(1, 999))
        .checkAssert((b, m) -> readsBack(b + " tỷ " + m + " triệu đồng",
            b * 1_000_000_000L + m * 1_000_000L));
  }

  @Test
  void wordsReadBack() {
    qt().withExamples(EXAMPLES).forAll(amounts())
        .checkAssert(n -> readsBack(words(n) + " đồng", n));
  }

  @Test
  void theBoundsReadBack() {
    readsBack("1 đồng", 1);
    readsBack("1.000.000.000.000.000 đồng", MAX);
    readsBack("1 triệu tỷ đồng", MAX);
    readsBack(words(MAX) + " đồng", MAX);
    readsBack("999.999.999.999.999 đồng", MAX - 1);
  }

  @Test
  void figuresOfOtherThingsAreNoMoney() {
    Gen<String> nouns = arbitrary().pick("người", "đại biểu", "tấn gạo", "lượt khách", "%",
        "héc-ta", "ca mắc", "hộ dân", "km", "năm", "chiếc xe", "đồng chí", "đồng bào",
        "đồng nghiệp", "đồng hồ", "đô thị", "kíp trực");
    qt().withExamples(EXAMPLES).forAll(amounts(), integers().between(0, 5), nouns)
        .checkAssert((n, pick, noun) -> {
          for (String figure : List.of(grouped(Long.toString(n)), scaled(n, pick), words(n))) {
            String sentence = "Theo thống kê, cả nước có hơn " + figure + " " + noun
                + " trong năm nay.";
            List<MoneyMention> ms = MONEY_ONLY.extract(sentence).money();
            assertTrue(ms.isEmpty(), () -> sentence + " → " + ms);
          }
        });
  }

  @Test
  void yearsAndDatesBeforeADongCompoundAreNoMoney() {
    qt().withExamples(EXAMPLES).forAll(integers().between(1945, 2100), integers().between(1, 28),
        arbitrary().pick("đồng thời", "đồng USD", "đồng chí", "đồng loạt", "đồng euro"))
        .checkAssert((year, day, next) -> {
          for (String sentence : List.of(
              "Trong năm " + year + " " + next + " có nhiều biến động.",
              "Ngày " + day + "/" + (day % 12 + 1) + " " + next + " tham dự.",
              "Giai đoạn " + year + "-" + (year + 5) + " " + next + " được chú trọng.")) {
            List<MoneyMention> ms = MONEY_ONLY.extract(sentence).money();
            assertTrue(ms.isEmpty(), () -> sentence + " → " + ms);
          }
        });
  }

  /** Generated values in every shape come back from the form {@code toString()} writes. */
  @Test
  void parseInvertsToString() {
    List<Currency> currencies = List.copyOf(Currency.getAvailableCurrencies());
    Gen<Money> values = longs().between(-MAX, MAX).zip(integers().between(0, 6),
        integers().between(0, currencies.size() - 1), integers().between(0, 15),
        (n, scale, cur, shape) -> {
          Currency c = currencies.get(cur);
          BigDecimal a = BigDecimal.valueOf(n, scale);
          Money m = (shape & 1) == 0 || n == MAX ? Money.of(a, c)
              : Money.range(a, a.add(BigDecimal.valueOf(1 + Math.abs(n % 1000))), c);
          if ((shape & 2) != 0) {
            m = m.withModifier(Modifier.values()[Math.floorMod(n, Modifier.values().length)]);
          }
          if ((shape & 4) != 0) {
            m = m.withPer(List.of("lượng", "kg", "thùng", "m2", "người/tháng").get(
                Math.floorMod(n, 5)));
          }
          return m;
        });
    qt().withExamples(2000).forAll(values).check(m -> Money.parse(m.toString()).equals(m));
  }
}
