package org.vietparse.official;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vietparse.testing.TestTable;

/**
 * The written sentences of {@code officials.tsv}: each with the titles marked in [brackets], the
 * official expected (its covered text, or "-" for none) and its name, titles (";"-separated
 * canonical forms), honorific, alias and rank ("-" when absent), and the titles' statuses
 * (";"-separated, "-" for a title without one; "*" leaves them unchecked).
 */
public final class OfficialTable {
  private OfficialTable() {}

  /** One row. {@code titleRanges} are char ranges of the marked titles in {@code plain}. */
  public record Row(String marked, String plain, List<int[]> titleRanges, String text, String name,
      List<String> titles, String honorific, String alias, String rank, String statuses) {
    /** Whether the row gives the statuses to check ("*" leaves them unchecked). */
    public boolean checksStatuses() {
      return !statuses.equals("*");
    }

    public boolean expectsNone() {
      return text.equals("-");
    }

    @Override
    public String toString() {
      return plain.replace("\n", "⏎") + (expectsNone() ? "  → none" : "  → " + text);
    }
  }

  /** The sentences of {@code officials.tsv}, for the grammar and for the whole library. */
  public static List<Row> rows() {
    return rows("officials.tsv");
  }

  /**
   * The sentences of {@code officials-grammar.tsv}: titles the title grammar does not (yet) find
   * whole, so they are checked only against the official grammar with the titles marked.
   */
  public static List<Row> grammarRows() {
    return rows("officials-grammar.tsv");
  }

  private static List<Row> rows(String file) {
    List<Row> out = new ArrayList<>();
    for (TestTable.Row row : TestTable.load("/org/vietparse/official/" + file).rows()) {
      String[] c = row.cells().toArray(new String[0]);
      if (c.length != 8) {
        throw new IllegalStateException("row needs 8 cells: " + row);
      }
      String marked = c[0].replace("\\n", "\n");
      StringBuilder plain = new StringBuilder();
      List<int[]> ranges = new ArrayList<>();
      int open = -1;
      for (int i = 0; i < marked.length(); i++) {
        char ch = marked.charAt(i);
        if (ch == '[') {
          open = plain.length();
        } else if (ch == ']') {
          ranges.add(new int[] {open, plain.length()});
        } else {
          plain.append(ch);
        }
      }
      List<String> titles = c[3].equals("-") ? List.of() : Arrays.asList(c[3].split(";"));
      out.add(new Row(marked, plain.toString(), ranges, c[1].replace("\\n", "\n"), c[2], titles,
          c[4], c[5], c[6], c[7]));
    }
    return out;
  }
}
