package org.vietparse.internal.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vietparse.internal.Document;
import org.vietparse.internal.number.Numerals;
import org.vietparse.internal.text.VietText;

/**
 * The scan's start gate ({@code DateGrammar.mayBegin}) only saves work: at every position it
 * turns away, no rule would have read. Each text is scanned twice, with the gate and with every
 * rule tried wherever a lexicon word or a number stands, and the two must find the same
 * expressions, in the same order, with the same values and rules.
 */
class DateGrammarGateTest {
  private static final String[] LEXICONS = {
    "keywords", "parts-of-day", "weekdays", "month-names", "relative-words", "named-days",
    "time-zones", "period-words", "seasons", "sexagenary", "idioms", "context-words"};
  private static final String[] TABLES = {
    "everyday", "lunar", "numeric", "ranges", "relative", "resolution", "times", "written"};
  /** Words and marks of our own between the lexicons' phrases: glue, names, number words. */
  private static final String[] GLUE = {
    "của", "và", "là", "có", "Nam", "Bộ", "Hà Nội", "người", "quốc", "chủ", "trung", "thế",
    "hai", "ba", "mười", "năm", "một", "tư", "rưỡi", "lúc", "khoảng", "đến", "từ", "(", ")",
    ",", ".", "/", "-", ":", "h", "giờ", "phút", "g", "\n", "III", "X", "Tết", "Quốc khánh"};

  private static final List<String> PHRASES = phrases();
  private static final DateLexicon LEX = DateLexicon.get();

  private static List<String> phrases() {
    Set<String> out = new LinkedHashSet<>();
    for (String f : LEXICONS) {
      for (String row : lines("/org/vietparse/date/" + f + ".tsv")) {
        out.add(row.split("\t")[0]);
      }
    }
    for (String f : TABLES) {
      for (String row : lines("/org/vietparse/date/phrases/" + f + ".tsv")) {
        out.add(row.split("\t")[0]);
      }
    }
    out.removeIf(String::isBlank);
    return new ArrayList<>(out);
  }

  static List<String> lines(String resource) {
    try (InputStream in = DateGrammarGateTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      List<String> rows = new ArrayList<>(
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
      rows.remove(0);
      rows.removeIf(r -> r.startsWith("#"));
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<DateGrammar.Found> scan(String text, boolean gated, boolean whole) {
    Document doc = Document.of(text);
    DateGrammar g = new DateGrammar(LEX, doc.tokens(), Numerals.read(doc.tokens(), whole),
        doc.folded(), whole);
    g.gated = gated;
    return g.scan();
  }

  private static void sameBothWays(String text) {
    for (boolean whole : new boolean[] {false, true}) {
      assertEquals(scan(text, false, whole), scan(text, true, whole),
          text + " (whole: " + whole + ")");
    }
  }

  /** A text of lexicon phrases, test phrases, glue, digits and marks, some written closed up. */
  static String text(long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    int pieces = 1 + r.nextInt(24);
    for (int k = 0; k < pieces; k++) {
      String piece = switch (r.nextInt(5)) {
        case 0, 1 -> PHRASES.get(r.nextInt(PHRASES.size()));
        case 2 -> GLUE[r.nextInt(GLUE.length)];
        case 3 -> String.valueOf(r.nextInt(4) == 0 ? 1000 + r.nextInt(2000) : r.nextInt(40));
        default -> r.nextBoolean() ? "0" + r.nextInt(10) : String.valueOf(r.nextInt(100));
      };
      if (r.nextInt(8) == 0) {
        piece = piece.isEmpty() ? piece
            : piece.substring(0, 1).toUpperCase(Locale.ROOT) + piece.substring(1);
      }
      if (b.length() > 0 && r.nextInt(4) != 0) {
        b.append(' ');
      }
      b.append(piece);
    }
    String s = b.toString();
    // a text typed without diacritics takes the folded lexicons
    return r.nextInt(4) == 0 ? VietText.of(s).folded() : s;
  }

  @Test
  void gateTurnsAwayNoExpressionOfGeneratedTexts() {
    qt().withExamples(4000).forAll(longs().all()).checkAssert(seed -> sameBothWays(text(seed)));
  }

  @Test
  void gateTurnsAwayNoPhraseOfTheTables() {
    for (String f : TABLES) {
      for (String row : lines("/org/vietparse/date/phrases/" + f + ".tsv")) {
        String phrase = row.split("\t")[0];
        sameBothWays(phrase);
        sameBothWays("Theo kế hoạch, " + phrase + " đoàn sẽ đến.");
        sameBothWays(VietText.of(phrase).folded());
      }
    }
  }

  @Test
  void gatedScanStillFindsTheTablesPhrases() {
    // the comparison above would pass if neither scan found anything
    assertEquals(3, scan("Sáng 10/11, từ ngày 21 đến 27/9 và 3 ngày qua", true, false).size());
  }
}
