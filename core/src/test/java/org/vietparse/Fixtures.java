package org.vietparse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Texts the robustness tests read: our own news sentences, plus the seed articles when present. */
final class Fixtures {
  private Fixtures() {}

  /** Our own article-like texts, bundled with the tests. */
  static List<String> ourArticles() {
    try (InputStream in = Fixtures.class.getResourceAsStream("articles.txt")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      for (String a : all.split("\n=====\n")) {
        if (!a.isBlank()) {
          out.add(a);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Our articles, and the seed articles when ../shared is beside the project. */
  static List<String> allArticles() {
    List<String> out = new ArrayList<>(ourArticles());
    SharedCorpus.find().ifPresent(p -> out.addAll(SharedCorpus.seeds().values()));
    return out;
  }
}
