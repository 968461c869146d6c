package org.vietparse.internal.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

class NumberReaderTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvFileSource(resources = "numbers.tsv", delimiter = '\t', numLinesToSkip = 1)
  void parsesWrittenNumbers(String text, String value) {
    assertEquals(Optional.of(new BigDecimal(value)), NumberReader.parse(text), text);
  }

  @ParameterizedTest
  @CsvFileSource(resources = "not-numbers.txt", delimiter = '\t')
  void rejectsWhatIsNotOneNumber(String text) {
    assertEquals(Optional.empty(), NumberReader.parse(text), text);
  }

  @Test
  void valuesHaveNoExponentAndNoTrailingZeros() {
    assertEquals("1300000000", NumberReader.parse("1,3 tỷ").orElseThrow().toPlainString());
    assertEquals("1300000000", NumberReader.parse("1,3 tỷ").orElseThrow().toString());
    assertEquals("1.5", NumberReader.parse("1,50").orElseThrow().toString());
  }

  @Test
  void aTokenLongerThanAnyRealFigureIsNoNumber() {
    String thirty = "1" + "0".repeat(NumberReader.MAX_DIGITS - 1);
    assertEquals(Optional.of(new BigDecimal(thirty)), NumberReader.parse(thirty));
    assertEquals(Optional.empty(), NumberReader.parse(thirty + "0"));
    assertEquals(Optional.empty(), NumberReader.parse("1".repeat(100_000)));
    assertEquals(Optional.empty(), NumberReader.parse("1," + "1".repeat(NumberReader.MAX_DIGITS + 1)));
    String eight = "1" + ".000".repeat(NumberReader.MAX_GROUPS);
    assertEquals(Optional.of(BigDecimal.TEN.pow(3 * NumberReader.MAX_GROUPS)),
        NumberReader.parse(eight));
    assertEquals(Optional.empty(), NumberReader.parse(eight + ".000"));
    assertEquals(Optional.empty(), NumberReader.parse("1" + ",000".repeat(NumberReader.MAX_GROUPS + 1)));
  }

  /** ICU's Vietnamese spell-out is the oracle: we read back what it writes. */
  @Test
  void readsIcuSpelloutBackForAnyWholeNumberUpTo10To15() {
    RuleBasedNumberFormat icu =
        new RuleBasedNumberFormat(new ULocale("vi"), RuleBasedNumberFormat.SPELLOUT);
    qt().withExamples(3000).forAll(longs().between(0, 1_000_000_000_000_000L))
        .check(n -> NumberReader.parse(icu.format(n)).equals(Optional.of(BigDecimal.valueOf(n))));
    qt().withExamples(3000).forAll(longs().between(0, 1_000_000))
        .check(n -> NumberReader.parse(icu.format(n)).equals(Optional.of(BigDecimal.valueOf(n))));
  }

  @Test
  void groupedDigitsRoundTrip() {
    qt().withExamples(2000).forAll(longs().between(0, 1_000_000_000_000_000L)).check(n -> {
      String grouped = String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
      return NumberReader.parse(grouped).equals(Optional.of(BigDecimal.valueOf(n)));
    });
  }

  @Test
  void inRunningTextNamIsAYearNotFive() {
    List<Token> t = VietText.of("năm 2024").tokens();
    assertTrue(NumberReader.read(t, 0).isEmpty());
    Numeral year = NumberReader.read(t, 1).orElseThrow();
    assertEquals("2024", year.plain());
    assertTrue(year.digits());
  }

  @ParameterizedTest
  @ValueSource(strings = {"năm người", "tư nhân", "không có", "mốt", "triệu người"})
  void inRunningTextAmbiguousWordsAreNotNumbers(String text) {
    assertTrue(NumberReader.read(VietText.of(text).tokens(), 0).isEmpty(), text);
  }

  @Test
  void inRunningTextNumbersStopAtTheirEnd() {
    List<Token> t = VietText.of("hơn 1,3 tỷ USD và 500 nghìn đồng").tokens();
    Numeral m = NumberReader.read(t, 1).orElseThrow();
    assertEquals(new BigDecimal("1300000000"), m.value());
    assertEquals("USD", t.get(m.end()).text());
    assertTrue(m.scaled());
    Numeral five = NumberReader.read(VietText.of("năm triệu đồng").tokens(), 0).orElseThrow();
    assertEquals(new BigDecimal("5000000"), five.value());
  }

  @Test
  void aDateIsTwoNumbersNotOne() {
    List<Token> t = VietText.of("10/11/2024").tokens();
    Numeral m = NumberReader.read(t, 0).orElseThrow();
    assertEquals(1, m.end());
    assertEquals("10", m.plain());
  }

  @Test
  void ordinals() {
    assertEquals(1, Ordinals.read(VietText.of("thứ nhất").tokens(), 0).orElseThrow().intValue());
    assertEquals(4, Ordinals.read(VietText.of("thứ tư").tokens(), 0).orElseThrow().intValue());
    assertEquals(32, Ordinals.read(VietText.of("thứ 32").tokens(), 0).orElseThrow().intValue());
    assertEquals(1, Ordinals.read(VietText.of("đầu tiên").tokens(), 0).orElseThrow().intValue());
    assertEquals(13, Ordinals.roman("XIII"));
    assertEquals(15, Ordinals.roman("XV"));
    assertEquals(-1, Ordinals.roman("IIII"));
    assertEquals(-1, Ordinals.roman("ABC"));
    qt().withExamples(500).forAll(longs().between(1, 3999))
        .check(n -> Ordinals.roman(Ordinals.toRoman((int) (long) n)) == n);
  }
}
