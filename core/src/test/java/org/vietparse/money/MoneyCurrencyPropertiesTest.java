package org.vietparse.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.MoneyMention;
import org.vietparse.VietParse;
import org.vietparse.internal.Tsv;

/**
 * Amounts in every currency of the lexicon, written in every order the press uses: the amount
 * then a name of the currency ("1.500 đô la Úc", "2,5 triệu Yên Nhật"), its ISO code before the
 * amount, spaced or not ("USD 2,5 triệu", "EUR1.500"), and a sign before it ("€1.500"). Each
 * reads back to exactly its amount and currency, alone and inside a sentence.
 */
class MoneyCurrencyPropertiesTest {
  private static final int EXAMPLES = 300;
  private static final long MAX = 1_000_000_000_000L;
  private static final Extractor MONEY_ONLY =
      VietParse.extractor().types(MentionType.MONEY).build();

  /** A way of writing a currency and the currency it names. */
  record Word(String text, Currency currency) {
    @Override
    public String toString() {
      return text + "=" + currency;
    }
  }

  /** Every word of currencies.tsv. */
  private static List<Word> lexiconWords() {
    Tsv t = Tsv.load("/org/vietparse/money/currencies.tsv");
    List<Word> out = new ArrayList<>();
    for (List<String> row : t.rows()) {
      out.add(new Word(Tsv.cell(row, t.column("word")),
          Currency.getInstance(Tsv.cell(row, t.column("code")))));
    }
    return out;
  }

  /**
   * ICU's Vietnamese and English names of the currencies in use, which the lexicon takes from
   * ICU rather than from a list: the words a user of another currency would write.
   */
  private static List<Word> icuNames() {
    List<Word> out = new ArrayList<>();
    Date since = new Date(1_577_836_800_000L);
    for (com.ibm.icu.util.Currency c : com.ibm.icu.util.Currency.getAvailableCurrencies()) {
      String code = c.getCurrencyCode();
      if (code.startsWith("X") || !com.ibm.icu.util.Currency.isAvailable(code, since, null)) {
        continue;
      }
      Currency currency;
      try {
        currency = Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        continue;
      }
      for (ULocale l : List.of(new ULocale("vi"), ULocale.ENGLISH)) {
        String name = c.getName(l, com.ibm.icu.util.Currency.LONG_NAME, null);
        if (name != null && !name.equals(code) && name.indexOf('(') < 0) {
          out.add(new Word(name, currency));
        }
      }
    }
    out.sort((a, b) -> a.text().compareTo(b.text()));
    return out;
  }

  /** The words that stand after an amount: every name, code and sign of the lexicon and ICU. */
  private static Gen<Word> namesAfter() {
    List<Word> all = new ArrayList<>(lexiconWords());
    all.addAll(icuNames());
    return arbitrary().pick(all);
  }

  /** The ISO codes the lexicon lists, which may stand before an amount. */
  private static Gen<Word> codes() {
    return arbitrary().pick(lexiconWords().stream()
        .filter(w -> w.text().equals(w.currency().getCurrencyCode())).toList());
  }

  /** The signs of the lexicon ("$", "US$", "€", "VN$", "Rs."), which stand before an amount. */
  private static Gen<Word> signs() {
    return arbitrary().pick(lexiconWords().stream()
        .filter(w -> w.text().endsWith(".") || w.text().chars()
            .anyMatch(ch -> Character.getType(ch) == Character.CURRENCY_SYMBOL))
        .toList());
  }

  /** An amount written as grouped digits or with a scale word: "1.500.000", "1,5 triệu". */
  private static String figure(long n, int pick) {
    return pick % 2 == 0 ? MoneyPropertiesTest.grouped(Long.toString(n))
        : MoneyPropertiesTest.scaled(n, pick / 2);
  }

  private static void readsBack(String written, long n, Currency currency) {
    Money expected = Money.of(BigDecimal.valueOf(n), currency);
    assertEquals(Optional.of(expected), VietParse.parseMoney(written), written);
    String sentence = "Theo báo cáo, giá trị hợp đồng là " + written + ", thấp hơn dự kiến.";
    List<MoneyMention> ms = MONEY_ONLY.extract(sentence).money();
    assertEquals(1, ms.size(), () -> sentence + " → " + ms);
    assertEquals(written, ms.get(0).text(), sentence);
    assertEquals(expected, ms.get(0).money(), sentence);
  }

  @Test
  void theAmountThenAnyNameOfItsCurrency() {
    qt().withExamples(EXAMPLES).forAll(longs().between(1, MAX), integers().between(0, 11),
        namesAfter())
        .checkAssert((n, pick, w) -> readsBack(figure(n, pick) + " " + w.text(), n,
            w.currency()));
  }

  @Test
  void aCodeBeforeTheAmountSpacedOrNot() {
    qt().withExamples(EXAMPLES).forAll(longs().between(1, MAX), integers().between(0, 11),
        codes(), arbitrary().pick("", " "))
        .checkAssert((n, pick, w, space) -> readsBack(w.text() + space + figure(n, pick), n,
            w.currency()));
  }

  @Test
  void aSignBeforeTheAmount() {
    qt().withExamples(EXAMPLES).forAll(longs().between(1, MAX), integers().between(0, 11),
        signs())
        .checkAssert((n, pick, w) -> {
          String space = w.text().endsWith(".") ? " " : "";
          readsBack(w.text() + space + figure(n, pick), n, w.currency());
        });
  }

  @Test
  void capitalizedNamesReadAsLowerCaseOnes() {
    qt().withExamples(EXAMPLES).forAll(longs().between(1, MAX), integers().between(0, 11),
        namesAfter())
        .assuming((n, pick, w) -> Character.isLetter(w.text().charAt(0)))
        .checkAssert((n, pick, w) -> {
          String t = w.text();
          String capital = Character.toUpperCase(t.charAt(0)) + t.substring(1);
          readsBack(figure(n, pick) + " " + capital, n, w.currency());
        });
  }

  @Test
  void aRangeWithTheCodeOnBothEnds() {
    qt().withExamples(EXAMPLES).forAll(longs().between(1, MAX / 2), codes())
        .checkAssert((n, w) -> {
          String written = w.text() + n + "-" + w.text() + (2 * n);
          Money expected = Money.range(BigDecimal.valueOf(n), BigDecimal.valueOf(2 * n),
              w.currency());
          assertEquals(Optional.of(expected), VietParse.parseMoney(written), written);
          assertTrue(MONEY_ONLY.extract("Giá dao động " + written + " mỗi lô.").money().stream()
              .anyMatch(m -> m.money().min().equals(expected.min())), written);
        });
  }
}
