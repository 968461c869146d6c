package org.vietparse.internal.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * The numeral layer turns most tokens away before reading: words outside the numeral words,
 * punctuation other than a minus glued to digits, words that cannot begin a Roman numeral or a
 * glued scale word. These properties check, on texts made of number words, digits, Roman
 * numerals and other words, that each shortcut answers what the full reading answers.
 */
class NumberGatesTest {
  /** Pieces of our own beside the number words: figures, marks and words that end a numeral. */
  private static final List<String> OTHER = List.of("5", "10", "2025", "1.500.000", "1,3",
      "1,500,000", "0,875", "1.5", "-3", "- 3", "500K", "5M", "3tr", "4 chấm 75", "ba phẩy năm",
      ",", ".", "/", "-", "–", "\n", "(", "người", "đồng", "USD", "mươi", "lăm", "năm", "thứ",
      "đầu", "tiên", "nhất", "âm", "III", "XIV", "MMXXIV", "IIII", "V", "v", "C", "CD", "Minh",
      "Ivan", "IVa", "Chủ", "tỷđồng", "Triệuusd", "nghìnxu", "vạn", "tháng", "Tá", "TRIỆU");

  private static Gen<String> texts() {
    List<String> words = new ArrayList<>(NumberReader.NUMERAL_WORD_SET);
    words.addAll(NumberReader.START_WORD_SET);
    Gen<String> piece = SourceDSL.integers().between(0, 2).flatMap(kind -> kind == 0
        ? Generate.pick(words) : kind == 1 ? Generate.pick(OTHER)
        : Generate.pick(words).map((String w) -> w.toUpperCase(Locale.ROOT)));
    return SourceDSL.lists().of(piece).ofSizeBetween(1, 12)
        .zip(SourceDSL.integers().between(0, 3), (ps, glue) ->
            String.join(glue == 0 ? "" : " ", ps));
  }

  @Test
  void theShortcutsReadWhatTheBranchesRead() {
    qt().withExamples(3000).forAll(texts(), SourceDSL.booleans().all())
        .checkAssert((text, whole) -> {
          List<Token> tokens = VietText.of(text).tokens();
          for (int i = 0; i < tokens.size(); i++) {
            assertEquals(NumberReader.at(tokens, i, whole, false),
                NumberReader.at(tokens, i, whole, true), text + " @" + i);
          }
        });
  }

  @Test
  void theLayerHoldsTheReadersNumberAtEveryToken() {
    qt().withExamples(3000).forAll(texts(), SourceDSL.booleans().all())
        .checkAssert((text, whole) -> {
          List<Token> tokens = VietText.of(text).tokens();
          Numerals n = Numerals.read(tokens, whole);
          List<Numeral> sequence = new ArrayList<>();
          for (int i = 0; i < tokens.size(); i++) {
            Numeral full = NumberReader.at(tokens, i, whole, false);
            assertEquals(full, n.cardinal(i), text + " @" + i);
            assertEquals(romanByDefinition(tokens.get(i)), n.roman(i), text + " @" + i);
            if (full != null && (sequence.isEmpty()
                || i >= sequence.get(sequence.size() - 1).end())) {
              sequence.add(full);
            }
          }
          assertEquals(sequence, n.all(), text);
        });
  }

  @Test
  void theseTextsHoldNumbers() {
    // the properties above are not vacuous: the texts hold numerals of several tokens, and
    // Roman numerals
    int[] found = {0, 0, 0};
    qt().withFixedSeed(18).withExamples(1000).forAll(texts()).checkAssert(text -> {
      List<Token> tokens = VietText.of(text).tokens();
      Numerals n = Numerals.read(tokens, false);
      for (int i = 0; i < tokens.size(); i++) {
        Numeral c = n.cardinal(i);
        found[0] += c != null ? 1 : 0;
        found[1] += c != null && c.end() - c.start() >= 2 ? 1 : 0;
        found[2] += n.roman(i) > 0 ? 1 : 0;
      }
    });
    assertTrue(found[0] > 1000 && found[1] > 200 && found[2] > 100,
        "numbers, long ones, Roman ones: " + found[0] + ", " + found[1] + ", " + found[2]);
  }

  @Test
  void romanDigitsAreTheSevenCapitals() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals("IVXLCDM".indexOf(c) >= 0, Numerals.isRomanDigit(c), "char " + (int) c);
    }
  }

  @Test
  void aGluedScaleIsFoundAsByTryingEveryScaleWord() {
    qt().withExamples(2000).forAll(texts()).checkAssert(text -> {
      for (Token t : VietText.of(text).tokens()) {
        assertEquals(scalePrefixByDefinition(t), NumberReader.scalePrefix(t), text + ": " + t);
      }
    });
    assertEquals(Map.entry(BigDecimal.valueOf(1_000_000_000), "đồng"),
        NumberReader.scalePrefix(VietText.of("tỷđồng").tokens().get(0)));
  }

  /** The Roman numeral at t as the layer defines it: a canonical numeral in capitals. */
  private static int romanByDefinition(Token t) {
    if (!t.isWord() || t.length() > 15 || "IVXLCDM".indexOf(t.firstChar()) < 0
        || t.length() > 1 && "IVXLCDM".indexOf(t.charAt(1)) < 0
        || !t.isAllCaps() && !(t.length() == 1 && t.isCapitalized())) {
      return -1;
    }
    return Ordinals.roman(t.text());
  }

  private static Map.Entry<BigDecimal, String> scalePrefixByDefinition(Token t) {
    if (!t.isWord()) {
      return null;
    }
    String w = t.lower();
    for (Map.Entry<String, BigDecimal> e : NumberWords.SCALES.entrySet()) {
      if (w.length() > e.getKey().length() && w.startsWith(e.getKey())) {
        return Map.entry(e.getValue(), t.text().substring(e.getKey().length()));
      }
    }
    return null;
  }
}
