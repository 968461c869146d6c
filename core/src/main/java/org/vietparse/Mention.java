package org.vietparse;

import java.util.Map;

/**
 * Something found in a text: where it is, what it says, and its normalized value.
 *
 * <p>Every mention is immutable and thread-safe. Its {@link #span()} indexes the caller's
 * original string, so that {@code text.substring(span.start(), span.end())} equals
 * {@link #text()}.
 *
 * <pre>{@code
 * for (Mention m : VietParse.extract("Sáng 10/11, Bộ trưởng Bùi Thanh Sơn ...").mentions()) {
 *   switch (m.type()) { ... }
 *   System.out.println(m.span() + " " + m.text() + " " + m.value());
 * }
 * }</pre>
 */
public sealed interface Mention
    permits DateMention, MoneyMention, TitleMention, OfficialMention {

  /** Where the mention is, in original offsets. */
  Span span();

  /** The covered original text, unchanged. */
  String text();

  /** The kind of mention. */
  MentionType type();

  /**
   * The normalized value as the fields of the mention format (FORMAT.md): for a date
   * {@code timex} or {@code begin}/{@code end}, for money {@code amount} and {@code currency}, and
   * so on. Values are {@code String}, {@code Boolean}, {@code Integer} or {@code List<String>};
   * absent optional fields are left out, and the map iterates in the format's field order.
   */
  Map<String, Object> value();
}
