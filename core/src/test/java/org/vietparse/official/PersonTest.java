package org.vietparse.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vietparse.Extraction;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.OfficialMention;
import org.vietparse.Span;
import org.vietparse.VietParse;

class PersonTest {
  private static final Extractor EX = VietParse.extractor()
      .types(MentionType.OFFICIAL, MentionType.TITLE).build();

  private static Person only(String text) {
    List<Person> people = EX.extract(text).people();
    assertEquals(1, people.size(), people::toString);
    return people.get(0);
  }

  @Test
  void joinsFullNameTitledNameAndGivenName() {
    String text = "Chủ tịch Quốc hội Vương Đình Huệ tiếp đoàn. Sau đó, Chủ tịch Vương Đình Huệ"
        + " phát biểu. Ông Huệ nhấn mạnh vai trò của Quốc hội.";
    Person p = only(text);
    assertEquals("Vương Đình Huệ", p.name());
    assertEquals(3, p.mentions().size());
    assertEquals(List.of("Chủ tịch Quốc hội", "Chủ tịch"), p.titleNames());
    assertEquals(List.of("Chủ tịch Quốc hội Vương Đình Huệ", "Chủ tịch Vương Đình Huệ", "Ông Huệ"),
        p.spans().stream().map(s -> text.substring(s.start(), s.end()))
            .collect(Collectors.toList()));
    assertFalse(p.hasSpellingVariants());
  }

  @Test
  void linksADiacriticTypoToTheFrequentSpellingAndFlagsIt() {
    String text = "Chủ tịch nước Lương Cường tiếp đoàn. Chủ tịch nước Lương Cường phát biểu."
        + " Chủ tịch nước Lương Cương khẳng định quan hệ hai nước.";
    Person p = only(text);
    assertEquals("Lương Cường", p.name());
    assertEquals(Set.of("Lương Cương"), p.spellingVariants());
    assertTrue(p.hasSpellingVariants());
    assertEquals(3, p.mentionCount());
  }

  @Test
  void aTypoJoinsItsNameAmongOtherSpellingsOfTheSameLetters() {
    String text = "Bộ trưởng Nguyễn Văn Bích tiếp đoàn. Bộ trưởng Nguyễn Văn Bích phát biểu."
        + " Thứ trưởng Nguyễn Vân Bính dự họp. Bộ trưởng Nguyễn Văn Bịch kết luận.";
    List<Person> people = EX.extract(text).people();
    assertEquals(List.of("Nguyễn Văn Bích", "Nguyễn Vân Bính"),
        people.stream().map(Person::name).collect(Collectors.toList()));
    assertEquals(Set.of("Nguyễn Văn Bịch"), people.get(0).spellingVariants());
    assertEquals(3, people.get(0).mentionCount());
  }

  @Test
  void aFamilyNameAloneAmongManyPersonsOfThatFamilyJoinsTheOneWithItsTitle() {
    StringBuilder sb = new StringBuilder();
    for (String given : List.of("An", "Bình", "Cường", "Dũng", "Giang", "Hà")) {
      sb.append("Giám đốc Nguyễn Văn ").append(given).append(" cho biết. ");
    }
    sb.append("Thứ trưởng Nguyễn Thị Lan phát biểu. Ông Nguyễn nói thêm. Thứ trưởng Nguyễn kết luận.");
    List<Person> people = EX.extract(sb.toString()).people();
    Person lan = people.stream().filter(p -> p.name().equals("Nguyễn Thị Lan")).findFirst()
        .orElseThrow();
    assertEquals(2, lan.mentions().size(), people::toString);
    assertTrue(people.stream().anyMatch(p -> p.name().equals("Nguyễn")), people::toString);
  }

  @Test
  void keepsApartNamesThatDifferByDiacriticsButShareNoTitle() {
    String text = "Giám đốc Lê Văn Hùng cho biết. Giám đốc Lê Văn Hùng nói thêm."
        + " Thứ trưởng Lê Văn Hưng phát biểu.";
    List<Person> people = EX.extract(text).people();
    assertEquals(List.of("Lê Văn Hùng", "Lê Văn Hưng"),
        people.stream().map(Person::name).collect(Collectors.toList()));
  }

  @Test
  void linksALaterTitleOnlyMentionWithItsEvidence() {
    String text = "Chủ tịch nước Lương Cường tiếp Đại sứ. Chủ tịch nước nhấn mạnh quan hệ.";
    Extraction x = EX.extract(text);
    Person p = x.people().get(0);
    assertEquals(1, p.titleLinks().size());
    TitleLink link = p.titleLinks().get(0);
    assertEquals("Chủ tịch nước", link.mention().text());
    assertEquals(text.lastIndexOf("Chủ tịch nước"), link.mention().span().start());
    assertEquals("Chủ tịch nước Lương Cường", link.evidence().text());
    assertEquals(2, p.mentionCount());
    assertEquals(2, p.spans().size());
  }

  @Test
  void linksNoTitleThatTwoPersonsHeld() {
    String text = "Bộ trưởng Bùi Thanh Sơn và Bộ trưởng Nguyễn Hồng Diên dự họp. Bộ trưởng cho"
        + " biết sẽ báo cáo.";
    List<Person> people = EX.extract(text).people();
    assertEquals(2, people.size());
    assertTrue(people.stream().allMatch(p -> p.titleLinks().isEmpty()));
  }

