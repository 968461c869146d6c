package org.vietparse.internal.title;

import org.vietparse.testing.TestTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vietparse.TitleMention;
import org.vietparse.VietParse;
import org.vietparse.internal.Document;
import org.vietparse.title.Title;

class TitleRecognizerTest {

  private static List<TitleMention> titles(String text) {
    return VietParse.extract(text).titles();
  }

  private static List<String> canonicals(String text) {
    return titles(text).stream().map(m -> m.title().canonical()).collect(Collectors.toList());
  }

  private static List<String> texts(String text) {
    return titles(text).stream().map(TitleMention::text).collect(Collectors.toList());
  }

  static Stream<String> notTitles() {
    return TestTable.load("/org/vietparse/title/not-titles-sentences.tsv").rows().stream()
        .map(r -> r.cells().get(0));
  }

  @ParameterizedTest
  @MethodSource("notTitles")
  void findsNoTitleIn(String sentence) {
    assertEquals(List.of(), titles(sentence));
  }

  @Test
  void chainsAreSeparateTitles() {
    String s = "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng phát biểu.";
    assertEquals(List.of("Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội"), texts(s));
    assertEquals(List.of("Tổng Bí thư", "Chủ tịch nước"),
        canonicals("Tổng Bí thư, Chủ tịch nước Tô Lâm tiếp Đại sứ Cuba."). subList(0, 2));
    assertEquals(List.of("Phó Thủ tướng", "Bộ trưởng Bộ Ngoại giao"),
        canonicals("Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao dự họp."));
  }

  @Test
  void aBareRoleTakesTheInstitutionOfTheNextTitle() {
    assertEquals(List.of("Tổng Thư ký Quốc hội", "Chủ nhiệm Văn phòng Quốc hội"),
        canonicals("Tham dự có Tổng thư ký, Chủ nhiệm Văn phòng Quốc hội Bùi Văn Cường."));
    assertEquals(List.of("Chủ tịch Quốc hội"),
        canonicals("Sự quan tâm của Chủ tịch và các Phó Chủ tịch Quốc hội rất lớn."));
    assertEquals(List.of("Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ"),
        canonicals("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ trả lời chất vấn."));
  }

  @Test
  void aTrailingPlaceIsShared() {
    assertEquals(List.of("Giám đốc Sở Tài chính Thành phố Đà Nẵng",
        "Giám đốc Sở Thông tin và Truyền thông Thành phố Đà Nẵng",
        "Phó Giám đốc Sở Giao thông vận tải Thành phố Đà Nẵng"),
        canonicals("Giám đốc Sở Tài Chính, Giám đốc Sở TT&TT và Phó giám đốc Sở GTVT TP Đà Nẵng"
            + " vừa xin nghỉ hưu."));
    assertEquals(List.of("Bí thư Tỉnh ủy Nghệ An", "Chủ tịch Hội đồng nhân dân tỉnh Nghệ An"),
        canonicals("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nghệ An chủ trì hội nghị."));
  }

  @Test
  void aTrailingCountryIsSharedAcrossACommaOnly() {
    List<TitleMention> t = titles("Hội đàm với Bí thư thứ nhất, Chủ tịch nước Cuba.");
    assertEquals(Optional.of("Cuba"), t.get(0).title().country());
    assertEquals("Bí thư thứ nhất", t.get(0).title().canonical());
    List<TitleMention> u = titles("Chủ tịch nước và Tổng thống Mỹ đã điện đàm.");
    assertEquals(Optional.empty(), u.get(0).title().country());
  }

  @Test
  void anAbbreviationInParenthesesIsNotASecondTitle() {
    assertEquals(List.of("đại biểu Quốc hội"), texts("Ông là đại biểu Quốc hội (ĐBQH) khóa XV."));
  }

  @Test
  void statusWordsAreInsideTheSpan() {
    assertEquals(List.of("cựu Tổng thống", "Tổng thống đắc cử"),
        texts("Ông gặp cựu Tổng thống và Tổng thống đắc cử trong tuần."));
    assertEquals(Optional.of(Title.Status.NEW),
        titles("Tân Chủ tịch UBND Thành phố Hà Nội nhận nhiệm vụ.").get(0).title().status());
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String s = "Sáng nay,\u00a0Chủ tịch\u00a0UBND TP Hà Nội\r\nđã làm việc. Bí thư Tỉnh uỷ Khánh Hoà";
    for (TitleMention m : titles(s)) {
      assertEquals(s.substring(m.span().start(), m.span().end()), m.text());
    }
    assertEquals(List.of("Chủ tịch\u00a0UBND TP Hà Nội", "Bí thư Tỉnh uỷ Khánh Hoà"), texts(s));
  }

  @Test
  void findsTitleHitsForOfficials() {
    String s = "Tổng Bí thư, Chủ tịch nước Tô Lâm tiếp các Đại sứ.";
    Document doc = Document.of(s);
    TitleHits hits = TitleRecognizer.create().find(doc);
    assertEquals(2, hits.hits().size());
    List<TitleMention> mentions = hits.mentions();
    for (int k = 0; k < hits.hits().size(); k++) {
      TitleHit h = hits.hits().get(k);
      TitleMention m = mentions.get(k);
      assertEquals(m.title(), h.title());
      assertEquals(doc.span(h.start(), h.end()), m.span());
    }
    assertEquals("Chủ tịch nước", hits.hits().get(1).title().canonical());
    assertTrue(hits.hits().get(0).end() <= hits.hits().get(1).start());
  }

  @Test
  void findsNoHitsWhenThereIsNoTitle() {
    assertEquals(List.of(), TitleRecognizer.create().find(Document.of("Trời mưa to.")).hits());
  }

  @Test
  void messyInputNeverThrows() {
    String[] inputs = {"", " ", "\u0000\uD800Chủ tịch\uDC00", "Chủ tịch ,,,, và và kiêm",
        "Đại sứ Việt Nam tại", "(((ĐBQH)", "Chủ tịch UBND TP", "Tổng Giám đốc Tập đoàn",
        "cựu", "đắc cử", "các các các Đại sứ", "Bí thư Tỉnh ủy\n\nNghệ An"};
    for (String s : inputs) {
      for (TitleMention m : titles(s)) {
        assertEquals(s.substring(m.span().start(), m.span().end()), m.text());
      }
    }
  }

  @Test
  void aLongTextFindsTheTitlesOfEachPart() {
    String piece = "Chủ tịch UBND TP Hà Nội, Bộ trưởng Ngoại giao Lào và các Đại sứ tại Lào. ";
    assertEquals(40_000, titles(piece.repeat(20_000)).size());
  }

  @Test
  void aPluralTitleBeforeNamesIsTheTitleOfEach() {
    String s = "Dự họp có các Phó Thủ tướng Trần Văn Sơn, Lê Minh Khái.";
    assertEquals(List.of("Phó Thủ tướng"), texts(s));
    assertEquals(s.indexOf("Phó"), titles(s).get(0).span().start());
    String two = "Hai Phó Chủ tịch Quốc hội Nguyễn Đức Hải và Trần Thanh Mẫn cùng dự.";
    assertEquals(List.of("Phó Chủ tịch Quốc hội"), canonicals(two));
    assertEquals(two.indexOf("Phó"), titles(two).get(0).span().start());
    String count = "Ba Bộ trưởng Công Tôn Minh, Đỗ Văn Hùng và Lê Thị Mai tham gia tổ công tác.";
    assertEquals(List.of("Bộ trưởng"), texts(count));
  }
}
