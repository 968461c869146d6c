package org.vietparse.examples.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.vietparse.Extractor;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The loop {@code extract} and {@code people} share: expand the inputs, extract each document on
 * the worker threads, write each result as it comes, in input order, and report every document
 * that could not be read. Exit codes: 0 all read, 1 some input failed or the output could not be
 * written, 2 a usage error (thrown as picocli's ParameterException before anything is read).
 */
final class DocumentRun {
  /** Writes one document's result. */
  interface Writer {
    void write(Output out, Batch.Result r) throws IOException;
  }

  private DocumentRun() {}

  static int run(CommandSpec spec, Io io, InputOptions o, Extractor extractor, Writer writer) {
    o.check(spec, io);
    List<String> errors = new ArrayList<>();
    List<Documents.Doc> docs = Documents.expand(o.inputs, o.texts, errors);
    for (String e : errors) {
      io.err().println("vietparse: " + e);
    }
    int[] failed = {errors.size()};
    Output out;
    try {
      out = Output.open(io, o.output);
    } catch (IOException e) {
      io.err().println("vietparse: " + o.output + ": cannot write: " + Documents.reason(e));
      return 1;
    }
    Batch.Settings settings = new Batch.Settings(o.maxBytes, io.in(), o.threads,
        io.stderrTerminal() && !o.quiet ? io.err() : null);
    try (out) {
      Batch.run(docs, extractor, settings, r -> {
        if (r.failed()) {
          io.err().println("vietparse: " + r.doc().label() + ": " + r.error());
          failed[0]++;
          return;
        }
        writer.write(out, r);
        out.flush();
      });
    } catch (Output.Closed e) {
      // the reader has what it wanted (| head): stop at once, as ripgrep does, quietly and with 0
      return 0;
    } catch (IOException e) {
      io.err().println("vietparse: cannot write to " + out.name() + ": " + Documents.reason(e));
      return 1;
    }
    if (failed[0] > 0) {
      io.err().println("vietparse: " + failed[0] + " of " + (docs.size() + errors.size())
          + " inputs failed");
      return 1;
    }
    return 0;
  }
}
