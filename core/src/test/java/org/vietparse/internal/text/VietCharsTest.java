package org.vietparse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VietCharsTest {

  /** The fold by its definition: lower case, no diacritics (the first char of NFD), đ as d. */
  private static char fold(char c) {
    if (c == 'đ' || c == 'Đ' || c == 'ð' || c == 'Ð') {
      return 'd';
    }
    if (Character.isSurrogate(c)) {
      return c;
    }
    String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
    return Character.toLowerCase(d.length() > 1 && Character.isLetter(d.charAt(0)) ? d.charAt(0)
        : c);
  }

  /** The tables stand in for java.lang.Character on the hot path: they must agree on every char. */
  @Test
  void tablesAgreeWithCharacterOnEveryChar() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      String at = "U+" + Integer.toHexString(i);
      assertEquals(Character.isLetter(c), VietChars.isLetter(c), at);
      assertEquals(Character.isUpperCase(c), VietChars.isUpperCase(c), at);
      assertEquals(Character.isLowerCase(c), VietChars.isLowerCase(c), at);
      assertEquals(c == '\t' || Character.isISOControl(c) || Character.isSpaceChar(c),
          VietChars.isBlank(c), at);
      assertEquals(Character.toLowerCase(c), VietChars.lower(c), at);
      // marks are stripped in the scripts up to U+2200 (Latin, Vietnamese, Greek, Cyrillic…)
      assertEquals(i < 0x2200 ? fold(c) : Character.toLowerCase(c), VietChars.fold(c), at);
      int f = VietChars.facts(c);
      assertEquals(VietChars.isWordChar(c), (f & VietChars.IS_WORD) != 0, at);
      assertEquals(Character.isLetter(c), (f & VietChars.IS_LETTER) != 0, at);
      assertEquals(Character.isUpperCase(c), (f & VietChars.IS_UPPER) != 0, at);
      assertEquals(Character.isLowerCase(c), (f & VietChars.IS_LOWER) != 0, at);
    }
  }
}
