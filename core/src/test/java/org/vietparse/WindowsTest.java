package org.vietparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A long text read in windows gives the mentions, and the persons, it gives read whole: the
 * windows are forced small through the package-private knob, so that short texts are cut at
 * every few lines.
 */
class WindowsTest {
  private static final List<Extractor> EXTRACTORS = List.of(
      VietParse.extractor().build(),
      VietParse.extractor().referenceDate(LocalDate.of(2024, 11, 11)).detectDateline().build(),
      VietParse.extractor().referenceDate(LocalDate.of(2025, 3, 2))
          .types(MentionType.DATE, MentionType.OFFICIAL).build());

  /** Our own lines: dates that lean on earlier ones, officials named again, money. */
  private static final List<String> LINES = List.of(
      "Thứ sáu 15/11/2024 08:30",
      "Ngày 12/11/2024, Thủ tướng Chính phủ Phạm Minh Chính chủ trì phiên họp về đầu tư công.",
      "Hai ngày sau, ông Chính yêu cầu các bộ giải ngân hết 500 nghìn tỷ đồng trước cuối năm.",
      "Cùng ngày, Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng báo cáo số thu đạt 1,5 triệu tỷ đồng.",
      "Năm 2023, kim ngạch xuất khẩu gạo đạt 4,6 tỷ USD.",
      "Tháng 9, giá gạo tăng 12% so với cùng kỳ.",
      "Quý III/2024, doanh thu của tập đoàn đạt 3.200 tỷ đồng, tăng so với cùng kỳ năm trước.",
      "Lúc 15h, Phó Thủ tướng Trần Hồng Hà tiếp Đại sứ Nhật Bản Ito Naoki.",
      "Ông Hà cho biết dự án được khởi công vào tháng 3 năm sau.",
      "Hôm qua, Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh đã ký quyết định cấp 20 tỷ đồng.",
      "Theo ông Thanh, tuần tới thành phố sẽ khởi công cầu Trần Hưng Đạo.",
      "Giá vàng miếng niêm yết ở mức 84 - 86 triệu đồng/lượng, nhẫn trơn 83,5 - 85 triệu.",
      "Ba tháng trước đó, Thủ tướng đã giao Bộ Xây dựng hoàn thành hồ sơ.",
      "Trưa 10/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Singapore.",
      "Ngày hôm sau (11/3), hai bên ký thỏa thuận trị giá 300 triệu USD.",
      "Tối cùng ngày, ông Sơn dự tiệc chiêu đãi.",
      "Năm ngoái, tổng vốn đầu tư nước ngoài vào Đà Nẵng đạt 1,3 tỷ USD.",
      "Giai đoạn 2021-2025, nhu cầu vốn tăng khoảng 4% mỗi năm.",
      "HÀ NỘI - Sáng nay, Tổng Bí thư Tô Lâm làm việc với Thành ủy.",
      "Chieu 10/11, Bo truong Bo Cong Thuong Nguyen Hong Dien tiep doan doanh nghiep.",
      "Từ ngày 1/12 đến ngày 15/12, thành phố tạm dừng thu phí 50.000 đồng/lượt.",
      // lines a rule on the next line looks back at: a comparison, a label, a sentence end
      "Giá điện bình quân tăng 4,8% so với",
      "Công văn số",
      "5 Bộ trưởng dự họp.",
      "15/8 năm ngoái",
      "2 Thứ trưởng Bộ Y tế cùng có mặt vào lúc",
      "");

  private static List<String> lines(Extraction x) {
    List<String> out = new ArrayList<>();
    for (Mention m : x.mentions()) {
      out.add(MentionFormat.line("d", m));
    }
    out.add(x.people().toString());
    return out;
  }

  /**
   * Asserts that {@code text} read in windows of {@code window} chars gives what it gives read
   * whole, naming the first mention that differs.
   */
  private static void assertSame(String label, String text, int window) {
    for (Extractor ex : EXTRACTORS) {
      List<String> whole = lines(ex.extract(text, Integer.MAX_VALUE));
      List<String> cut = lines(ex.extract(text, window));
      int k = 0;
      while (k < whole.size() && k < cut.size() && whole.get(k).equals(cut.get(k))) {
        k++;
      }
      String where = label + ", window " + window + ", " + ex + ", mention " + k + " of "
          + whole.size();
      assertEquals(k < whole.size() ? whole.get(k) : "(none)",
          k < cut.size() ? cut.get(k) : "(none)", where);
      assertEquals(whole.size(), cut.size(), where);
    }
  }

  /** The length of the longest line: the windows the tests ask for are cut at line breaks. */
  private static int longestLine(String text) {
    int longest = 0;
    for (String line : text.split("\r\n|\r|\n")) {
      longest = Math.max(longest, line.length());
    }
    return longest;
  }

  /** Every line once, then again in the reverse order, several times: a few thousand chars. */
  private static String ourText() {
    StringBuilder sb = new StringBuilder();
    for (int round = 0; round < 4; round++) {
      for (int k = 0; k < LINES.size(); k++) {
        sb.append(LINES.get(round % 2 == 0 ? k : LINES.size() - 1 - k)).append('\n');
      }
    }
    return sb.toString();
  }

