package org.vietparse.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.vietparse.Mention;

/**
 * The mention format of {@code docs/format.md} as JSON text: exactly the lines that
 * {@code vietparse extract --format jsonl} prints. Public so that other programs that must write
 * the same lines (the Spark job in {@code examples/spark}) use this code rather than a copy.
 *
 * <pre>{@code
 * for (Mention m : extraction.mentions()) {
 *   out.println(MentionJson.line("000", m));
 * }
 * }</pre>
 */
public final class MentionJson {
  private MentionJson() {}

  /**
   * One mention as one JSON object on one line: {@code doc}, {@code type}, {@code start},
   * {@code end}, {@code text}, {@code value}, in that order.
   *
   * @param doc the document id (the file name without its extension), not null
   * @param m the mention, not null
   * @return the JSON line, without a line terminator
   */
  public static String line(String doc, Mention m) {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(m, "m");
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("doc", doc);
    o.put("type", m.type().name());
    o.put("start", m.span().start());
    o.put("end", m.span().end());
    o.put("text", m.text());
    o.put("value", m.value());
    return Json.write(o);
  }

  /**
   * The mention's normalized value alone as a JSON object, as it appears in {@link #line}.
   *
   * @param m the mention, not null
   * @return the JSON object text
   */
  public static String value(Mention m) {
    return Json.write(Objects.requireNonNull(m, "m").value());
  }
}
