package org.vietparse;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.vietparse.number.NumberReader;

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
