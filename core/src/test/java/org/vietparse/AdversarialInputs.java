package org.vietparse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The input families aimed at the code that the linearity test and the {@link AdversarialRun}
 * harness measure: each makes a string of about the size asked. The first ones are the shapes a
 * tokenizer or a grammar could loop on; the later ones are those of issue 17, each aimed at one
 * place that once cost more than linear time (a long number token, digit groups, a run of mixed
 * combining marks, many persons sharing a family name, many spellings of one name).
 */
final class AdversarialInputs {
  private AdversarialInputs() {}

  /** Syllables of given names, for names that differ in more than diacritics. */
  private static final List<String> SYLLABLES = List.of("An", "Bình", "Cường", "Dũng", "Giang",
      "Hà", "Hải", "Hiếu", "Hòa", "Hùng", "Khang", "Khoa", "Lan", "Linh", "Long", "Mai", "Minh",
      "Nam", "Nga", "Phong", "Phúc", "Quang", "Sơn", "Tâm", "Thanh", "Thu", "Trung", "Tuấn",
      "Việt", "Vinh", "Xuân", "Yến");
  /** The spellings of one vowel with each mark and tone. */
  private static final String A = "aàáảãạăằắẳẵặâầấẩẫậ";
  private static final String I = "iìíỉĩị";

  /**
   * The families, by name; each function makes an input of about the size given, in chars.
   *
   * @param news news text to repeat for the news-shaped families
   * @return the families in a fixed order
   */
  static Map<String, IntFunction<String>> families(String news) {
    Map<String, IntFunction<String>> f = new LinkedHashMap<>();
    f.put("news", n -> repeat(news + "\n\n", n));
    f.put("dots \"1.1.\"", n -> repeat("1.", n));
    f.put("commas \"1,1,\"", n -> repeat("1,", n));
    f.put("slashes \"1/1/\"", n -> repeat("1/", n));
    f.put("titles \"Chủ tịch Chủ tịch\"", n -> repeat("Chủ tịch ", n));
    f.put("a run of commas", n -> repeat(",", n));
    f.put("news on one line", n -> repeat(news + "  ", n).replace('\n', ' '));
    f.put("one combining mark repeated", n -> repeat("\u0301", n));
    f.put("capitals", n -> repeat("NGUYỄN VĂN AN ", n));
    f.put("one name repeated", n -> repeat("Nguyễn Văn An ", n));
    f.put("numeral words", n -> repeat("một trăm ", n));
    f.put("one number token \"1000…0\"", n -> "1" + "0".repeat(n - 1));
    f.put("digit groups \"1.000.000…\"", n -> "1" + repeat(".000", n - 1));
    f.put("a run of digits \"111…1\"", n -> "1".repeat(n));
    f.put("a run of digits, then \"tỷ đồng\"", n -> "1".repeat(n - 9) + " tỷ đồng");
    f.put("a run of digits after \"1,\"", n -> "1," + "1".repeat(n - 2));
    f.put("a run of mixed combining marks", n -> "a" + repeat("\u0301\u0300\u0323", n - 1));
    f.put("full names, then their family name alone", AdversarialInputs::families);
    f.put("names that differ only in diacritics", AdversarialInputs::variants);
    return f;
  }

  /** Distinct full names of one family, then as many mentions of the family name alone. */
  private static String families(int size) {
    StringBuilder sb = new StringBuilder(size + 64);
    int k = 0;
    while (sb.length() < size / 2) {
      int n = SYLLABLES.size();
      sb.append("Bộ trưởng Nguyễn ").append(SYLLABLES.get(k % n)).append(' ')
          .append(SYLLABLES.get(k / n % n)).append(' ').append(SYLLABLES.get(k / n / n % n))
          .append(" phát biểu. ");
      k++;
    }
    while (sb.length() < size) {
      sb.append("Ông Nguyễn nói. ");
    }
    return sb.toString();
  }

  /** Full names that all fold to "nguyen van bich ha", each spelled its own way. */
  private static String variants(int size) {
    StringBuilder sb = new StringBuilder(size + 64);
    int k = 0;
    while (sb.length() < size) {
      char a1 = A.charAt(k % A.length());
      char i = I.charAt(k / A.length() % I.length());
      char a2 = A.charAt(k / A.length() / I.length() % A.length());
      sb.append(String.format(Locale.ROOT, "Bộ trưởng Nguyễn V%sn B%sch H%s phát biểu. ", a1, i,
          a2));
      k++;
    }
    return sb.toString();
  }

  static String repeat(String unit, int size) {
    StringBuilder sb = new StringBuilder(size + unit.length());
    while (sb.length() < size) {
      sb.append(unit);
    }
    return sb.toString();
  }

  /**
   * Extracts everything from the text, persons included, as a user of the library would.
   *
   * @param text the input
   * @return the number of mentions and persons, so that no work can be skipped
   */
  static int extractAll(String text) {
    Extraction x = VietParse.extract(text);
    return x.mentions().size() + x.people().size();
  }
}
