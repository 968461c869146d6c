package org.vietparse.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.vietparse.Extraction;
import org.vietparse.Extractor;

/**
 * Reads and extracts many documents on several threads with one shared {@link Extractor}, and
 * hands the results back in input order, so that the output is the same however the work was
 * scheduled. At most a few documents per thread are held at once, so a folder of any size
 * streams, and a sink that fails (a closed pipe) stops the run at once.
 */
final class Batch {
  /** One document's outcome: its text and extraction, or why it could not be read. */
  record Result(Documents.Doc doc, String text, Extraction extraction, String error) {
    boolean failed() {
      return error != null;
    }
  }

  /** Receives each result, in input order. */
  interface Sink {
    void accept(Result r) throws IOException;
  }

  /** How to read: the size bound, standard input, threads, and whether to draw progress. */
  record Settings(long maxBytes, InputStream stdin, int threads, PrintStream progressTo) {}

  private Batch() {}

  /**
   * Runs {@code extractor} over {@code docs}, calling {@code sink} once per document in order.
   * A progress bar is drawn on {@code s.progressTo()} when it is not null (a terminal) and there
   * is more than one document.
   *
   * @throws IOException the first the sink threw; the documents after it are not read
   */
  static void run(List<Documents.Doc> docs, Extractor extractor, Settings s, Sink sink)
      throws IOException {
    int threads = Math.max(1, s.threads());
    int window = threads * 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "vietparse-extract");
      t.setDaemon(true);
      return t;
    });
    ProgressBar bar = s.progressTo() != null && docs.size() > 1
        ? new ProgressBarBuilder().setTaskName("extract").setInitialMax(docs.size())
            .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1)
            .setConsumer(new ConsoleProgressBarConsumer(s.progressTo())).build()
        : null;
    try {
      Deque<Future<Result>> pending = new ArrayDeque<>();
      int next = 0;
      while (next < docs.size() || !pending.isEmpty()) {
        while (next < docs.size() && pending.size() < window) {
          Documents.Doc doc = docs.get(next++);
          pending.add(pool.submit(() -> process(doc, extractor, s)));
        }
        sink.accept(get(pending.removeFirst()));
        if (bar != null) {
          bar.step();
        }
      }
    } finally {
      if (bar != null) {
        bar.close();
      }
      pool.shutdownNow();
    }
  }

  private static Result process(Documents.Doc doc, Extractor extractor, Settings s) {
    String text;
    try {
      text = Documents.read(doc, s.maxBytes(), s.stdin());
    } catch (Documents.Unreadable e) {
      return new Result(doc, null, null, e.getMessage());
    } catch (OutOfMemoryError e) {
      return new Result(doc, null, null, outOfMemory("reading"));
    }
    try {
      return new Result(doc, text, extractor.extract(text), null);
    } catch (OutOfMemoryError e) {
      return new Result(doc, null, null, outOfMemory(String.format(Locale.ROOT,
          "extracting (%,d characters)", text.length())));
    } catch (RuntimeException e) {
      // the library promises not to throw on content; if it ever does, say so for this file
      return new Result(doc, text, null, "extraction failed: " + e);
    }
  }

  private static String outOfMemory(String doing) {
    return "out of memory " + doing + ": give Java more (java -Xmx8g -jar vietparse.jar …),"
        + " use fewer --threads, or lower --max-size to skip such files";
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
}
