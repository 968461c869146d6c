package org.vietparse;

import java.util.Objects;
import org.vietparse.title.Title;

/**
 * A TITLE mention: its span in the original text, the text, and its value.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * VietParse.extract("Bộ trưởng Ngoại giao Lào ...").titles().get(0).title().canonical();
 * }</pre>
 *
 * @param span where it is, in original offsets
 * @param text the covered original text
 * @param title the normalized value
 */
public record TitleMention(Span span, String text, Title title) implements Mention {

  /**
   * Checks that no component is null.
   *
   * @param span where it is, in original offsets
   * @param text the covered original text
   * @param title the normalized value
   * @throws NullPointerException if a component is null
   */
  public TitleMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
  }

  @Override
  public MentionType type() {
    return MentionType.TITLE;
  }

  /**
   * The normalized value, the same as {@link #title()}.
   *
   * @return the value
   */
  @Override
  public Title value() {
    return title;
  }

  @Override
  public String toString() {
    return "TITLE" + span + " " + text + " → " + title;
  }
}
