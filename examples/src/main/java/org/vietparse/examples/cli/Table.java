package org.vietparse.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.vietparse.Extraction;
import org.vietparse.Mention;
import org.vietparse.MentionFormat;

/** The human-readable output: one aligned row per mention, grouped by document. */
final class Table {
  private Table() {}

  /** One document's rows, with its header line, each line ending in a newline. */
  static String format(Documents.Doc doc, Extraction x) {
    StringWriter buf = new StringWriter();
    print(new PrintWriter(buf), doc, x);
    return buf.toString();
  }

  private static void print(PrintWriter out, Documents.Doc doc, Extraction x) {
    out.println("== " + doc.id() + " (" + x.mentions().size() + " mentions)");
    if (x.isEmpty()) {
      out.flush();
      return;
    }
    int width = 4;
    for (Mention m : x.mentions()) {
      width = Math.max(width, Math.min(48, m.text().length()));
    }
    out.println(String.format(Locale.ROOT, "%-8s %-13s %-" + width + "s  %s", "TYPE", "SPAN", "TEXT",
        "VALUE"));
    for (Mention m : x.mentions()) {
      String text = m.text().replace('\n', ' ');
      if (text.length() > 48) {
        text = text.substring(0, 47) + "…";
      }
      out.println(String.format(Locale.ROOT, "%-8s %-13s %-" + width + "s  %s", m.type(),
          m.span().start() + "-" + m.span().end(), text, compact(MentionFormat.fields(m))));
    }
    out.flush();
  }

  private static String compact(Map<String, ?> value) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, ?> e : value.entrySet()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(e.getKey()).append('=').append(e.getValue());
    }
    return sb.toString();
  }
}
