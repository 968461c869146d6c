package org.vietparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.vietparse.internal.text.VietText;

/** One extractor, many threads, any spelling of the same text, inputs of any shape and size. */
class RobustnessTest {

  /** What a mention says, without where: the same mention in another spelling of the text. */
  private static List<String> meaning(Extraction x) {
    List<String> out = new ArrayList<>();
    for (Mention m : x.mentions()) {
      // The text as normalized (NFC and modern tone placement): "Uỷ viên" and "Ủy viên" are one.
      out.add(m.type() + " " + VietText.of(m.text()).normalized() + " " + m.value());
    }
    return out;
  }

  private static List<String> exact(Extraction x) {
    List<String> out = new ArrayList<>();
    for (Mention m : x.mentions()) {
      out.add(m.type() + " " + m.span() + " " + m.text() + " " + m.value());
    }
    return out;
  }

  @Test
  void oneExtractorSharedByEightThreadsGivesTheSequentialResults() throws Exception {
    Extractor ex = VietParse.extractor().referenceDate(java.time.LocalDate.of(2024, 11, 18)).build();
    List<String> texts = Fixtures.allArticles();
    List<List<String>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(exact(ex.extract(t)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> exact(ex.extract(t))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % texts.size()), futures.get(i).get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void nfdLegacyTonesLineEndsAndBomGiveTheSameMentions() {
    for (String text : Fixtures.ourArticles()) {
      List<String> clean = meaning(VietParse.extract(text));
      String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
      assertEquals(clean, meaning(VietParse.extract(nfd)), "NFD");
      String legacy = text.replace("hòa", "hoà").replace("Hòa", "Hoà").replace("Ủy", "Uỷ")
          .replace("ủy", "uỷ").replace("thủy", "thuỷ").replace("khỏe", "khoẻ");
      assertEquals(clean, meaning(VietParse.extract(legacy)), "legacy tone placement");
      String windows = "\uFEFF" + text.replace("\n", "\r\n");
      Extraction w = VietParse.extract(windows);
      assertEquals(clean, meaning(w), "BOM and CRLF");
      for (Mention m : w.mentions()) {
        assertEquals(windows.substring(m.span().start(), m.span().end()), m.text());
      }
      String nbsp = text.replace(' ', '\u00a0');
      assertEquals(clean, meaning(VietParse.extract(nbsp)).stream()
          .map(s -> s.replace('\u00a0', ' ')).toList(), "no-break spaces");
    }
  }

  @Test
  void adversarialInputCostsWithinAConstantFactorOfNews() {
    String news = String.join("\n\n", Fixtures.ourArticles());
    int size = 1 << 20;
    String ordinary = repeat(news + "\n\n", size);
    Map<String, String> adversarial = Map.of(
        "dots", repeat("1.", size),
        "commas", repeat("1,", size),
        "slashes", repeat("1/", size),
        "titles", repeat("Chủ tịch ", size),
        "comma runs", repeat(",", size),
        "one line", ordinary.replace('\n', ' '),
        "combining marks", repeat("\u0301", size),
        "capitals", repeat("NGUYỄN VĂN AN ", size),
        "names", repeat("Nguyễn Văn An ", size),
        "numbers words", repeat("một trăm ", size));
    // warm up, then take the best of three for each input so that noise cannot fail the test
    best(ordinary);
    long base = best(ordinary);
    for (Map.Entry<String, String> e : adversarial.entrySet()) {
      long t = best(e.getValue());
      assertTrue(t <= 20 * base + TimeUnit.MILLISECONDS.toNanos(200), String.format(Locale.ROOT,
          "%s: %d ms for 1 MB against %d ms for 1 MB of news", e.getKey(), t / 1_000_000,
          base / 1_000_000));
    }
  }

  private static long best(String text) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      Extraction x = VietParse.extract(text);
      best = Math.min(best, System.nanoTime() - t0);
      assertTrue(x.mentions().size() >= 0);
    }
    return best;
  }

  private static String repeat(String unit, int size) {
    StringBuilder sb = new StringBuilder(size + unit.length());
    while (sb.length() < size) {
      sb.append(unit);
    }
    return sb.toString();
  }
}
