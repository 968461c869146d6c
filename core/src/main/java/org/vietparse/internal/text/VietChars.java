package org.vietparse.internal.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Per-character facts about Vietnamese letters: the base vowel and tone of a precomposed
 * vowel, the tone-less and case-less fold of any letter. Tables are built once from ICU4J's
 * normalizer, so that the hot path never calls it.
 */
final class VietChars {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  /** Tone marks in the order the tables use; index 0 is "no tone". */
  static final char[] TONES = {0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

  private static final String BASE_VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
  // Latin, Vietnamese (U+1EA0–1EF9), general punctuation and currency signs ("…", "“", "₫", "€")
  private static final int TABLE_SIZE = 0x2200;

  /** For a precomposed vowel: base vowel char; 0 for other chars. */
  private static final char[] BASE = new char[TABLE_SIZE];
  /** For a precomposed vowel: tone index into {@link #TONES}. */
  private static final byte[] TONE = new byte[TABLE_SIZE];
  /** Chars below this have their facts in the tables; the hot loops read the tables directly. */
  static final int TABLE = TABLE_SIZE;
  /** Lower case, no diacritics, đ → d. */
  static final char[] FOLD = new char[TABLE_SIZE];
  /** Lower case. */
  static final char[] LOWER = new char[TABLE_SIZE];
  /** Lower case in the low 16 bits, the fold in the high: one look-up for the tokenizer. */
  static final int[] LOWER_AND_FOLD = new int[TABLE_SIZE];
  /** Letters and combining marks: what a word is made of. */
  private static final boolean[] WORD_CHAR = new boolean[TABLE_SIZE];
  /** Combining marks. */
  private static final boolean[] MARK = new boolean[TABLE_SIZE];
  /** Per char, the {@code IS_…} facts below that hold, as bits. */
  static final byte[] FACTS = new byte[TABLE_SIZE];
  static final byte IS_LETTER = 1;
  static final byte IS_UPPER = 2;
  static final byte IS_LOWER = 4;
  private static final byte IS_BLANK = 8;
  /** A letter or a combining mark, not a surrogate: what a word is made of. */
  static final int IS_WORD = 16;
  /**
   * The normalizer's quick check, per char: 0 for a char that stands for itself whatever
   * surrounds it (unless a combining mark follows, which is itself not plain), so that a run of
   * such chars is neither copied nor mapped; {@link #NEEDS_WORK} for anything else (marks, spaces
   * other than ' ', controls, CR, zero-width chars, "Ð", chars that are not NFC alone). Plain
   * chars also carry the bits of the tone pairs "oa", "oe" and "uy" ({@link #PAIR_O},
   * {@link #PAIR_U}, {@link #TONED_AE}, {@link #TONED_Y}; {@code TONED_AE == PAIR_O << 2},
   * {@code TONED_Y == PAIR_U << 2}), so that one shift and mask of two neighbours' bits says
   * whether a tone may have to move. Chars from {@link #TABLE} up always need work.
   */
  static final byte[] ATTENTION = new byte[TABLE_SIZE];
  static final byte NEEDS_WORK = 1;
  /** "o" or "O". */
  static final byte PAIR_O = 4;
  /** "u" or "U". */
  static final byte PAIR_U = 8;
  /** "a" or "e" with a tone, either case. */
  static final byte TONED_AE = 16;
  /** "y" with a tone, either case. */
  static final byte TONED_Y = 32;
  /** A toned "a", "e" or "y": the second vowel of a pair. */
  static final byte TONED_SECOND = TONED_AE | TONED_Y;
  /** For a base vowel: the vowel with each tone, by tone index; null for other chars. */
  private static final char[][] TONED = new char[TABLE_SIZE][];

  static {
    for (char c = 0; c < TABLE_SIZE; c++) {
      FOLD[c] = foldSlow(c);
      LOWER[c] = Character.toLowerCase(c);
      int type = Character.getType(c);
      MARK[c] = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK;
      WORD_CHAR[c] = !Character.isSurrogate(c) && (Character.isLetter(c) || MARK[c]);
      FACTS[c] = (byte) ((Character.isLetter(c) ? IS_LETTER : 0)
          | (Character.isUpperCase(c) ? IS_UPPER : 0) | (Character.isLowerCase(c) ? IS_LOWER : 0)
          | (c == '\t' || Character.isISOControl(c) || Character.isSpaceChar(c) ? IS_BLANK : 0)
          | (WORD_CHAR[c] ? IS_WORD : 0));
    }
    for (int b = 0; b < BASE_VOWELS.length(); b++) {
      char base = BASE_VOWELS.charAt(b);
      for (int t = 0; t < TONES.length; t++) {
        String composed = t == 0 ? String.valueOf(base)
            : Normalizer2.getNFCInstance().normalize(base + String.valueOf(TONES[t]));
        if (composed.length() == 1) {
          BASE[composed.charAt(0)] = base;
          TONE[composed.charAt(0)] = (byte) t;
          if (TONED[base] == null) {
            TONED[base] = new char[TONES.length];
          }
          TONED[base][t] = composed.charAt(0);
        }
      }
    }
    Normalizer2 nfc = Normalizer2.getNFCInstance();
    for (char c = 0; c < TABLE_SIZE; c++) {
      LOWER_AND_FOLD[c] = LOWER[c] | FOLD[c] << 16;
      boolean plain;
      if (c < 0x80) {
        plain = c >= 0x20 && c < 0x7F || c == '\n';
      } else {
        plain = !MARK[c] && (FACTS[c] & IS_BLANK) == 0 && c != 'Ð' && c != 'ð'
            && c != '\u200B' && c != '\u200C' && c != '\u200D' && c != '\u2060'
            && c != '\u00AD' && nfc.isNormalized(String.valueOf(c));
      }
      char base = LOWER[BASE[c]];
      int pair = TONE[c] == 0 ? (c == 'o' || c == 'O' ? PAIR_O : c == 'u' || c == 'U' ? PAIR_U : 0)
          : base == 'a' || base == 'e' ? TONED_AE : base == 'y' ? TONED_Y : 0;
      ATTENTION[c] = (byte) (plain ? pair : NEEDS_WORK);
    }
  }

  private VietChars() {}

  private static char foldSlow(char c) {
    if (c == 'đ' || c == 'Đ' || c == 'ð' || c == 'Ð') {
      return 'd';
    }
    if (c < 0x80) {
      return Character.toLowerCase(c);
    }
    if (Character.isSurrogate(c)) {
      return c;
    }
    // ICU reads the decomposition from its table; building an NFD string per char made
    // loading this class a tenth of the library's start-up
    String d = NFD.getDecomposition(c);
    if (d != null && d.length() > 1 && Character.isLetter(d.charAt(0))) {
      return Character.toLowerCase(d.charAt(0));
    }
    return Character.toLowerCase(c);
  }

  /** Lower case without diacritics; đ folds to d. Keeps the string's length. */
  static char fold(char c) {
    return c < TABLE_SIZE ? FOLD[c] : Character.toLowerCase(c);
  }

  /** Lower case by char, as {@link Character#toLowerCase(char)}; locale-independent. */
  static char lower(char c) {
    return c < TABLE_SIZE ? LOWER[c] : Character.toLowerCase(c);
  }

  /**
   * The facts of {@link #isLetter}, {@link #isUpperCase}, {@link #isLowerCase} and
   * {@link #isWordChar} as bits ({@code IS_LETTER}, {@code IS_UPPER}, {@code IS_LOWER},
   * {@code IS_WORD}),
   * for the tokenizer's one look-up a char.
   */
  static int facts(char c) {
    if (c < TABLE_SIZE) {
      return FACTS[c];
    }
    return (Character.isLetter(c) ? IS_LETTER : 0) | (Character.isUpperCase(c) ? IS_UPPER : 0)
        | (Character.isLowerCase(c) ? IS_LOWER : 0) | (isWordChar(c) ? IS_WORD : 0);
  }

  /** As {@link Character#isLetter(char)}, from a table for the chars of Vietnamese text. */
  static boolean isLetter(char c) {
    return c < TABLE_SIZE ? (FACTS[c] & IS_LETTER) != 0 : Character.isLetter(c);
  }

  /** As {@link Character#isUpperCase(char)}, from a table for the chars of Vietnamese text. */
  static boolean isUpperCase(char c) {
    return c < TABLE_SIZE ? (FACTS[c] & IS_UPPER) != 0 : Character.isUpperCase(c);
  }

  /** As {@link Character#isLowerCase(char)}, from a table for the chars of Vietnamese text. */
  static boolean isLowerCase(char c) {
    return c < TABLE_SIZE ? (FACTS[c] & IS_LOWER) != 0 : Character.isLowerCase(c);
  }

  /** A tab, a control character or a Unicode space: what normalization turns into a space. */
  static boolean isBlank(char c) {
    return c < TABLE_SIZE ? (FACTS[c] & IS_BLANK) != 0
        : Character.isISOControl(c) || Character.isSpaceChar(c);
  }

  /** The base vowel of a (possibly toned) Vietnamese vowel, or 0 when c is not one. */
  static char baseVowel(char c) {
    return c < TABLE_SIZE ? BASE[c] : 0;
  }

  /** The tone index of a Vietnamese vowel (0 = none). */
  static int tone(char c) {
    return c < TABLE_SIZE ? TONE[c] : 0;
  }

  /** The vowel {@code base} carrying tone {@code tone}. */
  static char withTone(char base, int tone) {
    char[] toned = base < TABLE_SIZE ? TONED[base] : null;
    return tone == 0 || toned == null || toned[tone] == 0 ? base : toned[tone];
  }

  /** True for a letter or a combining mark (a BMP char that is no surrogate). */
  static boolean isWordChar(char c) {
    if (c < TABLE_SIZE) {
      return WORD_CHAR[c];
    }
    if (Character.isSurrogate(c)) {
      return false;
    }
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  /** True for a combining mark. */
  static boolean isMark(char c) {
    if (c < TABLE_SIZE) {
      return MARK[c];
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
