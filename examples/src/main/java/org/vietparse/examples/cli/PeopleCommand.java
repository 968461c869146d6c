package org.vietparse.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.VietParse;
import org.vietparse.official.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vietparse people}: the persons of each document, with their titles and mentions. */
@Command(name = "people", mixinStandardHelpOptions = true, versionProvider = Version.class,
    sortOptions = false,
    description = "Prints the named officials of each document (FILE, .txt file under a DIR,"
        + " standard input or --text), one line per person: name, every title seen, mention"
        + " count, spelling variants.")
final class PeopleCommand implements Callable<Integer> {

  enum Order { MENTION, NAME }

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions io = new InputOptions();

  @Option(names = "--sort", paramLabel = "ORDER",
      description = "Order persons by first MENTION (default) or by NAME, as a Vietnamese index"
          + " does (given name, then family name).")
  Order sort = Order.MENTION;

  private final Io streams;

  PeopleCommand(Io streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Extractor extractor = VietParse.extractor()
        .types(MentionType.OFFICIAL, MentionType.TITLE).build();
    return DocumentRun.run(spec, streams, io, extractor, (out, r) -> {
      List<Person> people = new ArrayList<>(r.extraction().people());
      if (sort == Order.NAME) {
        people.sort(Person.vietnameseOrder());
      }
      out.println("== " + r.doc().id() + " (" + people.size()
          + (people.size() == 1 ? " person)" : " people)"));
      for (Person p : people) {
        out.println(line(p));
      }
    });
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
