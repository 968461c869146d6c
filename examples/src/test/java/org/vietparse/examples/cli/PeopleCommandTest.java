package org.vietparse.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleCommandTest {

  private static String[] run(Path file, String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "people";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = file.toString();
    Cli.Run r = Cli.run(args);
    return new String[] {String.valueOf(r.code()), r.out(), r.err()};
  }

  @Test
  void printsEachPersonWithTitlesAndCounts(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("tin.txt");
    Files.writeString(f, "Chủ tịch Quốc hội Vương Đình Huệ tiếp đoàn. Ông Huệ phát biểu."
        + " Chủ tịch Quốc hội nhấn mạnh. Bộ trưởng Bùi Thanh Sơn dự.", StandardCharsets.UTF_8);
    String[] r = run(f);
    assertEquals("0", r[0], r[2]);
    String[] lines = r[1].split("\n");
    assertEquals("== tin (2 people)", lines[0]);
    assertEquals("Vương Đình Huệ  ×2 +1 by title  Chủ tịch Quốc hội", lines[1]);
    assertEquals("Bùi Thanh Sơn  ×1  Bộ trưởng", lines[2]);
  }

  @Test
  void sortsByNameOnRequest(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("tin.txt");
    Files.writeString(f, "Thủ tướng Phạm Minh Chính và Đại sứ Đặng Minh Khôi dự.",
        StandardCharsets.UTF_8);
    String[] r = run(f, "--sort", "name");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].indexOf("Phạm Minh Chính") < r[1].indexOf("Đặng Minh Khôi"), r[1]);
  }

  @Test
  void reportsAMissingFile(@TempDir Path dir) {
    String[] r = run(dir.resolve("none.txt"));
    assertEquals("1", r[0]);
    assertTrue(r[2].contains("no such file"), r[2]);
  }
}
