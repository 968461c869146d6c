package org.vietparse.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vietparse.Extractor;
import org.vietparse.Mention;
import org.vietparse.MentionFormat;
import org.vietparse.VietParse;

/**
 * The job in local mode on a small corpus written here from our own sentences and the bundled
 * sample article: its mentions equal {@code vietparse extract --format jsonl} on the same files,
 * line for line after sorting, and its people table gathers each person across articles.
 */
class MentionJobTest {
  private static final String A = "Thứ tư 12/3/2025 09:15\n\n"
      + "Ngân sách chi cho đường sắt tăng mạnh\n\n"
      + "Chiều 12/3/2025, Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết ngân sách đã dành hơn "
      + "2,5 tỷ đồng cho dự án đường sắt. Sáng 11/3, Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt tiếp "
      + "Đại sứ Lào tại Việt Nam.\n";
  private static final String B = "Thứ tư 2/4/2025 07:40\n\n"
      + "Hà Nội khởi công trường học\n\n"
      + "Sáng 1/4, Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh dự lễ khởi công trường học với tổng mức "
      + "đầu tư 250 tỷ đồng. Cùng dự có Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng. Giá vàng miếng "
      + "dao động quanh mức 84 triệu đồng/lượng.\n";
  /** No dateline: its people count, but give no date. */
  private static final String D = "Theo kế hoạch, Tổng Bí thư Tô Lâm sẽ thăm chính thức Lào vào "
      + "cuối tháng 12. Kim ngạch thương mại hai chiều đạt khoảng 1,6 tỷ USD trong 10 tháng đầu "
      + "năm 2024.\n";
  private static final String E = "Thứ sáu 20/6/2025 16:00\n\n"
      + "Chiều 20/6, Phó Thủ tướng Nguyễn Văn Thắng làm việc với tỉnh Bắc Ninh về vốn đầu tư công "
      + "gần 3.000 tỷ đồng.\n";

  @TempDir
  static Path dir;
  private static Path corpus;
  private static SparkSession spark;

  @BeforeAll
  static void start() throws IOException {
    corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("sub"));
    Files.writeString(corpus.resolve("a-tai-chinh.txt"), A, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("b-ha-noi.txt"), B, StandardCharsets.UTF_8);
    Files.copy(Path.of("..", "sample", "tin-mau.txt"), corpus.resolve("sub").resolve("c-lao.txt"));
    Files.writeString(corpus.resolve("d-khong-dateline.txt"), D, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("e-bac-ninh.TXT"), E, StandardCharsets.UTF_8);
    // read by neither: not a .txt file
    Files.writeString(corpus.resolve("notes.md"), "Sáng 6/12", StandardCharsets.UTF_8);
    // refused by both, with the same reason
    Files.write(corpus.resolve("f-latin1.txt"), new byte[] {'S', (byte) 0xE1, 'n', 'g', ' ', '1'});

