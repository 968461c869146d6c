package org.vietparse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The text layer (the quick check, the in-place normalizer and the flat token stream) answers
 * exactly as the per-char algorithm it replaced, kept in the test sources as the oracle
 * ({@link OldVietText}, {@link OldTokenizer}, {@link OldToken}): the normalized text, both
 * offset maps at every index, the lower-case and folded forms, the diacritics flag, and every
 * answer of every token, on text made of Vietnamese letters in NFC and NFD, loose marks, long
 * runs of marks, spaces, line ends, digits, punctuation, surrogates and invisible chars.
 */
class TextLayerEquivalenceTest {

  /** Single chars and short pieces; a generated text is a sequence of them. */
  private static final String[] PIECES = {
      // letters, NFC, with and without tones, both cases
      "a", "o", "u", "y", "e", "q", "h", "t", "n", "g", "A", "O", "U", "Y", "Q", "T",
      "à", "á", "ả", "ã", "ạ", "è", "é", "ẻ", "ẽ", "ẹ", "ỳ", "ý", "ỷ", "ỹ", "ỵ", "À", "É", "Ỷ",
      "ă", "â", "ê", "ô", "ơ", "ư", "đ", "Đ", "ằ", "ấ", "ể", "ộ", "ờ", "ữ", "Ư", "Ơ", "Ộ",
      "Ð", "ð", "ß", "İ", "ﬁ", "µ", "Å", "\u212b", "\u2126",
      // words: old tone placement, "qu", glued HTML words, capitals
      "hoà", "Hoà", "HOÀ", "khoẻ", "thuỷ", "Uỷ", "quý", "quỷ", "thoÀ", "hoàTiếp", "triệuUSD",
      "tỷUSD", "sựChủ", "McCain", "TikTok", "iPhone", "UBND", "Chủ", "tịch", "Nguyễn",
      // NFD and loose marks
      "a\u0301", "o\u0302\u0303", "u\u031b\u0300", "e\u0302\u0301", "o\u0300", "y\u0309",
      "\u0301", "\u0300", "\u0323", "\u0309", "\u0303", "\u031b", "\u0302", "\u20d0", "\ufe20",
      "a" + "\u0301".repeat(35), "\u0323".repeat(31), "o" + "\u0300\u0323".repeat(20),
      // spaces, line ends, controls and invisible chars
      " ", " ", " ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u2003", "\u202f", "\u3000",
      "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u0000", "\u0007", "\u007f",
      "\u0085",
      // digits and punctuation
      "0", "1", "9", "15", "1.500.000", "10/11", "22h30", "1,3", ",", ".", "(", ")", "-", "–",
      "—", "‑", "−", "\"", "“", "”", "…", "₫", "€", "%", "/", ":",
      // beyond the tables, surrogates, and chars that NFC changes or expands
      "中", "\u1100\u1161\u11a8", "\ud83d\ude00", "\ud835\udc00", "\ud835\udc00\u0301", "\ud800",
      "\udc00", "\udbff", "\u0958", "\u2adc", "\u0344", "\u0340", "\u1e9b\u0323", "\uff21",
      "\u0130", "\u01c5"};

