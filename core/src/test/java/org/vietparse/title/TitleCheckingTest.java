package org.vietparse.title;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Title checks its parts char by char: these hold the checks to what {@link String#strip} and
 * the ISO date pattern answer.
 */
class TitleCheckingTest {
  /** The ISO dates Title accepted by a regular expression before it read them char by char. */
  private static final Pattern ISO_DATE =
      Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

  private static Gen<String> strings(List<String> pieces, int max) {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, pieces.size() - 1)
        .map(pieces::get)).ofSizeBetween(0, max).map(l -> String.join("", l));
  }

  @Test
  void anIsoDateIsWhatThePatternAccepts() {
    Gen<String> dates = strings(List.of("0", "1", "2", "3", "9", "-", "x", "20", "2025", "12",
        "13", "31", "32", "00", "٣"), 8);
    qt().withExamples(20000).forAll(dates).checkAssert(s ->
        assertEquals(ISO_DATE.matcher(s).matches(), Title.isIsoDate(s), s));
    for (String s : List.of("2025", "2025-07", "2025-07-01", "1992-12-31", "2025-00", "2025-7",
        "2025-07-32", "2025-07-00", "20250701", "")) {
      assertEquals(ISO_DATE.matcher(s).matches(), Title.isIsoDate(s), s);
    }
  }

  @Test
  void aPartIsStrippedAsStripStripsIt() {
    Gen<String> texts = strings(List.of(" ", "\t", "\n", "\u2003", "\u00A0", "\u001F", "a",
        "Bộ", "\uD835\uDC00", "\uD835", "\uDC00", "x y"), 5);
    qt().withExamples(20000).forAll(texts).checkAssert(s -> {
      if (s.strip().isEmpty()) {
        assertThrows(IllegalArgumentException.class, () -> Title.of(s));
        assertThrows(IllegalArgumentException.class, () -> Title.of("x").withRole(s));
      } else {
        assertEquals(s.strip(), Title.of(s).canonical());
        assertEquals(s.strip(), Title.of("x").withEnglish(s).english().orElseThrow());
      }
    });
  }
}
