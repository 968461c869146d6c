package org.vietparse.internal.text;

import com.google.common.collect.ImmutableList;

/**
 * The text layer as it was before its flat token stream (main 77b92fc), kept unchanged as the
 * oracle of {@link TextLayerEquivalenceTest}.
 *
 * <p>Splits a normalized text into words, numbers and punctuation in one linear pass.
 *
 * <p>A word also ends where a run of three or more lower-case letters meets an upper-case one:
 * text extracted from HTML glues words ("triệuUSD", "CườngTiếp"), while short mixed-case words
 * ("ThS", "iPhone", "McCain") keep together. After a two-letter run, an acronym of two or more
 * capitals is cut off ("tỷUSD"), and so is any capital when the run has a Vietnamese letter
 * ("Thời sựChủ tịch"), so that "McCain" and "TikTok" stay whole.
 */
final class OldTokenizer {
  private OldTokenizer() {}

  /**
   * Tokenizes the normalized chars {@code s[0, n)}, with their lower-case and folded forms
   * {@code lo} and {@code fo} (same length).
   */
  static ImmutableList<OldToken> tokenize(char[] s, char[] lo, char[] fo, int n) {
    ImmutableList.Builder<OldToken> out = ImmutableList.builderWithExpectedSize(n / 4 + 1);
    int index = 0;
    boolean space = true;
    boolean newline = false;
    boolean caseless = false;
    int i = 0;
    while (i < n) {
      char c = s[i];
      if (c == ' ' || c == '\n') {
        space = true;
        newline |= c == '\n';
        i++;
        continue;
      }
      int start = i;
      if (index == 0 || newline) {
        caseless = caseless(s, start, n);
      }
      OldToken.Kind kind;
      if (c >= '0' && c <= '9') {
        kind = OldToken.Kind.NUMBER;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
          i++;
        }
      } else if (isLetter(s, i)) {
        kind = OldToken.Kind.WORD;
        int lowerRun = 0;
        boolean vietnameseRun = false;
        while (i < n) {
          char d = s[i];
          if (Character.isHighSurrogate(d) && i + 1 < n) {
            if (!Character.isLetter(Character.codePointAt(s, i))) {
              break;
            }
            i += 2;
            lowerRun = 0;
            continue;
          }
          // one table look-up answers every question about the char
          int f = VietChars.facts(d);
          if ((f & VietChars.IS_WORD) == 0) {
            break;
          }
          if ((f & VietChars.IS_UPPER) != 0 && (lowerRun >= 3 || lowerRun == 2 && (vietnameseRun
              || i + 1 < n && VietChars.isUpperCase(s[i + 1])))) {
            break;
          }
          if ((f & VietChars.IS_LOWER) != 0) {
            lowerRun++;
            vietnameseRun |= d > 0x7F;
          } else if ((f & VietChars.IS_LETTER) != 0) {
            lowerRun = 0;
            vietnameseRun = false;
          }
          i++;
        }
      } else {
        kind = OldToken.Kind.PUNCT;
        i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s[i + 1])
            ? 2 : 1;
      }
      if (kind != OldToken.Kind.WORD) {
        // a stray combining mark belongs to what it follows, as in the original text; digits
        // carrying one are no number any grammar should read
        int before = i;
        while (i < n && isMark(s[i])) {
          i++;
        }
        if (i > before) {
          kind = OldToken.Kind.PUNCT;
        }
      }
      out.add(new OldToken(kind, index++, start, i, s, lo, fo, space, newline, caseless));
      space = false;
      newline = false;
    }
    return out.build();
  }

  /**
   * Whether the line from {@code from} has capitals and no lower-case letter: a headline or a
   * name written in capitals. Most lines show a lower-case letter within a few chars.
   */
  private static boolean caseless(char[] s, int from, int n) {
    boolean upper = false;
    for (int k = from; k < n && s[k] != '\n'; k++) {
      if (VietChars.isLowerCase(s[k])) {
        return false;
      }
      upper |= VietChars.isUpperCase(s[k]);
    }
    return upper;
  }

  private static boolean isMark(char c) {
    return VietChars.isMark(c);
  }

  private static boolean isLetter(char[] s, int i) {
    char c = s[i];
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    if (Character.isSurrogate(c)) {
      return Character.isHighSurrogate(c) && i + 1 < s.length
          && Character.isLetter(Character.codePointAt(s, i));
    }
    return VietChars.isWordChar(c);
  }
}
