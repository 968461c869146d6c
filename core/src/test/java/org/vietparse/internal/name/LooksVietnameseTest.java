package org.vietparse.internal.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The marks only Vietnamese spelling uses, read letter by letter from a table, must be read as
 * the word's canonical decomposition reads them, mark by mark.
 */
class LooksVietnameseTest {

  @ParameterizedTest
  @ValueSource(strings = {"Hải", "Bộ", "Vĩnh", "Đông", "Ước", "Thắng", "Nguyễn", "Hải"})
  void vietnameseMarks(String word) {
    assertTrue(NameModel.looksVietnamese(word), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"José", "Raúl", "Müller", "Putin", "François", "Ñuñez", "Ångström"})
  void marksOtherLanguagesUseToo(String word) {
    assertFalse(NameModel.looksVietnamese(word), word);
  }

  @Test
  void everyCharAloneAndWithEachMark() {
    String marks = "\u0300\u0301\u0303\u0306\u0309\u031B\u0323\u0302\u0308";
    for (char c = 0; c < 0x2100; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String alone = String.valueOf(c);
      assertEquals(NameModel.looksVietnameseDecomposed(alone), NameModel.looksVietnamese(alone),
          () -> "U+" + Integer.toHexString(alone.charAt(0)));
      for (int m = 0; m < marks.length(); m++) {
        String s = "a" + c + marks.charAt(m);
        assertEquals(NameModel.looksVietnameseDecomposed(s), NameModel.looksVietnamese(s),
            () -> "U+" + Integer.toHexString(s.charAt(1)) + " U+" + Integer.toHexString(s.charAt(2)));
      }
    }
  }

  @Test
  void wordsOfMixedLettersAndMarks() {
    // precomposed Vietnamese letters, Latin letters of other languages, đ, bare combining marks
    // in and out of canonical order, Greek and Tibetan letters that decompose to marks
    List<String> letters = new ArrayList<>(List.of("a", "e", "i", "u", "y", "o", "n", "D",
        "đ", "Đ", "ả", "ạ", "ơ", "ư", "ă", "ẽ", "ĩ", "ũ", "ỹ", "õ", "ñ", "é", "ü", "ç", "ế",
        "ộ", "\u0300", "\u0301", "\u0303", "\u0306", "\u0309", "\u031B", "\u0323", "\u0302",
        "\u0308", "\u0327", "\u0344", "\u0F73", "ΐ", "ǘ", "ḗ", "Ẫ", "ȁ", "\u0340", "\u00a0"));
    Gen<String> words = SourceDSL.lists().of(Generate.pick(letters)).ofSizeBetween(1, 8)
        .map(l -> String.join("", l));
    qt().withExamples(50_000).forAll(words).check(w ->
        NameModel.looksVietnamese(w) == NameModel.looksVietnameseDecomposed(w));
  }
}
