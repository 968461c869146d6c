package org.vietparse.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes an archive of synthetic news articles for throughput measurements at scale (the Spark
 * job beside {@code vietparse extract}, see {@code docs/spark.md}): each is the bundled sample
 * article {@code examples/sample/tin-mau.txt} with its dateline, dates, periods, amounts,
 * ministry and three officials' names varied, and up to two extra paragraphs of our own, so
 * that no two articles are the same and the people recur across articles on different dates.
 * The same count and seed give the same files.
 *
 * <pre>
 * java -cp examples/target/benchmarks.jar org.vietparse.examples.bench.SyntheticArchive OUT [COUNT] [SEED]
 * </pre>
 * COUNT defaults to 10,000 and SEED to 1. OUT is a folder that receives {@code 00000.txt},
 * {@code 00001.txt}, …, or, when it ends in {@code .jsonl}, one JSON Lines file with the same
 * articles as {@code id} and {@code text} fields (the Spark job's other input layout).
 */
public final class SyntheticArchive {
  private SyntheticArchive() {}

  private static final String[] WEEKDAYS = {
    "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"};
  private static final String[] PARTS_OF_DAY = {"Sáng", "Trưa", "Chiều", "Tối"};
  private static final String[] WHEN_IN_MONTH = {"đầu", "giữa", "cuối"};
  /** Invented names, not the names of real officials. */
  private static final String[] NAMES = {
    "Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Quốc Dũng", "Hoàng Thu Hà",
    "Vũ Đức Hải", "Đặng Thanh Hương", "Bùi Quang Khải", "Đỗ Ngọc Lan", "Ngô Xuân Long",
    "Dương Hồng Minh", "Lý Thành Nam", "Phan Văn Phúc", "Võ Thị Quyên", "Hồ Đăng Sơn",
    "Trịnh Minh Tâm", "Mai Anh Tuấn", "Đinh Thị Uyên", "Lương Văn Vinh", "Tạ Quang Xuân"};
  private static final String[] MINISTRIES = {
    "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Y tế", "Bộ Công Thương",
    "Bộ Giáo dục và Đào tạo", "Bộ Xây dựng", "Bộ Giao thông vận tải", "Bộ Tư pháp"};

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: SyntheticArchive OUT_DIR|OUT.jsonl [COUNT] [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    String sample = Files.readString(Path.of("examples", "sample", "tin-mau.txt"),
        StandardCharsets.UTF_8);
    boolean jsonl = out.getFileName().toString().endsWith(".jsonl");
    if (!jsonl) {
      Files.createDirectories(out);
    }
    Random r = new Random(seed);
    long bytes = 0;
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter lines = jsonl ? Files.newBufferedWriter(out, StandardCharsets.UTF_8) : null) {
      for (int i = 0; i < count; i++) {
        String id = String.format(Locale.ROOT, "%05d", i);
        String text = article(sample, r);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        bytes += utf8.length;
        if (jsonl) {
          lines.write(json.writeValueAsString(Map.of("id", id, "text", text)));
          lines.write('\n');
        } else {
          Files.write(out.resolve(id + ".txt"), utf8);
        }
      }
    }
    System.err.println(String.format(Locale.ROOT, "%d articles, %d UTF-8 bytes of text in %s",
        count, bytes, out));
  }

  /** One article: the sample with its particulars drawn from {@code r}. */
  static String article(String sample, Random r) {
    LocalDate day = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(3 * 365));
    LocalTime time = LocalTime.of(6 + r.nextInt(15), r.nextInt(60));
    LocalDate before = day.minusDays(1);
    int from = 1 + r.nextInt(20);
    int month = 1 + r.nextInt(12);
    int firstYear = 2016 + r.nextInt(10);
    String s = sample;
    s = replace(s, "Thứ năm 14/11/2024 08:30", WEEKDAYS[day.getDayOfWeek().getValue() - 1] + " "
        + dmy(day) + " " + String.format(Locale.ROOT, "%02d:%02d", time.getHour(),
            time.getMinute()));
    s = replace(s, "Chiều 13/11", pick(r, PARTS_OF_DAY) + " " + dm(before));
    s = replace(s, "lần thứ 47", "lần thứ " + (30 + r.nextInt(30)));
    s = replace(s, "10 tháng đầu năm 2024", (2 + r.nextInt(10)) + " tháng đầu năm "
        + day.getYear());
    s = replace(s, "hơn 1,6 tỷ USD", "hơn " + decimal(r, 1, 9) + " tỷ USD");
    s = replace(s, "12,4%", decimal(r, 1, 30) + "%");
    s = replace(s, "2021-2025", firstYear + "-" + (firstYear + 4));
    s = replace(s, "khoảng 5,5 tỷ USD", "khoảng " + decimal(r, 1, 20) + " tỷ USD");
    s = replace(s, "từ ngày 18 đến 22/12", "từ ngày " + from + " đến " + (from + 1 + r.nextInt(8))
        + "/" + month);
    s = replace(s, "(14/11)", "(" + dm(day) + ")");
    s = replace(s, "250 tỷ đồng", (10 + r.nextInt(990)) + " tỷ đồng");
    s = replace(s, "84 triệu đồng/lượng", (60 + r.nextInt(40)) + " triệu đồng/lượng");
    s = replace(s, "cuối tháng 12", pick(r, WHEN_IN_MONTH) + " tháng " + (1 + r.nextInt(12)));
    s = replace(s, "Bộ Kế hoạch và Đầu tư", pick(r, MINISTRIES));
    s = replace(s, "Nguyễn Chí Dũng", pick(r, NAMES));
    s = replace(s, "Đỗ Hùng Việt", pick(r, NAMES));
    s = replace(s, "Trần Sỹ Thanh", pick(r, NAMES));
    StringBuilder sb = new StringBuilder(s);
    int extra = r.nextInt(3);
    for (int k = 0; k < extra; k++) {
      sb.append('\n').append(extraParagraph(r, day)).append('\n');
    }
    return sb.toString();
  }

  private static String extraParagraph(Random r, LocalDate day) {
    List<String> forms = List.of(
        "Trước đó, ngày %s, Thứ trưởng %s %s đã làm việc với đoàn công tác và thống nhất dành "
            + "khoảng %s tỷ đồng cho các dự án giao thông.",
        "Phát biểu tại buổi làm việc %s, Bộ trưởng %s %s đề nghị các địa phương giải ngân "
            + "hơn %s tỷ đồng vốn đầu tư công trước ngày %s.",
        "Theo báo cáo của %s, trong năm %d tổng kim ngạch đạt gần %s tỷ USD, ông %s cho biết.");
    String ministry = pick(r, MINISTRIES);
    String name = pick(r, NAMES);
    String amount = decimal(r, 1, 900);
    return switch (r.nextInt(forms.size())) {
      case 0 -> String.format(Locale.ROOT, forms.get(0), dm(day.minusDays(2 + r.nextInt(20))),
          ministry, name, amount);
      case 1 -> String.format(Locale.ROOT, forms.get(1), "sáng " + dm(day), ministry, name, amount,
          dmy(day.plusDays(30 + r.nextInt(60))));
      default -> String.format(Locale.ROOT, forms.get(2), ministry, day.getYear() - 1, amount,
          name);
    };
  }

  private static String replace(String s, String target, String replacement) {
    if (!s.contains(target)) {
      throw new IllegalStateException("the sample article no longer contains: " + target);
    }
    return s.replace(target, replacement);
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }

  /** A Vietnamese decimal such as "12,4" between {@code lo} and {@code hi}. */
  private static String decimal(Random r, int lo, int hi) {
    return (lo + r.nextInt(hi - lo)) + "," + (1 + r.nextInt(9));
  }

  private static String dm(LocalDate d) {
    return d.getDayOfMonth() + "/" + d.getMonthValue();
  }

  private static String dmy(LocalDate d) {
    return dm(d) + "/" + d.getYear();
  }
}
