package org.vietparse.money;

/**
 * How a monetary figure qualifies its amount: "hơn 1,3 tỷ USD" is {@link #MORE_THAN} 1.3 billion
 * dollars, "khoảng nửa triệu đồng" is {@link #APPROX} half a million đồng.
 *
 * <pre>{@code
 * VietParse.parseMoney("tối đa 7.000 đồng").flatMap(Money::modifier);   // Optional[AT_MOST]
 * }</pre>
 */
public enum Modifier {
  /** Strictly more than the amount: "hơn", "trên". */
  MORE_THAN,
  /** Strictly less than the amount: "dưới", "chưa đến". */
  LESS_THAN,
  /** About the amount, either side: "khoảng", "xấp xỉ", "chừng", "tầm". */
  APPROX,
  /** Close to the amount from below: "gần", "ngót". */
  NEARLY,
  /** The amount or more: "ít nhất", "tối thiểu", "trở lên". */
  AT_LEAST,
  /** The amount or less: "tối đa", "không quá", "trở xuống". */
  AT_MOST,
  /** Reaching as high as the amount: "lên tới", "lên đến". */
  UP_TO
}
