package org.vietparse.title;

import org.vietparse.MentionFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vietparse.VietParse;

class TitleTest {

  @Test
  void isImmutable() {
    assertTrue(Modifier.isFinal(Title.class.getModifiers()));
    for (Field f : Title.class.getDeclaredFields()) {
      if (!f.isSynthetic()) {
        assertTrue(Modifier.isFinal(f.getModifiers()), f.getName() + " must be final");
        assertTrue(Modifier.isPrivate(f.getModifiers()), f.getName() + " must be private");
      }
    }
    Title t = Title.of("Bộ trưởng Bộ Y tế");
    Title u = t.withRole("Bộ trưởng").withOrganization("Bộ Y tế").withStatus(Title.Status.NEW);
    assertEquals(Optional.empty(), t.role());
    assertEquals(Optional.empty(), t.status());
    assertEquals(Optional.of("Bộ trưởng"), u.role());
    assertNotEquals(t, u);
  }

  @Test
  void toMapHasTheFormatFieldsInOrder() {
    Title t = Title.of("Thứ trưởng Bộ Ngoại giao").withEnglish("Deputy Minister of Foreign Affairs")
        .withStatus(Title.Status.FORMER).withKind(Title.Kind.STATE).withPostedTo("Việt Nam")
        .withCountry("Lào", "LA").withOrganization("Bộ Ngoại giao").withRole("Thứ trưởng");
    Map<String, ?> m = MentionFormat.fields(t);
    assertEquals(List.of("title", "role", "org", "country", "countryCode", "postedTo", "kind",
        "status", "en"), List.copyOf(m.keySet()));
    assertEquals("Thứ trưởng Bộ Ngoại giao", m.get("title"));
    assertEquals("LA", m.get("countryCode"));
    assertEquals("STATE", m.get("kind"));
    assertEquals("FORMER", m.get("status"));
  }

  @Test
  void anOfficeOfABodyThatEndedSaysWhenAndWhoTookItOver() {
    Title t = Title.of("Bộ trưởng Bộ Kế hoạch và Đầu tư").withDefunct("2025-03-01", "Bộ Tài chính");
    assertEquals(Optional.of("2025-03-01"), t.defunct());
    assertEquals(Optional.of("Bộ Tài chính"), t.successor());
    assertEquals(Optional.of("1992"), Title.of("Phó Chủ tịch Hội đồng Bộ trưởng")
        .withDefunct("1992", null).defunct());
    assertEquals(Optional.empty(), Title.of("Chủ tịch huyện").withDefunct("2025-07", null)
        .successor());
    Map<String, ?> m = MentionFormat.fields(t.withRole("Bộ trưởng"));
    assertEquals(List.of("title", "role", "defunct", "successor"), List.copyOf(m.keySet()));
    assertThrows(IllegalArgumentException.class, () -> t.withDefunct("1/3/2025", null));
    assertThrows(IllegalArgumentException.class, () -> t.withDefunct("2025-13", null));
    assertThrows(IllegalArgumentException.class, () -> t.withDefunct("2025", " "));
    assertNotEquals(Title.of("Bộ trưởng Bộ Kế hoạch và Đầu tư"), t);
  }

  @Test
  void extractionGivesTheEndOfAMergedBody() {
    Title t = VietParse.parseTitle("Chủ tịch UBND tỉnh Bình Dương").orElseThrow();
    assertEquals(Optional.of("2025-07-01"), t.defunct());
    assertEquals(Optional.of("Ủy ban nhân dân Thành phố Hồ Chí Minh"), t.successor());
    Title party = VietParse.parseTitle("Bí thư Tỉnh ủy Hà Nam").orElseThrow();
    assertEquals(Optional.of("Tỉnh ủy Ninh Bình"), party.successor());
    Title district = VietParse.parseTitle("Chủ tịch UBND huyện Nam Đàn").orElseThrow();
    assertEquals(Optional.of("2025-07-01"), district.defunct());
    assertEquals(Optional.empty(), district.successor());
    assertEquals(Optional.empty(), VietParse.parseTitle("Chủ tịch UBND tỉnh Nghệ An")
        .orElseThrow().defunct());
  }

