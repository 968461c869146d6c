package org.vietparse.internal.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.vietparse.Extraction;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.OfficialMention;
import org.vietparse.VietParse;
import org.vietparse.internal.Document;
import org.vietparse.internal.title.TitleHit;
import org.vietparse.internal.title.TitleHits;
import org.vietparse.title.Title;

class OfficialRecognizerTest {
  private static final Extractor EX =
      VietParse.extractor().types(MentionType.OFFICIAL, MentionType.TITLE).build();

  /** Pieces that meet at the edges of names and titles. */
  private static final List<String> PIECES = List.of("Chủ tịch nước", "Tổng Bí thư", "Bộ trưởng",
      "Bộ Ngoại giao", "Thủ tướng Lào", "Đại sứ Việt Nam tại Lào", "ông", "Bà", "đồng chí",
      "PGS.TS.", "Đại tướng", "Lương", "Cường", "Nguyễn", "Văn", "Thị", "José", "de", "von", "der",
      "Phô-xay", "O'Brien", "J.", "Hà Nội", "Việt Nam", "và", "kiêm", "là", "tiếp", "(", ")", ",",
      ";", ":", "-", " - ", "“", "”", "\n", "\u00a0", "\u200b", "\ud800", ".", "ĐBQH", "TS",
      "Tôn Thất", "Bà Rịa - Vũng Tàu", "phố");

  @Test
  void neverThrowsAndKeepsSpansValidOnAnyMixOfPieces() {
    qt().withExamples(800).withFixedSeed(3L)
        .forAll(lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 30))
        .check(pieces -> valid(String.join(" ", pieces)) && valid(String.join("", pieces)));
  }

  @Test
  void neverThrowsOnArbitraryStrings() {
    qt().withExamples(300).withFixedSeed(5L)
        .forAll(strings().allPossible().ofLengthBetween(0, 80))
        .check(OfficialRecognizerTest::valid);
  }

  private static boolean valid(String text) {
    Extraction x = EX.extract(text);
    int end = -1;
    for (OfficialMention m : x.officials()) {
      if (m.span().start() < end || m.span().end() > text.length()
          || !text.substring(m.span().start(), m.span().end()).equals(m.text())
          || m.official().name().isBlank()) {
        return false;
      }
      end = m.span().end();
    }
    return true;
  }

  @Test
  void reportsOffsetsIntoTheOriginalText() {
    String text = Normalizer.normalize("Tin mới:\u00a0Thủ tướng  Phạm Minh Chính tiếp đoàn.",
        Normalizer.Form.NFD);
    OfficialMention m = EX.extract(text).officials().get(0);
    assertEquals(text.indexOf("Th"), m.span().start());
    assertEquals(text.substring(m.span().start(), m.span().end()), m.text());
    assertEquals("Phạm Minh Chính", m.official().name());
  }

  @Test
  void keepsTheNameAsWrittenWithItsOldTonePlacement() {
    OfficialMention m = EX.extract("Thứ trưởng Nguyễn Văn Hoà phát biểu.").officials().get(0);
    assertEquals("Nguyễn Văn Hoà", m.official().name());
  }

  @Test
  void aLongChainOfTitlesKeepsItsLastTitles() {
    int n = 20_000;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i <= n; i++) {
      sb.append(i < n ? "Bộ trưởng, " : "Bộ trưởng Lê Văn An.");
    }
    Document doc = Document.of(sb.toString());
    List<TitleHit> hits = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      hits.add(OfficialGrammarTableTest.hit(doc, 3 * i, 3 * i + 2, Title.of("Bộ trưởng " + i)));
    }
    List<OfficialRecognizer.Located> found =
        OfficialRecognizer.create().locate(doc, new TitleHits(hits));
    assertEquals(1, found.size());
    assertEquals("Lê Văn An", found.get(0).official().name());
    assertEquals(OfficialGrammar.MAX_CHAIN, found.get(0).official().titles().size());
    assertEquals("Bộ trưởng " + n, found.get(0).official().titleNames().get(
        OfficialGrammar.MAX_CHAIN - 1));
  }

  @Test
  void aLongTextFindsTheOfficialsOfEachPart() {
    String part = "Sáng 12/3, Chủ tịch nước Lương Cường tiếp Thủ tướng Lào Sonexay Siphandone."
        + " Ông Valaxay Lengsavad, Phó Trưởng ban Đối ngoại Trung ương, cho biết.\n";
    String text = part.repeat(2000);
    assertEquals(3 * 2000, EX.extract(text).officials().size());
  }
}
