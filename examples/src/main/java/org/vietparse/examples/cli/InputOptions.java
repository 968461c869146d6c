package org.vietparse.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** What {@code extract} and {@code people} read and where they write: the pipeline options. */
final class InputOptions {
  @Parameters(arity = "0..*", paramLabel = "FILE|DIR|-",
      description = "Files, folders (their .txt files, recursively) or - for standard input."
          + " With none, standard input is read when it is not a terminal.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--text", paramLabel = "TEXT",
      description = "Also read this text (document id \"text\"); may be repeated.")
  List<String> texts = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the results to FILE instead of standard output.")
  Path output;

  @Option(names = {"-q", "--quiet"},
      description = "No progress bar and no warnings; errors are still printed.")
  boolean quiet;

  @Option(names = "--max-size", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "Largest document read, e.g. 512K, 64M, 1G (default: 32M).")
  long maxBytes = Documents.DEFAULT_MAX_BYTES;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads, 1 or more (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** Checks what picocli cannot: a positive thread count, something to read. */
  void check(CommandSpec spec, Io io) {
    checkThreads(spec, threads);
    if (inputs.isEmpty() && texts.isEmpty()) {
      if (io.stdinTerminal()) {
        throw new ParameterException(spec.commandLine(),
            "nothing to read: give a FILE or DIR, - for standard input, or --text");
      }
      inputs.add("-");
    }
  }

  static void checkThreads(CommandSpec spec, int threads) {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(),
          "--threads: must be 1 or more, not " + threads);
    }
  }

  /** {@code --max-size}: a size in bytes, with K, M or G. */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return Documents.Sizes.parse(value);
    }
  }
}
