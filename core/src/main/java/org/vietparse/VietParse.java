package org.vietparse;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.vietparse.date.DateValue;
import org.vietparse.money.Money;
import org.vietparse.internal.number.NumberReader;
import org.vietparse.internal.name.PersonNames;
import org.vietparse.official.Official;
import org.vietparse.official.PersonName;
import org.vietparse.title.Title;

/**
 * The entry point: find dates, money, official titles and named officials in Vietnamese news
 * text, or parse one expression of a kind.
 *
 * <pre>{@code
 * Extraction x = VietParse.extract("Chiều 10/11, Chủ tịch nước Lương Cường tiếp ...");
 * x.dates();       // [DATE[0, 11) Chiều 10/11 → XXXX-11-10TAF]
 * x.officials();   // [OFFICIAL ... Chủ tịch nước Lương Cường ...]
 *
 * Extractor ex = VietParse.extractor().referenceDate(LocalDate.of(2024, 11, 11)).build();
 * }</pre>
 */
public final class VietParse {
  private static volatile Extractor defaultExtractor;

  private VietParse() {}

  /**
   * Finds every mention in {@code text} with the default settings (all types, no reference
   * date). Never throws on content.
   *
   * @param text any text; not null
   * @return what was found
   * @throws NullPointerException if text is null
   */
  public static Extraction extract(String text) {
    Objects.requireNonNull(text, "text");
    return defaults().extract(text);
  }

  /**
   * A builder for an {@link Extractor} with a reference date, a subset of types, or other
   * options.
   *
   * @return a new builder
   */
  public static Extractor.Builder extractor() {
    return new Extractor.Builder();
  }

  /**
   * Parses a Vietnamese number written in digits, words, or both: "1.500.000" (1500000),
   * "1,3 tỷ" (1300000000), "hai mươi lăm" (25), "một trăm linh năm" (105), "nửa triệu" (500000).
   *
   * @param text one number; not null
   * @return its exact value, or empty when the text is not exactly one number
   * @throws NullPointerException if text is null
   */
  public static Optional<BigDecimal> parseNumber(String text) {
    return NumberReader.parse(text);
  }

  /**
   * Parses one date or time expression: "chiều 10/11" (XXXX-11-10TAF), "Thứ bảy 06/12/2025
   * 09:04", "10 tháng đầu năm 2022" (2022-01 … 2022-10). No reference date is applied.
   *
   * @param text one expression; not null
   * @return its value, or empty when the text is not exactly one date expression
   * @throws NullPointerException if text is null
   */
  public static Optional<DateValue> parseDate(String text) {
    Objects.requireNonNull(text, "text");
    return defaults().parseDate(text);
  }

  /**
   * Parses one monetary figure: "hơn 1,3 tỷ USD" (1300000000 USD, more than),
   * "khoảng nửa triệu đồng/lượng" (500000 VND per lượng, approximately), "từ 2 đến 3 tỷ đồng"
   * (a range). An amount written with no currency ("tầm 200 nghìn", "500K") is taken to be in
   * đồng, since the caller says the text is money; {@link #extract} reports only figures with a
   * currency.
   *
   * @param text one expression; not null
   * @return its value, or empty when the text is not exactly one monetary figure
   * @throws NullPointerException if text is null
   */
  public static Optional<Money> parseMoney(String text) {
    Objects.requireNonNull(text, "text");
    return defaults().parseMoney(text);
  }

  /**
   * Parses one official title: "Thứ trưởng Ngoại giao Lào", "Chủ tịch UBND TP Hà Nội".
   *
   * @param text one title; not null
   * @return its value, or empty when the text is not exactly one title
   * @throws NullPointerException if text is null
   */
  public static Optional<Title> parseTitle(String text) {
    Objects.requireNonNull(text, "text");
    return defaults().parseTitle(text);
  }

  /**
   * Parses one named official: "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn".
   *
   * @param text one official with title(s) or honorific and name; not null
   * @return its value, or empty when the text is not exactly one official
   * @throws NullPointerException if text is null
   */
  public static Optional<Official> parseOfficial(String text) {
    Objects.requireNonNull(text, "text");
    return defaults().parseOfficial(text);
  }

  /**
   * Reads a person's name written alone into its parts: "Nguyễn Thị Bích Thảo" is family
   * "Nguyễn", middle "Thị Bích", given "Thảo"; "Tôn Thất Thuyết" has the two-word family "Tôn
   * Thất"; a name that does not begin with a Vietnamese family name ("José Garcia Ruminot") is
   * kept whole; one Vietnamese word with its marks is a given name ("Hải").
   *
   * @param text one name; not null
   * @return the name, or empty when the text is blank
   * @throws NullPointerException if text is null
   */
  public static Optional<PersonName> parseName(String text) {
    Objects.requireNonNull(text, "text");
    return PersonNames.read(text);
  }

  static Extractor defaults() {
    Extractor e = defaultExtractor;
    if (e == null) {
      synchronized (VietParse.class) {
        e = defaultExtractor;
        if (e == null) {
          e = extractor().build();
          defaultExtractor = e;
        }
      }
    }
    return e;
  }
}