  @Test
  void ourLinesReadInWindowsAreReadAsWhole() {
    String text = ourText();
    Extraction whole = EXTRACTORS.get(1).extract(text, Integer.MAX_VALUE);
    // the text has what the windows must carry: dates valued from earlier lines, persons
    // named again, money, a dateline
    assertTrue(whole.dates().size() > 40 && whole.money().size() > 20, whole::toString);
    assertTrue(whole.people().stream().anyMatch(p -> p.mentions().size() > 4), whole::toString);
    int line = longestLine(text);
    for (int window : new int[] {2 * line + 2, 333, 1000, 4096}) {
      assertSame("our lines", text, window);
    }
  }

  @Test
  void lineBreaksOfEveryKindAndLongLinesAreCutAlike() {
    String text = ourText();
    int window = 2 * longestLine(text) + 2;
    assertSame("CR LF", text.replace("\n", "\r\n"), window);
    assertSame("CR", text.replace("\n", "\r"), window);
    assertSame("blank lines", text.replace("\n", "\n \n\n"), window);
    // no line break: the windows are cut at a sentence end
    assertSame("one line", text.replace("\n", " "), 3000);
  }

  @Test
  void theLinesAroundACutAreReadAsContext() {
    // "vào lúc" at the end of a line, and a date at the start of the next: read whole, the rule
    // looks across the line break, so a window sees the line before and after it
    String a = LINES.get(LINES.size() - 2);
    String b = "Năm ngoái, tổng vốn đầu tư nước ngoài vào Đà Nẵng đạt 1,3 tỷ USD.";
    String text = (a + "\n" + b + "\n").repeat(6);
    // the smallest window, of those cut at line breaks, that starts one with b
    int window = 2 * longestLine(text) + 2;
    while (window < text.length() && !cutBefore(text, b, window)) {
      window++;
    }
    assertTrue(window < text.length(), "a window starts with b");
    assertSame("a line looked across", text, window);
  }

  private static boolean cutBefore(String text, String line, int window) {
    for (int from = 0; from < text.length(); from = Windows.end(text, from, window)) {
      if (from > 0 && text.startsWith("\n" + line, from)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aTextWithoutDiacriticsIsFoldedInEveryWindow() {
    String plain = "Chieu 10/11, Bo truong Bo Cong Thuong Nguyen Hong Dien tiep doan.\n"
        + "Hai ngay sau, ong Dien ky hop dong 20 ty dong.\n";
    String text = plain.repeat(30);
    assertSame("folded", text, 200);
    // one diacritic at the end makes the whole text, and so every window, unfolded
    assertSame("folded then one diacritic", text + "Hà Nội\n", 200);
    Extraction whole = VietParse.extract(text + "Hà Nội\n");
    assertFalse(lines(whole).equals(lines(VietParse.extract(text))), "the diacritic matters");
  }

  @Test
  void windowsCutBeforeALineBreakAndNeverInsideAPairOrBeforeAMark() {
    String text = "một hai ba.\r\nbốn năm sáu bảy tám chín mười";
    assertEquals(11, Windows.end(text, 0, 20), "before the CR of CR LF");
    assertEquals(11, Windows.end(text, 0, 21), "not between the CR and the LF");
    String oneLine = "Trời mưa to. Gió lớn kéo dài suốt đêm qua";
    assertEquals(12, Windows.end(oneLine, 0, 20), "after a sentence end");
    String spaces = "abcdefghij klmnopqrstuvwxyz";
    assertEquals(10, Windows.end(spaces, 0, 14), "before a space");
    String marks = "a".repeat(9) + "e\u0301\u0323" + "😀".repeat(5);
    for (int w = 4; w < marks.length(); w++) {
      int e = Windows.end(marks, 0, w);
      assertTrue(e <= w && e > w / 2, "within the window: " + w);
      assertFalse(Character.getType(marks.charAt(e)) == Character.NON_SPACING_MARK, "mark " + w);
      assertFalse(Character.isLowSurrogate(marks.charAt(e)), "surrogate " + w);
    }
    assertEquals(marks.length(), Windows.end(marks, 0, marks.length()));
  }

  @Test
  void windowsOverLinesOfOurOwnAtRandomSizes() {
    qt().withExamples(60).forAll(
        lists().of(integers().between(0, LINES.size() - 1)).ofSizeBetween(1, 60),
        integers().between(250, 1500))
        .checkAssert((picks, window) -> {
          StringBuilder sb = new StringBuilder();
          for (int k : picks) {
            sb.append(LINES.get(k)).append(k % 3 == 0 ? "\n\n" : "\n");
          }
          assertSame("lines " + picks, sb.toString(), window);
        });
  }

  @Test
  void theSeedAndDevArticlesReadInWindowsAreReadAsWhole() {
    Path shared = SharedCorpus.require();
    List<String> texts = new ArrayList<>(SharedCorpus.seeds().values());
    texts.addAll(read(shared.resolve("corpus/dev")));
    assertTrue(texts.size() >= 10);
    int line = 0;
    for (String t : texts) {
      line = Math.max(line, longestLine(t));
    }
    for (String t : texts) {
      for (int window : new int[] {2 * line + 2, 3 * line + 17, 8000}) {
        assertSame(label(t), t, window);
      }
    }
    String all = String.join("\n\n", texts);
    for (int window : new int[] {2 * line + 2, 2 * line + 999, 30_000}) {
      assertSame("all articles", all, window);
    }
  }

  private static String label(String t) {
    return t.substring(0, Math.min(40, t.length())).replace('\n', ' ');
  }

  private static List<String> read(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      List<String> out = new ArrayList<>();
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
