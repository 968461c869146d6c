package org.vietparse.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM with streams of its own, as a shell would. */
final class Cli {
  private Cli() {}

  /** What a run left: its exit code, standard output and standard error. */
  record Run(int code, String out, String err) {}

  /** With standard input a terminal (nothing piped in). */
  static Run run(String... args) {
    return run(InputStream.nullInputStream(), true, args);
  }

  /** With {@code stdin} piped in. */
  static Run piped(String stdin, String... args) {
    return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, args);
  }

  static Run run(InputStream in, boolean stdinTerminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    int code = Main.run(new Io(in, out, errStream, stdinTerminal, false), args);
    errStream.flush();
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
