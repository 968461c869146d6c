package org.vietparse.date;

import org.vietparse.testing.TestTable;
import org.vietparse.MentionFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vietparse.DateMention;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.VietParse;

/**
 * Written phrases and the values they must parse to, one table per family under
 * {@code src/test/resources/org/vietparse/date/phrases/}. A row with a reference date is
 * extracted with that reference and preference; the others go through
 * {@link VietParse#parseDate(String)}.
 */
class DatePhrasesTest {

  static Stream<Arguments> numeric() {
    return rows("numeric.tsv");
  }

  static Stream<Arguments> written() {
    return rows("written.tsv");
  }

  static Stream<Arguments> times() {
    return rows("times.tsv");
  }

  static Stream<Arguments> ranges() {
    return rows("ranges.tsv");
  }

  static Stream<Arguments> relative() {
    return rows("relative.tsv");
  }

  static Stream<Arguments> everyday() {
    return rows("everyday.tsv");
  }

  static Stream<Arguments> lunar() {
    return rows("lunar.tsv");
  }

  static Stream<Arguments> resolution() {
    return rows("resolution.tsv");
  }

  @ParameterizedTest(name = "{0} → {1} {2} {3}")
  @MethodSource({"numeric", "written", "times", "ranges", "relative", "everyday", "lunar",
      "resolution"})
  void parsesTo(String phrase, String expected, String reference, String preference) {
    DateValue v;
    if (reference.isEmpty()) {
      Optional<DateValue> parsed = VietParse.parseDate(phrase);
      assertTrue(parsed.isPresent(), "no single date in: " + phrase);
      v = parsed.get();
    } else {
      LocalDateTime ref = reference.contains("T") ? LocalDateTime.parse(reference)
          : LocalDate.parse(reference).atStartOfDay();
      Extractor ex = VietParse.extractor().types(MentionType.DATE).referenceDateTime(ref)
          .prefer(Preference.valueOf(preference)).build();
      List<DateMention> found = ex.extract(phrase).dates();
      assertEquals(1, found.size(), "mentions in: " + phrase + " " + found);
      v = found.get(0).date();
    }
    assertEquals(expected, render(MentionFormat.fields(v)), phrase);
  }

  /** The value written as the tables write it: "timex=XXXX-11-22 relative weekday=6". */
  static String render(Map<String, Object> map) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      if (Boolean.TRUE.equals(e.getValue())) {
        sb.append(e.getKey());
      } else {
        sb.append(e.getKey()).append('=').append(e.getValue());
      }
    }
    return sb.toString();
  }

  static Stream<Arguments> rows(String file) {
    List<Arguments> out = new ArrayList<>();
    for (String[] cells : table("phrases/" + file)) {
      out.add(Arguments.of(cells[0], cell(cells, 1), cell(cells, 2), cell(cells, 3)));
    }
    return out.stream();
  }

  private static String cell(String[] cells, int i) {
    return i < cells.length ? cells[i].trim() : "";
  }

  /** The rows of a TSV resource beside this class, header skipped. */
  static List<String[]> table(String resource) {
    return TestTable.load("/org/vietparse/date/" + resource).rows().stream()
        .map(r -> r.cells().toArray(new String[0])).toList();
  }
}
