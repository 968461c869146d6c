package org.vietparse.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.vietparse.Extractor;
import org.vietparse.VietParse;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * The figures of {@code docs/performance.md} in one JVM, by the CPU time of the measuring thread:
 * full extraction, the text layer alone (its flat token stream), the text layer with its
 * {@code Token} objects made (as the grammars make them when they first read a token) and
 * {@code toLowerCase(Locale.ROOT)} over the same texts, in interleaved rounds so that each round's ratio to {@code toLowerCase} compares code run under
 * the same machine load; prints MB/s and the ratios as min/median/max of the rounds. With the
 * argument {@code build}, the time of {@code Extractor} builds instead (see {@link #build}).
 *
 * <pre>
 * java -cp examples/target/benchmarks.jar org.vietparse.examples.bench.Figures [WARMUP_S [ROUNDS]]
 * java -cp examples/target/benchmarks.jar org.vietparse.examples.bench.Figures build
 * java -Xmx100m -cp examples/target/benchmarks.jar org.vietparse.examples.bench.Figures heap 10
 * </pre>
 * {@code heap N} extracts from one string of N million chars (the corpus repeated) and exits with
 * status 0, or 3 when the heap was too small: {@code examples/bench.sh} bisects {@code -Xmx} with it.
 */
public final class Figures {
  private Figures() {}

  private static final int ALL = 0;
  private static final int NORM = 1;
  private static final int LOWER = 2;
  /** The text layer with its Token objects made, as the grammars make them at their first read. */
  private static final int TOKENS = 3;
  private static final int WHAT = 4;
  private static final String[] NAMES = {"full extraction", "text layer", "toLowerCase",
      "text + Tokens"};

  private static long pass(int what, Extractor ex, List<String> texts) {
    long n = 0;
    for (String t : texts) {
      n += switch (what) {
        case ALL -> ex.extract(t).mentions().size();
        case NORM -> VietText.of(t).tokens().size();
        case TOKENS -> {
          List<Token> tokens = VietText.of(t).tokens();
          yield tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        }
        default -> t.toLowerCase(Locale.ROOT).length();
      };
    }
    return n;
  }

  /**
   * Runs the measurement.
   *
   * @param args {@code build}, or the warm-up seconds (default 20) and the number of rounds
   *     (default 7)
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("build")) {
      build();
      return;
    }
    if (args.length > 1 && args[0].equals("heap")) {
      heap(Integer.parseInt(args[1]));
      return;
    }
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    List<String> texts = Corpus.load();
    long bytes = Corpus.utf8Bytes(texts);
    Extractor ex = VietParse.extractor().build();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    long start = mx.getCurrentThreadCpuTime();
    while (mx.getCurrentThreadCpuTime() - start < warmup * 1_000_000_000L) {
      for (int w = 0; w < WHAT; w++) {
        sink += pass(w, ex, texts);
      }
    }
    double[][] mbs = new double[WHAT][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int w = 0; w < WHAT; w++) {
        // toLowerCase is fast: more passes per round for the same CPU time
        long t0 = mx.getCurrentThreadCpuTime();
        long passes = 0;
        while (mx.getCurrentThreadCpuTime() - t0 < 1_000_000_000L) {
          sink += pass(w, ex, texts);
          passes++;
        }
        mbs[w][r] = passes * bytes / ((mx.getCurrentThreadCpuTime() - t0) / 1e9) / 1e6;
      }
    }
    System.out.printf(Locale.ROOT, "corpus %s, %,d UTF-8 bytes; %d s warm-up, %d rounds of 1 s each%n",
        Corpus.describe(), bytes, warmup, rounds);
    for (int w = 0; w < WHAT; w++) {
      System.out.printf(Locale.ROOT, "%-16s MB/s %s%n", NAMES[w], stats(mbs[w]));
    }
    for (int w = 0; w < WHAT; w++) {
      if (w == LOWER) {
        continue;
      }
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = mbs[w][r] / mbs[LOWER][r];
      }
      System.out.printf(Locale.ROOT, "%-16s ÷ toLowerCase %s%n", NAMES[w], stats3(ratio));
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  private static String stats(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "min %.1f  median %.1f  max %.1f", s[0], s[s.length / 2],
        s[s.length - 1]);
  }

  private static String stats3(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "min %.3f  median %.3f  max %.3f", s[0], s[s.length / 2],
        s[s.length - 1]);
  }

  /**
   * Times {@code Extractor} builds: the recognizer classes are loaded first (without running
   * their static initializers), so the first build's time is the lexicons' construction; later
   * builds share the lexicons.
   */
  private static void build() {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long mainAt = System.currentTimeMillis();
    long t0 = System.nanoTime();
    for (String c : new String[] {
        "org.vietparse.internal.date.DateRecognizer", "org.vietparse.internal.money.MoneyRecognizer",
        "org.vietparse.internal.title.TitleRecognizer",
        "org.vietparse.internal.official.OfficialRecognizer", "org.vietparse.Extractor"}) {
      try {
        Class.forName(c, false, Figures.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long t1 = System.nanoTime();
    long c1 = mx.getCurrentThreadCpuTime();
    Extractor first = VietParse.extractor().build();
    long c2 = mx.getCurrentThreadCpuTime();
    long t2 = System.nanoTime();
    Extractor second = VietParse.extractor().build();
    long t3 = System.nanoTime();
    int found = first.extract("Ngày 2/9/2025, Bộ trưởng Bộ Tài chính chi 5 tỷ đồng.").mentions().size();
    long t4 = System.nanoTime();
    System.out.printf(Locale.ROOT, "JVM start to main: %d ms; loading the recognizer classes: %.0f ms%n",
        mainAt - jvmStart, (t1 - t0) / 1e6);
    System.out.printf(Locale.ROOT, "first Extractor build: %.0f ms (%.0f ms of this thread's CPU time); second: %.2f ms; first extract: %.0f ms"
        + " (%d mentions); JVM start to first result: %d ms%n",
        (t2 - t1) / 1e6, (c2 - c1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, found,
        System.currentTimeMillis() - jvmStart);
    if (second.types().isEmpty()) {
      throw new AssertionError();
    }
  }

  private static void heap(int millions) {
    List<String> texts = Corpus.load();
    String text = Corpus.repeated(texts, millions * 1_000_000);
    Extractor ex = VietParse.extractor().build();
    try {
      int n = ex.extract(text).mentions().size();
      System.out.printf(Locale.ROOT, "%d mentions in one string of %,d chars%n", n, text.length());
    } catch (OutOfMemoryError e) {
      System.out.println("out of memory");
      System.exit(3);
    }
  }
}
