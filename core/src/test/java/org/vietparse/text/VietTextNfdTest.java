package org.vietparse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decomposed input (NFD), with ASCII base letters under the marks, reads as its NFC form. */
class VietTextNfdTest {

  @ParameterizedTest
  @ValueSource(strings = {"Kim ngạch đạt khoảng 1,4 tỷ USD", "Hòa Bình", "Ủy ban nhân dân",
      "Nguyễn Thị Ánh"})
  void decomposedTextNormalizesToComposed(String composed) {
    String nfd = Normalizer.normalize(composed, Normalizer.Form.NFD);
    VietText t = VietText.of(nfd);
    assertEquals(VietText.of(composed).normalized(), t.normalized());
    assertEquals(VietText.of(composed).folded(), t.folded());
    assertEquals(nfd.length(), t.toOriginalEnd(t.normalized().length()));
    for (Token tok : t.tokens()) {
      String original = nfd.substring(t.toOriginalStart(tok.start()), t.toOriginalEnd(tok.end()));
      assertEquals(tok.text(), Normalizer.normalize(original, Normalizer.Form.NFC));
    }
  }
}
