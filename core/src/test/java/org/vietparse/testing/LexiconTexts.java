package org.vietparse.testing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.vietparse.internal.Tsv;

/**
 * Texts made of lexicon phrases and our own filler words, for tests that compare a scan that
 * starts only where a first-word filter says with one that tries every token: the phrases are
 * the first column of the given TSV resources, each written as in the lexicon, in lower case,
 * in capitals or with every word capitalized, and the whole text sometimes without diacritics.
 */
public final class LexiconTexts {
  private LexiconTexts() {}

  /** Words and marks around phrases: our own, chosen to join, count or break titles and names. */
  private static final List<String> FILLER = List.of("các", "và", "kiêm", ",", ".", "(", ")",
      "-", "ông", "bà", "Nguyễn Văn An", "Trần Thị Bình", "Lê", "109", "2,5", "tỷ", "đồng",
      "USD", "triệu", "của", "tại", "cho biết", "hôm nay", "\n", "đã", "năm", "từ", "đến",
      "Hà Nội", "Vingroup", "FPT", "mỗi", "/", "tháng", "hơn", "khoảng", "$", "“", "Đảng",
      "thành phố", "tỉnh", "huyện", "Ban", "Công ty", "Tập đoàn", "Bộ", "trưởng");

  /**
   * Texts of up to {@code maxPieces} pieces drawn from the phrases of {@code resources}
   * (resource path → the column to read) and the filler words.
   *
   * @param maxPieces most pieces a text
   * @param resources pairs of a TSV resource path and a column name
   * @return the generator
   */
  public static Gen<String> texts(int maxPieces, String... resources) {
    return texts(maxPieces, Generate.pick(FILLER), resources);
  }

  /**
   * Texts as {@link #texts(int, String...)}, with {@code extra} drawn as often as the filler.
   *
   * @param maxPieces most pieces a text
   * @param extra more pieces of the caller's own
   * @param resources pairs of a TSV resource path and a column name
   * @return the generator
   */
  public static Gen<String> texts(int maxPieces, Gen<String> extra, String... resources) {
    List<String> phrases = new ArrayList<>();
    for (int k = 0; k + 1 < resources.length; k += 2) {
      Tsv t = Tsv.load(resources[k]);
      int c = t.column(resources[k + 1]);
      for (List<String> row : t.rows()) {
        phrases.add(Tsv.cell(row, c));
      }
    }
    Gen<String> phrase = Generate.pick(phrases);
    Gen<String> filler = Generate.pick(FILLER);
    Gen<String> piece = SourceDSL.integers().between(0, 9).flatMap(kind -> kind < 5
        ? phrase.zip(SourceDSL.integers().between(0, 3), LexiconTexts::written)
        : kind < 7 ? extra : filler);
    return SourceDSL.lists().of(piece).ofSizeBetween(1, maxPieces)
        .zip(SourceDSL.integers().between(0, 3), (ps, bare) -> {
          String s = String.join(" ", ps);
          return bare == 0 ? withoutDiacritics(s) : s;
        });
  }

  private static String written(String phrase, int style) {
    return switch (style) {
      case 1 -> phrase.toLowerCase(Locale.ROOT);
      case 2 -> phrase.toUpperCase(Locale.ROOT);
      case 3 -> capitalized(phrase);
      default -> phrase;
    };
  }

  private static String capitalized(String phrase) {
    StringBuilder out = new StringBuilder();
    for (String w : phrase.split(" ", -1)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
    }
    return out.toString();
  }

  /** The text as typed without Vietnamese diacritics, đ as d. */
  public static String withoutDiacritics(String s) {
    String d = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return d.replaceAll("\\p{Mn}", "");
  }
}
