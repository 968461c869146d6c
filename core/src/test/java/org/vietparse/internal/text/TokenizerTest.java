package org.vietparse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static String split(String s) {
    return VietText.of(s).tokens().stream().map(Token::text).collect(Collectors.joining("|"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '#', value = {
      "Chủ tịch nước#Chủ|tịch|nước",
      "10/11/2024#10|/|11|/|2024",
      "1.500.000 đồng#1|.|500|.|000|đồng",
      "22h30#22|h|30",
      "5 triệuUSD#5|triệu|USD",
      "Lương CườngTiếp#Lương|Cường|Tiếp",
      "ThS. Nguyễn#ThS|.|Nguyễn",
      "iPhone McCain#iPhone|McCain",
      "TT&TT#TT|&|TT",
      "Euro-3#Euro|-|3",
      "28,2%#28|,|2|%",
      "(Ảnh: TTXVN)#(|Ảnh|:|TTXVN|)",
      "1,3 tỷUSD#1|,|3|tỷ|USD",
      "ThS Nguyễn#ThS|Nguyễn",
      "iPhone 16#iPhone|16",
      "mRNA#mRNA",
      "Thời sựChủ tịch Quốc hội#Thời|sự|Chủ|tịch|Quốc|hội",
      "Xã hộiBộ trưởng#Xã|hội|Bộ|trưởng",
      "TikTok YouTube#TikTok|YouTube",
      "VnExpress#VnExpress",
      "McCain#McCain",
      "McCain nói#McCain|nói"})
  void splits(String in, String out) {
    assertEquals(out, split(in));
  }

  @Test
  void adjacencyAndLineBreaks() {
    List<Token> t = VietText.of("sáng 15.6\nNgày mai").tokens();
    assertTrue(t.get(0).spaceBefore());
    assertTrue(t.get(1).spaceBefore());
    assertFalse(t.get(2).spaceBefore());
    assertFalse(t.get(3).spaceBefore());
    assertTrue(t.get(4).newlineBefore());
    assertTrue(t.get(4).isCapitalized());
    assertEquals(Token.Kind.NUMBER, t.get(1).kind());
    assertTrue(t.get(2).is('.'));
    assertEquals(4, t.get(4).index());
  }

  @Test
  void digitsCarryingAStrayMarkAreNoNumber() {
    List<Token> t = VietText.of("19\u0301h 1\u05b1").tokens();
    assertEquals(Token.Kind.PUNCT, t.get(0).kind());
    assertEquals("19\u0301", t.get(0).text());
    assertEquals(Token.Kind.PUNCT, t.get(2).kind());
  }

  @Test
  void caseAndDiacritics() {
    List<Token> t = VietText.of("UBND Hà nội").tokens();
    assertTrue(t.get(0).isAllCaps());
    assertFalse(t.get(1).isAllCaps());
    assertTrue(t.get(1).hasDiacritics());
    assertEquals("ha", t.get(1).folded());
    assertEquals("nội", t.get(2).lower());
  }
}
