package org.vietparse.internal;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vietparse.internal.compiled.CompiledLexicons;

/**
 * Reads the lexicon files: UTF-8 TSV resources of this module, a header line naming the
 * columns, then one entry a line. A missing column reads as the empty string.
 */
public final class Tsv {
  private static final Logger LOG = LoggerFactory.getLogger("org.vietparse.lexicon");

  private final ImmutableList<String> header;
  private final ImmutableList<ImmutableList<String>> rows;

  private Tsv(ImmutableList<String> header, ImmutableList<ImmutableList<String>> rows) {
    this.header = header;
    this.rows = rows;
  }

  /**
   * Loads a resource by its absolute path, e.g. {@code /org/vietparse/money/currencies.tsv}:
   * its table compiled at build time ({@link CompiledLexicons}) when there is one, else the file.
   *
   * @param resource the resource's absolute path
   * @return its header and rows
   * @throws IllegalStateException if the resource is missing
   * @throws UncheckedIOException if it cannot be read
   */
  public static Tsv load(String resource) {
    Tsv t = CompiledLexicons.table(resource);
    if (t == null) {
      t = parse(resource);
      CompiledLexicons.parsed(resource, t);
    }
    LOG.debug("loaded lexicon {}: {} entries", resource, t.rows.size());
    return t;
  }

  /**
   * A table of the given header and rows, as {@link #load} would read them.
   *
   * @param header the column names
   * @param rows the entries, each a list of cells
   * @return the table
   */
  public static Tsv of(ImmutableList<String> header, ImmutableList<ImmutableList<String>> rows) {
    return new Tsv(header, rows);
  }

  /**
   * Reads a resource from its file, never from the compiled lexicons.
   *
   * @param resource the resource's absolute path
   * @return its header and rows
   * @throws IllegalStateException if the resource is missing
   * @throws UncheckedIOException if it cannot be read
   */
  public static Tsv parse(String resource) {
    try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String first = r.readLine();
      if (first == null) {
        throw new IllegalStateException("lexicon resource is empty: " + resource);
      }
      // made here, not in a static field: read from the compiled lexicons, no file is split
      Splitter tab = Splitter.on('\t');
      ImmutableList<String> header = ImmutableList.copyOf(tab.split(strip(first)));
      ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        rows.add(ImmutableList.copyOf(tab.split(line)));
      }
      return new Tsv(header, rows.build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }

  private static String strip(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  /** The column names. */
  public List<String> header() {
    return header;
  }

  /** The entries, each a list of cells. */
  public List<ImmutableList<String>> rows() {
    return rows;
  }

  /** The index of a column. @throws IllegalArgumentException if there is no such column */
  public int column(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + name + " in " + header);
    }
    return i;
  }

  /** The cell of {@code row} in column {@code col}, or "" when the row is short. */
  public static String cell(List<String> row, int col) {
    return col < row.size() ? row.get(col).trim() : "";
  }
}
