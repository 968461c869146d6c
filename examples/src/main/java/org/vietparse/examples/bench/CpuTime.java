package org.vietparse.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.VietParse;
import org.vietparse.internal.text.VietText;

/**
 * Single-threaded throughput by the CPU time of the measuring thread, which other processes on
 * a shared machine disturb far less than wall-clock time: a loop over the corpus, warmed up for
 * 15 s (the grammars take C2 that long to compile), then five rounds of 3 s; prints the median.
 *
 * <pre>
 * java -cp examples/target/benchmarks.jar org.vietparse.examples.bench.CpuTime [all|norm|DATE|MONEY|TITLE|OFFICIAL]
 * </pre>
 */
public final class CpuTime {
  private CpuTime() {}

  /** One pass over the corpus: extraction, or the text layer alone (as normalizeOnly). */
  private static int pass(Extractor ex, boolean norm, List<String> texts) {
    int n = 0;
    for (String t : texts) {
      n += norm ? VietText.of(t).tokens().size() : ex.extract(t).mentions().size();
    }
    return n;
  }

  public static void main(String[] args) {
    String what = args.length > 0 ? args[0] : "all";
    List<String> texts = Corpus.load();
    long bytes = Corpus.utf8Bytes(texts);
    Extractor ex = what.equals("all") || what.equals("norm") ? VietParse.extractor().build()
        : VietParse.extractor().types(MentionType.valueOf(what)).build();
    boolean norm = what.equals("norm");
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long start = mx.getCurrentThreadCpuTime();
    while (mx.getCurrentThreadCpuTime() - start < 15_000_000_000L) {
      pass(ex, norm, texts);
    }
    double[] mbs = new double[5];
    for (int round = 0; round < mbs.length; round++) {
      long t0 = mx.getCurrentThreadCpuTime();
      long passes = 0;
      while (mx.getCurrentThreadCpuTime() - t0 < 3_000_000_000L) {
        pass(ex, norm, texts);
        passes++;
      }
      mbs[round] = passes * bytes / ((mx.getCurrentThreadCpuTime() - t0) / 1e9) / 1e6;
    }
    Arrays.sort(mbs);
    System.out.printf(Locale.ROOT, "%s: median %.1f MB/s (min %.1f, max %.1f) on %s%n", what,
        mbs[2], mbs[0], mbs[4], Corpus.describe());
  }
}
