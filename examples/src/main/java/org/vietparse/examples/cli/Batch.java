package org.vietparse.examples.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.vietparse.Extraction;
import org.vietparse.Extractor;

/**
 * Reads and extracts many documents on all cores with one shared {@link Extractor}, and hands the
 * results back in input order, so that the output is the same however the work was scheduled.
 * At most a few documents per thread are held at once, so a folder of any size streams.
 */
final class Batch {
  /** One document's outcome: its text and extraction, or why it could not be read. */
  record Result(Documents.Doc doc, String text, Extraction extraction, String error) {
    boolean failed() {
      return error != null;
    }
  }

  private Batch() {}

  /**
   * Runs {@code extractor} over {@code docs}, calling {@code sink} once per document in order.
   * Progress goes to {@code err}: a bar on a terminal, a plain line every tenth otherwise (for
   * runs of 100 documents or more).
   */
  static void run(List<Documents.Doc> docs, Extractor extractor, int threads, PrintStream err,
      Consumer<Result> sink) {
    int window = Math.max(1, threads * 4);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "vietparse-extract");
      t.setDaemon(true);
      return t;
    });
    Progress progress = Progress.start(docs.size(), err);
    try {
      Deque<Future<Result>> pending = new ArrayDeque<>();
      int next = 0;
      while (next < docs.size() || !pending.isEmpty()) {
        while (next < docs.size() && pending.size() < window) {
          Documents.Doc doc = docs.get(next++);
          pending.add(pool.submit(() -> process(doc, extractor)));
        }
        Result r = get(pending.removeFirst());
        sink.accept(r);
        progress.step();
      }
    } finally {
      progress.close();
      pool.shutdownNow();
    }
  }

  private static Result process(Documents.Doc doc, Extractor extractor) {
    String text;
    try {
      text = Documents.read(doc.path());
    } catch (Documents.Unreadable e) {
      return new Result(doc, null, null, e.getMessage());
    }
    try {
      return new Result(doc, text, extractor.extract(text), null);
    } catch (RuntimeException e) {
      // the library promises not to throw on content; if it ever does, say so for this file
      return new Result(doc, text, null, "extraction failed: " + e);
    }
  }

  private static Result get(Future<Result> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A progress bar on a terminal, plain lines elsewhere, nothing for small runs. */
  private interface Progress extends AutoCloseable {
    void step();

    @Override
    void close();

    static Progress start(int total, PrintStream err) {
      boolean terminal = System.console() != null && System.getenv("CI") == null;
      if (terminal && total > 1) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName("extract").setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII).setConsumer(
                new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
            .build();
        return new Progress() {
          @Override
          public void step() {
            bar.step();
          }

          @Override
          public void close() {
            bar.close();
          }
        };
      }
      if (total < 100) {
        return new Progress() {
          @Override
          public void step() {}

          @Override
          public void close() {}
        };
      }
      return new Progress() {
        private int done;

        @Override
        public void step() {
          done++;
          if (done * 10L / total != (done - 1) * 10L / total || done == total) {
            err.println(String.format(Locale.ROOT, "vietparse: %d/%d documents", done, total));
          }
        }

        @Override
        public void close() {}
      };
    }
  }
}
