package org.vietparse.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.VietParse;
import org.vietparse.internal.text.VietText;

/**
 * Throughput of extraction over the whole corpus per operation: every type, each type alone, and
 * the floor no extractor can beat, the text layer's normalization and tokenization alone. One
 * {@link Extractor} per type set is shared by all benchmark threads, as users share it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractBenchmark {
  List<String> texts;
  Extractor all;
  Extractor dates;
  Extractor money;
  Extractor titles;
  Extractor officials;

  @Setup
  public void setup() {
    texts = Corpus.load();
    all = VietParse.extractor().build();
    dates = VietParse.extractor().types(MentionType.DATE).build();
    money = VietParse.extractor().types(MentionType.MONEY).build();
    titles = VietParse.extractor().types(MentionType.TITLE).build();
    officials = VietParse.extractor().types(MentionType.OFFICIAL).build();
  }

  private void run(Extractor ex, Blackhole bh) {
    for (String t : texts) {
      bh.consume(ex.extract(t));
    }
  }

  @Benchmark
  public void all(Blackhole bh) {
    run(all, bh);
  }

  @Benchmark
  public void dates(Blackhole bh) {
    run(dates, bh);
  }

  @Benchmark
  public void money(Blackhole bh) {
    run(money, bh);
  }

  @Benchmark
  public void titles(Blackhole bh) {
    run(titles, bh);
  }

  @Benchmark
  public void officials(Blackhole bh) {
    run(officials, bh);
  }

  @Benchmark
  public void normalizeOnly(Blackhole bh) {
    for (String t : texts) {
      bh.consume(VietText.of(t).tokens());
    }
  }
}
