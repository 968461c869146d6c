package org.vietparse.internal.number;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A number read from tokens: its exact value, the tokens it covers, and how it is written.
 *
 * <pre>{@code
 * Numerals n = Numerals.read(VietText.of("hơn 1,3 tỷ USD").tokens(), false);
 * Numeral x = n.cardinal(1);   // 1300000000, tokens [1, 5), DECIMAL, scaled, lead 1.3
 * }</pre>
 *
 * @param value the exact value, with no trailing zeros after the point
 * @param start index of the first token
 * @param end index one past the last token
 * @param form how the number's figures are written
 * @param scaled true when a scale word or suffix multiplied it ("1,3 tỷ", "500K", "hai triệu")
 * @param plain the digit string when the number is a single run of digits with no separator
 *     ("06", "2025"), so that callers can judge leading zeros and width; empty otherwise
 * @param lead for a scaled number, the value written before its first scale word ("3" of "3
 *     nghìn tỷ", "20" of "hai mươi tỷ"); null when it is not scaled or starts with a scale word
 */
public record Numeral(BigDecimal value, int start, int end, Form form, boolean scaled,
    String plain, @Nullable BigDecimal lead) {

  /** How a number's figures are written. */
  public enum Form {
    /** One run of digits: "10", "2025". */
    DIGITS,
    /** Digits grouped by thousands: "1.500.000", "1,500,000", "1 500 000". */
    GROUPED,
    /** Digits with a decimal mark: "1,3", "28,2", "1.5". */
    DECIMAL,
    /** Words: "hai mươi lăm", "nửa", "ba phẩy năm". */
    WORDS,
    /** A Roman numeral: "XIII". */
    ROMAN,
    /** An ordinal: "thứ nhất", "thứ 32", "đầu tiên". */
    ORDINAL
  }

  public Numeral {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(plain, "plain");
  }

  /** A number read whole, with no scale: an ordinal, a Roman numeral, a grammar's own reading. */
  public static Numeral of(BigDecimal value, int start, int end, Form form) {
    return new Numeral(value, start, end, form, false, "", null);
  }

  /** True for a single run of digits with no separator, scale or word. */
  public boolean isPlain() {
    return !plain.isEmpty();
  }

  /** True when the number is written with digits only: no word numeral, no scale word. */
  public boolean digits() {
    return !scaled && (form == Form.DIGITS || form == Form.GROUPED || form == Form.DECIMAL);
  }

  /** The value as an int when it is a whole number in int range, else -1. */
  public int intValue() {
    if (value.scale() > 0 || value.precision() - value.scale() > 10) {
      return -1;
    }
    // at most ten digits and no fraction: the long is exact, and a range check says whether it
    // fits, where intValueExact would throw for "5 tỷ" and the date rules ask at every number
    long v = value.longValue();
    return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (int) v : -1;
  }

  /** This number with its value negated and its extent starting at {@code start}. */
  Numeral negated(int start) {
    return new Numeral(value.negate(), start, end, form, scaled, "",
        lead == null ? null : lead.negate());
  }
}
