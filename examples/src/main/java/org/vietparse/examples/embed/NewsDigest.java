package org.vietparse.examples.embed;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vietparse.DateMention;
import org.vietparse.Extraction;
import org.vietparse.Extractor;
import org.vietparse.MoneyMention;
import org.vietparse.VietParse;
import org.vietparse.official.Person;

/**
 * Shows: one shared {@link Extractor} that takes each article's dateline as its reference date,
 * and a digest per article of its people with their titles, its money figures, and its dates
 * resolved against the dateline.
 *
 * <pre>
 * java -cp examples/target/vietparse.jar org.vietparse.examples.embed.NewsDigest examples/sample/tin-mau.txt
 * </pre>
 */
public final class NewsDigest {
  private NewsDigest() {}

  static final String USAGE = "usage: java -cp vietparse.jar org.vietparse.examples.embed.NewsDigest"
      + " ARTICLE.txt...";

  /**
   * Prints the digest of each article named.
   *
   * @param args the articles' paths
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** The program: 0 when every article was read, 1 when one was not, 2 without arguments. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println(USAGE);
      return 2;
    }
    Extractor ex = VietParse.extractor().detectDateline().build();
    int code = 0;
    for (String a : args) {
      try {
        digest(Path.of(a), ex, out);
      } catch (IOException e) {
        err.println("NewsDigest: " + a + ": cannot read (" + Examples.reason(e) + ")");
        code = 1;
      }
    }
    return code;
  }

  /** Prints the digest of one article. */
  static void digest(Path article, Extractor ex, PrintStream out) throws IOException {
    Extraction x = ex.extract(Files.readString(article, StandardCharsets.UTF_8));
    out.println("# " + article.getFileName());
    x.dates().stream().filter(d -> d.span().start() < 40).findFirst()
        .ifPresent(d -> out.println("dateline: " + d.text() + " → " + d.value()));
    out.println("people:");
    for (Person p : x.people()) {
      out.println("  " + p.name() + " — " + String.join("; ", p.titleNames()));
    }
    out.println("money:");
    for (MoneyMention m : x.money()) {
      out.println("  " + m.text() + " → " + m.money());
    }
    out.println("dates:");
    for (DateMention d : x.dates()) {
      out.println("  " + d.text() + " → " + d.value());
    }
  }
}
