package org.vietparse.internal.money;

import org.vietparse.internal.number.NumberReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.vietparse.internal.Tsv;
import org.vietparse.money.Modifier;
import org.vietparse.internal.text.VietText;

/** The money lexicons are data a reader can trust: sorted, unique, and every value valid. */
class MoneyLexiconTest {

  @ParameterizedTest
  @ValueSource(strings = {"currencies.tsv", "modifiers.tsv", "units.tsv", "subunits.tsv",
      "not-currency.tsv", "number-labels.tsv", "year-determiners.tsv", "vague-quantifiers.tsv",
      "after-currency.tsv", "bare-amount-followers.tsv", "not-labels.tsv",
      "large-only-currencies.tsv"})
  void isSortedByCodePointWithNoDuplicate(String file) {
    Tsv t = Tsv.load("/org/vietparse/money/" + file);
    List<String> keys = new ArrayList<>();
    for (List<String> row : t.rows()) {
      keys.add(Tsv.cell(row, 0));
    }
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(String::compareTo);
    assertEquals(sorted, keys, file + " is sorted");
    assertEquals(keys.size(), keys.stream().distinct().count(), file + " has no duplicate");
    for (List<String> row : t.rows()) {
      assertEquals(t.header().size(), row.size(), file + ": " + row);
    }
  }

  @Test
  void everyCurrencyIsAnIso4217Code() {
    Tsv t = Tsv.load("/org/vietparse/money/currencies.tsv");
    for (List<String> row : t.rows()) {
      assertNotNull(Currency.getInstance(Tsv.cell(row, t.column("code"))), row.toString());
    }
  }

  @Test
  void everyModifierNamesTheEnumAndAPosition() {
    Tsv t = Tsv.load("/org/vietparse/money/modifiers.tsv");
    int covered = 0;
    for (List<String> row : t.rows()) {
      Modifier.valueOf(Tsv.cell(row, t.column("modifier")));
      assertTrue(List.of("before", "after").contains(Tsv.cell(row, t.column("position"))));
      covered |= 1 << Modifier.valueOf(Tsv.cell(row, t.column("modifier"))).ordinal();
    }
    assertEquals((1 << Modifier.values().length) - 1, covered, "every modifier has a word");
  }

  @Test
  void theIssuesModifiersMapAsItSays() {
    MoneyLexicon lex = MoneyLexicon.get();
    String[][] expected = {{"hơn", "MORE_THAN"}, {"trên", "MORE_THAN"}, {"gần", "NEARLY"},
        {"khoảng", "APPROX"}, {"xấp xỉ", "APPROX"}, {"chừng", "APPROX"}, {"dưới", "LESS_THAN"},
        {"ít nhất", "AT_LEAST"}, {"tối thiểu", "AT_LEAST"}, {"tối đa", "AT_MOST"},
        {"không quá", "AT_MOST"}, {"lên tới", "UP_TO"}, {"lên đến", "UP_TO"}, {"tầm", "APPROX"}};
    for (String[] e : expected) {
      var tokens = VietText.of(e[0]).tokens();
      var m = lex.before.longest(tokens, 0, false);
      assertNotNull(m, e[0]);
      assertEquals(Modifier.valueOf(e[1]), m.value(), e[0]);
    }
    assertEquals(Modifier.AT_LEAST,
        lex.after.longest(VietText.of("trở lên").tokens(), 0, false).value());
    assertEquals(Modifier.AT_MOST,
        lex.after.longest(VietText.of("trở xuống").tokens(), 0, false).value());
  }

  /**
   * The grammar asks the number reader only where it can start a numeral: every digit and scale
   * word of the reader's own tables, and the words it starts with by rule.
   */
  @Test
  void numberStartsHoldEveryWordTheReaderStartsWith() throws ReflectiveOperationException {
    Class<?> words = Class.forName("org.vietparse.internal.number.NumberWords");
    List<String> expected = new ArrayList<>();
    for (String table : List.of("DIGITS", "SCALES")) {
      java.lang.reflect.Field f = words.getDeclaredField(table);
      f.setAccessible(true);
      for (Object w : ((java.util.Map<?, ?>) f.get(null)).keySet()) {
        expected.add((String) w);
      }
    }
    expected.addAll(List.of("mười", "nửa", "chục"));
    for (String w : expected) {
      assertTrue(NumberReader.canStart(VietText.of(w).tokens().get(0)), w);
      assertTrue(NumberReader.canStart(VietText.of(w.toUpperCase(java.util.Locale.ROOT)).tokens()
          .get(0)), w + " in capitals");
    }
    assertTrue(!NumberReader.canStart(VietText.of("đồng").tokens().get(0)), "đồng starts none");
  }
}
