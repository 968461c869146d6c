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
import org.vietparse.Span;
import org.vietparse.TitleMention;
import org.vietparse.VietParse;
import org.vietparse.internal.Document;
import org.vietparse.internal.title.TitleHit;
import org.vietparse.internal.title.TitleHits;
import org.vietparse.official.OfficialTable;
import org.vietparse.internal.text.Token;
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
  static Marked marked(OfficialTable.Row row) {
    Document doc = Document.of(row.plain());
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
      hits.add(hit(doc, from, to,
          VietParse.parseTitle(phrase).orElseGet(() -> Title.of(phrase))));
    }
    return new Marked(doc, new TitleHits(hits));
  }

  /** A document and the titles marked in it. */
  record Marked(Document doc, TitleHits titles) {
    List<OfficialRecognizer.Located> officials() {
      return OfficialRecognizer.create().locate(doc, titles);
    }
  }

  /** A title hit over tokens {@code [from, to)} of a document, as the title stage makes one. */
  static TitleHit hit(Document doc, int from, int to, Title title) {
    Span span = doc.span(from, to);
    return new TitleHit(from, to, new TitleMention(span, doc.original(span), title));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void findsTheOfficialOfEachSentence(OfficialTable.Row row) {
    Marked marked = marked(row);
    Document doc = marked.doc();
    List<OfficialRecognizer.Located> found = marked.officials();
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
    assertEquals(row.rank(), hit.official().rank().orElse("-"), "rank");
  }
}
