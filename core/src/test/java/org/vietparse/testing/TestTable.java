package org.vietparse.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of written phrases that a test reads: a UTF-8 TSV resource of the tests with a header
 * line, then one case a line; blank lines and lines starting with {@code #} are comments. Every
 * phrase table and sentence list of the suite is read here.
 *
 * <pre>{@code
 * for (TestTable.Row row : TestTable.load("/org/vietparse/date/phrases/everyday.tsv").rows()) {
 *   String phrase = row.cell(0);
 * }
 * }</pre>
 *
 * @param resource the resource it was read from
 * @param header the column names
 * @param rows the cases, in file order
 */
public record TestTable(String resource, List<String> header, List<Row> rows) {

  /**
   * One case.
   *
   * @param line its line number in the file, from 1, for messages
   * @param cells its cells, split on tabs, trailing empty cells kept
   */
  public record Row(int line, List<String> cells) {
    /** Cell {@code i}, trimmed; empty when the row is shorter. */
    public String cell(int i) {
      return i < cells.size() ? cells.get(i).trim() : "";
    }

    /** The cells as an array, for {@code Arguments.of}. */
    public Object[] toArray() {
      return cells.toArray();
    }

    @Override
    public String toString() {
      return "line " + line + ": " + String.join(" | ", cells);
    }
  }

  /**
   * Reads a table with its header line.
   *
   * @param resource an absolute resource path, e.g. {@code /org/vietparse/money/phrases.tsv}
   * @return the table
   * @throws IllegalStateException if there is no such resource or it has no header
   */
  public static TestTable load(String resource) {
    List<String[]> lines = read(resource);
    if (lines.isEmpty()) {
      throw new IllegalStateException("no header line in " + resource);
    }
    List<Row> rows = new ArrayList<>();
    for (String[] l : lines.subList(1, lines.size())) {
      rows.add(new Row(Integer.parseInt(l[0]),
          List.of(Arrays.copyOfRange(l, 1, l.length))));
    }
    String[] head = lines.get(0);
    return new TestTable(resource, List.of(Arrays.copyOfRange(head, 1, head.length)),
        List.copyOf(rows));
  }

  /**
   * Reads a list with no header: one sentence a line, comments and blank lines skipped.
   *
   * @param resource an absolute resource path
   * @return the lines, in file order
   */
  public static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    for (String[] l : read(resource)) {
      out.add(String.join("\t", Arrays.copyOfRange(l, 1, l.length)));
    }
    return out;
  }

  /** The lines of a resource, each as its line number then its cells; comments left out. */
  private static List<String[]> read(String resource) {
    try (InputStream in = TestTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> out = new ArrayList<>();
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        String[] withLine = new String[cells.length + 1];
        withLine[0] = Integer.toString(n);
        System.arraycopy(cells, 0, withLine, 1, cells.length);
        out.add(withLine);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
