package org.vietparse.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract with a shell: arguments, streams, exit codes. */
class MainTest {

  @Test
  void badFilesAreReportedAndTheOthersStillRead(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("a-good.txt");
    Files.writeString(good, "Sáng 10/11, đoàn công tác lên đường.", StandardCharsets.UTF_8);
    Path latin1 = dir.resolve("b-latin1.txt");
    Files.write(latin1, new byte[] {'S', (byte) 0xE1, 'n', 'g', ' ', '1', '0'});
    Path binary = dir.resolve("c-binary.txt");
    Files.write(binary, new byte[] {0, 1, 2, 3});
    Path missing = dir.resolve("d-missing.txt");
    Cli.Run r = Cli.run("extract", "--format", "jsonl", latin1.toString(), binary.toString(),
        missing.toString(), good.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(latin1 + ": not valid UTF-8"), r.err());
    assertTrue(r.err().contains(binary + ": binary file"), r.err());
    assertTrue(r.err().contains(missing + ": no such file or folder"), r.err());
    assertTrue(r.err().contains("3 of 4 inputs failed"), r.err());
    assertFalse(r.out().isEmpty());
    for (String line : r.out().lines().toList()) {
      assertTrue(line.startsWith("{\"doc\":\"a-good\",\"type\":\""), line);
    }
  }

  @Test
  void unknownOptionsAreAUsageErrorOnStderrWithExitCode2(@TempDir Path dir) {
    Cli.Run r = Cli.run("extract", "--colour", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("vietparse: Unknown option: '--colour'"), r.err());
    assertTrue(r.err().contains("Usage: vietparse extract "), r.err());
    assertTrue(r.err().contains("Try 'vietparse extract --help'"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Run r = Cli.run();
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("vietparse: a command is required"), r.err());
    assertTrue(r.err().contains("extract"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void helpGoesToStdoutWithExitCode0() {
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"extract", "--help"},
        new String[] {"help", "serve"}, new String[] {"eval", "-h"})) {
      Cli.Run r = Cli.run(args);
      assertEquals(0, r.code(), String.join(" ", args));
      assertTrue(r.out().startsWith("Usage: vietparse"), r.out());
      assertEquals("", r.err(), String.join(" ", args));
    }
  }

  @Test
  void versionComesFromTheBuild() {
    Cli.Run r = Cli.run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().strip().matches("vietparse \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), r.out());
    assertEquals(r.out(), Cli.run("extract", "--version").out());
  }

  @Test
  void badReferenceDateIsRejected(@TempDir Path dir) {
    Cli.Run r = Cli.run("extract", "--reference-date", "11/11/2024", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--reference-date: not a date"), r.err());
  }

  @Test
  void threadsMustBePositive(@TempDir Path dir) {
    for (String n : List.of("0", "-3")) {
      for (String command : List.of("extract", "people")) {
        Cli.Run r = Cli.run(command, "--threads", n, dir.toString());
        assertEquals(2, r.code(), command + " " + n);
        assertTrue(r.err().contains("--threads: must be 1 or more, not " + n), r.err());
      }
      Cli.Run r = Cli.run("eval", "--gold", "g.jsonl", "--threads", n, dir.toString());
      assertEquals(2, r.code(), r.err());
    }
    assertEquals(2, Cli.run("extract", "--threads", "many", dir.toString()).code());
  }

  @Test
  void folderIsReadForTxtFilesInOrder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.txt"), "Chiều 3/12", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.TXT"), "Sáng 5/12", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.md"), "Sáng 6/12", StandardCharsets.UTF_8);
    Cli.Run r = Cli.run("extract", "--format", "table", dir.toString());
    assertEquals(0, r.code(), r.err());
    List<String> headers = r.out().lines().filter(l -> l.startsWith("== ")).toList();
    assertEquals(List.of("== a (1 mentions)", "== b (1 mentions)"), headers, r.out());
  }

  @Test
  void standardInputIsReadWithADashOrWhenNoFileIsGiven() {
    String text = "Chiều 10/11, Chủ tịch nước Lương Cường tiếp Đại sứ Lào.";
    Cli.Run dash = Cli.piped(text, "extract", "--format", "jsonl", "-");
    assertEquals(0, dash.code(), dash.err());
    assertTrue(dash.out().startsWith("{\"doc\":\"stdin\",\"type\":\"DATE\",\"start\":0,\"end\":11,"
        + "\"text\":\"Chiều 10/11\""), dash.out());
    assertTrue(dash.out().contains("\"name\":\"Lương Cường\""), dash.out());
    Cli.Run piped = Cli.piped(text, "extract", "--format", "jsonl");
    assertEquals(dash, piped);
  }

  @Test
  void noInputOnATerminalIsAUsageError() {
    Cli.Run r = Cli.run("extract");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("nothing to read"), r.err());
  }

