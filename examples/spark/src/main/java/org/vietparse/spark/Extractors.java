package org.vietparse.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.vietparse.Extractor;
import org.vietparse.VietParse;

/**
 * One {@link Extractor} per executor JVM and setting, built the first time a task asks for it and
 * shared by every task thread of that JVM after. An {@code Extractor} is immutable and
 * thread-safe, and building one compiles the lexicons into tries: worth doing once per JVM, never
 * per row, and not once per partition either when an archive has thousands of them.
 */
final class Extractors {
  private static final ConcurrentMap<Boolean, Extractor> BY_DATELINE = new ConcurrentHashMap<>();
  private static final AtomicInteger BUILT = new AtomicInteger();

  private Extractors() {}

  /** The extractor of this JVM for the setting, built on first use. */
  static Extractor get(boolean detectDateline) {
    return BY_DATELINE.computeIfAbsent(detectDateline, detect -> {
      Extractor.Builder b = VietParse.extractor();
      if (detect) {
        b.detectDateline();
      }
      BUILT.incrementAndGet();
      return b.build();
    });
  }

  /** How many extractors this JVM has built: at most one per setting. */
  static int built() {
    return BUILT.get();
  }
}
