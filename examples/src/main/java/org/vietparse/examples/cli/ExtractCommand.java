package org.vietparse.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vietparse.Extractor;
import org.vietparse.Mention;
import org.vietparse.MentionFormat;
import org.vietparse.MentionType;
import org.vietparse.VietParse;
import org.vietparse.date.Preference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vietparse extract}: prints the mentions of each file, as a table or as JSONL. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Prints the mentions found in each FILE, or in each .txt file under a DIR.")
final class ExtractCommand implements Callable<Integer> {

  enum Format { TABLE, JSONL }

  @Spec
  CommandSpec spec;

  @Option(names = "--types", split = ",", paramLabel = "TYPE",
      description = "Types to report, comma-separated: ${COMPLETION-CANDIDATES} (default: all).")
  List<MentionType> types = new ArrayList<>();

  @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD[THH:MM]",
      description = "Resolve relative and partial dates against this date (or date-time).")
  String referenceDate;

  @Option(names = "--prefer", paramLabel = "PREFERENCE",
      description = "Resolve ambiguous dates to the ${COMPLETION-CANDIDATES} candidate (default: nearest).")
  Preference prefer = Preference.NEAREST;

  @Option(names = "--detect-dateline",
      description = "Use a dateline at the top of each document as its reference date.")
  boolean detectDateline;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: table).")
  Format format = Format.TABLE;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or folders to read.")
  List<Path> inputs;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    Extractor extractor = buildExtractor();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> errors = new ArrayList<>();
    List<Documents.Doc> docs = Documents.expand(inputs, errors);
    for (String e : errors) {
      err.println("vietparse: " + e);
    }
    int[] failed = {errors.size()};
    Batch.run(docs, extractor, threads, System.err, r -> {
      if (r.failed()) {
        err.println("vietparse: " + r.doc().path() + ": " + r.error());
        err.flush();
        failed[0]++;
        return;
      }
      if (format == Format.JSONL) {
        for (Mention m : r.extraction().mentions()) {
          out.println(MentionFormat.line(r.doc().id(), m));
        }
      } else {
        Table.print(out, r.doc(), r.extraction());
      }
      out.flush();
    });
    out.flush();
    if (failed[0] > 0) {
      err.println("vietparse: " + failed[0] + " of " + (docs.size() + errors.size())
          + " inputs failed");
      return 1;
    }
    return 0;
  }

  private Extractor buildExtractor() {
    Extractor.Builder b = VietParse.extractor().prefer(prefer);
    if (!types.isEmpty()) {
      b.types(types.get(0), types.subList(1, types.size()).toArray(new MentionType[0]));
    }
    if (referenceDate != null) {
      try {
        if (referenceDate.contains("T")) {
          b.referenceDateTime(LocalDateTime.parse(referenceDate));
        } else {
          b.referenceDate(LocalDate.parse(referenceDate));
        }
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(),
            "--reference-date: not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM): " + referenceDate);
      }
    }
    if (detectDateline) {
      b.detectDateline();
    }
    return b.build();
  }
}
