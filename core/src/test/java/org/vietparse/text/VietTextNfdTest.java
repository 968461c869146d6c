package org.vietparse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Decomposed input (NFD, as some editors and macOS file names produce) reads as composed text. */
class VietTextNfdTest {

  @Test
  void composesAsciiLettersWithTheirCombiningMarks() {
    String nfd = Normalizer.normalize("Thủ tướng Phạm Minh Chính", Normalizer.Form.NFD);
    VietText v = VietText.of(nfd);
    assertEquals("Thủ tướng Phạm Minh Chính", v.normalized());
    assertEquals(List.of("Thủ", "tướng", "Phạm", "Minh", "Chính"),
        v.tokens().stream().map(Token::text).collect(Collectors.toList()));
    Token t = v.tokens().get(1);
    assertEquals(nfd.indexOf("t", 3), v.toOriginalStart(t.start()));
    assertEquals(nfd.indexOf(" P"), v.toOriginalEnd(t.end()));
    assertEquals("tuong", t.folded());
  }
}
