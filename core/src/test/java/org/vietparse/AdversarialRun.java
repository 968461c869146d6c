package org.vietparse;

import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Measures each family of {@link AdversarialInputs} at one size against news of the same size,
 * extraction and persons included, and prints a Markdown table: the figures of
 * {@code docs/robustness.md}. Run after {@code mvn -o -DskipTests package} and
 * {@code mvn -o -pl core test-compile}:
 *
 * <pre>
 * java -cp core/target/test-classes:examples/target/vietparse.jar org.vietparse.AdversarialRun \
 *     [KB [ROW]]
 * </pre>
 *
 * <p>Only public API is called, so the same classes measure any build of the library given as
 * the jar. Each figure is the best of three runs after one warm-up. With ROW (a row number, 1
 * for the first family after news), only that row is measured, once, without warm-up: the way to
 * time a build on which a row takes minutes, under {@code timeout}.
 */
final class AdversarialRun {
  private AdversarialRun() {}

  /**
   * Prints the table.
   *
   * @param args the size in KB (default 1024), then optionally one row to time once
   */
  public static void main(String[] args) {
    int size = (args.length > 0 ? Integer.parseInt(args[0]) : 1024) * 1024;
    String news = String.join("\n\n", Fixtures.ourArticles());
    Map<String, IntFunction<String>> families = AdversarialInputs.families(news);
    if (args.length > 1) {
      Map.Entry<String, IntFunction<String>> e = new java.util.ArrayList<>(families.entrySet())
          .get(Integer.parseInt(args[1]));
      String text = e.getValue().apply(size);
      long t0 = System.nanoTime();
      AdversarialInputs.extractAll(text);
      System.out.printf(Locale.ROOT, "| %s | %d |%n", e.getKey(),
          (System.nanoTime() - t0) / 1_000_000);
      return;
    }
    long base = best(families.get("news").apply(size));
    System.out.printf(Locale.ROOT, "| input (%d KB) | ms | × news |%n|---|---|---|%n",
        size / 1024);
    for (Map.Entry<String, IntFunction<String>> e : families.entrySet()) {
      long t = e.getKey().equals("news") ? base : best(e.getValue().apply(size));
      System.out.printf(Locale.ROOT, "| %s | %d | %.1f |%n", e.getKey(), t / 1_000_000,
          (double) t / base);
    }
  }

  private static long best(String text) {
    AdversarialInputs.extractAll(text);
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      AdversarialInputs.extractAll(text);
      best = Math.min(best, System.nanoTime() - t0);
    }
    return best;
  }
}
