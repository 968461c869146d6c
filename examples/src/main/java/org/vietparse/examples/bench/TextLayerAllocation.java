package org.vietparse.examples.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.vietparse.Extractor;
import org.vietparse.VietParse;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * Bytes the text layer allocates and keeps, per input: allocation per UTF-8 byte of the corpus
 * (by the thread's allocated-bytes counter, after a warm-up, so that only steady-state work is
 * counted) for the text layer alone, the text layer with every {@link Token} made, and full
 * extraction; and the heap one large text's {@link VietText} keeps alive, per input char, without
 * and with its tokens made.
 *
 * <pre>
 * java -cp examples/target/benchmarks.jar \
 *     org.vietparse.examples.bench.TextLayerAllocation [WARMUP_S]
 * </pre>
 */
public final class TextLayerAllocation {
  private TextLayerAllocation() {}

  private static volatile Object keep;

  /**
   * Runs the measurement and prints it.
   *
   * @param args the warm-up seconds (default 5)
   * @throws InterruptedException if interrupted while the heap settles
   */
  public static void main(String[] args) throws InterruptedException {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<String> texts = Corpus.load();
    long bytes = Corpus.utf8Bytes(texts);
    Extractor ex = VietParse.extractor().build();
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + warmup * 1_000_000_000L;
    long sink = 0;
    while (System.nanoTime() < end) {
      sink += pass(0, ex, texts) + pass(1, ex, texts) + pass(2, ex, texts);
    }
    String[] names = {"text layer", "text layer, every Token made", "full extraction"};
    System.out.printf("corpus %s, %,d UTF-8 bytes%n", Corpus.describe(), bytes);
    for (int w = 0; w < 3; w++) {
      int passes = 20;
      long a0 = mx.getCurrentThreadAllocatedBytes();
      for (int p = 0; p < passes; p++) {
        sink += pass(w, ex, texts);
      }
      long a1 = mx.getCurrentThreadAllocatedBytes();
      System.out.printf("%-30s %6.1f bytes allocated per input byte%n", names[w],
          (a1 - a0) / (double) (passes * bytes));
    }
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 2_000_000) {
      texts.forEach(t -> sb.append(t).append("\n\n"));
    }
    String big = sb.toString();
    long base = used();
    VietText v = VietText.of(big);
    keep = v;
    long plain = used() - base;
    for (Token t : v.tokens()) {
      sink += t.end();
    }
    long made = used() - base;
    System.out.printf("one text of %,d chars keeps %.1f bytes of heap per char, %.1f with every"
        + " Token made (%,d tokens)%n", big.length(), plain / (double) big.length(),
        made / (double) big.length(), v.tokens().size());
    keep = null;
    System.out.println(sink == 42 ? "" : "done");
  }

  private static long pass(int what, Extractor ex, List<String> texts) {
    long n = 0;
    for (String t : texts) {
      if (what == 2) {
        n += ex.extract(t).mentions().size();
      } else {
        List<Token> tokens = VietText.of(t).tokens();
        n += tokens.size();
        if (what == 1) {
          for (Token tok : tokens) {
            n += tok.start();
          }
        }
      }
    }
    return n;
  }

  private static long used() throws InterruptedException {
    Runtime r = Runtime.getRuntime();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
      best = Math.min(best, r.totalMemory() - r.freeMemory());
    }
    return best;
  }
}
