package org.vietparse.examples.embed;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.vietparse.DateMention;
import org.vietparse.Extraction;
import org.vietparse.Extractor;
import org.vietparse.VietParse;
import org.vietparse.official.Person;

/**
 * Shows: people across a folder of articles — who held which title, and the datelines of the
 * articles that say so — with persons sorted in Vietnamese order ({@link Person#vietnameseOrder()}).
 *
 * <pre>
 * java -cp examples/target/vietparse.jar org.vietparse.examples.embed.OrgChart FOLDER
 * </pre>
 */
public final class OrgChart {
  private OrgChart() {}

  static final String USAGE = "usage: java -cp vietparse.jar org.vietparse.examples.embed.OrgChart"
      + " FOLDER";

  /**
   * Prints who held which title across the articles of a folder.
   *
   * @param args one folder of {@code .txt} articles
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** The program: 0 done, 1 the folder or an article could not be read, 2 a wrong argument count. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 1) {
      err.println(USAGE);
      return 2;
    }
    Path folder = Path.of(args[0]);
    if (!Files.isDirectory(folder)) {
      err.println("OrgChart: " + folder + ": not a folder");
      err.println(USAGE);
      return 1;
    }
    try {
      print(folder, out);
      return 0;
    } catch (IOException e) {
      err.println("OrgChart: " + folder + ": cannot read (" + Examples.reason(e) + ")");
      return 1;
    }
  }

  /** One person across articles: a representative, and title → article dates. */
  private record Entry(Person person, Map<String, TreeSet<String>> titles) {}

  static void print(Path folder, PrintStream out) throws IOException {
    Extractor ex = VietParse.extractor().detectDateline().build();
    Map<String, Entry> byName = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      Extraction x = ex.extract(Files.readString(f, StandardCharsets.UTF_8));
      String when = dateline(x).orElse(f.getFileName().toString());
      for (Person p : x.people()) {
        Entry e = byName.computeIfAbsent(p.name(), n -> new Entry(p, new TreeMap<>()));
        for (String t : p.titleNames()) {
          e.titles().computeIfAbsent(t, k -> new TreeSet<>()).add(when);
        }
      }
    }
    List<Entry> entries = new ArrayList<>(byName.values());
    Comparator<Person> order = Person.vietnameseOrder();
    entries.sort((a, b) -> order.compare(a.person(), b.person()));
    for (Entry e : entries) {
      out.println(e.person().name());
      e.titles().forEach((t, dates) -> out.println("  " + t + "  " + dates));
    }
  }

  /** The value of a date at the very top of the article, if it has one. */
  private static Optional<String> dateline(Extraction x) {
    return x.dates().stream().filter(d -> d.span().start() < 40).findFirst()
        .map(DateMention::date).map(v -> v.timex().orElse("null"));
  }
}
