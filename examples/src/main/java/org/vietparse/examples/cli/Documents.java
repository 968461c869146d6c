package org.vietparse.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vietparse.MentionFormat;

/**
 * Finds the documents named on the command line (files, folders, standard input, inline text)
 * and reads them as the mention format reads documents ({@link MentionFormat#documentId},
 * {@link MentionFormat#decodeDocument}), each within a bounded size.
 */
final class Documents {
  /** The default {@code --max-size}: far above any article, far below a heap's worth. */
  static final long DEFAULT_MAX_BYTES = 32L << 20;

  private Documents() {}

  /** Where a document's bytes come from. */
  sealed interface Source permits File, Stdin, Inline {}

  /** A file, found by name or in a folder. */
  record File(Path path) implements Source {}

  /** Standard input, read to its end. */
  record Stdin() implements Source {}

  /** Text given on the command line with {@code --text}. */
  record Inline(String text) implements Source {}

  /** One input: its id in the mention format and where it comes from. */
  record Doc(String id, Source source) {
    /** How messages name it: its path, "-" (standard input) or "--text". */
    String label() {
      if (source instanceof File f) {
        return f.path().toString();
      }
      return source instanceof Stdin ? "-" : "--text";
    }
  }

  /** A document that could not be read, with a one-line reason. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  /**
   * Expands the arguments, in order: {@code -} is standard input; a file is itself; a folder
   * gives its {@code .txt} files (any case), recursively, following symbolic links, sorted by
   * path; then each inline text. Every problem found on the way (no such file, an unreadable
   * folder, a symbolic link loop, a dangling link, a FIFO or device) is added to {@code errors}
   * as "LABEL: reason" and the rest is still expanded. Ids are made unique (see {@link #ids}).
   *
   * @param args the FILE|DIR|- arguments
   * @param texts the {@code --text} values
   * @param errors receives one line per problem
   * @return the documents
   */
  static List<Doc> expand(List<String> args, List<String> texts, List<String> errors) {
    List<Source> sources = new ArrayList<>();
    for (String a : args) {
      if (a.equals("-")) {
        sources.add(new Stdin());
        continue;
      }
      Path p = Path.of(a);
      BasicFileAttributes attrs = attributes(p, errors);
      if (attrs == null) {
        continue;
      }
      if (attrs.isDirectory()) {
        walk(p, sources, errors);
      } else if (attrs.isRegularFile()) {
        sources.add(new File(p));
      } else {
        errors.add(p + ": " + special(attrs));
      }
    }
    for (String t : texts) {
      sources.add(new Inline(t));
    }
    return ids(sources);
  }

