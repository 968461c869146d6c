package org.vietparse.examples.bench;

import java.util.List;
import java.util.Locale;
import org.vietparse.Extraction;
import org.vietparse.Extractor;
import org.vietparse.VietParse;

/**
 * What stays on the heap around one extraction of a long string: the built {@link Extractor}
 * (its lexicons), the string, and the {@link Extraction} (mentions, their strings and values,
 * the persons). The heap a call needs while it runs is {@code examples/bench.sh heap}'s figure;
 * this one says how much of that is the input and the result, which no windowing can shrink.
 *
 * <pre>
 * java -cp examples/target/benchmarks.jar org.vietparse.examples.bench.HeapFigures 10
 * </pre>
 */
public final class HeapFigures {
  private HeapFigures() {}

  /**
   * Runs the measurement.
   *
   * @param args the string's length in millions of chars (default 10)
   */
  public static void main(String[] args) {
    int millions = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    long start = Corpus.usedAfterGc();
    Extractor ex = VietParse.extractor().build();
    long built = Corpus.usedAfterGc();
    List<String> texts = Corpus.load();
    String text = Corpus.repeated(texts, millions * 1_000_000);
    long withText = Corpus.usedAfterGc();
    Extraction x = ex.extract(text);
    long withResult = Corpus.usedAfterGc();
    int people = x.people().size();
    long withPeople = Corpus.usedAfterGc();
    int n = x.mentions().size();
    System.out.printf(Locale.ROOT, "extractor, lexicons included: %.1f MB%n", (built - start) / 1e6);
    System.out.printf(Locale.ROOT, "the string of %,d chars: %.1f MB%n", text.length(),
        (withText - built) / 1e6);
    System.out.printf(Locale.ROOT, "the extraction, %,d mentions: %.1f MB (%.0f bytes a mention)%n",
        n, (withResult - withText) / 1e6, (withResult - withText) / (double) n);
    System.out.printf(Locale.ROOT, "people(), %,d persons: %.1f MB more%n", people,
        (withPeople - withResult) / 1e6);
    if (ex.types().isEmpty() || x.text() != text) {
      throw new AssertionError();
    }
  }
}
