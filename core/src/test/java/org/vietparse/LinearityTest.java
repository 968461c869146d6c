package org.vietparse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
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
    assertGrowth(AdversarialInputs.families(NEWS), AdversarialInputs::extractAll);
  }

  /** The single-expression parsers normalize and read their text as extraction does. */
  @Test
  void everyParserCostsAboutFourTimesAsMuchForFourTimesTheText() {
    Map<String, IntFunction<String>> families = new java.util.LinkedHashMap<>();
    AdversarialInputs.families(NEWS).forEach((name, f) -> {
      if (name.contains("digit") || name.contains("number") || name.contains("mark")) {
        families.put(name, f);
      }
    });
    assertGrowth(families, text -> VietParse.parseNumber(text).hashCode()
        + VietParse.parseDate(text).hashCode() + VietParse.parseMoney(text).hashCode()
        + VietParse.parseTitle(text).hashCode() + VietParse.parseOfficial(text).hashCode()
        + VietParse.parseName(text).hashCode());
  }

  /** Where each result goes, so that no work can be left undone as unused. */
  private static volatile int sink;

  private static final String NEWS = String.join("\n\n", Fixtures.ourArticles());

  private static void assertGrowth(Map<String, IntFunction<String>> families,
      ToIntFunction<String> work) {
    String smallNews = AdversarialInputs.families(NEWS).get("news").apply(SMALL);
    best(smallNews, work);
    // below a quarter of what news of the small size costs, a time is mostly noise: a family
    // cheaper than that is measured against that floor
    long floor = best(smallNews, work) / 4;
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, IntFunction<String>> e : families.entrySet()) {
      String small = e.getValue().apply(SMALL);
      String large = e.getValue().apply(LARGE);
      String verdict = null;
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        if (attempt > 0) {
          floor = best(smallNews, work) / 4;
        }
        long s = Math.max(best(small, work), floor);
        long l = best(large, work);
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

  /** The best of three runs of the work, in nanoseconds. */
  private static long best(String text, ToIntFunction<String> work) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      sink += work.applyAsInt(text);
      best = Math.min(best, System.nanoTime() - t0);
    }
    return best;
  }
}
