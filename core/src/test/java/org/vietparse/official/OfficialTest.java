package org.vietparse.official;

import org.vietparse.MentionFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vietparse.VietParse;
import org.vietparse.title.Title;

class OfficialTest {
  private static final Official SON = Official.of(VietParse.parseName("Bùi Thanh Sơn").orElseThrow(),
      List.of(Title.of("Phó Thủ tướng"), Title.of("Bộ trưởng Bộ Ngoại giao")));

  @Test
  void mapsToTheMentionFormatInItsKeyOrder() {
    Official o = SON.withHonorific("ông").withAlias("Bui Thanh Son");
    Map<String, Object> m = MentionFormat.fields(o);
    assertEquals(List.of("name", "titles", "alias", "honorific"), new ArrayList<>(m.keySet()));
    assertEquals("Bùi Thanh Sơn", m.get("name"));
    assertEquals(List.of("Phó Thủ tướng", "Bộ trưởng Bộ Ngoại giao"), m.get("titles"));
    assertEquals("Bui Thanh Son", m.get("alias"));
    assertEquals("ông", m.get("honorific"));
    assertThrows(UnsupportedOperationException.class, () -> m.put("x", "y"));
  }

  @Test
  void omitsAbsentOptionalFields() {
    Map<String, ?> m = MentionFormat.fields(Official.of(VietParse.parseName("Trump").orElseThrow(), List.of()));
    assertEquals(List.of("name", "titles"), new ArrayList<>(m.keySet()));
    assertEquals(List.of(), m.get("titles"));
  }

  @Test
  void copiesWithoutChangingTheOriginal() {
    Official h = SON.withHonorific("đồng chí");
    assertEquals(Optional.empty(), SON.honorific());
    assertEquals(Optional.of("đồng chí"), h.honorific());
    Official t = SON.withTitles(List.of(Title.of("Bộ trưởng")));
    assertEquals(List.of("Phó Thủ tướng", "Bộ trưởng Bộ Ngoại giao"), SON.titleNames());
    assertEquals(List.of("Bộ trưởng"), t.titleNames());
    assertNotEquals(SON, t);
    assertEquals(SON, Official.of(VietParse.parseName("Bùi Thanh Sơn").orElseThrow(),
        List.of(Title.of("Phó Thủ tướng"), Title.of("Bộ trưởng Bộ Ngoại giao"))));
    assertEquals("Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao ông Bùi Thanh Sơn",
        SON.withHonorific("ông").toString());
  }

  @Test
  void keepsNoReferenceToTheCallersList() {
    List<Title> titles = new ArrayList<>(List.of(Title.of("Thứ trưởng")));
    Official o = Official.of(VietParse.parseName("Nguyễn Minh Vũ").orElseThrow(), titles);
    titles.add(Title.of("Đại sứ"));
    assertEquals(List.of("Thứ trưởng"), o.titleNames());
    List<Title> view = o.titles();
    assertThrows(UnsupportedOperationException.class, () -> view.add(Title.of("x")));
  }

  @Test
  void failsFastOnBadArguments() {
    assertThrows(NullPointerException.class, () -> Official.of(null, List.of()));
    assertThrows(NullPointerException.class, () -> Official.of(VietParse.parseName("An").orElseThrow(), null));
    assertThrows(IllegalArgumentException.class, () -> SON.withHonorific(" "));
    assertThrows(NullPointerException.class, () -> SON.withAlias(null));
  }

  @Test
  void isImmutable() {
    assertTrue(Modifier.isFinal(Official.class.getModifiers()));
    for (Field f : Official.class.getDeclaredFields()) {
      assertTrue(Modifier.isFinal(f.getModifiers()), f.getName());
      assertTrue(Modifier.isPrivate(f.getModifiers()), f.getName());
    }
  }

  @Test
  void parsesOneOfficial() {
    Official o = VietParse.parseOfficial("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn").orElseThrow();
    assertEquals("Bùi Thanh Sơn", o.name());
    assertEquals(List.of("Bộ trưởng Bộ Ngoại giao"), o.titleNames());
    Official chain = VietParse.parseOfficial("Tổng Bí thư, Chủ tịch nước Tô Lâm").orElseThrow();
    assertEquals(List.of("Tổng Bí thư", "Chủ tịch nước"), chain.titleNames());
    assertEquals(Optional.of("Lâm"), chain.personName().given());
  }

  @Test
  void parsesAnOfficialWithItsAlias() {
    Official o = VietParse.parseOfficial(
        "Thứ trưởng Ngoại giao Lào Phoxay Khaykhamphithoune (Phô-xay Khảy-khăm-phi-thun)")
        .orElseThrow();
    assertEquals("Phoxay Khaykhamphithoune", o.name());
    assertEquals(Optional.of("Phô-xay Khảy-khăm-phi-thun"), o.alias());
  }

  @Test
  void parsesOnlyExactlyOneOfficial() {
    assertEquals(Optional.empty(), VietParse.parseOfficial(""));
    assertEquals(Optional.empty(), VietParse.parseOfficial("Bùi Thanh Sơn"));
    assertEquals(Optional.empty(), VietParse.parseOfficial("Bộ trưởng Bộ Ngoại giao"));
    assertEquals(Optional.empty(),
        VietParse.parseOfficial("Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản"));
    assertEquals(Optional.empty(),
        VietParse.parseOfficial("Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone"));
    assertThrows(NullPointerException.class, () -> VietParse.parseOfficial(null));
  }

  @Test
  void aRankIsNoTitleAndNoHonorific() {
    Official o = VietParse.parseOfficial("Đại tá Trần Văn Hùng, Giám đốc Công an tỉnh Nghệ An")
        .orElseThrow();
    assertEquals(java.util.Optional.of("Đại tá"), o.rank());
    assertEquals(java.util.Optional.empty(), o.honorific());
    assertEquals(List.of("Giám đốc Công an tỉnh Nghệ An"), o.titleNames());
    assertEquals("Giám đốc Công an tỉnh Nghệ An Đại tá Trần Văn Hùng", o.toString());
    Map<String, ?> m = MentionFormat.fields(o);
    assertEquals("Đại tá", m.get("rank"));
    assertTrue(!m.containsKey("statuses"));
  }

  @Test
  void statusesFollowTheTitles() {
    Official o = VietParse.parseOfficial("nguyên Phó Thủ tướng, Chủ tịch Habeco Trần Văn Lộc")
        .orElseThrow();
    assertEquals(List.of(java.util.Optional.of(Title.Status.FORMER), java.util.Optional.empty()),
        o.statuses());
    assertTrue(!o.isFormer());
    assertEquals(java.util.Arrays.asList("FORMER", null), MentionFormat.fields(o).get("statuses"));
    assertTrue(MentionFormat.line("d", new org.vietparse.OfficialMention(
        org.vietparse.Span.of(0, 3), "abc", o)).contains("\"statuses\":[\"FORMER\",null]"));
    assertTrue(VietParse.parseOfficial("cựu Tổng thống Lê An").orElseThrow().isFormer());
  }

  @Test
  void anAliasIsNormalizedLikeAName() {
    Official o = SON.withAlias(java.text.Normalizer.normalize("  Phô-xay\u00a0 Khảy ",
        java.text.Normalizer.Form.NFD));
    assertEquals(java.util.Optional.of("Phô-xay Khảy"), o.alias());
  }
}
