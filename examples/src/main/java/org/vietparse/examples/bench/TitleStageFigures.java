package org.vietparse.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.vietparse.internal.Document;
import org.vietparse.internal.money.MoneyRecognizer;
import org.vietparse.internal.number.Numerals;
import org.vietparse.internal.official.OfficialRecognizer;
import org.vietparse.internal.title.TitleHits;
import org.vietparse.internal.title.TitleRecognizer;

/**
 * The steady-state cost of the title, official and money stages, by the CPU time of the
 * measuring thread: each pass makes every text's {@code Document} and numeral layer afresh, as
 * {@code Extractor.extract} does (so that the stages read tokens just made), then times each
 * stage's {@code find} over them, and {@code toLowerCase(Locale.ROOT)} over the same texts in
 * the same pass, so that each round's ratio to {@code toLowerCase} compares code run under the
 * same machine load. The text and numeral layers are not counted. Prints
 * MB/s and the ratios as min/median/max of the rounds.
 *
 * <pre>
 * java -cp examples/target/benchmarks.jar org.vietparse.examples.bench.TitleStageFigures [WARMUP_S [ROUNDS]]
 * </pre>
 */
public final class TitleStageFigures {
  private TitleStageFigures() {}

  private static final String[] NAMES = {"titles", "officials", "money", "toLowerCase"};
  private static final int LOWER = 3;

  /**
   * Runs the measurement.
   *
   * @param args the warm-up seconds (default 20) and the number of rounds (default 7)
   */
  public static void main(String[] args) {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    List<String> texts = Corpus.load();
    long bytes = Corpus.utf8Bytes(texts);
    TitleRecognizer titles = TitleRecognizer.create();
    OfficialRecognizer officials = OfficialRecognizer.create();
    MoneyRecognizer money = MoneyRecognizer.create();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    long[] cpu = new long[NAMES.length];
    long start = mx.getCurrentThreadCpuTime();
    while (mx.getCurrentThreadCpuTime() - start < warmup * 1_000_000_000L) {
      sink += pass(texts, titles, officials, money, mx, cpu);
    }
    double[][] mbs = new double[NAMES.length][rounds];
    for (int r = 0; r < rounds; r++) {
      Arrays.fill(cpu, 0);
      long passes = 0;
      long t0 = mx.getCurrentThreadCpuTime();
      // a round: whole passes for 3 s of CPU time, the layers' share included
      while (mx.getCurrentThreadCpuTime() - t0 < 3_000_000_000L) {
        sink += pass(texts, titles, officials, money, mx, cpu);
        passes++;
      }
      for (int w = 0; w < NAMES.length; w++) {
        mbs[w][r] = passes * bytes / (cpu[w] / 1e9) / 1e6;
      }
    }
    System.out.printf(Locale.ROOT, "corpus %s, %,d UTF-8 bytes; %d s warm-up, %d rounds of 3 s"
        + " each; load average %.1f%n", Corpus.describe(), bytes, warmup, rounds,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (int w = 0; w < NAMES.length; w++) {
      System.out.printf(Locale.ROOT, "%-12s MB/s %s%n", NAMES[w], stats(mbs[w], "%.1f"));
    }
    for (int w = 0; w < LOWER; w++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = mbs[w][r] / mbs[LOWER][r];
      }
      System.out.printf(Locale.ROOT, "%-12s ÷ toLowerCase %s%n", NAMES[w], stats(ratio, "%.3f"));
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  /**
   * One pass: every text's document and numeral layer made afresh (not timed), then each stage
   * over all of them and {@code toLowerCase} over the texts, each timed as a whole, adding the
   * CPU time (ns) to {@code cpu}. A reading of the thread's CPU time costs microseconds here, so
   * it is taken per stage, not per text.
   */
  private static long pass(List<String> texts, TitleRecognizer titles,
      OfficialRecognizer officials, MoneyRecognizer money, ThreadMXBean mx, long[] cpu) {
    long sink = 0;
    int n = texts.size();
    Document[] docs = new Document[n];
    Numerals[] nums = new Numerals[n];
    TitleHits[] hits = new TitleHits[n];
    for (int k = 0; k < n; k++) {
      docs[k] = Document.of(texts.get(k));
      nums[k] = Numerals.read(docs[k].tokens(), false);
    }
    long c0 = mx.getCurrentThreadCpuTime();
    for (int k = 0; k < n; k++) {
      hits[k] = titles.find(docs[k]);
    }
    long c1 = mx.getCurrentThreadCpuTime();
    for (int k = 0; k < n; k++) {
      sink += officials.find(docs[k], hits[k]).size();
    }
    long c2 = mx.getCurrentThreadCpuTime();
    for (int k = 0; k < n; k++) {
      sink += money.find(docs[k], nums[k]).size();
    }
    long c3 = mx.getCurrentThreadCpuTime();
    for (int again = 0; again < LOWER_PASSES; again++) {
      for (String t : texts) {
        sink += t.toLowerCase(Locale.ROOT).length();
      }
    }
    long c4 = mx.getCurrentThreadCpuTime();
    cpu[0] += c1 - c0;
    cpu[1] += c2 - c1;
    cpu[2] += c3 - c2;
    cpu[3] += (c4 - c3) / LOWER_PASSES;
    for (TitleHits h : hits) {
      sink += h.hits().size();
    }
    return sink;
  }

  /** toLowerCase passes per timed interval: it is fast, and the clock is read once for all. */
  private static final int LOWER_PASSES = 4;

  private static String stats(double[] v, String f) {
    double[] s = v.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "min " + f + "  median " + f + "  max " + f, s[0],
        s[s.length / 2], s[s.length - 1]);
  }
}
