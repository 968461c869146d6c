package org.vietparse.examples.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.vietparse.Extraction;
import org.vietparse.Extractor;
import org.vietparse.VietParse;

/**
 * Cold start: the time from the JVM's start to the first {@code extract} result; with the
 * argument {@code heap}, the heap that one built {@link Extractor} retains. Run each in a new JVM:
 *
 * <pre>
 * java -cp examples/target/benchmarks.jar org.vietparse.examples.bench.ColdStart
 * java -cp examples/target/benchmarks.jar org.vietparse.examples.bench.ColdStart heap
 * </pre>
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    String sample = "Chiều 10/11, Chủ tịch nước Lương Cường tiếp Đại sứ Lào tại Việt Nam, "
        + "hai bên ký thỏa thuận trị giá hơn 1,3 tỷ USD.";
    if (args.length > 0 && args[0].equals("heap")) {
      // lexicons are loaded by the first Extractor built, so measure before anything else runs
      long before = Corpus.usedAfterGc();
      Extractor ex = VietParse.extractor().build();
      Extraction x = ex.extract(sample);
      long after = Corpus.usedAfterGc();
      System.out.printf(Locale.ROOT,
          "retained heap of one built Extractor, lexicons included: %.1f MB (%d mentions)%n",
          (after - before) / 1e6, x.mentions().size());
      if (ex.types().isEmpty()) {
        throw new AssertionError();
      }
      return;
    }
    Extraction x = VietParse.extract(sample);
    long first = System.currentTimeMillis() - jvmStart;
    System.out.printf(Locale.ROOT, "first extract result: %d ms after JVM start (%d mentions)%n",
        first, x.mentions().size());
  }
}
