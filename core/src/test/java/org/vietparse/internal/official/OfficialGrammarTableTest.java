package org.vietparse.internal.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vietparse.VietParse;
import org.vietparse.internal.Document;
import org.vietparse.internal.Settings;
import org.vietparse.internal.title.TitleHit;
import org.vietparse.internal.title.TitleHits;
import org.vietparse.official.OfficialTable;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;
import org.vietparse.title.Title;

/**
 * The official grammar alone, on the written sentences, with the titles given where the table
 * marks them (a stand-in for the title recognizer): every boundary is the grammar's own.
 */
class OfficialGrammarTableTest {

  static Stream<OfficialTable.Row> rows() {
    return Stream.concat(OfficialTable.rows().stream(), OfficialTable.grammarRows().stream());
  }

  @Test
  void theTableHasEnoughSentences() {
    assertTrue(OfficialTable.rows().stream().map(OfficialTable.Row::plain).distinct().count()
        >= 150);
  }

  /** The document of a row, with a title note made from the marked titles. */
  static Document marked(OfficialTable.Row row) {
    Document doc = new Document(VietText.of(row.plain()), Settings.DEFAULT);
    List<TitleHit> hits = new ArrayList<>();
    for (int[] r : row.titleRanges()) {
      int from = -1;
      int to = -1;
      for (Token t : doc.tokens()) {
        if (t.start() >= r[0] && t.end() <= r[1]) {
          if (from < 0) {
            from = t.index();
          }
          to = t.index() + 1;
        }
      }
      // The title value, as the title grammar reads the marked phrase alone (its kind matters).
      String phrase = row.plain().substring(r[0], r[1]);
      hits.add(new TitleHit(from, to,
          VietParse.parseTitle(phrase).orElseGet(() -> Title.of(phrase))));
    }
    doc.note(TitleHits.class, new TitleHits(hits));
    return doc;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void findsTheOfficialOfEachSentence(OfficialTable.Row row) {
    Document doc = marked(row);
    List<OfficialRecognizer.Located> found = OfficialRecognizer.create().find(doc);
    List<String> texts = found.stream().map(l -> doc.original(l.span()))
        .collect(Collectors.toList());
    if (row.expectsNone()) {
      assertEquals(List.of(), texts);
      return;
    }
    OfficialRecognizer.Located hit = found.stream()
        .filter(l -> doc.original(l.span()).equals(row.text())).findFirst()
        .orElseThrow(() -> new AssertionError("no official " + row.text() + " in " + texts));
    assertEquals(row.name(), hit.official().name());
    assertEquals(row.titles().size(), hit.official().titles().size(), "titles");
    assertEquals(row.honorific(), hit.official().honorific().orElse("-"), "honorific");
    assertEquals(row.alias(), hit.official().alias().orElse("-"), "alias");
  }
}
