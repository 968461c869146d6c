package org.vietparse.examples.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vietparse.VietParse;

/** Each embedding example runs and prints what it promises. */
class EmbedExamplesTest {
  private static final String ARTICLE_A = "Thứ hai 18/11/2024 07:15\n\n"
      + "Sáng 17/11, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Lào tại Việt Nam. "
      + "Hai bên ký thỏa thuận viện trợ trị giá hơn 1,2 tỷ USD.\n";
  private static final String ARTICLE_B = "Thứ ba 19/11/2024 09:00\n\n"
      + "Chiều 18/11, Phó Thủ tướng Trần Hồng Hà làm việc với tỉnh Bắc Ninh. "
      + "Cùng dự có Bộ trưởng Bùi Thanh Sơn.\n";

  private static String capture(ThrowingConsumer body) throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
      body.accept(out);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  private interface ThrowingConsumer {
    void accept(PrintStream out) throws Exception;
  }

  @Test
  void newsDigestListsPeopleMoneyAndDates(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.txt");
    Files.writeString(a, ARTICLE_A, StandardCharsets.UTF_8);
    String out = capture(o -> NewsDigest.digest(a, VietParse.extractor().detectDateline().build(), o));
    assertTrue(out.contains("Bùi Thanh Sơn — Bộ trưởng Bộ Ngoại giao"), out);
    assertTrue(out.contains("hơn 1,2 tỷ USD → 1200000000 USD (MORE_THAN)"), out);
    assertTrue(out.contains("dates:\n  Thứ hai 18/11/2024 07:15"), out);
  }

  @Test
  void orgChartGathersTitlesAcrossArticlesInVietnameseOrder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), ARTICLE_A, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.txt"), ARTICLE_B, StandardCharsets.UTF_8);
    String out = capture(o -> OrgChart.print(dir, o));
    int son = out.indexOf("Bùi Thanh Sơn");
    int ha = out.indexOf("Trần Hồng Hà");
    assertTrue(son >= 0 && ha >= 0, out);
    assertTrue(ha < son, "Vietnamese order sorts by given name: Hà before Sơn\n" + out);
    assertTrue(out.contains("Bộ trưởng Bộ Ngoại giao"), out);
  }

  @Test
  void customLexiconIsRecognizedOnlyOnceAdded() throws Exception {
    String out = capture(CustomLexicon::run);
    String[] parts = out.split("with the new ministry and currency word:");
    assertTrue(!parts[0].contains("Bộ trưởng Bộ Kinh tế số"), out);
    assertTrue(!parts[0].contains("VND"), out);
    assertTrue(parts[1].contains("Bộ trưởng Bộ Kinh tế số → Bộ trưởng Bộ Kinh tế số"), out);
    assertTrue(parts[1].contains("50 triệu quan → 50000000 VND"), out);
  }

  @Test
  void missingArgumentsAndFilesGiveAUsageLineNotAStackTrace(@TempDir Path dir) throws Exception {
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream o = new PrintStream(new java.io.ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8);
    assertEquals(2, NewsDigest.run(new String[0], o, e));
    assertEquals(NewsDigest.USAGE, err.toString(StandardCharsets.UTF_8).strip());
    err.reset();
    assertEquals(1, NewsDigest.run(new String[] {dir.resolve("none.txt").toString()}, o, e));
    assertEquals("NewsDigest: " + dir.resolve("none.txt") + ": cannot read (no such file)",
        err.toString(StandardCharsets.UTF_8).strip());
    err.reset();
    assertEquals(2, OrgChart.run(new String[0], o, e));
    assertEquals(OrgChart.USAGE, err.toString(StandardCharsets.UTF_8).strip());
    err.reset();
    assertEquals(1, OrgChart.run(new String[] {dir.resolve("nowhere").toString()}, o, e));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("OrgChart: "
        + dir.resolve("nowhere") + ": not a folder"), err.toString(StandardCharsets.UTF_8));
  }
}
