package org.vietparse.internal.name;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;
import org.vietparse.internal.Tsv;
import org.vietparse.internal.text.VietText;

/** The syllable shape that tells a brand ("Vinamilk") from a Vietnamese given name ("Huệ"). */
class SyllablesTest {

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
