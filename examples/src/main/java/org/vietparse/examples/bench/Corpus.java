package org.vietparse.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The texts the benchmarks read: the seed articles in {@code ../shared/corpus/seeds} when that
 * folder is beside the project, else the bundled sample article. Set {@code -Dvietparse.corpus=DIR}
 * to measure on a folder of your own.
 */
final class Corpus {
  private Corpus() {}

  static List<String> load() {
    String dir = System.getProperty("vietparse.corpus");
    Path folder = dir != null ? Path.of(dir) : Path.of("..", "shared", "corpus", "seeds");
    try {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> s = Files.list(folder)) {
          List<Path> files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
          if (!files.isEmpty()) {
            return files.stream().map(Corpus::read).toList();
          }
        }
      }
      return List.of(read(Path.of("examples", "sample", "tin-mau.txt")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String describe() {
    String dir = System.getProperty("vietparse.corpus");
    Path folder = dir != null ? Path.of(dir) : Path.of("..", "shared", "corpus", "seeds");
    return Files.isDirectory(folder) ? folder.toString() : "examples/sample/tin-mau.txt";
  }

  static long utf8Bytes(List<String> texts) {
    return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
  }

  /** The texts repeated, a blank line after each, into one string of exactly {@code chars} chars. */
  static String repeated(List<String> texts, int chars) {
    StringBuilder sb = new StringBuilder(chars);
    while (sb.length() < chars) {
      for (String t : texts) {
        sb.append(t).append("\n\n");
      }
    }
    sb.setLength(chars);
    return sb.toString();
  }

  /** The heap in use after a few collections, in bytes: what the live objects take. */
  static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
