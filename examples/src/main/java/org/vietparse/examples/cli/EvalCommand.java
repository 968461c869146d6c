package org.vietparse.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores extraction on a folder of .txt files against a gold JSONL file.")
final class EvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl",
      description = "Gold mentions, one JSON object a line.")
  Path gold;

  @Option(names = "--errors", paramLabel = "N",
      description = "Also list the first N misses, extras and wrong values.")
  int errors;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(index = "0", paramLabel = "CORPUS_DIR", description = "The folder of documents.")
  Path corpus;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(gold)) {
      err.println("vietparse: " + gold + ": no such gold file");
      return 1;
    }
    if (!Files.isDirectory(corpus)) {
      err.println("vietparse: " + corpus + ": not a folder");
      return 1;
    }
    List<JsonNode> goldMentions;
    try {
      goldMentions = Scorer.load(gold);
    } catch (IllegalArgumentException e) {
      err.println("vietparse: " + e.getMessage());
      return 1;
    }
    List<String> problems = new ArrayList<>();
    List<Documents.Doc> docs = Documents.expand(List.of(corpus), problems);
    List<JsonNode> system = Collections.synchronizedList(new ArrayList<>());
    int[] failed = {problems.size()};
    problems.forEach(p -> err.println("vietparse: " + p));
    Extractor extractor = VietParse.extractor().build();
    Batch.run(docs, extractor, threads, System.err, r -> {
      if (r.failed()) {
        err.println("vietparse: " + r.doc().path() + ": " + r.error());
        failed[0]++;
        return;
      }
      for (Mention m : r.extraction().mentions()) {
        system.add(Scorer.parse(MentionFormat.line(r.doc().id(), m)));
      }
    });
    Scorer.Report report = Scorer.score(goldMentions, system, null);
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
