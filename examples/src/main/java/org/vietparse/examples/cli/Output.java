package org.vietparse.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a command writes its results: standard output or the file of {@code -o}. Unlike a
 * {@link java.io.PrintStream} it does not swallow write errors: a reader that has gone away
 * ({@code | head -1}) ends the run at once through {@link Closed}, and any other failure (a full
 * disk) is an {@link IOException} the command reports.
 */
final class Output implements AutoCloseable {
  /** The reader of standard output closed the pipe: stop quietly, the output was not wanted. */
  static final class Closed extends IOException {
    private static final long serialVersionUID = 1L;

    Closed(IOException cause) {
      super("standard output closed", cause);
    }
  }

  private final Writer writer;
  private final String name;
  private final boolean stdout;

  private Output(OutputStream out, String name, boolean stdout) {
    this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.name = name;
    this.stdout = stdout;
  }

  /** Standard output, or the file {@code -o} names (created or truncated). */
  static Output open(Io io, Path file) throws IOException {
    if (file == null || file.toString().equals("-")) {
      return new Output(io.out(), "standard output", true);
    }
    return new Output(Files.newOutputStream(file), file.toString(), false);
  }

  /** How messages name it. */
  String name() {
    return name;
  }

  void print(String s) throws IOException {
    try {
      writer.write(s);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  void println(String s) throws IOException {
    print(s);
    print("\n");
  }

  /** Hands what was written so far to the reader: after each document. */
  void flush() throws IOException {
    try {
      writer.flush();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (stdout) {
        writer.flush();
      } else {
        writer.close();
      }
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private IOException failure(IOException e) {
    if (e instanceof Closed) {
      return e;
    }
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    // EPIPE: "Broken pipe" on Linux and macOS; "The pipe is being closed" on Windows
    return stdout && m.contains("pipe") ? new Closed(e) : e;
  }
}
