package org.vietparse.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.VietParse;
import org.vietparse.official.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vietparse people}: the persons of each document, with their titles and mentions. */
@Command(name = "people", mixinStandardHelpOptions = true,
    description = "Prints the named officials of each FILE (or .txt file under a DIR), one line"
        + " per person: name, every title seen, mention count, spelling variants.")
final class PeopleCommand implements Callable<Integer> {

  enum Order { MENTION, NAME }

  @Spec
  CommandSpec spec;

  @Option(names = "--sort", paramLabel = "ORDER",
      description = "Order persons by first MENTION (default) or by NAME, as a Vietnamese index"
          + " does (given name, then family name).")
  Order sort = Order.MENTION;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or folders to read.")
  List<Path> inputs;

  @Override
  public Integer call() {
    Extractor extractor = VietParse.extractor()
        .types(MentionType.OFFICIAL, MentionType.TITLE).build();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> errors = new ArrayList<>();
    List<Documents.Doc> docs = Documents.expand(inputs, errors);
    errors.forEach(e -> err.println("vietparse: " + e));
    int failed = errors.size();
    for (Documents.Doc doc : docs) {
      String text;
      try {
        text = Documents.read(doc.path());
      } catch (Documents.Unreadable e) {
        err.println("vietparse: " + doc.path() + ": " + e.getMessage());
        failed++;
        continue;
      }
      List<Person> people = new ArrayList<>(extractor.extract(text).people());
      if (sort == Order.NAME) {
        people.sort(Person.vietnameseOrder());
      }
      out.println("== " + doc.id() + " (" + people.size() + (people.size() == 1 ? " person)"
          : " people)"));
      for (Person p : people) {
        out.println(line(p));
      }
      out.flush();
    }
    if (failed > 0) {
      err.println("vietparse: " + failed + " of " + (docs.size() + errors.size())
          + " inputs failed");
      return 1;
    }
    return 0;
  }

  static String line(Person p) {
    StringBuilder sb = new StringBuilder(p.name());
    sb.append("  ×").append(p.mentions().size());
    if (!p.titleLinks().isEmpty()) {
      sb.append(" +").append(p.titleLinks().size()).append(" by title");
    }
    if (!p.titleNames().isEmpty()) {
      sb.append("  ").append(String.join("; ", p.titleNames()));
    }
    if (p.hasSpellingVariants()) {
      sb.append("  (also spelled: ").append(String.join(", ", p.spellingVariants())).append(')');
    }
    return sb.toString();
  }
}
