package org.vietparse.internal.name;

import java.util.regex.Pattern;

/** The shape of a Vietnamese syllable, to tell a brand ("Vinamilk") from a given name. */
public final class Syllables {
  /** The longest syllable, "nghiêng", has seven letters. */
  private static final int MAX_LENGTH = 7;
  /** Onset, one to three vowels (glides included), final consonant; on the folded form. */
  private static final Pattern SYLLABLE = Pattern.compile(
      "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?");

  private Syllables() {}

  /**
   * Whether {@code folded} (lower case, no diacritics, đ as d) can be one Vietnamese syllable:
   * "nguyen", "hue", "khuya" can; "vinamilk", "vietjet", "putin" cannot.
   */
  public static boolean isVietnamese(String folded) {
    return !folded.isEmpty() && folded.length() <= MAX_LENGTH
        && SYLLABLE.matcher(folded).matches();
  }
}