  @Test
  void inlineTextIsADocumentOfItsOwn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("tin.txt"), "Sáng 5/12", StandardCharsets.UTF_8);
    Cli.Run r = Cli.run("extract", "--format", "jsonl", "--text", "hơn 1,3 tỷ USD",
        dir.resolve("tin.txt").toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith("{\"doc\":\"tin\""), r.out());
    assertEquals("{\"doc\":\"text\",\"type\":\"MONEY\",\"start\":0,\"end\":14,\"text\":"
        + "\"hơn 1,3 tỷ USD\",\"value\":{\"amount\":\"1300000000\",\"currency\":\"USD\","
        + "\"mod\":\"MORE_THAN\"}}", lines.get(1));
  }

  @Test
  void outputGoesToTheFileOfDashO(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.jsonl");
    Cli.Run r = Cli.run("extract", "--format", "jsonl", "-o", out.toString(), "--text",
        "Chiều 3/12");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(Files.readString(out).startsWith("{\"doc\":\"text\",\"type\":\"DATE\""));
    Cli.Run bad = Cli.run("extract", "-o", dir.resolve("no/such/dir/x").toString(), "--text", "a");
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("cannot write"), bad.err());
  }

  @Test
  void documentsThatShareANameAreNamedByTheirPaths(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/tin.txt"), "Sáng 5/12", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b/tin.txt"), "Chiều 6/12", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b/khac.txt"), "Tối 7/12", StandardCharsets.UTF_8);
    Cli.Run r = Cli.run("extract", "--format", "jsonl", dir.toString(),
        dir.resolve("b/khac.txt").toString());
    assertEquals(0, r.code(), r.err());
    List<String> docs = r.out().lines()
        .map(l -> l.substring(8, l.indexOf('"', 8))).toList();
    assertEquals(4, docs.size(), r.out());
    String base = dir.toAbsolutePath().toString().replace('\\', '/');
    assertEquals(List.of(base + "/a/tin", base + "/b/khac", base + "/b/tin", base + "/b/khac#2"),
        docs, r.out());
  }

  @Test
  void aClosedPipeStopsTheRunAtOnceAndQuietly(@TempDir Path dir) throws Exception {
    for (int i = 0; i < 300; i++) {
      Files.writeString(dir.resolve(String.format("%03d.txt", i)), "Sáng " + (i % 28 + 1) + "/12",
          StandardCharsets.UTF_8);
    }
    ClosedPipe out = new ClosedPipe();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new Io(java.io.InputStream.nullInputStream(), out,
        new PrintStream(err, true, StandardCharsets.UTF_8), true, false),
        "extract", "--format", "jsonl", dir.toString());
    assertEquals(0, code);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    assertEquals(1, out.writes, "nothing is written after the pipe closed");
  }

  /** Standard output whose reader has gone: every write fails as EPIPE does. */
  private static final class ClosedPipe extends java.io.OutputStream {
    int writes;

    @Override
    public void write(int b) throws java.io.IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      writes++;
      throw new java.io.IOException("Broken pipe");
    }
  }

  @Test
  void otherWriteErrorsAreReported() {
    java.io.OutputStream full = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("No space left on device");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new Io(java.io.InputStream.nullInputStream(), full,
        new PrintStream(err, true, StandardCharsets.UTF_8), true, false),
        "extract", "--text", "Sáng 5/12");
    assertNotEquals(0, code);
    assertTrue(err.toString(StandardCharsets.UTF_8)
        .contains("cannot write to standard output: No space left on device"), err.toString());
  }
}
