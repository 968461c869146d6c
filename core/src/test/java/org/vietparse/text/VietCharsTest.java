package org.vietparse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VietCharsTest {

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
      int f = VietChars.facts(c);
      assertEquals(VietChars.isWordChar(c), (f & VietChars.IS_WORD) != 0, at);
      assertEquals(Character.isLetter(c), (f & VietChars.IS_LETTER) != 0, at);
      assertEquals(Character.isUpperCase(c), (f & VietChars.IS_UPPER) != 0, at);
      assertEquals(Character.isLowerCase(c), (f & VietChars.IS_LOWER) != 0, at);
    }
  }
}