  @Test
  void writtenPutsTheStatusWordWhereAReaderSaysIt() {
    assertEquals("nguyên Bộ trưởng", Title.of("Bộ trưởng").withStatus(Title.Status.FORMER)
        .written());
    assertEquals("cố Tổng Bí thư", Title.of("Tổng Bí thư").withStatus(Title.Status.LATE)
        .written());
    assertEquals("Tổng thống đắc cử", Title.of("Tổng thống").withStatus(Title.Status.ELECT)
        .written());
    assertEquals("Thủ tướng", Title.of("Thủ tướng").written());
  }

  @Test
  void englishIsNeverHalfVietnamese() {
    assertEquals(Optional.of("Director"),
        VietParse.parseTitle("Giám đốc Học viện Nông nghiệp vùng").orElseThrow().english());
    assertEquals(Optional.of("Chairman of Vingroup"),
        VietParse.parseTitle("Chủ tịch Vingroup").orElseThrow().english());
    assertEquals(Optional.of("Managing Director of the International Monetary Fund"),
        VietParse.parseTitle("Tổng Giám đốc IMF").orElseThrow().english());
    assertEquals(Optional.of("State President"),
        VietParse.parseTitle("Chủ tịch nước").orElseThrow().english());
    assertEquals(Optional.of("Chief Judge of the Nghe An People's Court"),
        VietParse.parseTitle("Chánh án TAND tỉnh Nghệ An").orElseThrow().english());
  }

  @Test
  void toMapOmitsAbsentParts() {
    assertEquals(Map.of("title", "Tổng thống"), MentionFormat.fields(Title.of("Tổng thống")));
  }

  @Test
  void rejectsBadValues() {
    assertThrows(NullPointerException.class, () -> Title.of(null));
    assertThrows(IllegalArgumentException.class, () -> Title.of("  "));
    assertThrows(IllegalArgumentException.class, () -> Title.of("Đại sứ").withCountry("Lào", "la"));
    assertThrows(IllegalArgumentException.class, () -> Title.of("Đại sứ").withCountry("", "LA"));
    assertThrows(NullPointerException.class, () -> Title.of("Đại sứ").withKind(null));
  }

  @Test
  void equalityIsByValue() {
    Title a = Title.of("Đại sứ").withCountry("Việt Nam", "VN").withPostedTo("Lào");
    Title b = Title.of("Đại sứ").withCountry("Việt Nam", "VN").withPostedTo("Lào");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals("Đại sứ (Việt Nam) → Lào", a.toString());
  }

  @Test
  void parseTitleReadsOneTitle() {
    Title t = VietParse.parseTitle("Thứ trưởng Ngoại giao Lào").orElseThrow();
    assertEquals("Thứ trưởng Bộ Ngoại giao", t.canonical());
    assertEquals(Optional.of("LA"), t.countryCode());
    assertEquals(Optional.of("Deputy Minister of Foreign Affairs"), t.english());
    assertEquals(Optional.of(Title.Kind.STATE), t.kind());
    Title hanoi = VietParse.parseTitle("Chủ tịch UBND TP Hà Nội").orElseThrow();
    assertEquals(Optional.of("Chairman of the Hanoi People's Committee"), hanoi.english());
    assertEquals(Optional.of("General Secretary"),
        VietParse.parseTitle("Tổng Bí thư").orElseThrow().english());
    assertEquals(Optional.of("Chairman of the National Assembly"),
        VietParse.parseTitle("Chủ tịch Quốc hội").orElseThrow().english());
    assertEquals(Optional.of("Minister of Foreign Affairs"),
        VietParse.parseTitle("Bộ trưởng Ngoại giao").orElseThrow().english());
    assertEquals(Optional.of("US"), VietParse.parseTitle("Tổng thống Hoa Kỳ").orElseThrow()
        .countryCode());
    assertEquals(Optional.of("KP"), VietParse.parseTitle("Thủ tướng Triều Tiên").orElseThrow()
        .countryCode());
  }

  @Test
  void parseTitleRejectsOtherText() {
    assertEquals(Optional.empty(), VietParse.parseTitle(""));
    assertEquals(Optional.empty(), VietParse.parseTitle("hôm nay trời đẹp"));
    assertEquals(Optional.empty(), VietParse.parseTitle("Tổng Bí thư, Chủ tịch nước"));
    assertEquals(Optional.empty(), VietParse.parseTitle("Bộ trưởng Bùi Thanh Sơn"));
    assertEquals(Optional.empty(), VietParse.parseTitle("các Đại sứ"));
  }
}
