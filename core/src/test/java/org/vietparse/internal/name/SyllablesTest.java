package org.vietparse.internal.name;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.vietparse.internal.Tsv;
import org.vietparse.internal.text.VietText;

/** The syllable shape that tells a brand ("Vinamilk") from a Vietnamese given name ("Huệ"). */
class SyllablesTest {
  /** The shape as a pattern, as it was first written: the hand-written reader must agree. */
  private static final Pattern SYLLABLE = Pattern.compile(
      "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?");
  /** Every letter the pattern names, and two it does not (f, đ). */
  private static final String LETTERS = "aeiouybcdghklmnpqrstvxfđ";

  private static boolean byPattern(String folded) {
    return !folded.isEmpty() && folded.length() <= 7 && SYLLABLE.matcher(folded).matches();
  }

  @Test
  void everyShortStringReadsAsThePatternReadsIt() {
    // all strings of up to four of the letters, and of five built from the letters that begin
    // and end syllables
    int checked = 0;
    checked += everyString(LETTERS, 4);
    checked += everyString("aiuyongchqtrk", 5);
    assertTrue(checked > 400_000, "strings checked: " + checked);
  }

  private static int everyString(String letters, int maxLength) {
    int count = 0;
    char[] buf = new char[maxLength];
    for (int len = 0; len <= maxLength; len++) {
      int[] idx = new int[len];
      while (true) {
        for (int k = 0; k < len; k++) {
          buf[k] = letters.charAt(idx[k]);
        }
        String s = new String(buf, 0, len);
        if (Syllables.isVietnamese(s) != byPattern(s)) {
          throw new AssertionError("differs on \"" + s + "\"");
        }
        count++;
        int k = len - 1;
        while (k >= 0 && ++idx[k] == letters.length()) {
          idx[k] = 0;
          k--;
        }
        if (k < 0) {
          break;
        }
      }
    }
    return count;
  }

  @Test
  void longerStringsReadAsThePatternReadsThem() {
    Gen<String> words = SourceDSL.lists().of(Generate.pick(LETTERS.chars()
        .mapToObj(c -> String.valueOf((char) c)).toList())).ofSizeBetween(5, 9)
        .map(l -> String.join("", l));
    qt().withExamples(20_000).forAll(words)
        .check(w -> Syllables.isVietnamese(w) == byPattern(w));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Huệ", "Nguyễn", "nghiêng", "Khuya", "Quyền", "Gì", "Thắng", "Ước"})
  void vietnameseSyllables(String word) {
    assertTrue(Syllables.isVietnamese(VietText.of(word).tokens().get(0).folded()), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Vinamilk", "Vietjet", "Putin", "Masan", "Apple", "Grab", "Sabeco"})
  void brandsAndForeignWords(String word) {
    assertFalse(Syllables.isVietnamese(VietText.of(word).tokens().get(0).folded()), word);
  }

  @Test
  void everyOneWordFamilyNameIsASyllable() {
    Tsv t = Tsv.load("/org/vietparse/official/surnames.tsv");
    List<String> words = new ArrayList<>();
    for (List<String> r : t.rows()) {
      String s = Tsv.cell(r, t.column("surname"));
      // Family names of the Central Highlands peoples (Kpă, Ksor) keep their own spelling, with
      // a cluster no Vietnamese syllable begins with; soleBrand knows them as family names.
      String f = VietText.of(s).tokens().get(0).folded();
      boolean highlands = f.length() > 1 && f.charAt(0) == 'k' && "aeiouy".indexOf(f.charAt(1)) < 0
          && f.charAt(1) != 'h';
      if (!s.contains(" ") && !highlands) {
        words.add(s);
      }
    }
    qt().withExamples(300)
        .forAll(SourceDSL.integers().between(0, words.size() - 1))
        .check(i -> Syllables.isVietnamese(VietText.of(words.get(i)).tokens().get(0).folded()));
  }
}