  private static Gen<String> texts(int maxPieces) {
    return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, maxPieces)
        .map(ix -> {
          StringBuilder sb = new StringBuilder();
          ix.forEach(k -> sb.append(PIECES[k]));
          return sb.toString();
        });
  }

  @Test
  void theTextLayerAnswersAsTheOldAlgorithmOnShortTexts() {
    qt().withExamples(5_000).forAll(texts(12)).checkAssert(TextLayerEquivalenceTest::same);
  }

  @Test
  void theTextLayerAnswersAsTheOldAlgorithmOnLongerTexts() {
    qt().withExamples(800).forAll(texts(80)).checkAssert(TextLayerEquivalenceTest::same);
  }

  @Test
  void theTextLayerAnswersAsTheOldAlgorithmOnWrittenExamples() {
    for (String s : List.of("", " ", "\n", "a", "hoà", "thuỷ\r\nquý", "Chủ tịch UBND TP Hà Nội"
        + "\u00a0hoà", "thoÀ.", "\u200bhoà\u200b", "ho\u0300a", "hoa\u0300", "Ð\u0301",
        "Tin mới\r\nCHỦ TỊCH NƯỚC TIẾP\r\nông Nguyễn Văn A", "x\ud800", "\udc00x",
        "hoà" + "\u0301".repeat(40), "1.500.000\u0301 đồng")) {
      same(s);
    }
  }

  /** Asserts that the new text layer answers {@code s} exactly as the oracle. */
  static void same(String s) {
    VietText now = VietText.of(s);
    OldVietText was = OldVietText.of(s);
    String at = "on " + escape(s);
    assertEquals(was.original(), now.original(), at);
    assertEquals(was.normalized(), now.normalized(), at);
    assertEquals(was.lower(), now.lower(), at);
    assertEquals(was.folded(), now.folded(), at);
    assertEquals(was.hasDiacritics(), now.hasDiacritics(), at);
    for (int k = 0; k <= now.normalized().length(); k++) {
      assertEquals(was.toOriginalStart(k), now.toOriginalStart(k), at + " start " + k);
      assertEquals(was.toOriginalEnd(k), now.toOriginalEnd(k), at + " end " + k);
    }
    List<OldToken> old = was.tokens();
    List<Token> tokens = now.tokens();
    assertEquals(old.size(), tokens.size(), at);
    List<String> words = new ArrayList<>();
    for (OldToken o : old) {
      words.add(o.lower());
      words.add(o.folded());
    }
    words.add("");
    words.add("hòa");
    words.add("hoa");
    for (int i = 0; i < old.size(); i++) {
      OldToken o = old.get(i);
      Token t = tokens.get(i);
      String it = at + " token " + i;
      assertEquals(o.kind().name(), t.kind().name(), it);
      assertEquals(o.index(), t.index(), it);
      assertEquals(o.start(), t.start(), it);
      assertEquals(o.end(), t.end(), it);
      assertEquals(o.text(), t.text(), it);
      assertEquals(o.lower(), t.lower(), it);
      assertEquals(o.folded(), t.folded(), it);
      assertEquals(o.length(), t.length(), it);
      assertEquals(o.firstChar(), t.firstChar(), it);
      for (int k = 0; k < o.length(); k++) {
        assertEquals(o.charAt(k), t.charAt(k), it);
      }
      assertEquals(o.spaceBefore(), t.spaceBefore(), it);
      assertEquals(o.newlineBefore(), t.newlineBefore(), it);
      assertEquals(o.caseless(), t.caseless(), it);
      assertEquals(o.lowerHash(), t.lowerHash(), it);
      assertEquals(o.foldedHash(), t.foldedHash(), it);
      assertEquals(o.isWord(), t.isWord(), it);
      assertEquals(o.isNumber(), t.isNumber(), it);
      assertEquals(o.is(o.firstChar()), t.is(t.firstChar()), it);
      assertEquals(o.is(','), t.is(','), it);
      assertEquals(o.isDash(), t.isDash(), it);
      assertEquals(o.isCapitalized(), t.isCapitalized(), it);
      assertEquals(o.hasInformativeCapital(), t.hasInformativeCapital(), it);
      assertEquals(o.isAllCaps(), t.isAllCaps(), it);
      assertEquals(o.hasDiacritics(), t.hasDiacritics(), it);
      assertEquals(o.toString(), t.toString(), it);
      for (String w : words) {
        assertEquals(o.lowerIs(w), t.lowerIs(w), it + " lowerIs " + w);
        assertEquals(o.foldedIs(w), t.foldedIs(w), it + " foldedIs " + w);
        char[] wc = w.toCharArray();
        assertEquals(o.sameForm(wc, false), t.sameForm(wc, false), it + " lower " + w);
        assertEquals(o.sameForm(wc, true), t.sameForm(wc, true), it + " folded " + w);
      }
      org.junit.jupiter.api.Assertions.assertSame(t, tokens.get(i), it);
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      sb.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return sb.append('"').toString();
  }
}
