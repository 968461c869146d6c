package org.vietparse.examples.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.vietparse.MentionFormat;

/**
 * Finds the documents named on the command line and reads them as the mention format reads
 * documents ({@link MentionFormat#documentId}, {@link MentionFormat#decodeDocument}).
 */
final class Documents {
  private Documents() {}

  /** One input: its id (file name without extension) and path. */
  record Doc(String id, Path path) {}

  /** A document that could not be read, with a one-line reason. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  /**
   * Expands the arguments: a file is itself; a folder gives its {@code .txt} files, recursively,
   * sorted by path. Problems with an argument are reported in {@code errors}.
   */
  static List<Doc> expand(List<Path> args, List<String> errors) {
    List<Doc> out = new ArrayList<>();
    for (Path p : args) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
              .sorted()
              .forEach(f -> out.add(new Doc(id(f), f)));
        } catch (IOException | java.io.UncheckedIOException e) {
          errors.add(p + ": cannot list folder: " + reason(e));
        }
      } else if (Files.exists(p)) {
        out.add(new Doc(id(p), p));
      } else {
        errors.add(p + ": no such file or folder");
      }
    }
    return out;
  }

  static String id(Path p) {
    return MentionFormat.documentId(p.getFileName().toString());
  }

  /** Reads a file as the mention format reads documents: strict UTF-8, no binary content. */
  static String read(Path p) throws Unreadable {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(p);
    } catch (IOException e) {
      throw new Unreadable(reason(e));
    }
    try {
      return MentionFormat.decodeDocument(bytes);
    } catch (CharacterCodingException e) {
      throw new Unreadable(e.getMessage());
    }
  }

  private static String reason(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
