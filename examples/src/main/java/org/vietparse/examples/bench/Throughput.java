package org.vietparse.examples.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ExtractBenchmark} single-threaded and on all cores, and prints MB/s (UTF-8 bytes of
 * input per second) beside JMH's operations per second.
 *
 * <pre>
 * java -cp examples/target/benchmarks.jar org.vietparse.examples.bench.Throughput [quick]
 * </pre>
 */
public final class Throughput {
  private Throughput() {}

  public static void main(String[] args) throws RunnerException {
    boolean quick = args.length > 0 && args[0].equals("quick");
    long bytes = Corpus.utf8Bytes(Corpus.load());
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "corpus: %s, %d UTF-8 bytes; %d cores; %s%n", Corpus.describe(),
        bytes, cores, System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    for (int threads : new int[] {1, cores}) {
      ChainedOptionsBuilder o = new OptionsBuilder()
          .include(ExtractBenchmark.class.getName())
          .threads(threads)
          .forks(1)
          // the grammars are much code: C2 needs some 15 s of the full extraction to compile it
          // all, and a shorter warm-up measures half-compiled code
          .warmupIterations(quick ? 5 : 10)
          .warmupTime(TimeValue.seconds(2))
          .measurementIterations(quick ? 3 : 5)
          .measurementTime(TimeValue.seconds(quick ? 1 : 3));
      Collection<RunResult> results = new Runner(o.build()).run();
      System.out.printf(Locale.ROOT, "%n%-16s %8s %14s %10s%n", "benchmark", "threads", "ops/s",
          "MB/s");
      for (RunResult r : results) {
        String name = r.getParams().getBenchmark();
        name = name.substring(name.lastIndexOf('.') + 1);
        double ops = r.getPrimaryResult().getScore();
        double err = r.getPrimaryResult().getScoreError();
        System.out.printf(Locale.ROOT, "%-16s %8d %8.1f ± %4.1f %10.2f%n", name, threads, ops, err,
            ops * bytes / 1e6);
      }
    }
  }
}
