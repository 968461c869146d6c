package org.vietparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vietparse.date.DateValue;
import org.vietparse.money.Money;
import org.vietparse.official.Official;
import org.vietparse.official.PersonName;
import org.vietparse.title.Title;

class MentionFormatTest {

  @Test
  void aLineHasTheFieldsInTheFormatsOrder() {
    Mention m = new MoneyMention(Span.of(3, 17), "hơn 1,3 tỷ USD",
        Money.of(new BigDecimal("1.3E9"), Currency.getInstance("USD"))
            .withModifier(org.vietparse.money.Modifier.MORE_THAN));
    assertEquals("{\"doc\":\"d1\",\"type\":\"MONEY\",\"start\":3,\"end\":17,"
        + "\"text\":\"hơn 1,3 tỷ USD\",\"value\":{\"amount\":\"1300000000\",\"currency\":\"USD\","
        + "\"mod\":\"MORE_THAN\"}}", MentionFormat.line("d1", m));
    assertEquals("{\"amount\":\"1300000000\",\"currency\":\"USD\",\"mod\":\"MORE_THAN\"}",
        MentionFormat.value(m));
  }

  @Test
  void eachKindWritesItsValue() {
    assertEquals("{\"timex\":\"2025-12-06\",\"weekday\":6}", MentionFormat.value(new DateMention(
        Span.of(0, 18), "Thứ bảy 06/12/2025",
        DateValue.of(LocalDate.of(2025, 12, 6)).withWeekday(java.time.DayOfWeek.SATURDAY))));
    assertEquals("{\"timex\":null,\"relative\":true}", MentionFormat.value(new DateMention(
        Span.of(0, 7), "hôm nay", DateValue.unknown().withRelative(true))));
    assertEquals("{\"title\":\"Tổng thống\"}", MentionFormat.value(
        new TitleMention(Span.of(0, 10), "Tổng thống", Title.of("Tổng thống"))));
    assertEquals("{\"name\":\"Tô Lâm\",\"titles\":[\"Tổng Bí thư\",\"Chủ tịch nước\"]}",
        MentionFormat.value(new OfficialMention(Span.of(0, 33), "Tổng Bí thư, Chủ tịch nước Tô Lâm",
            Official.of(VietParse.parseName("Tô Lâm").orElseThrow(),
                List.of(Title.of("Tổng Bí thư"), Title.of("Chủ tịch nước"))))));
  }

  @Test
  void stringsAreEscapedSoThatAnyTextIsValidJson() {
    Mention m = new TitleMention(Span.of(0, 1), "a\"b\\c\nd\u0001\ud800\t\r😀",
        Title.of("x"));
    String line = MentionFormat.line("q\"", m);
    assertTrue(line.contains("\"text\":\"a\\\"b\\\\c\\nd\\u0001\\ud800\\t\\r😀\""), line);
    assertTrue(line.startsWith("{\"doc\":\"q\\\"\""), line);
    assertEquals(-1, line.indexOf('\n'));
  }

  @Test
  void documentsAreNamedAndReadAsTheFormatSays() throws CharacterCodingException {
    assertEquals("000_fc5f", MentionFormat.documentId("000_fc5f.txt"));
    assertEquals("a.b", MentionFormat.documentId("a.b.txt"));
    assertEquals(".hidden", MentionFormat.documentId(".hidden"));
    assertEquals("Chiều 10/11",
        MentionFormat.decodeDocument("Chiều 10/11".getBytes(StandardCharsets.UTF_8)));
    CharacterCodingException bad = assertThrows(CharacterCodingException.class,
        () -> MentionFormat.decodeDocument(new byte[] {'a', (byte) 0xE9, 'b'}));
    assertEquals("not valid UTF-8", bad.getMessage());
    CharacterCodingException binary = assertThrows(CharacterCodingException.class,
        () -> MentionFormat.decodeDocument(new byte[] {'a', 0, 'b'}));
    assertEquals("binary file (contains NUL bytes)", binary.getMessage());
  }

  /**
   * decodeDocument takes the lenient decoding when it replaced nothing; over bytes near UTF-8's
   * edges (lead bytes, continuations, surrogates, overlong forms, U+FFFD itself) it must accept
   * exactly what the strict decoder accepts, as the same text.
   */
  @Test
  void documentsAreDecodedAsTheStrictDecoderDecodesThem() {
    int[] edges = {'a', 'é', 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0,
        0xF4, 0xF5, 0xFF, 0xA0, 0x9F, 0xBD, 0xB8};
    qt().withExamples(20_000)
        .forAll(lists().of(integers().between(0, edges.length - 1)).ofSizeBetween(1, 8))
        .checkAssert(picks -> {
          byte[] bytes = new byte[picks.size()];
          for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) edges[picks.get(i)];
          }
          String strict;
          try {
            strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
          } catch (CharacterCodingException e) {
            strict = null;
          }
          String ours;
          try {
            ours = MentionFormat.decodeDocument(bytes);
          } catch (CharacterCodingException e) {
            ours = null;
          }
          assertEquals(strict, ours, () -> java.util.Arrays.toString(bytes));
        });
    assertEquals("a\uFFFDb", assertDoesNotThrowDecode(
        "a\uFFFDb".getBytes(StandardCharsets.UTF_8)));
  }

  private static String assertDoesNotThrowDecode(byte[] bytes) {
    try {
      return MentionFormat.decodeDocument(bytes);
    } catch (CharacterCodingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everyMentionOfAnArticleWritesOneLine() {
    Extraction x = VietParse.extract("Chiều 10/11, Chủ tịch nước Lương Cường tiếp Đại sứ Lào; "
        + "dự án trị giá hơn 1,3 tỷ USD.");
    assertTrue(x.mentions().size() >= 4, x.toString());
    for (Mention m : x.mentions()) {
      String line = MentionFormat.line("d", m);
      assertTrue(line.startsWith("{\"doc\":\"d\",\"type\":\"" + m.type() + "\""), line);
      assertEquals(-1, line.indexOf('\n'));
    }
  }
}
