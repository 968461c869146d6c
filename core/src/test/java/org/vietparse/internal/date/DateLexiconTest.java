package org.vietparse.internal.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vietparse.internal.text.VietText;

class DateLexiconTest {

  @ParameterizedTest
  @ValueSource(strings = {"context-words.tsv", "keywords.tsv", "month-names.tsv",
      "idioms.tsv", "named-days.tsv", "parts-of-day.tsv", "period-words.tsv", "relative-words.tsv",
      "seasons.tsv", "time-zones.tsv", "weekdays.tsv"})
  void isSortedNfcAndUnique(String file) throws IOException {
    String text;
    try (InputStream in = DateLexiconTest.class.getResourceAsStream("/org/vietparse/date/" + file)) {
      assertNotNull(in, file);
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), file + " is not NFC");
    assertTrue(text.endsWith("\n") && !text.contains("\r"), file + " line endings");
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n")));
    int columns = lines.get(0).split("\t").length;
    List<String> body = lines.subList(1, lines.size());
    List<String> sorted = new ArrayList<>(body);
    // byte order of the first column, then of the second, as `LC_ALL=C sort -k1,1 -k2,2`
    sorted.sort((a, b) -> {
      String[] x = a.split("\t", -1);
      String[] y = b.split("\t", -1);
      int c = Arrays.compareUnsigned(x[0].getBytes(StandardCharsets.UTF_8),
          y[0].getBytes(StandardCharsets.UTF_8));
      return c != 0 || x.length < 2 || y.length < 2 ? c
          : Arrays.compareUnsigned(x[1].getBytes(StandardCharsets.UTF_8),
              y[1].getBytes(StandardCharsets.UTF_8));
    });
    assertEquals(sorted, body, file + " is not in byte order");
    Set<String> firsts = new HashSet<>();
    for (String line : body) {
      String[] cells = line.split("\t", -1);
      assertEquals(columns, cells.length, file + ": " + line);
      for (String c : cells) {
        assertFalse(c.isEmpty() || !c.equals(c.strip()), file + ": " + line);
      }
      assertTrue(firsts.add(cells[0]), file + " repeats " + cells[0]);
      assertEquals(cells[0], VietText.of(cells[0]).normalized(), "modern tone placement");
    }
  }

  @Test
  void loadsEveryLexicon() {
    DateLexicon lex = DateLexicon.get();
    assertTrue(lex == DateLexicon.get());
    assertFalse(lex.weekdays.isEmpty());
    assertFalse(lex.parts.isEmpty());
    assertFalse(lex.relatives.isEmpty());
    assertFalse(lex.namedDays.isEmpty());
    assertFalse(lex.zones.isEmpty());
    assertFalse(lex.seasons.isEmpty());
    assertFalse(lex.keywords.isEmpty());
    assertTrue(lex.context.containsKey("before"));
  }
}
