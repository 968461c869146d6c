package org.vietparse.internal.number;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number read from tokens: its exact value and the tokens it covers.
 *
 * @param value the exact value
 * @param start index of the first token
 * @param end index one past the last token
 * @param digits true when the number is written with digits only (no word numeral, no scale
 *     word): "1.500.000", "28,2", "10"
 * @param scaled true when a scale word or suffix multiplied it ("1,3 tỷ", "500K", "hai triệu")
 * @param plain the digit string when the number is a single run of digits with no separator
 *     ("06", "2025"), so that callers can judge leading zeros and width; empty otherwise
 */
public record NumberMatch(BigDecimal value, int start, int end, boolean digits, boolean scaled,
    String plain) {

  public NumberMatch {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(plain, "plain");
  }

  /** True for a single run of digits with no separator, scale or word. */
  public boolean isPlain() {
    return !plain.isEmpty();
  }

  /** The value as an int when it is a whole number in int range, else -1. */
  public int intValue() {
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      return -1;
    }
  }
}
