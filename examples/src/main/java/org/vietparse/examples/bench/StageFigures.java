package org.vietparse.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vietparse.Extractor;
import org.vietparse.VietParse;
import org.vietparse.date.Preference;
import org.vietparse.internal.Document;
import org.vietparse.internal.Settings;
import org.vietparse.internal.date.DateCandidates;
import org.vietparse.internal.date.DateRecognizer;
import org.vietparse.internal.number.Numerals;

/**
 * The cost of the stages before and around the date grammar, each timed alone by the CPU time
 * of the measuring thread, with {@code toLowerCase(Locale.ROOT)} and full extraction over the
 * same texts in the same rounds: the text layer ({@code Document.of}), the numeral layer
 * ({@code Numerals.read} over documents made beforehand), the date grammar
 * ({@code DateRecognizer.find} over documents and numerals made beforehand) and document
 * resolution of the dates ({@code DateRecognizer.resolve}, with a reference date and dateline
 * detection, over candidates found beforehand). A token caches the strings of its forms once
 * asked, so the stages run over documents made beforehand find them made; the last two figures
 * chain the stages over fresh documents, and their differences from {@code Document.of} are what
 * the numeral layer and the date grammar cost inside an extraction. Prints each stage's MB/s and its ratio to
 * {@code toLowerCase} in the same round, min/median/max, and the load average at the start
 * and the end.
 *
 * <pre>
 * java -cp examples/target/benchmarks.jar org.vietparse.examples.bench.StageFigures [WARMUP_S [ROUNDS]]
 * </pre>
 */
public final class StageFigures {
  private StageFigures() {}

  private static final String[] NAMES = {
    "toLowerCase", "full extraction", "Document.of", "Numerals.read", "dates find",
    "dates resolve", "dates find+resolve", "doc+numerals", "doc+numerals+find"};
  private static final int LOWER = 0;

  private static final class Inputs {
    final List<String> texts;
    final List<Document> docs = new ArrayList<>();
    final List<Numerals> nums = new ArrayList<>();
    final List<DateCandidates> cands = new ArrayList<>();

    Inputs(List<String> texts, DateRecognizer dates) {
      this.texts = texts;
      for (String t : texts) {
        Document d = Document.of(t);
        Numerals n = Numerals.read(d.tokens(), false);
        docs.add(d);
        nums.add(n);
        cands.add(dates.find(d, n));
      }
    }
  }

  private static long pass(int what, Extractor ex, DateRecognizer dates, Settings settings,
      Inputs in) {
    long n = 0;
    for (int k = 0; k < in.texts.size(); k++) {
      n += switch (what) {
        case 0 -> in.texts.get(k).toLowerCase(Locale.ROOT).length();
        case 1 -> ex.extract(in.texts.get(k)).mentions().size();
        case 2 -> Document.of(in.texts.get(k)).tokens().size();
        case 3 -> Numerals.read(in.docs.get(k).tokens(), false).all().size();
        case 4 -> dates.find(in.docs.get(k), in.nums.get(k)).hashCode() & 1;
        case 5 -> dates.resolve(in.docs.get(k), in.cands.get(k), settings).size();
        case 6 -> dates.resolve(in.docs.get(k), dates.find(in.docs.get(k), in.nums.get(k)),
            settings).size();
        case 7 -> Numerals.read(Document.of(in.texts.get(k)).tokens(), false).all().size();
        default -> {
          Document d = Document.of(in.texts.get(k));
          yield dates.find(d, Numerals.read(d.tokens(), false)).hashCode() & 1;
        }
      };
    }
    return n;
  }

  /**
   * Runs the measurement.
   *
   * @param args the warm-up seconds (default 15) and the number of rounds (default 5)
   */
  public static void main(String[] args) {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String load0 = load();
    List<String> texts = Corpus.load();
    long bytes = Corpus.utf8Bytes(texts);
    Extractor ex = VietParse.extractor().build();
    DateRecognizer dates = DateRecognizer.create();
    Settings settings = new Settings(Optional.of(LocalDateTime.of(2025, 6, 15, 12, 0)), true,
        Preference.NEAREST);
    Inputs in = new Inputs(texts, dates);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    long start = mx.getCurrentThreadCpuTime();
    while (mx.getCurrentThreadCpuTime() - start < warmup * 1_000_000_000L) {
      for (int w = 0; w < NAMES.length; w++) {
        sink += pass(w, ex, dates, settings, in);
      }
    }
    double[][] mbs = new double[NAMES.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int w = 0; w < NAMES.length; w++) {
        long t0 = mx.getCurrentThreadCpuTime();
        long passes = 0;
        while (mx.getCurrentThreadCpuTime() - t0 < 500_000_000L) {
          sink += pass(w, ex, dates, settings, in);
          passes++;
        }
        mbs[w][r] = passes * bytes / ((mx.getCurrentThreadCpuTime() - t0) / 1e9) / 1e6;
      }
    }
    System.out.printf(Locale.ROOT, "corpus %s, %,d UTF-8 bytes; %d s warm-up, %d rounds;"
        + " load average %s at the start, %s at the end%n", Corpus.describe(), bytes, warmup,
        rounds, load0, load());
    for (int w = 0; w < NAMES.length; w++) {
      double[] ratio = new double[rounds];
      double[] share = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = mbs[w][r] / mbs[LOWER][r];
        // a stage's time as a share of full extraction's, in the same round
        share[r] = mbs[1][r] / mbs[w][r];
      }
      System.out.printf(Locale.ROOT, "%-19s MB/s %s | ÷ toLowerCase %s | time ÷ full %s%n",
          NAMES[w], stats(mbs[w], "%.1f"), stats(ratio, "%.4f"), stats(share, "%.3f"));
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  private static String load() {
    try {
      String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"));
      return String.join(" ", Arrays.copyOf(s.trim().split(" "), 3));
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String stats(double[] v, String f) {
    double[] s = v.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, f + " / " + f + " / " + f, s[0], s[s.length / 2],
        s[s.length - 1]);
  }
}
