package org.vietparse.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
  }

  @Test
  void badFilesAreReportedAndTheOthersStillRead(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("a-good.txt");
    Files.writeString(good, "Sáng 10/11, đoàn công tác lên đường.", StandardCharsets.UTF_8);
    Path latin1 = dir.resolve("b-latin1.txt");
    Files.write(latin1, new byte[] {'S', (byte) 0xE1, 'n', 'g', ' ', '1', '0'});
    Path binary = dir.resolve("c-binary.txt");
    Files.write(binary, new byte[] {0, 1, 2, 3});
    Path missing = dir.resolve("d-missing.txt");
    Run r = run("extract", "--format", "jsonl", latin1.toString(), binary.toString(),
        missing.toString(), good.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(latin1 + ": not valid UTF-8"), r.err());
    assertTrue(r.err().contains(binary + ": binary file"), r.err());
    assertTrue(r.err().contains(missing + ": no such file or folder"), r.err());
    assertTrue(r.err().contains("3 of 4 inputs failed"), r.err());
    for (String line : r.out().lines().toList()) {
      assertTrue(line.startsWith("{\"doc\":\"a-good\",\"type\":\""), line);
    }
  }

  @Test
  void unknownOptionsAreAOneLineErrorWithExitCode2(@TempDir Path dir) throws Exception {
    Run r = run("extract", "--colour", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("vietparse: Unknown option: '--colour'"), r.err());
  }

  @Test
  void badReferenceDateIsRejected(@TempDir Path dir) throws Exception {
    Run r = run("extract", "--reference-date", "11/11/2024", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--reference-date: not a date"), r.err());
  }

  @Test
  void folderIsReadForTxtFilesInOrder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.txt"), "Chiều 3/12", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "Sáng 5/12", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.md"), "Sáng 6/12", StandardCharsets.UTF_8);
    Run r = run("extract", "--format", "table", dir.toString());
    assertEquals(0, r.code(), r.err());
    List<String> headers = r.out().lines().filter(l -> l.startsWith("== ")).toList();
    assertEquals(2, headers.size(), r.out());
    assertTrue(headers.get(0).startsWith("== a "), r.out());
    assertTrue(headers.get(1).startsWith("== b "), r.out());
  }
}
