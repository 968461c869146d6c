package org.vietparse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Decomposed (NFD) input whose base letters are ASCII composes like any other. */
class VietTextDecomposedTest {

  @Test
  void composesMarksOnAsciiLetters() {
    String nfd = Normalizer.normalize("Chủ tịch nước, Uỷ ban", Normalizer.Form.NFD);
    VietText t = VietText.of(nfd);
    assertEquals("Chủ tịch nước, Ủy ban", t.normalized());
    assertEquals("chu tich nuoc, uy ban", t.folded());
    assertTrue(t.hasDiacritics());
    assertEquals("chủ", t.tokens().get(0).lower());
    assertEquals(0, t.toOriginalStart(0));
    assertEquals(nfd.length(), t.toOriginalEnd(t.normalized().length()));
    int tich = t.normalized().indexOf("tịch");
    assertEquals(nfd.indexOf("ti"), t.toOriginalStart(tich));
  }
}
