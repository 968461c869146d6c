package org.vietparse.examples.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the documents named on the command line and reads them as strict UTF-8. The naming and
 * decoding rules are public so that other programs reading the same files (the Spark job in
 * {@code examples/spark}) give the same document ids and the same errors.
 */
public final class Documents {
  private Documents() {}

  /** One input: its id (file name without extension) and path. */
  record Doc(String id, Path path) {}

  /** A document that could not be read, with a one-line reason. */
  public static final class Unreadable extends Exception {
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
    return id(p.getFileName().toString());
  }

  /**
   * A document's id: its file name without the extension ({@code 000_fc5f.txt} → {@code 000_fc5f}).
   *
   * @param name a file name, without folders, not null
   * @return the id
   */
  public static String id(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Reads a file as strict UTF-8: invalid bytes and binary content are errors, not guesses. */
  static String read(Path p) throws Unreadable {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(p);
    } catch (IOException e) {
      throw new Unreadable(reason(e));
    }
    return decode(bytes);
  }

  /**
   * Decodes a file's bytes as the command line reads files: strict UTF-8, with NUL bytes taken as
   * a sign of a binary file.
   *
   * @param bytes the file's content, not null
   * @return the text
   * @throws Unreadable with a one-line reason when the bytes are binary or not valid UTF-8
   */
  public static String decode(byte[] bytes) throws Unreadable {
    for (byte b : bytes) {
      if (b == 0) {
        throw new Unreadable("binary file (contains NUL bytes)");
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable("not valid UTF-8");
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