  @Test
  void inventsNoPersonForATitleMentionedBeforeAnyName() {
    String text = "Chủ tịch nước nhấn mạnh quan hệ. Sau đó Chủ tịch nước Lương Cường tiếp đoàn.";
    Person p = only(text);
    assertTrue(p.titleLinks().isEmpty());
  }

  @Test
  void joinsAFamilyNameAloneToThePersonWithThatTitle() {
    String text = "Bộ trưởng Nguyễn Hồng Diên và Thứ trưởng Nguyễn Hoàng Long dự họp."
        + " Thứ trưởng Nguyễn phát biểu.";
    List<Person> people = EX.extract(text).people();
    assertEquals(2, people.size());
    assertEquals(2, people.get(1).mentions().size());
    assertEquals("Nguyễn Hoàng Long", people.get(1).name());
  }

  @Test
  void joinsTheFirstWordOfANameWrittenFamilyNameFirst() {
    String text = "Bộ trưởng Ngoại giao Nhật Bản Iwaya Takeshi thăm Hà Nội. Bộ trưởng Iwaya"
        + " cảm ơn. Theo ông Iwaya, hai nước là đối tác.";
    Person p = only(text);
    assertEquals("Iwaya Takeshi", p.name());
    assertEquals(3, p.mentions().size());
  }

  @Test
  void aOneWordNameWithNoOwnerIsItsOwnPerson() {
    List<Person> people = EX.extract("Tổng thống Biden ký. Tổng thống Biden nói.").people();
    assertEquals(1, people.size());
    assertEquals("Biden", people.get(0).name());
    assertEquals(2, people.get(0).mentions().size());
  }

  @Test
  void sortsPersonsInVietnameseOrder() {
    String text = "Thủ tướng Phạm Minh Chính, Chủ tịch Quốc hội Trần Thanh Mẫn và Bộ trưởng"
        + " Bùi Thanh Sơn dự. Đại sứ Đặng Minh Khôi cũng dự.";
    List<Person> people = new ArrayList<>(EX.extract(text).people());
    people.sort(Person.vietnameseOrder());
    assertEquals(List.of("Phạm Minh Chính", "Đặng Minh Khôi", "Trần Thanh Mẫn", "Bùi Thanh Sơn"),
        people.stream().map(Person::name).collect(Collectors.toList()));
  }

  @Test
  void peopleAndTheirOrderAreTheSameFromManyThreads() throws Exception {
    String text = "Thủ tướng Phạm Minh Chính, Chủ tịch Quốc hội Trần Thanh Mẫn, Bộ trưởng Bùi"
        + " Thanh Sơn và Đại sứ Đặng Minh Khôi dự. Ông Sơn phát biểu. Thủ tướng kết luận.";
    List<Person> expected = new ArrayList<>(EX.extract(text).people());
    expected.sort(Person.vietnameseOrder());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<Person>>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> {
          List<Person> people = new ArrayList<>(EX.extract(text).people());
          people.sort(Person.vietnameseOrder());
          return people;
        }));
      }
      for (java.util.concurrent.Future<List<Person>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void peopleOfALongTextMergeIntoTheirThreePersons() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      sb.append("Thủ tướng Phạm Minh Chính tiếp Đại sứ Nguyễn Văn An. Chủ tịch nước Lương")
          .append(" Cường dự. Ông Cường phát biểu. Thủ tướng kết luận.\n");
    }
    List<Person> people = EX.extract(sb.toString()).people();
    assertEquals(3, people.size(), people::toString);
    assertEquals(3000, people.get(0).titleLinks().size());
  }

  @Test
  void peopleOfATextWithoutOfficialsIsEmpty() {
    assertTrue(VietParse.extract("Giá vàng hôm nay tăng mạnh.").people().isEmpty());
  }

  @Test
  void failsFastOnBadArguments() {
    assertThrows(IllegalArgumentException.class,
        () -> Person.of(VietParse.parseName("Tô Lâm").orElseThrow(), List.of(), List.of()));
    assertThrows(NullPointerException.class, () -> Person.of(null, List.of(), List.of()));
  }

  @Test
  void isImmutable() {
    assertTrue(Modifier.isFinal(Person.class.getModifiers()));
    for (Field f : Person.class.getDeclaredFields()) {
      assertTrue(Modifier.isFinal(f.getModifiers()), f.getName());
    }
    Person p = only("Tổng Bí thư Tô Lâm phát biểu.");
    List<OfficialMention> mentions = p.mentions();
    List<Span> spans = p.spans();
    assertThrows(UnsupportedOperationException.class, mentions::clear);
    assertThrows(UnsupportedOperationException.class, () -> spans.add(Span.of(0, 1)));
  }

  @Test
  void aFormerOfficeIsSaidSo() {
    List<Person> people = VietParse.extract("Nguyên Bộ trưởng Bộ Công Thương Lê Văn Tâm thăm "
        + "trường cũ. Ông Lê Văn Tâm cho biết nhà trường đổi mới.").people();
    assertEquals(1, people.size(), people::toString);
    Person p = people.get(0);
    assertEquals(List.of("nguyên Bộ trưởng Bộ Công Thương"), p.titleNames());
    assertEquals(List.of(), p.currentTitles());
    assertTrue(p.toString().contains("nguyên Bộ trưởng"), p.toString());
  }
}
