package org.vietparse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class VietTextTest {

  /** Pieces that real and broken Vietnamese text is made of. */
  private static final String[] PIECES = {
      "Chủ", " tịch", " nước", "hoà", "Uỷ", "thuỷ", "quý", "khoẻ", "Nguyễn", " ", "\u00a0",
      "\r\n", "\r", "\n", "\t", "\u200b", "\ufeff", "\u00ad", "a\u0301", "o\u0302\u0303",
      "u\u031b\u0300", "\u0301", "\u0323", "e\u0302\u0301", "Ð", "ð", "\ud83d\ude00", "\ud800",
      "\udc00", "\u0000", "\u0007", "1.500.000", "10/11", "22h30", "đ", "Đ", "USD", "triệuUSD",
      ",", ".", "(", ")", "–", "\u2003", "\u202f", "ﬁ", "Å", "\u1100\u1161\u11a8", "İ", "ß"};

  private static Gen<String> messyText() {
    return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 30)
        .map(ix -> {
          StringBuilder sb = new StringBuilder();
          ix.forEach(k -> sb.append(PIECES[k]));
          return sb.toString();
        });
  }

  @Test
  void tokenHashesAreTheirStringsHashesAndAFilterNeverLosesAWord() {
    qt().withExamples(2000).forAll(messyText()).check(s -> {
      List<Token> tokens = VietText.of(s).tokens();
      WordFilter.Builder b = WordFilter.builder();
      tokens.forEach(tok -> b.add(tok.lower()).add(tok.folded()));
      WordFilter f = b.build();
      return tokens.stream().allMatch(tok -> tok.lowerHash() == tok.lower().hashCode()
          && tok.foldedHash() == tok.folded().hashCode()
          && f.mayContain(tok, false) && f.mayContain(tok, true) && f.mayContain(tok.lower()));
    });
  }

  @Test
  void aWordMapAnswersAsAHashMapWithoutMakingStrings() {
    qt().withExamples(1000).forAll(messyText(), messyText()).check((words, text) -> {
      java.util.Map<String, Integer> map = new java.util.HashMap<>();
      VietText.of(words).tokens().forEach(tok -> map.put(tok.lower(), tok.index()));
      WordMap<Integer> wm = WordMap.copyOf(map);
      java.util.Map<String, Integer> folded = new java.util.HashMap<>();
      map.forEach((k, v) -> folded.put(VietText.of(k).folded(), v));
      WordMap<Integer> fm = WordMap.copyOf(folded);
      return wm.size() == map.size() && VietText.of(text + words).tokens().stream().allMatch(
          tok -> java.util.Objects.equals(map.get(tok.lower()), wm.get(tok, false))
              && java.util.Objects.equals(map.get(tok.lower()), wm.get(tok.lower()))
              && java.util.Objects.equals(folded.get(tok.folded()), fm.get(tok, true)));
    });
  }

  @Test
  void aFilterTurnsMostOtherWordsAway() {
    WordFilter f = WordFilter.builder().add("ngày").add("tháng").add("năm").build();
    List<Token> words = VietText.of("Chiều nay đoàn công tác của tỉnh đến thăm và làm việc tại "
        + "xã vùng cao, nơi người dân đang thu hoạch lúa mùa trên những thửa ruộng bậc thang")
        .tokens();
    long passed = words.stream().filter(tok -> f.mayContain(tok, false)).count();
    assertTrue(passed <= 2, passed + " of " + words.size() + " unrelated words passed");
    assertTrue(f.mayContain(VietText.of("Tháng").tokens().get(0), false));
    assertFalse(WordFilter.builder().build().mayContain("ngày"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "hoà|hòa", "Hoà Bình|Hòa Bình", "Uỷ ban|Ủy ban", "thuỷ điện|thủy điện", "khoẻ|khỏe",
      "quý|quý", "quỷ|quỷ", "hoàng|hoàng", "toàn|toàn", "thuyết|thuyết", "HOÀ|HÒA",
      "Thuỵ Sĩ|Thụy Sĩ", "hòa|hòa"})
  void modernTonePlacement(String in, String out) {
    assertEquals(out, VietText.of(in).normalized());
  }

  @Test
  void nfdBecomesNfcWithOffsetsIntoTheOriginal() {
    String nfd = Normalizer.normalize("Chủ tịch nước", Normalizer.Form.NFD);
    VietText t = VietText.of(nfd);
    assertEquals("Chủ tịch nước", t.normalized());
    Token nuoc = t.tokens().get(2);
    assertEquals("nước", nuoc.text());
    assertEquals(nfd.length(), t.toOriginalEnd(nuoc.end()));
    String orig = nfd.substring(t.toOriginalStart(nuoc.start()), t.toOriginalEnd(nuoc.end()));
    assertEquals("nước", Normalizer.normalize(orig, Normalizer.Form.NFC));
  }

  @Test
  void spacesLineEndsAndInvisibles() {
    VietText t = VietText.of("1\u00a0500\r\nđồng\u200b\ufeff/lượng\u2003x");
    assertEquals("1 500\nđồng/lượng x", t.normalized());
    assertEquals("1 500\ndong/luong x", t.folded());
  }

  @Test
  void foldedAndLowerKeepLength() {
    VietText t = VietText.of("Đặng Xuân Phong, ỦY BAN");
    assertEquals("dang xuan phong, uy ban", t.folded());
    assertEquals("đặng xuân phong, ủy ban", t.lower());
    assertTrue(t.hasDiacritics());
    assertFalse(VietText.of("Chu tich nuoc Luong Cuong").hasDiacritics());
  }

  @Test
  void identityNeedsNoMap() {
    String s = "Chiều 10/11, Bộ trưởng tiếp đoàn.";
    VietText t = VietText.of(s);
    assertTrue(t.normalized() == s, "clean text is not copied");
    for (int i = 0; i <= s.length(); i++) {
      assertEquals(i, t.toOriginalStart(i));
      assertEquals(i, t.toOriginalEnd(i));
    }
  }

  @Test
  void nullFailsFastWithTheParameterName() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> VietText.of(null));
    assertEquals("text", e.getMessage());
  }

  @Test
  void offsetMapIsMonotoneAndInBounds() {
    qt().withExamples(3000).forAll(messyText()).check(s -> {
      VietText t = VietText.of(s);
      int n = t.normalized().length();
      int prevStart = 0;
      int prevEnd = 0;
      for (int i = 0; i <= n; i++) {
        int a = t.toOriginalStart(i);
        int b = t.toOriginalEnd(i);
        if (a < prevStart || b < prevEnd || a < 0 || b > s.length() || a > s.length()) {
          return false;
        }
        if (i < n && t.toOriginalEnd(i + 1) <= a) {
          return false;
        }
        prevStart = a;
        prevEnd = b;
      }
      return t.toOriginalStart(0) >= 0 && t.toOriginalEnd(n) <= s.length()
          && t.lower().length() == n && t.folded().length() == n;
    });
  }

  @Test
  void everyTokenRoundTripsThroughTheOriginal() {
    qt().withExamples(3000).forAll(messyText()).check(s -> {
      VietText t = VietText.of(s);
      for (Token tok : t.tokens()) {
        int a = t.toOriginalStart(tok.start());
        int b = t.toOriginalEnd(tok.end());
        if (a > b) {
          return false;
        }
        String back = VietText.of(s.substring(a, b)).normalized();
        if (!back.equals(tok.text())) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void tokensCoverEveryNonSpaceCharOnce() {
    qt().withExamples(2000).forAll(messyText()).check(s -> {
      VietText t = VietText.of(s);
      List<Token> tokens = t.tokens();
      int pos = 0;
      for (Token tok : tokens) {
        for (int k = pos; k < tok.start(); k++) {
          char c = t.normalized().charAt(k);
          if (c != ' ' && c != '\n') {
            return false;
          }
        }
        if (tok.end() <= tok.start()) {
          return false;
        }
        pos = tok.end();
      }
      return t.normalized().substring(pos).isBlank();
    });
  }

  @Test
  void composesMarksOnAsciiLetters() {
    String nfd = Normalizer.normalize("Chủ tịch nước, Uỷ ban", Normalizer.Form.NFD);
    VietText t = VietText.of(nfd);
    assertEquals("Chủ tịch nước, Ủy ban", t.normalized());
    assertEquals("chu tich nuoc, uy ban", t.folded());
    assertTrue(t.hasDiacritics());
    assertEquals("chủ", t.tokens().get(0).lower());
    assertEquals(0, t.toOriginalStart(0));
    assertEquals(nfd.length(), t.toOriginalEnd(t.normalized().length()));
    int tich = t.normalized().indexOf("tịch");
    assertEquals(nfd.indexOf("ti"), t.toOriginalStart(tich));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kim ngạch đạt khoảng 1,4 tỷ USD", "Hòa Bình", "Ủy ban nhân dân",
      "Nguyễn Thị Ánh"})
  void decomposedTextNormalizesToComposed(String composed) {
    String nfd = Normalizer.normalize(composed, Normalizer.Form.NFD);
    VietText t = VietText.of(nfd);
    assertEquals(VietText.of(composed).normalized(), t.normalized());
    assertEquals(VietText.of(composed).folded(), t.folded());
    assertEquals(nfd.length(), t.toOriginalEnd(t.normalized().length()));
    for (Token tok : t.tokens()) {
      String original = nfd.substring(t.toOriginalStart(tok.start()), t.toOriginalEnd(tok.end()));
      assertEquals(tok.text(), Normalizer.normalize(original, Normalizer.Form.NFC));
    }
  }

  @Test
  void aLongRunOfMarksIsNormalizedInPiecesWithExactOffsets() {
    String marks = "\u0301\u0300\u0323".repeat(40);
    String text = "Ông a" + marks + " nói";
    VietText t = VietText.of(text);
    // pieces of at most 30 marks, each normalized as NFC would normalize it alone
    StringBuilder expected = new StringBuilder("Ông ");
    int at = 4;
    int end = 5 + marks.length();
    int width = 1;
    while (at < end) {
      int next = Math.min(end, at + width + 30);
      expected.append(Normalizer.normalize(text.substring(at, next), Normalizer.Form.NFC));
      at = next;
      width = 1;
    }
    expected.append(" nói");
    assertEquals(expected.toString(), t.normalized());
    for (int i = 0; i <= t.normalized().length(); i++) {
      assertTrue(t.toOriginalStart(i) <= t.toOriginalEnd(Math.min(i + 1, t.normalized().length()))
          || i == t.normalized().length());
    }
    Token last = t.tokens().get(t.tokens().size() - 1);
    assertEquals("nói", text.substring(t.toOriginalStart(last.start()), t.toOriginalEnd(last.end())));
    // a run within the bound is NFC of the whole
    String short1 = "a" + "\u0323\u0301".repeat(15);
    assertEquals(Normalizer.normalize(short1, Normalizer.Form.NFC), VietText.of(short1).normalized());
  }

  @Test
  void streamSafeNormalizationIsTheWholeFormUpTo30MarksAndPiecewiseBeyond() {
    String ok = "e" + "\u0323\u0302\u0301".repeat(10);
    assertEquals(Normalizer.normalize(ok, Normalizer.Form.NFC), StreamSafe.nfc(ok));
    assertEquals(Normalizer.normalize(ok, Normalizer.Form.NFD), StreamSafe.nfd(ok));
    String lng = "e" + "\u0301\u0323".repeat(20);
    String cut = lng.substring(0, 31);
    assertEquals(Normalizer.normalize(cut, Normalizer.Form.NFC)
        + Normalizer.normalize(lng.substring(31), Normalizer.Form.NFC), StreamSafe.nfc(lng));
    assertEquals("Nguyễn Thị Lan", StreamSafe.nfc(Normalizer.normalize("Nguyễn Thị Lan",
        Normalizer.Form.NFD)));
  }
}
