package org.vietparse.internal.number;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;

/** The words of Vietnamese numerals, keyed by their folded form with diacritics kept in lower case. */
final class NumberWords {
  private NumberWords() {}

  /** Digit words 0–9 and their everyday variants. "năm", "tư", "lăm", "mốt" are contextual. */
  static final ImmutableMap<String, Integer> DIGITS = ImmutableMap.<String, Integer>builder()
      .put("không", 0).put("linh", 0).put("lẻ", 0)
      .put("một", 1).put("mốt", 1)
      .put("hai", 2).put("ba", 3)
      .put("bốn", 4).put("tư", 4)
      .put("năm", 5).put("lăm", 5).put("nhăm", 5)
      .put("sáu", 6).put("bảy", 7).put("bẩy", 7).put("tám", 8).put("chín", 9)
      .buildOrThrow();

  /** Spoken decimal marks: "ba phẩy năm" is 3.5, "4 chấm 75" is 4.75. */
  static final ImmutableSet<String> DECIMAL_MARKS = ImmutableSet.of("phẩy", "chấm");

  /** Scale words and their multipliers. */
  static final ImmutableMap<String, BigDecimal> SCALES = ImmutableMap.<String, BigDecimal>builder()
      .put("trăm", BigDecimal.valueOf(100))
      .put("nghìn", BigDecimal.valueOf(1_000)).put("ngàn", BigDecimal.valueOf(1_000))
      .put("vạn", BigDecimal.valueOf(10_000))
      .put("triệu", BigDecimal.valueOf(1_000_000))
      .put("tỷ", BigDecimal.valueOf(1_000_000_000)).put("tỉ", BigDecimal.valueOf(1_000_000_000))
      .buildOrThrow();

  /**
   * Scale words as typed without diacritics, read only right after digits: there "ty" and
   * "ngan" can mean nothing else, while "tram" could still be a station and "van" is too common.
   */
  static final ImmutableMap<String, BigDecimal> FOLDED_SCALES = ImmutableMap.of(
      "nghin", BigDecimal.valueOf(1_000), "ngan", BigDecimal.valueOf(1_000),
      "trieu", BigDecimal.valueOf(1_000_000),
      "ty", BigDecimal.valueOf(1_000_000_000), "ti", BigDecimal.valueOf(1_000_000_000));

  /** Suffixes written right after digits: "500K", "5M", "2B". */
  static final ImmutableMap<String, BigDecimal> SUFFIXES = ImmutableMap.of(
      "k", BigDecimal.valueOf(1_000), "m", BigDecimal.valueOf(1_000_000),
      "b", BigDecimal.valueOf(1_000_000_000), "tr", BigDecimal.valueOf(1_000_000));
}
