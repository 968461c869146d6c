package org.vietparse.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
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
 * The steady-state cost of the title, official and money stages alone, by the CPU time of the
 * measuring thread: each text's {@code Document}, numeral layer and title hits are made once,
 * then each stage's {@code find} runs over them in interleaved rounds with
 * {@code toLowerCase(Locale.ROOT)} over the same texts, so that each round's ratio to
 * {@code toLowerCase} compares code run under the same machine load. Prints MB/s and the ratios
 * as min/median/max of the rounds. The text layer and the numeral layer are not timed here.
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
    List<Document> docs = new ArrayList<>();
    List<Numerals> nums = new ArrayList<>();
    List<TitleHits> hits = new ArrayList<>();
    for (String t : texts) {
      Document d = Document.of(t);
      docs.add(d);
      nums.add(Numerals.read(d.tokens(), false));
      hits.add(titles.find(d));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] sink = new long[1];
    Runnable[] passes = {
      () -> docs.forEach(d -> sink[0] += titles.find(d).hits().size()),
      () -> {
        for (int k = 0; k < docs.size(); k++) {
          sink[0] += officials.find(docs.get(k), hits.get(k)).size();
        }
      },
      () -> {
        for (int k = 0; k < docs.size(); k++) {
          sink[0] += money.find(docs.get(k), nums.get(k)).size();
        }
      },
      () -> texts.forEach(t -> sink[0] += t.toLowerCase(Locale.ROOT).length()),
    };
    long start = mx.getCurrentThreadCpuTime();
    while (mx.getCurrentThreadCpuTime() - start < warmup * 1_000_000_000L) {
      for (Runnable p : passes) {
        p.run();
      }
    }
    double[][] mbs = new double[passes.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int w = 0; w < passes.length; w++) {
        long t0 = mx.getCurrentThreadCpuTime();
        long n = 0;
        while (mx.getCurrentThreadCpuTime() - t0 < 1_000_000_000L) {
          passes[w].run();
          n++;
        }
        mbs[w][r] = n * bytes / ((mx.getCurrentThreadCpuTime() - t0) / 1e9) / 1e6;
      }
    }
    System.out.printf(Locale.ROOT, "corpus %s, %,d UTF-8 bytes; %d s warm-up, %d rounds of 1 s"
        + " each; load average %s%n", Corpus.describe(), bytes, warmup, rounds,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (int w = 0; w < passes.length; w++) {
      System.out.printf(Locale.ROOT, "%-12s MB/s %s%n", NAMES[w], stats(mbs[w], "%.1f"));
    }
    for (int w = 0; w < LOWER; w++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = mbs[w][r] / mbs[LOWER][r];
      }
      System.out.printf(Locale.ROOT, "%-12s ÷ toLowerCase %s%n", NAMES[w], stats(ratio, "%.3f"));
    }
    if (sink[0] == 42) {
      System.out.println();
    }
  }

  private static String stats(double[] v, String f) {
    double[] s = v.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "min " + f + "  median " + f + "  max " + f, s[0],
        s[s.length / 2], s[s.length - 1]);
  }
}
