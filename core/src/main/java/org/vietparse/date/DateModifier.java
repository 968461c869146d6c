package org.vietparse.date;

/**
 * The part of a period the text speaks of, as TIMEX3's {@code mod}: "đầu năm 2025" is the year
 * 2025 with {@link #START}, "giữa tháng 9" September with {@link #MID}, "cuối tháng 12" December
 * with {@link #END}; "thượng tuần", "trung tuần" and "hạ tuần" (the first, middle and last ten days
 * of a month) are the same three.
 *
 * <pre>{@code
 * VietParse.parseDate("cuối tháng 12").orElseThrow().modifier();  // Optional[END]
 * }</pre>
 */
public enum DateModifier {
  /** The beginning of the period: đầu, thượng tuần. */
  START,
  /** The middle of the period: giữa, trung tuần. */
  MID,
  /** The end of the period: cuối, hạ tuần. */
  END
}
