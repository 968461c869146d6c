package org.vietparse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Every input family of {@link AdversarialInputs}, the news among them, at two sizes in one run:
 * four times the text costs at most {@value #MAX_GROWTH} times as much, where linear work costs
 * four times and quadratic work sixteen. Persons are resolved too. No figure is compared with a
 * wall-clock bound: only costs measured in the same run are compared with each other.
 */
class LinearityTest {
  private static final int SMALL = 48 * 1024;
  private static final int LARGE = 4 * SMALL;
  private static final double MAX_GROWTH = 9;
  /** Measurements per family before it is said to fail: a loaded machine pauses at random. */
  private static final int ATTEMPTS = 3;

  @Test
  void fourTimesAnyInputCostsAboutFourTimesAsMuch() {
    String news = String.join("\n\n", Fixtures.ourArticles());
    Map<String, IntFunction<String>> families = AdversarialInputs.families(news);
    String smallNews = families.get("news").apply(SMALL);
    best(smallNews);
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, IntFunction<String>> e : families.entrySet()) {
      String small = e.getValue().apply(SMALL);
      String large = e.getValue().apply(LARGE);
      String verdict = null;
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        // below a quarter of what news of the small size costs, a time is mostly noise: a
        // family cheaper than that is measured against that floor
        long floor = best(smallNews) / 4;
        long s = Math.max(best(small), floor);
        long l = best(large);
        double growth = (double) l / s;
        verdict = growth <= MAX_GROWTH ? null : String.format(Locale.ROOT,
            "%s: %.1f times the cost for four times the text (%d KB: %d ms, %d KB: %d ms)",
            e.getKey(), growth, SMALL / 1024, s / 1_000_000, LARGE / 1024, l / 1_000_000);
        if (verdict == null) {
          break;
        }
      }
      if (verdict != null) {
        failures.add(verdict);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /** The best of three runs of extraction and persons, in nanoseconds. */
  private static long best(String text) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      int found = AdversarialInputs.extractAll(text);
      best = Math.min(best, System.nanoTime() - t0);
      assertTrue(found >= 0);
    }
    return best;
  }
}
