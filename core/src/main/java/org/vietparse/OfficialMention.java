package org.vietparse;

import java.util.Objects;
import org.vietparse.official.Official;

/**
 * A OFFICIAL mention: its span in the original text, the text, and its value.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * VietParse.extract("Chủ tịch nước Lương Cường tiếp ...").officials().get(0).official().name();
 * }</pre>
 *
 * @param span where it is, in original offsets
 * @param text the covered original text
 * @param official the normalized value
 */
public record OfficialMention(Span span, String text, Official official) implements Mention {

  /**
   * Checks that no component is null.
   *
   * @param span where it is, in original offsets
   * @param text the covered original text
   * @param official the normalized value
   * @throws NullPointerException if a component is null
   */
  public OfficialMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(official, "official");
  }

  @Override
  public MentionType type() {
    return MentionType.OFFICIAL;
  }

  /**
   * The normalized value, the same as {@link #official()}.
   *
   * @return the value
   */
  @Override
  public Official value() {
    return official;
  }

  @Override
  public String toString() {
    return "OFFICIAL" + span + " " + text + " → " + official;
  }
}
