package org.vietparse.internal.number;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.text.Token;

/**
 * Ordinals: "thứ nhất", "thứ hai", "thứ tư", "thứ 2", "đầu tiên", and Roman numerals ("XIII")
 * where a title or a period asks for one.
 */
public final class Ordinals {
  private static final ImmutableMap<String, Integer> AFTER_THU = ImmutableMap.<String, Integer>builder()
      .put("nhất", 1).put("nhì", 2).put("hai", 2).put("ba", 3).put("tư", 4).put("bốn", 4)
      .put("năm", 5).put("sáu", 6).put("bảy", 7).put("tám", 8).put("chín", 9).put("mười", 10)
      .buildOrThrow();

  private Ordinals() {}

  /**
   * Reads an ordinal at token i: "thứ nhất" (1), "thứ tư" (4), "thứ 32" (32), "đầu tiên" (1).
   *
   * @return the ordinal's value and extent, or empty
   */
  public static Optional<Numeral> read(List<Token> tokens, int i) {
    return Optional.ofNullable(at(tokens, i));
  }

  /** {@link #read}, with null for none: the numeral layer asks at every "thứ" and "đầu". */
  static @Nullable Numeral at(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(i);
    Token n = tokens.get(i + 1);
    if (t.lowerIs("đầu") && n.lowerIs("tiên")) {
      return match(1, i, i + 2);
    }
    if (!t.lowerIs("thứ")) {
      return null;
    }
    if (n.isNumber()) {
      Numeral m = NumberReader.at(tokens, i + 1, false);
      return m != null && m.digits() && m.intValue() > 0 ? match(m.intValue(), i, m.end()) : null;
    }
    Integer v = AFTER_THU.get(n.lower());
    return v == null ? null : match(v, i, i + 2);
  }

  private static Numeral match(int v, int start, int end) {
    return Numeral.of(java.math.BigDecimal.valueOf(v), start, end, Numeral.Form.ORDINAL);
  }

  /**
   * The value of a Roman numeral in canonical form, "I" to "MMMCMXCIX", upper case.
   *
   * @return the value, or -1 when {@code s} is not a canonical Roman numeral
   */
  public static int roman(String s) {
    if (s.isEmpty() || s.length() > 15) {
      return -1;
    }
    int total = 0;
    for (int k = 0; k < s.length(); k++) {
      int v = romanDigit(s.charAt(k));
      if (v < 0) {
        return -1;
      }
      int next = k + 1 < s.length() ? romanDigit(s.charAt(k + 1)) : 0;
      if (next > v) {
        total -= v;
      } else {
        total += v;
      }
    }
    return total > 0 && total < 4000 && toRoman(total).equals(s) ? total : -1;
  }

  /** The canonical Roman numeral of 1–3999. */
  static String toRoman(int n) {
    String[] m = {"", "M", "MM", "MMM"};
    String[] c = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
    String[] x = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    String[] i = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return m[n / 1000] + c[n / 100 % 10] + x[n / 10 % 10] + i[n % 10];
  }

  private static int romanDigit(char ch) {
    switch (ch) {
      case 'I': return 1;
      case 'V': return 5;
      case 'X': return 10;
      case 'L': return 50;
      case 'C': return 100;
      case 'D': return 500;
      case 'M': return 1000;
      default: return -1;
    }
  }
}
