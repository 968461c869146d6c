package org.vietparse.official;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.OfficialMention;
import org.vietparse.VietParse;

/**
 * The written sentences of {@code officials.tsv} through the whole library, titles found by the
 * title recognizer: each official's covered text, name, canonical titles, honorific and alias.
 */
class OfficialTableTest {
  private static final Extractor EXTRACTOR =
      VietParse.extractor().types(MentionType.OFFICIAL).build();

  static Stream<OfficialTable.Row> rows() {
    return OfficialTable.rows().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void extractsTheOfficialOfEachSentence(OfficialTable.Row row) {
    List<OfficialMention> found = EXTRACTOR.extract(row.plain()).officials();
    List<String> texts = found.stream().map(OfficialMention::text).collect(Collectors.toList());
    if (row.expectsNone()) {
      assertEquals(List.of(), texts);
      return;
    }
    OfficialMention hit = found.stream().filter(m -> m.text().equals(row.text())).findFirst()
        .orElseThrow(() -> new AssertionError("no official " + row.text() + " in " + texts));
    Official o = hit.official();
    assertEquals(row.name(), o.name());
    assertEquals(row.titles(), o.titleNames());
    assertEquals(row.honorific(), o.honorific().orElse("-"));
    assertEquals(row.alias(), o.alias().orElse("-"));
    assertEquals(row.rank(), o.rank().orElse("-"), "rank");
    if (row.checksStatuses()) {
      // "-": no title has a status, as the mention format then leaves statuses out
      String statuses = o.statuses().stream().allMatch(java.util.Optional::isEmpty) ? "-"
          : o.statuses().stream().map(st -> st.map(Enum::name).orElse("-"))
              .collect(java.util.stream.Collectors.joining(";"));
      assertEquals(row.statuses(), statuses, "statuses");
    }
  }
}
