package org.vietparse.examples.embed;

import java.io.PrintStream;
import java.util.Currency;
import org.vietparse.Extraction;
import org.vietparse.Extractor;
import org.vietparse.MoneyMention;
import org.vietparse.TitleMention;
import org.vietparse.VietParse;

/**
 * Shows: adding lexicon entries at run time through the builder — a ministry and a currency word
 * that the bundled lexicons do not have — and seeing them recognized, without touching the bundled
 * data files.
 *
 * <pre>
 * java -cp examples/target/vietparse.jar org.vietparse.examples.embed.CustomLexicon
 * </pre>
 */
public final class CustomLexicon {
  private CustomLexicon() {}

  /** A sentence with an office the bundled lexicons do not know. */
  static final String TEXT =
      "Sáng 20/11, Bộ trưởng Bộ Kinh tế số Nguyễn Văn Bình tiếp đoàn chuyên gia "
          + "và kể chuyện triều Nguyễn chi 50 triệu quan đắp đê.";

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    out.println("bundled lexicons:");
    print(VietParse.extractor().build(), out);
    Extractor ex = VietParse.extractor()
        .titleEntries("organizations.tsv", ministry())
        .currencyWord("quan", Currency.getInstance("VND"))
        .build();
    out.println("with the new ministry and currency word:");
    print(ex, out);
  }

  private static void print(Extractor ex, PrintStream out) {
    Extraction x = ex.extract(TEXT);
    for (TitleMention t : x.titles()) {
      out.println("  " + t.text() + " → " + t.title().canonical());
    }
    for (MoneyMention m : x.money()) {
      out.println("  " + m.text() + " → " + m.money());
    }
  }

  /** One row in the header and format of the bundled organizations.tsv. */
  static String ministry() {
    return "name\torg\tkind\tplace\tparent\tcountry\ten\n"
        + "Bộ Kinh tế số\tBộ Kinh tế số\tSTATE\t-\t-\t-\tMinistry of Digital Economy\n";
  }
}
