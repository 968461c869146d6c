package org.vietparse.examples.cli;

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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vietparse extract}: prints the mentions of each document, as a table or as JSONL. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
    sortOptions = false,
    description = "Prints the mentions found in each FILE, in each .txt file under a DIR, in"
        + " standard input or in --text.")
final class ExtractCommand implements Callable<Integer> {

  enum Format { TABLE, JSONL }

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions io = new InputOptions();

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

  private final Io streams;

  ExtractCommand(Io streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Extractor extractor = buildExtractor();
    return DocumentRun.run(spec, streams, io, extractor, (out, r) -> {
      if (format == Format.JSONL) {
        for (Mention m : r.extraction().mentions()) {
          out.println(MentionFormat.line(r.doc().id(), m));
        }
      } else {
        out.print(Table.format(r.doc(), r.extraction()));
      }
    });
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
