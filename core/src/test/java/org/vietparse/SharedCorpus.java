package org.vietparse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real articles and their gold annotations in the {@code shared} folder that stands beside
 * the project (CI has it; a plain clone may not). Tests that need them skip, with a message,
 * when it is absent.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  /** The shared folder: {@code ../shared} from the project root, searched upwards. */
  public static Optional<Path> find() {
    Path dir = Path.of("").toAbsolutePath();
    for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("corpus/seeds"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The shared folder, or skips the calling test when there is none. */
  public static Path require() {
    Optional<Path> p = find();
    assumeTrue(p.isPresent(),
        "skipped: ../shared (seed articles and gold) is not beside the project");
    return p.get();
  }

  /** The seed articles by document id, read as UTF-8, in id order. */
  public static Map<String, String> seeds() {
    Path dir = require().resolve("corpus/seeds");
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = p.getFileName().toString();
        out.put(name.substring(0, name.length() - 4), Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
