package org.vietparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vietparse.internal.text.VietText;

/**
 * A text written all in capitals, or typed without diacritics, gives the mentions of the clean
 * text: the same types at the same offsets (both forms keep every char in place), the same
 * dates and amounts, and titles and names that differ only in case or marks.
 */
class CapitalsAndNoDiacriticsTest {

  private static String capitals(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  private static String noDiacritics(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D');
    return Normalizer.normalize(d.replaceAll("\\p{M}", ""), Normalizer.Form.NFC);
  }

  /** What a mention says, with the text-derived parts compared without case and marks. */
  private static List<String> meaning(Extraction x) {
    List<String> out = new ArrayList<>();
    for (Mention m : x.mentions()) {
      String value;
      if (m instanceof DateMention d) {
        value = d.date().toString();
      } else if (m instanceof MoneyMention d) {
        value = d.money().toString();
      } else if (m instanceof TitleMention t) {
        value = bare(t.title().canonical());
      } else {
        OfficialMention o = (OfficialMention) m;
        value = bare(o.official().name()) + " | " + bare(String.join(", ", o.official().titleNames()));
      }
      out.add(m.type() + " " + m.span() + " " + value);
    }
    return out;
  }

  private static String bare(String s) {
    return VietText.of(s).folded();
  }

  private static void sameMentions(UnaryOperator<String> form, String what) {
    for (String text : Fixtures.ourArticles()) {
      String changed = form.apply(text);
      assertEquals(text.length(), changed.length(), "the form keeps every char in place");
      List<String> clean = meaning(VietParse.extract(text));
      assertTrue(clean.size() > 5, "an article with mentions");
      assertEquals(clean, meaning(VietParse.extract(changed)), what + ":\n" + changed);
    }
  }

  @Test
  void capitalsGiveTheSameMentions() {
    sameMentions(CapitalsAndNoDiacriticsTest::capitals, "in capitals");
  }

  @Test
  void noDiacriticsGiveTheSameMentions() {
    sameMentions(CapitalsAndNoDiacriticsTest::noDiacritics, "without diacritics");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "BỘ TRƯỞNG NGOẠI GIAO LÊ HOÀI NAM CHO BIẾT HAI BÊN ĐÃ KÝ BA VĂN KIỆN.|LÊ HOÀI NAM",
      "SÁNG 12/3, THỦ TƯỚNG TRẦN QUANG VINH TIẾP ĐOÀN DOANH NGHIỆP NHẬT BẢN.|TRẦN QUANG VINH",
      "CHỦ TỊCH UBND TỈNH NGHỆ AN NGUYỄN ĐỨC TÂM VÀ ĐOÀN CÔNG TÁC THĂM XÃ.|NGUYỄN ĐỨC TÂM",
      "TỔNG THỐNG PHÁP EMMANUEL MACRON SẼ THĂM VIỆT NAM.|EMMANUEL MACRON",
      "Bo truong Tai chinh Vu Hai Quan cho biet ngan sach tang.|Vu Hai Quan",
      "Dai su Viet Nam tai Nhat Ban Dang Minh Chau trinh quoc thu.|Dang Minh Chau",
      "Pho Chu tich UBND TP Hue Nguyen Ba Son chu tri hop bao.|Nguyen Ba Son"})
  void namesInCapitalsAndWithoutDiacritics(String sentence, String name) {
    List<OfficialMention> officials = VietParse.extract(sentence).officials();
    assertEquals(1, officials.size(), () -> officials.toString());
    assertEquals(name, officials.get(0).official().name());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Von dau tu nuoc ngoai dat 1,3 ty USD.|1300000000|USD",
      "Gia vang tang gan nua trieu dong moi luong.|500000|VND",
      "Du an can tu 2 den 3 nghin ty dong.|3000000000000|VND",
      "Luong toi thieu la 4,96 trieu dong/thang.|4960000|VND",
      "Gia ban o muc 84 trieu dong/luong.|84000000|VND",
      "Gia tang 5 trieu dong/luong.|5000000|VND"})
  void amountsWithoutDiacritics(String sentence, String amount, String currency) {
    List<MoneyMention> money = VietParse.extract(sentence).money();
    assertEquals(1, money.size(), () -> money.toString());
    BigDecimal expected = new BigDecimal(amount);
    BigDecimal got = money.get(0).money().max().or(() -> money.get(0).money().amount()).orElseThrow();
    assertEquals(0, expected.compareTo(got), () -> money.toString());
    assertEquals(currency, money.get(0).money().currency().getCurrencyCode());
  }

  @Test
  void withoutDiacriticsCommonWordsStayCommon() {
    // "co" is "có" far more often than "cố" (late); "thi truong" is the market, not a mayor;
    // "nhung" is "nhưng" (but) as often as "những"
    Extraction x = VietParse.extract(
        "Hoi nghi co Bo truong Tai chinh tham du. Thi truong chung khoan tang, nhung Thu tuong "
            + "Chinh phu yeu cau than trong.");
    assertEquals(List.of("Bo truong Tai chinh", "Thu tuong Chinh phu"),
        x.titles().stream().map(TitleMention::text).toList());
  }
}
