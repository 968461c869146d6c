package org.vietparse.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.vietparse.Extractor;
import org.vietparse.VietParse;
import org.vietparse.internal.compiled.CompiledLexicons;
import org.vietparse.internal.date.DateRecognizer;
import org.vietparse.internal.money.MoneyRecognizer;
import org.vietparse.internal.official.OfficialRecognizer;
import org.vietparse.internal.text.VietText;
import org.vietparse.internal.title.TitleRecognizer;

/**
 * Where the first {@code Extractor} build's time goes, one part after another in one new JVM:
 * reading the lexicons compiled at build time, each recognizer's {@code create()} (its lexicons) in the order {@code Extractor} builds them,
 * then the rest of the first build, then the text layer's first use and the first extract, each
 * by wall clock and by this thread's CPU time. Class loading is in the figures, as it is in a
 * user's first build; run it several times, the machine is shared.
 *
 * <pre>
 * java -cp examples/target/benchmarks.jar org.vietparse.examples.bench.BuildParts
 * </pre>
 */
public final class BuildParts {
  private BuildParts() {}

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
  private static long wall;
  private static long cpu;

  private static void mark() {
    wall = System.nanoTime();
    cpu = MX.getCurrentThreadCpuTime();
  }

  private static void report(String what) {
    long w = System.nanoTime() - wall;
    long c = MX.getCurrentThreadCpuTime() - cpu;
    System.out.printf(Locale.ROOT, "%-28s %7.1f ms wall %7.1f ms CPU%n", what, w / 1e6, c / 1e6);
    mark();
  }

  /**
   * Runs the parts once and prints their times.
   *
   * @param args none
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    long cpu0 = MX.getCurrentThreadCpuTime();
    mark();
    if (CompiledLexicons.bundled() == null) {
      System.out.println("no compiled lexicons: the lexicons are read from their TSV files");
    }
    report("compiled lexicons read");
    DateRecognizer.create();
    report("dates create()");
    MoneyRecognizer.create();
    report("money create()");
    TitleRecognizer.create();
    report("titles create()");
    OfficialRecognizer.create();
    report("officials create()");
    Extractor ex = VietParse.extractor().build();
    report("rest of the first build");
    long buildWall = System.nanoTime() - start;
    long buildCpu = MX.getCurrentThreadCpuTime() - cpu0;
    VietText.of("Ngày 2/9/2025, Bộ trưởng Bộ Tài chính").tokens();
    report("text layer's first use");
    int n = ex.extract("Ngày 2/9/2025, Bộ trưởng Bộ Tài chính chi 5 tỷ đồng.").mentions().size();
    report("first extract (" + n + " mentions)");
    System.out.printf(Locale.ROOT, "%-28s %7.1f ms wall %7.1f ms CPU%n", "build in all",
        buildWall / 1e6, buildCpu / 1e6);
  }
}
