package org.vietparse.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's standard streams, and whether standard input and standard error are terminals:
 * what the commands read, write and decide by, so that a test can give them its own.
 *
 * @param in standard input
 * @param out standard output, raw: writing to a closed pipe throws, it is not swallowed
 * @param err standard error
 * @param stdinTerminal whether standard input is a terminal (then no FILE does not mean stdin)
 * @param stderrTerminal whether standard error is a terminal (then a progress bar is drawn)
 */
record Io(InputStream in, OutputStream out, PrintStream err, boolean stdinTerminal,
    boolean stderrTerminal) {

  /** The process's own streams. */
  static Io process() {
    return new Io(System.in, new FileOutputStream(FileDescriptor.out),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
        isTerminal(0), isTerminal(2));
  }

  /**
   * Whether file descriptor {@code fd} is a terminal. Java 17 has no isatty: on Linux the
   * descriptor's link names its device (/dev/pts/N, /dev/ttyN); elsewhere a console means both
   * standard input and output are terminals, and standard error is taken to be one too.
   */
  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
            || target.equals("/dev/console");
      }
    } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
      // fall back to the console below
    }
    return System.console() != null;
  }
}
