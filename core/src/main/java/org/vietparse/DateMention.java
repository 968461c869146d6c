package org.vietparse;

import java.util.Objects;
import org.vietparse.date.DateValue;

/**
 * A DATE mention: its span in the original text, the text, and its value.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * VietParse.extract("Chiều 10/11, ...").dates().get(0).date().timex();  // Optional[XXXX-11-10TAF]
 * }</pre>
 *
 * @param span where it is, in original offsets
 * @param text the covered original text
 * @param date the normalized value
 */
public record DateMention(Span span, String text, DateValue date) implements Mention {

  /**
   * Checks that no component is null.
   *
   * @param span where it is, in original offsets
   * @param text the covered original text
   * @param date the normalized value
   * @throws NullPointerException if a component is null
   */
  public DateMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
  }

  @Override
  public MentionType type() {
    return MentionType.DATE;
  }

  /**
   * The normalized value, the same as {@link #date()}.
   *
   * @return the value
   */
  @Override
  public DateValue value() {
    return date;
  }

  @Override
  public String toString() {
    return "DATE" + span + " " + text + " → " + date;
  }
}
