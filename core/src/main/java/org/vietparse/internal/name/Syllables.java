package org.vietparse.internal.name;

/**
 * The shape of a Vietnamese syllable, to tell a brand ("Vinamilk") from a given name: an onset
 * ({@code ngh ng nh ch gh gi kh ph qu th tr} or one of {@code bcdghklmnprstvx}, or none), one to
 * three vowels ({@code aeiouy}, glides included), then a final consonant ({@code ng nh ch} or
 * one of {@code cmnpt}, or none).
 *
 * <p>Read by hand rather than by a regular expression: the official grammar asks it of every
 * given name it reads (whether HTML extraction glued the name to the next word), and a matcher
 * costs more than the few comparisons a syllable of seven letters needs.
 */
public final class Syllables {
  /** The longest syllable, "nghiêng", has seven letters. */
  private static final int MAX_LENGTH = 7;

  private Syllables() {}

  /**
   * Whether {@code folded} (lower case, no diacritics, đ as d) can be one Vietnamese syllable:
   * "nguyen", "hue", "khuya" can; "vinamilk", "vietjet", "putin" cannot.
   */
  public static boolean isVietnamese(String folded) {
    int n = folded.length();
    if (n == 0 || n > MAX_LENGTH) {
      return false;
    }
    // Every onset that begins the word is tried, as a pattern's alternatives would be: "gin"
    // is "g" + "in", "gia" is "gi" + "a" (or "g" + "ia").
    if (rhymeFrom(folded, 0)) {
      return true;
    }
    if (oneLetterOnset(folded.charAt(0)) && rhymeFrom(folded, 1)) {
      return true;
    }
    if (n >= 2 && twoLetterOnset(folded.charAt(0), folded.charAt(1)) && rhymeFrom(folded, 2)) {
      return true;
    }
    return n >= 3 && folded.startsWith("ngh") && rhymeFrom(folded, 3);
  }

  /**
   * Whether {@code s} from {@code from} on is one to three vowels and a final consonant or none.
   * A final has no vowel, so the vowels are all the vowels that follow {@code from}.
   */
  private static boolean rhymeFrom(String s, int from) {
    int v = from;
    while (v < s.length() && vowel(s.charAt(v))) {
      v++;
    }
    int vowels = v - from;
    if (vowels < 1 || vowels > 3) {
      return false;
    }
    switch (s.length() - v) {
      case 0:
        return true;
      case 1:
        return "cmnpt".indexOf(s.charAt(v)) >= 0;
      case 2: {
        char a = s.charAt(v);
        char b = s.charAt(v + 1);
        return a == 'n' && (b == 'g' || b == 'h') || a == 'c' && b == 'h';
      }
      default:
        return false;
    }
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static boolean oneLetterOnset(char c) {
    return "bcdghklmnprstvx".indexOf(c) >= 0;
  }

  /** ng nh ch gh gi kh ph qu th tr. */
  private static boolean twoLetterOnset(char a, char b) {
    switch (a) {
      case 'n':
        return b == 'g' || b == 'h';
      case 'c':
      case 'k':
      case 'p':
      case 't':
        return b == 'h' || a == 't' && b == 'r';
      case 'g':
        return b == 'h' || b == 'i';
      case 'q':
        return b == 'u';
      default:
        return false;
    }
  }
}
