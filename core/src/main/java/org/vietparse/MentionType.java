package org.vietparse;

/**
 * The kinds of mention the library finds.
 *
 * <pre>{@code
 * VietParse.extractor().types(MentionType.DATE, MentionType.MONEY).build();
 * }</pre>
 */
public enum MentionType {
  /** A date, a time, a range or a period: "chiều 10/11", "giai đoạn 2021-2025". */
  DATE,
  /** A monetary figure: "hơn 1,3 tỷ USD", "khoảng nửa triệu đồng/lượng". */
  MONEY,
  /** An official title: "Bộ trưởng Ngoại giao Lào". */
  TITLE,
  /** A person named with a title or an honorific: "Chủ tịch nước Lương Cường". */
  OFFICIAL
}
