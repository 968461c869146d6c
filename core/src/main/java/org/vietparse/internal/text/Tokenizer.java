package org.vietparse.internal.text;

import java.util.Arrays;

/**
 * Splits a normalized text into words, numbers and punctuation in one linear pass, which also
 * computes each token's flags and the hashes of its lower-case and folded forms from the char
 * tables of {@link VietChars}, into the flat arrays of a {@link TokenList}.
 *
 * <p>A word also ends where a run of three or more lower-case letters meets an upper-case one:
 * text extracted from HTML glues words ("triệuUSD", "CườngTiếp"), while short mixed-case words
 * ("ThS", "iPhone", "McCain") keep together. After a two-letter run, an acronym of two or more
 * capitals is cut off ("tỷUSD"), and so is any capital when the run has a Vietnamese letter
 * ("Thời sựChủ tịch"), so that "McCain" and "TikTok" stay whole.
 */
final class Tokenizer {
  private final char[] s;
  private final int n;
  private int count;
  private int[] starts;
  private int[] ends;
  private int[] lowerHashes;
  private int[] foldedHashes;
  private byte[] flags;
  private boolean diacritics;

  /**
   * A tokenizer of the normalized chars {@code s[0, n)}.
   *
   * @param s the chars; read, never changed
   * @param n how many
   */
  Tokenizer(char[] s, int n) {
    this.s = s;
    this.n = n;
    // news text has a token every four or five chars: rarely a copy to grow
    int capacity = n / 3 + 16;
    starts = new int[capacity];
    ends = new int[capacity];
    lowerHashes = new int[capacity];
    foldedHashes = new int[capacity];
    flags = new byte[capacity];
  }

  /**
   * Tokenizes the text.
   *
   * @return the tokens
   */
  TokenList run() {
    final char[] s = this.s;
    final int n = this.n;
    final int[] formTable = VietChars.LOWER_AND_FOLD;
    final byte[] factTable = VietChars.FACTS;
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
      if (count == 0 || newline) {
        caseless = caseless(s, start, n);
      }
      int kind;
      int lh = 0;
      int fh = 0;
      boolean lowerSame = true;
      boolean foldedSame = true;
      if (c >= '0' && c <= '9') {
        kind = TokenList.NUMBER;
        // digits are their own lower case and fold
        while (i < n && s[i] >= '0' && s[i] <= '9') {
          lh = 31 * lh + s[i];
          i++;
        }
        fh = lh;
      } else if (c < VietChars.TABLE ? (factTable[c] & VietChars.IS_WORD) != 0
          : isLetter(s, i)) {
        kind = TokenList.WORD;
        int lowerRun = 0;
        boolean vietnameseRun = false;
        while (i < n) {
          char d = s[i];
          int f;
          char l;
          char fo;
          if (d < VietChars.TABLE) {
            // one look-up a table answers every question about the char
            f = factTable[d];
            int forms = formTable[d];
            l = (char) forms;
            fo = (char) (forms >>> 16);
          } else if (Character.isHighSurrogate(d) && i + 1 < n) {
            if (!Character.isLetter(Character.codePointAt(s, i))) {
              break;
            }
            for (int k = i; k < i + 2; k++) {
              char lk = VietChars.lower(s[k]);
              char fk = VietChars.fold(s[k]);
              lh = 31 * lh + lk;
              fh = 31 * fh + fk;
              lowerSame &= lk == s[k];
              foldedSame &= fk == lk;
            }
            i += 2;
            lowerRun = 0;
            continue;
          } else {
            f = VietChars.facts(d);
            l = VietChars.lower(d);
            fo = VietChars.fold(d);
          }
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
          lh = 31 * lh + l;
          fh = 31 * fh + fo;
          lowerSame &= l == d;
          foldedSame &= fo == l;
          i++;
        }
        if (!foldedSame && !diacritics) {
          // the text's flag, asked of its words until one has a diacritic
          diacritics = hasDiacritic(s, start, i);
        }
      } else {
        kind = TokenList.PUNCT;
        i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s[i + 1])
            ? 2 : 1;
      }
      if (kind != TokenList.WORD) {
        // a stray combining mark belongs to what it follows, as in the original text; digits
        // carrying one are no number any grammar should read
        int before = i;
        while (i < n && VietChars.isMark(s[i])) {
          i++;
        }
        if (i > before) {
          kind = TokenList.PUNCT;
        }
        if (kind == TokenList.PUNCT) {
          lh = 0;
          fh = 0;
          for (int k = start; k < i; k++) {
            char ck = s[k];
            char lk = VietChars.lower(ck);
            char fk = VietChars.fold(ck);
            lh = 31 * lh + lk;
            fh = 31 * fh + fk;
            lowerSame &= lk == ck;
            foldedSame &= fk == lk;
          }
          if (!foldedSame && !diacritics) {
            diacritics = hasDiacritic(s, start, i);
          }
        }
      }
      add(start, i, kind | (space ? TokenList.SPACE_BEFORE : 0)
          | (newline ? TokenList.NEWLINE_BEFORE : 0) | (caseless ? TokenList.CASELESS : 0)
          | (lowerSame ? TokenList.LOWER_IS_TEXT : 0)
          | (foldedSame ? TokenList.FOLDED_IS_LOWER : 0), lh, fh);
      space = false;
      newline = false;
    }
    return new TokenList(s, count, starts, ends, flags, lowerHashes, foldedHashes, diacritics);
  }

  private void add(int start, int end, int bits, int lowerHash, int foldedHash) {
    if (count == starts.length) {
      int capacity = count * 2;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      lowerHashes = Arrays.copyOf(lowerHashes, capacity);
      foldedHashes = Arrays.copyOf(foldedHashes, capacity);
      flags = Arrays.copyOf(flags, capacity);
    }
    starts[count] = start;
    ends[count] = end;
    flags[count] = (byte) bits;
    lowerHashes[count] = lowerHash;
    foldedHashes[count] = foldedHash;
    count++;
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

  /** Whether a letter of {@code s[from, to)} has a diacritic: its fold is not its lower case. */
  private static boolean hasDiacritic(char[] s, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = s[k];
      if (c >= 0xC0 && VietChars.fold(c) != VietChars.lower(c) && VietChars.isLetter(c)) {
        return true;
      }
    }
    return false;
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
