package org.vietparse.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch never loses a file: every input that cannot be read is reported on a line of its own
 * and counted, and every other document's output is complete. Each case compares the output of a
 * folder with trouble in it to the output of its good files alone.
 */
class InputsTest {
  private static final String GOOD_A = "Sáng 5/12, Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng dự họp.";
  private static final String GOOD_Z = "Ngân sách dành hơn 2,5 tỷ đồng cho dự án từ ngày 1/7/2025.";

  /** a.txt and z.txt, the good files every case keeps beside its trouble. */
  private static Path corpus(Path dir) throws IOException {
    Path c = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(c.resolve("a.txt"), GOOD_A, StandardCharsets.UTF_8);
    Files.createDirectories(c.resolve("sub"));
    Files.writeString(c.resolve("sub/z.txt"), GOOD_Z, StandardCharsets.UTF_8);
    return c;
  }

  /** What the good files alone give. */
  private static String goodOutput(Path c) {
    Cli.Run r = Cli.run("extract", "--format", "jsonl", c.resolve("a.txt").toString(),
        c.resolve("sub/z.txt").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"doc\":\"a\"") && r.out().contains("\"doc\":\"z\""), r.out());
    return r.out();
  }

  private static void assertReported(Cli.Run r, int failed, int inputs, String... reasons) {
    assertEquals(1, r.code(), r.err());
    for (String reason : reasons) {
      assertTrue(r.err().contains(reason), "expected «" + reason + "» in\n" + r.err());
    }
    assertTrue(r.err().contains("vietparse: " + failed + " of " + inputs + " inputs failed"),
        r.err());
    for (String line : r.err().lines().toList()) {
      assertTrue(line.startsWith("vietparse: "), "one line per problem, no stack trace: " + line);
    }
  }

  @Test
  void symbolicLinkLoopsAndDanglingLinksAreReportedAndCounted(@TempDir Path dir)
      throws IOException {
    Path c = corpus(dir);
    String good = goodOutput(c);
    Files.createSymbolicLink(c.resolve("sub/back-up"), c);
    Files.createSymbolicLink(c.resolve("gone.txt"), c.resolve("no-such-file.txt"));
    Files.createSymbolicLink(c.resolve("self.txt"), c.resolve("self.txt"));
    Cli.Run r = Cli.run("extract", "--format", "jsonl", c.toString());
    assertEquals(good, r.out());
    assertReported(r, 3, 5,
        c.resolve("sub/back-up") + ": symbolic link loop",
        c.resolve("gone.txt") + ": dangling symbolic link",
        c.resolve("self.txt") + ": symbolic link loop");

    Cli.Run arg = Cli.run("extract", "--format", "jsonl", c.resolve("gone.txt").toString(),
        c.resolve("self.txt").toString(), c.resolve("a.txt").toString());
    assertReported(arg, 2, 3, "gone.txt: dangling symbolic link", "self.txt: symbolic link loop");
  }

  @Test
  void aLinkToAFolderIsFollowed(@TempDir Path dir) throws IOException {
    Path c = corpus(dir);
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("m.txt"), "Chiều 3/12", StandardCharsets.UTF_8);
    Files.createSymbolicLink(c.resolve("linked"), elsewhere);
    Cli.Run r = Cli.run("extract", "--format", "jsonl", c.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"doc\":\"m\""), r.out());
  }

  @Test
  void fifosAndDevicesAreRefusedNotReadForever(@TempDir Path dir) throws Exception {
    Path c = corpus(dir);
    String good = goodOutput(c);
    Path fifo = c.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
        "mkfifo is needed to make a FIFO");
    Cli.Run r = Cli.run("extract", "--format", "jsonl", c.toString());
    assertEquals(good, r.out());
    assertReported(r, 1, 3, fifo + ": not a regular file");

    Cli.Run args = Cli.run("extract", "--format", "jsonl", fifo.toString(), "/dev/zero",
        c.resolve("a.txt").toString());
    assertReported(args, 2, 3, fifo + ": not a regular file", "/dev/zero: not a regular file");
    assertTrue(args.out().contains("\"doc\":\"a\""), args.out());
  }

  @Test
  void aFileAboveTheSizeLimitIsReportedWithTheLimitAndHowToRaiseIt(@TempDir Path dir)
      throws IOException {
    Path c = corpus(dir);
    String good = goodOutput(c);
    Path big = c.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      // sparse: no disk is written, the size alone is over the default limit
      f.setLength(Documents.DEFAULT_MAX_BYTES + 1);
    }
    Cli.Run r = Cli.run("extract", "--format", "jsonl", c.toString());
    assertEquals(good, r.out());
    assertReported(r, 1, 3, big + ": too large (32.0 MiB): documents are read up to 32 MiB;"
        + " raise the limit with --max-size (e.g. --max-size 33M)");

    Files.writeString(c.resolve("two-kib.txt"), "a".repeat(2048), StandardCharsets.UTF_8);
    Cli.Run small = Cli.run("extract", "--format", "jsonl", "--max-size", "1K",
        c.resolve("two-kib.txt").toString(), c.resolve("a.txt").toString());
    assertReported(small, 1, 2, "two-kib.txt: too large (2 KiB): documents are read up to"
        + " 1 KiB");
    Cli.Run raised = Cli.run("extract", "--format", "jsonl", "--max-size", "4K",
        c.resolve("two-kib.txt").toString());
    assertEquals(0, raised.code(), raised.err());
  }

  @Test
  void standardInputIsReadWithinTheLimitToo() {
    Cli.Run r = Cli.piped("b".repeat(3000), "extract", "--max-size", "1K", "-");
    assertReported(r, 1, 1, "vietparse: -: too large: documents are read up to 1 KiB");
    Cli.Run bad = Cli.run("extract", "--max-size", "lots", "-");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("not a size"), bad.err());
  }

  @Test
  void anUnreadableFolderIsReportedAndTheRestStillProcessed(@TempDir Path dir) throws Exception {
    Path c = corpus(dir);
    String good = goodOutput(c);
    Path locked = Files.createDirectories(c.resolve("locked"));
    Files.writeString(locked.resolve("hidden.txt"), "Sáng 9/12", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Cli.Run r;
      if (!Files.isReadable(locked)) {
        r = Cli.run("extract", "--format", "jsonl", c.toString());
      } else {
        // root reads every folder: run the command line as the unprivileged user "nobody"
        r = asNobody(dir, c);
      }
      assertEquals(good, r.out());
      assertReported(r, 1, 3, locked + ": cannot read folder: permission denied");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** The command line in a new JVM under setpriv, on a copy of this JVM's class path. */
  private static Cli.Run asNobody(Path dir, Path corpus) throws Exception {
    Path setpriv = Path.of("/usr/bin/setpriv");
    Assumptions.assumeTrue(Files.isExecutable(setpriv),
        "running as root without setpriv: no folder can be made unreadable");
    Path lib = Files.createDirectories(dir.resolve("classpath"));
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(e);
      if (!Files.exists(p)) {
        continue;
      }
      Path copy = lib.resolve(n++ + "-" + p.getFileName());
      if (Files.isDirectory(p)) {
        copyTree(p, copy);
      } else {
        Files.copy(p, copy);
      }
      entries.add(copy.toString());
    }
    for (Path p : List.of(dir, corpus, corpus.resolve("sub"))) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    try (var walk = Files.walk(lib)) {
      for (Path p : walk.toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
            Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(setpriv.toString(), "--reuid=65534", "--regid=65534",
        "--clear-groups", java.toString(), "-cp", String.join(File.pathSeparator, entries),
        Main.class.getName(), "extract", "--format", "jsonl", corpus.toString())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command line ended");
    String errText = new String(err, StandardCharsets.UTF_8);
    Assumptions.assumeFalse(errText.contains("setpriv:"), "setpriv refused here: " + errText);
    return new Cli.Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), errText);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
