package org.vietparse.title;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.VietParse;

/** A user's own lexicon entries, added through the extractor's builder. */
class TitleEntriesTest {

  private static List<String> titles(Extractor ex, String text) {
    return ex.extract(text).titles().stream().map(m -> m.title().canonical())
        .collect(Collectors.toList());
  }

  @Test
  void addsARole() {
    Extractor ex = VietParse.extractor()
        .titleEntries("roles.tsv", "name\trole\tkind\tflags\ten\n"
            + "Chủ tịch Hội đồng trường\tChủ tịch Hội đồng trường\tSTATE\t-\t"
            + "Chairman of the University Council\n")
        .build();
    String s = "Chủ tịch Hội đồng trường Nguyễn Văn An phát biểu.";
    assertEquals(List.of("Chủ tịch Hội đồng trường"), titles(ex, s));
    assertEquals(List.of("Chủ tịch"), titles(VietParse.extractor().build(), s));
  }

  @Test
  void addsAnOrganizationWithAPlace() {
    Extractor ex = VietParse.extractor().types(MentionType.TITLE)
        .titleEntries("organizations.tsv", "name\torg\tkind\tplace\tparent\tcountry\ten\r\n"
            + "Sở Công nghiệp\tSở Công nghiệp\tSTATE\tunit\t-\t-\t{place} Department of Industry\r\n"
            + "Sở CN\tSở Công nghiệp\tSTATE\tunit\t-\t-\t{place} Department of Industry\r\n")
        .build();
    List<org.vietparse.TitleMention> found =
        ex.extract("Giám đốc Sở CN tỉnh Nghệ An kiểm tra nhà máy.").titles();
    assertEquals("Giám đốc Sở Công nghiệp tỉnh Nghệ An", found.get(0).title().canonical());
    assertEquals("Director of the Nghe An Department of Industry",
        found.get(0).title().english().orElseThrow());
  }

  @Test
  void addsALookAlike() {
    Extractor ex = VietParse.extractor()
        .titleEntries("not-titles.tsv", "phrase\twhy\nGiải Chủ tịch nước\taward\n")
        .titleEntries("not-titles.tsv", "phrase\twhy\nCúp Chủ tịch nước\taward\n")
        .build();
    assertTrue(titles(ex, "Đội giành Cúp Chủ tịch nước và Giải Chủ tịch nước.").isEmpty());
  }

  @Test
  void rejectsEntriesThatDoNotFit() {
    Extractor.Builder b = VietParse.extractor();
    assertThrows(IllegalArgumentException.class, () -> b.titleEntries("chức-vụ.tsv", "a\tb\n"));
    assertThrows(IllegalArgumentException.class,
        () -> b.titleEntries("roles.tsv", "name\trole\nChủ nhiệm\tChủ nhiệm\n"));
    assertThrows(IllegalArgumentException.class,
        () -> b.titleEntries("roles.tsv", "name\trole\tkind\tflags\ten\nChủ nhiệm\tChủ nhiệm\n"));
    assertThrows(IllegalArgumentException.class,
        () -> b.titleEntries("roles.tsv", "Chủ nhiệm\tChủ nhiệm\tSTATE\t-\tChairman\n"));
    assertThrows(NullPointerException.class, () -> b.titleEntries("roles.tsv", null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VietParse.extractor().titleEntries("roles.tsv",
            "name\trole\tkind\tflags\ten\nChủ nhiệm\tChủ nhiệm\tGOVERNMENT\t-\tChairman\n"));
    assertTrue(e.getMessage().contains("roles.tsv line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("GOVERNMENT"), e.getMessage());
    assertTrue(e.getMessage().contains("[STATE, PARTY, INTERNATIONAL, BUSINESS, -]"),
        e.getMessage());
    assertFalse(e.getMessage().contains("No enum constant"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "roles.tsv | name\trole\tkind\tflags\ten | Phó Hiệu trưởng thứ ba\tPhó Hiệu trưởng\t-\tcompany,boss\tVice Rector | flags must be one of",
      "statuses.tsv | word\tstatus\tposition\tflags | từng\tEX\tbefore\t- | status must be one of [FORMER, LATE, NEW, ELECT, ACTING]",
      "statuses.tsv | word\tstatus\tposition\tflags | từng\tFORMER\tbetween\t- | position must be one of [before, after]",
      "context-words.tsv | word\tuse\tflags | hàng chục\tmany\t- | use must be one of",
      "organizations.tsv | name\torg\tkind\tplace\tparent\tcountry\ten\tended | Bộ Cũ\tBộ Cũ\tSTATE\t-\t-\t-\tOld Ministry\t1/7/2025 | ended must be an ISO date",
      "organizations.tsv | name\torg\tkind\tplace\tparent\tcountry\ten | Sở Mới\tSở Mới\tSTATE\tlocal\t-\t-\tNew Department | place must be one of [unit, bare, -]",
      "countries.tsv | name\tcode\tcanonical\ten | Xứ Sở\tXYZ\tXứ Sở\tNowhere | code must be an ISO 3166-1 alpha-2 code",
  })
  void namesTheFileTheLineAndTheValuesAllowed(String file, String header, String row,
      String message) {
    String tsv = header + "\n" + row + "\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VietParse.extractor().titleEntries(file, tsv));
    assertTrue(e.getMessage().startsWith(file + " line 2: "), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
