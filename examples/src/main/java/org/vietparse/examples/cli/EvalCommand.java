package org.vietparse.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.vietparse.Extractor;
import org.vietparse.Mention;
import org.vietparse.MentionFormat;
import org.vietparse.VietParse;
import org.vietparse.examples.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vietparse eval --gold GOLD.jsonl CORPUS_DIR}: extracts every {@code .txt} of the folder and
 * scores the result against the gold file, as the mention format's "Gold files" section defines.
 * A gold document with no text in the folder is warned about and left out of the score; when
 * none has text, nothing is scored and the exit code is 1.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
    sortOptions = false,
    description = "Scores extraction on a folder of .txt files against a gold JSONL file.")
final class EvalCommand implements Callable<Integer> {
  private static final int NAMED = 10;

  @Spec
  CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl",
      description = "Gold mentions, one JSON object a line (UTF-8).")
  Path gold;

  @Option(names = "--errors", paramLabel = "N",
      description = "Also list the first N misses, extras and wrong values.")
  int errors;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads, 1 or more (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-size", paramLabel = "SIZE", converter = InputOptions.SizeConverter.class,
      description = "Largest document read, e.g. 512K, 64M, 1G (default: 32M).")
  long maxBytes = Documents.DEFAULT_MAX_BYTES;

  @Option(names = {"-q", "--quiet"},
      description = "No progress bar and no warnings; errors are still printed.")
  boolean quiet;

  @Parameters(index = "0", paramLabel = "CORPUS_DIR", description = "The folder of documents.")
  Path corpus;

  private final Io io;

  EvalCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    InputOptions.checkThreads(spec, threads);
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(gold)) {
      io.err().println("vietparse: " + gold + ": no such gold file");
      return 1;
    }
    if (!Files.isDirectory(corpus)) {
      io.err().println("vietparse: " + corpus + ": not a folder");
      return 1;
    }
    List<JsonNode> goldMentions;
    try {
      goldMentions = Scorer.load(gold);
    } catch (IllegalArgumentException e) {
      io.err().println("vietparse: " + e.getMessage());
      return 1;
    }
    List<String> problems = new ArrayList<>();
    List<Documents.Doc> docs = Documents.expand(List.of(corpus.toString()), List.of(), problems);
    problems.forEach(p -> io.err().println("vietparse: " + p));
    int[] failed = {problems.size()};

    Set<String> goldDocs = new TreeSet<>();
    goldMentions.forEach(m -> goldDocs.add(m.path("doc").asText()));
    Set<String> corpusDocs = new TreeSet<>();
    docs.forEach(d -> corpusDocs.add(d.id()));
    Set<String> missing = new TreeSet<>(goldDocs);
    missing.removeAll(corpusDocs);
    Set<String> scored = new TreeSet<>(goldDocs);
    scored.retainAll(corpusDocs);
    if (scored.isEmpty()) {
      io.err().println("vietparse: none of the " + goldDocs.size() + " documents of " + gold
          + " has a .txt file in " + corpus + "; nothing to score");
      return 1;
    }
    if (!missing.isEmpty() && !quiet) {
      List<String> named = missing.stream().limit(NAMED).toList();
      io.err().println("vietparse: warning: " + missing.size() + " of " + goldDocs.size()
          + " gold documents have no text in " + corpus + " and are not scored: "
          + String.join(", ", named) + (missing.size() > NAMED ? ", …" : ""));
    }

    List<JsonNode> system = new ArrayList<>();
    Extractor extractor = VietParse.extractor().build();
    Batch.Settings settings = new Batch.Settings(maxBytes, io.in(), threads,
        io.stderrTerminal() && !quiet ? io.err() : null);
    Batch.run(docs.stream().filter(d -> scored.contains(d.id())).toList(), extractor, settings,
        r -> {
          if (r.failed()) {
            io.err().println("vietparse: " + r.doc().label() + ": " + r.error());
            failed[0]++;
            return;
          }
          for (Mention m : r.extraction().mentions()) {
            system.add(Scorer.parse(MentionFormat.line(r.doc().id(), m)));
          }
        });
    Scorer.Report report = Scorer.score(goldMentions, system, scored);
    print(out, report);
    report.errors().stream().limit(errors).forEach(out::println);
    out.flush();
    return failed[0] > 0 ? 1 : 0;
  }

  static void print(PrintWriter out, Scorer.Report report) {
    out.println(String.format(Locale.ROOT, "%-24s %6s %6s %7s %7s %7s %7s %8s %8s %7s", "type",
        "gold", "system", "matched", "P", "R", "F1", "strictF1", "valueAcc", "e2eF1"));
    for (Map.Entry<String, Scorer.TypeScore> e : report.types().entrySet()) {
      Scorer.TypeScore t = e.getValue();
      out.println(String.format(Locale.ROOT, "%-24s %6d %6d %7d %7.4f %7.4f %7.4f %8.4f %8.4f %7.4f",
          e.getKey(), t.gold(), t.system(), t.matched(), t.precision(), t.recall(), t.f1(),
          t.strictF1(), t.valueAccuracy(), t.e2eF1()));
    }
    Scorer.NameScore n = report.officialNames();
    out.println(String.format(Locale.ROOT, "%-24s %6s %6s %7s %7.4f %7.4f %7.4f",
        "OFFICIAL_NAMES_PER_DOC", "", "", "", n.precision(), n.recall(), n.f1()));
  }
}
