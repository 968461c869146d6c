package org.vietparse;

import java.util.Objects;
import org.vietparse.money.Money;

/**
 * A MONEY mention: its span in the original text, the text, and its value.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * VietParse.extract("... hơn 1,3 tỷ USD ...").money().get(0).money().amount();
 * }</pre>
 *
 * @param span where it is, in original offsets
 * @param text the covered original text
 * @param money the normalized value
 */
public record MoneyMention(Span span, String text, Money money) implements Mention {

  /**
   * Checks that no component is null.
   *
   * @param span where it is, in original offsets
   * @param text the covered original text
   * @param money the normalized value
   * @throws NullPointerException if a component is null
   */
  public MoneyMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(money, "money");
  }

  @Override
  public MentionType type() {
    return MentionType.MONEY;
  }

  /**
   * The normalized value, the same as {@link #money()}.
   *
   * @return the value
   */
  @Override
  public Money value() {
    return money;
  }

  @Override
  public String toString() {
    return "MONEY" + span + " " + text + " → " + money;
  }
}