  /** The attributes of an argument, or null with the reason added to {@code errors}. */
  private static BasicFileAttributes attributes(Path p, List<String> errors) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class);
    } catch (IOException e) {
      if (Files.isSymbolicLink(p)) {
        errors.add(p + ": " + brokenLink(e));
      } else if (e instanceof NoSuchFileException) {
        errors.add(p + ": no such file or folder");
      } else {
        errors.add(p + ": " + reason(e));
      }
      return null;
    }
  }

  private static String brokenLink(IOException e) {
    return e instanceof NoSuchFileException ? "dangling symbolic link (its target does not exist)"
        : e instanceof FileSystemException && String.valueOf(e.getMessage()).contains("levels")
            ? "symbolic link loop" : "symbolic link that cannot be followed: " + reason(e);
  }

  /** Why a file that is neither a folder nor a regular file is not read. */
  private static String special(BasicFileAttributes attrs) {
    return "not a regular file (a FIFO, socket or device), not read; to read a pipe, give it on"
        + " standard input as -";
  }

  private static void walk(Path root, List<Source> out, List<String> errors) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
              boolean txt = isTxt(f);
              if (a.isRegularFile()) {
                if (txt) {
                  found.add(f);
                }
              } else if (a.isSymbolicLink()) {
                // following failed: the link's own attributes came instead. It may have pointed
                // to a folder, so it is reported whatever its name.
                try {
                  Files.readAttributes(f, BasicFileAttributes.class);
                } catch (IOException e) {
                  errors.add(f + ": " + brokenLink(e));
                }
              } else if (txt && !a.isDirectory()) {
                errors.add(f + ": " + special(a));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              if (e instanceof FileSystemLoopException) {
                errors.add(f + ": symbolic link loop (links back to a folder above it), not"
                    + " followed");
              } else {
                errors.add(f + ": cannot read folder: " + reason(e));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) {
              if (e != null) {
                errors.add(d + ": cannot list folder: " + reason(e));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      errors.add(root + ": cannot list folder: " + reason(e));
    }
    found.sort(null);
    for (Path f : found) {
      out.add(new File(f));
    }
  }

  private static boolean isTxt(Path f) {
    return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  /**
   * Gives each source its id: a file's name without its extension, "stdin", "text". Where two
   * documents of the run would share an id, each of them is named by its path instead
   * (relative to the working folder when under it, with {@code /} between folders, without the
   * extension), and a document given twice gets {@code #2}, {@code #3} after it.
   */
  static List<Doc> ids(List<Source> sources) {
    List<String> base = new ArrayList<>();
    Map<String, Integer> count = new HashMap<>();
    for (Source s : sources) {
      String id = s instanceof File f ? id(f.path()) : s instanceof Stdin ? "stdin" : "text";
      base.add(id);
      count.merge(id, 1, Integer::sum);
    }
    List<Doc> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      String id = base.get(i);
      if (count.get(id) > 1 && s instanceof File f) {
        id = pathId(f.path());
      }
      String unique = id;
      for (int n = 2; !used.add(unique); n++) {
        unique = id + "#" + n;
      }
      out.add(new Doc(unique, s));
    }
    return out;
  }

  static String id(Path p) {
    return MentionFormat.documentId(p.getFileName().toString());
  }

  private static String pathId(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    Path shown = abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs) : abs;
    String s = shown.toString().replace(java.io.File.separatorChar, '/');
    int slash = s.lastIndexOf('/');
    return s.substring(0, slash + 1) + MentionFormat.documentId(s.substring(slash + 1));
  }

  /**
   * Reads a document as the mention format reads documents: strict UTF-8, no binary content,
   * at most {@code maxBytes} bytes. A file must be a regular file (a FIFO that is never closed
   * would be read forever); standard input is read from {@code stdin}.
   *
   * @throws Unreadable with a one-line reason
   */
  static String read(Doc doc, long maxBytes, InputStream stdin) throws Unreadable {
    if (doc.source() instanceof Inline t) {
      return t.text();
    }
    byte[] bytes = doc.source() instanceof File f ? readFile(f.path(), maxBytes)
        : bounded(stdin, maxBytes, "standard input");
    try {
      return MentionFormat.decodeDocument(bytes);
    } catch (CharacterCodingException e) {
      throw new Unreadable(e.getMessage());
    }
  }

  /** {@link #read(Doc, long, InputStream)} for a file. */
  static String read(Path p, long maxBytes) throws Unreadable {
    return read(new Doc(id(p), new File(p)), maxBytes, InputStream.nullInputStream());
  }

  private static byte[] readFile(Path p, long maxBytes) throws Unreadable {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(p, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new Unreadable(Files.isSymbolicLink(p) && !(e
          instanceof AccessDeniedException) ? brokenLink(e) : reason(e));
    }
    if (!a.isRegularFile()) {
      throw new Unreadable(a.isDirectory() ? "is a folder" : special(a));
    }
    if (a.size() > maxBytes) {
      throw tooLarge(a.size(), maxBytes);
    }
    try (InputStream in = Files.newInputStream(p)) {
      return bounded(in, maxBytes, null);
    } catch (IOException e) {
      throw new Unreadable(reason(e));
    }
  }

  /** Reads at most {@code maxBytes}; one more byte than that is an error. */
  private static byte[] bounded(InputStream in, long maxBytes, String what) throws Unreadable {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(-1, maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new Unreadable((what == null ? "" : what + ": ") + reason(e));
    }
  }

  private static Unreadable tooLarge(long size, long maxBytes) {
    return new Unreadable((size >= 0 ? "too large (" + Sizes.format(size) + ")" : "too large")
        + ": documents are read up to " + Sizes.format(maxBytes)
        + "; raise the limit with --max-size (e.g. --max-size " + Sizes.suggest(size, maxBytes)
        + "), giving Java the memory for it (java -Xmx…)");
  }

  static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason().toLowerCase(Locale.ROOT);
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** Bytes in and out: {@code 32M}, {@code 512K}, {@code 1G}, {@code 4096}. */
  static final class Sizes {
    private Sizes() {}

    static long parse(String s) {
      String t = s.strip().toUpperCase(Locale.ROOT);
      if (t.endsWith("B")) {
        t = t.substring(0, t.length() - 1);
      }
      long unit = 1;
      if (!t.isEmpty()) {
        char last = t.charAt(t.length() - 1);
        unit = switch (last) {
          case 'K' -> 1L << 10;
          case 'M' -> 1L << 20;
          case 'G' -> 1L << 30;
          default -> 1;
        };
        if (unit > 1) {
          t = t.substring(0, t.length() - 1);
        }
      }
      long n;
      try {
        n = Long.parseLong(t);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a size (such as 4096, 512K, 32M, 1G): " + s);
      }
      if (n < 1 || n > (1L << 31) / unit) {
        throw new IllegalArgumentException("a size from 1 byte to 2G, not " + s);
      }
      return Math.min(n * unit, Integer.MAX_VALUE - 9);
    }

    static String format(long bytes) {
      if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
        return (bytes >> 30) + " GiB";
      }
      if (bytes >= 1L << 20) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MiB"
            : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
      }
      if (bytes >= 1L << 10) {
        return bytes % (1L << 10) == 0 ? (bytes >> 10) + " KiB"
            : String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
      }
      return bytes + " bytes";
    }

    /** A limit that would take a file of {@code size} bytes (unknown: four times the limit). */
    static String suggest(long size, long limit) {
      long want = size > limit ? size : limit * 4;
      long mib = Math.max(1, (want + (1L << 20) - 1) >> 20);
      return mib >= 1024 && mib % 1024 == 0 ? (mib >> 10) + "G"
          : Math.min(mib, 2047) + "M";
    }
  }
}