    spark = SparkSession.builder()
        .master("local[2]")
        .appName("vietparse-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void mentionsEqualTheLibrarysLineForLine() throws IOException {
    Library lib = library(corpus, false);
    assertEquals(List.of("f-latin1.txt: not valid UTF-8"), lib.unreadable());

    Path out = dir.resolve("out-text");
    MentionJob.Summary s = MentionJob.run(spark, JobOptions.of(corpus.toString(), out.toString()));

    List<String> expected = sorted(lib.lines());
    List<String> actual = sorted(lines(out.resolve("mentions")));
    assertTrue(expected.size() > 50, "a corpus with mentions: " + expected.size());
    assertEquals(expected, actual);
    assertEquals(6, s.articles());
    assertEquals(1, s.failed());
    assertEquals(expected.size(), s.mentions());

    List<String> errors = lines(out.resolve("errors"));
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("\"id\":\"f-latin1\"") && errors.get(0).contains(
        "not valid UTF-8"), errors.get(0));
  }

  @Test
  void peopleAreGatheredAcrossTheArchive() throws IOException {
    Path out = dir.resolve("out-people");
    MentionJob.run(spark, JobOptions.of(corpus.toString(), out.toString()));
    ObjectMapper json = new ObjectMapper();
    Map<String, Map<?, ?>> people = lines(out.resolve("people")).stream()
        .map(l -> read(json, l))
        .collect(Collectors.toMap(m -> (String) m.get("name"), m -> m));

    Map<?, ?> thang = people.get("Nguyễn Văn Thắng");
    assertEquals(List.of("Bộ trưởng Bộ Tài chính", "Phó Thủ tướng"), thang.get("titles"));
    assertEquals("2025-03-12", thang.get("firstDate"));
    assertEquals("2025-06-20", thang.get("lastDate"));
    assertEquals(3, ((Number) thang.get("mentions")).intValue());
    assertEquals(3, ((Number) thang.get("articles")).intValue());

    Map<?, ?> viet = people.get("Đỗ Hùng Việt");
    assertEquals(List.of("Thứ trưởng Bộ Ngoại giao"), viet.get("titles"));
    assertEquals("2024-11-14", viet.get("firstDate"));
    assertEquals("2025-03-12", viet.get("lastDate"));

    // named in an article without a dateline and in one with: only the dated one gives dates
    Map<?, ?> lam = people.get("Tô Lâm");
    assertEquals(2, ((Number) lam.get("articles")).intValue());
    assertEquals("2024-11-14", lam.get("firstDate"));
    assertEquals("2024-11-14", lam.get("lastDate"));

    assertTrue(people.containsKey("Khamphao Ernthavanh"), people.keySet().toString());
    assertFalse(people.containsKey(""), "no person without a name");
    try (Stream<Path> files = Files.list(out.resolve("people"))) {
      assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("part-")).count(),
          "a small archive's people table is one file, not one per shuffle partition");
    }
  }

  @Test
  void jsonLinesInParquetOutAndDatelinesEqualTheLibraryToo() throws IOException {
    // the same articles as JSON Lines with id and text, the unreadable one left out
    ObjectMapper json = new ObjectMapper();
    Path jsonl = dir.resolve("articles.jsonl");
    List<String> rows = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path f : files.filter(p -> p.toString().toLowerCase().endsWith(".txt"))
          .filter(p -> !p.getFileName().toString().startsWith("f-")).toList()) {
        String name = f.getFileName().toString();
        rows.add(json.writeValueAsString(Map.of("id", name.substring(0, name.lastIndexOf('.')),
            "text", Files.readString(f, StandardCharsets.UTF_8))));
      }
    }
    Files.write(jsonl, rows, StandardCharsets.UTF_8);

    Path out = dir.resolve("out-parquet");
    MentionJob.Summary s = MentionJob.run(spark, JobOptions.of(jsonl.toString(), out.toString())
        .withInputFormat(JobOptions.InputFormat.JSONL)
        .withOutputFormat(JobOptions.OutputFormat.PARQUET)
        .withDetectDateline(true));
    assertEquals(5, s.articles());
    assertEquals(0, s.failed());

    List<String> expected = sorted(library(corpus, true).lines());
    List<String> actual = new ArrayList<>();
    for (Row r : spark.read().parquet(out.resolve("mentions").toString()).collectAsList()) {
      // the line the Parquet columns stand for, in the order of the mention format
      actual.add("{\"doc\":" + json.writeValueAsString(r.getAs("doc"))
          + ",\"type\":" + json.writeValueAsString(r.getAs("type"))
          + ",\"start\":" + r.getAs("start") + ",\"end\":" + r.getAs("end")
          + ",\"text\":" + json.writeValueAsString(r.getAs("text"))
          + ",\"value\":" + r.getAs("value") + "}");
    }
    assertEquals(expected, sorted(actual));
    assertTrue(expected.stream().anyMatch(l -> l.contains("\"timex\":\"2024-11-13TAF\"")),
        "with dateline detection, 'Chiều 13/11' takes the dateline's year");

    assertTrue(Extractors.built() <= 2,
        "one extractor per JVM and setting, never one per row or partition: "
            + Extractors.built());
  }

  /** What the library writes for a corpus, file by file, and the files it cannot read. */
  private record Library(List<String> lines, List<String> unreadable) {}

  /**
   * The mention lines of every {@code .txt} file of a folder as the library writes them one
   * file at a time (the command line prints the same lines): what the job must give at scale.
   */
  private static Library library(Path folder, boolean detectDateline) throws IOException {
    Extractor.Builder b = VietParse.extractor();
    Extractor ex = (detectDateline ? b.detectDateline() : b).build();
    List<String> lines = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(p -> p.toString().toLowerCase().endsWith(".txt")).sorted()
          .toList()) {
        String id = MentionFormat.documentId(f.getFileName().toString());
        String text;
        try {
          text = MentionFormat.decodeDocument(Files.readAllBytes(f));
        } catch (CharacterCodingException e) {
          unreadable.add(f.getFileName() + ": " + e.getMessage());
          continue;
        }
        for (Mention m : ex.extract(text).mentions()) {
          lines.add(MentionFormat.line(id, m));
        }
      }
    }
    return new Library(lines, unreadable);
  }

  /** The lines of every part file Spark wrote in {@code folder}. */
  private static List<String> lines(Path folder) throws IOException {
    List<String> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
          .toList()) {
        all.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    return all;
  }

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().toList();
  }

  private static Map<?, ?> read(ObjectMapper json, String line) {
    try {
      return json.readValue(line, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
