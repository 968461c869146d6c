package org.vietparse.internal.title;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vietparse.internal.text.VietText;

/** The format rules of docs/lexicons.md, for the title lexicons. */
class TitleLexiconFormatTest {

  @ParameterizedTest
  @ValueSource(strings = {"roles.tsv", "offices.tsv", "organizations.tsv",
      "ministry-short-names.tsv", "statuses.tsv", "context-words.tsv", "not-titles.tsv",
      "place-units.tsv"})
  void followsTheLexiconRules(String file) throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/org/vietparse/title/" + file)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(text.endsWith("\n"), "ends with a newline");
    assertFalse(text.contains("\r"), "LF line endings");
    assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), text, "NFC");
    List<String> lines = Arrays.asList(text.split("\n"));
    int columns = lines.get(0).split("\t", -1).length;
    Set<String> first = new HashSet<>();
    List<String> keys = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      assertEquals(columns, cells.length, line);
      for (String c : cells) {
        assertFalse(c.isEmpty() || !c.equals(c.strip()), "empty or padded cell: " + line);
        assertEquals(VietText.of(c).normalized(), c, "modern tone placement: " + c);
      }
      assertTrue(first.add(cells[0]), "first column repeated: " + cells[0]);
      keys.add(cells[0] + "\u0000" + cells[1]);
    }
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort((a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
        b.getBytes(StandardCharsets.UTF_8)));
    assertEquals(sorted, keys, "sorted by the first column, then the second, in byte order");
  }
}
