package org.vietparse.internal.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vietparse.internal.text.VietText;

/** The official lexicons keep the format rules of docs/lexicons.md. */
class OfficialLexiconFormatTest {

  @ParameterizedTest
  @ValueSource(strings = {"surnames.tsv", "honorifics.tsv", "name-particles.tsv",
      "name-stops.tsv", "place-words.tsv", "honorific-places.tsv", "caps-name-stops.tsv",
      "sentence-words.tsv", "predicate-words.tsv"})
  void keepsTheFormatRules(String file) throws IOException {
    String text;
    try (InputStream in = Objects.requireNonNull(
        getClass().getResourceAsStream("/org/vietparse/official/" + file))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "NFC");
    assertFalse(text.contains("\r"), "LF line endings");
    assertTrue(text.endsWith("\n"), "a newline at the end");
    String[] lines = text.split("\n", -1);
    int columns = lines[0].split("\t", -1).length;
    List<String> keys = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < lines.length - 1; i++) {
      String[] cells = lines[i].split("\t", -1);
      assertEquals(columns, cells.length, "columns on line " + (i + 1));
      for (String c : cells) {
        assertFalse(c.isEmpty() || !c.strip().equals(c), "cell on line " + (i + 1));
      }
      assertTrue(seen.add(cells[0]), "duplicate " + cells[0]);
      assertEquals(VietText.of(cells[0]).normalized(), cells[0], "modern tone placement");
      keys.add(lines[i]);
    }
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort((a, b) -> compareBytes(a, b));
    assertEquals(sorted, keys, "sorted in byte order");
  }

  private static int compareBytes(String a, String b) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] y = b.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = Integer.compare(x[i] & 0xff, y[i] & 0xff);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
