package org.vietparse.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vietparse.VietParse;

class PersonNameTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Nguyễn Thị Bích Thảo | Nguyễn    | Thị Bích | Thảo",
      "Lê Hoài Trung        | Lê        | Hoài     | Trung",
      "Tô Lâm               | Tô        | -        | Lâm",
      "Tôn Thất Bách        | Tôn Thất  | -        | Bách",
      "Âu Dương Minh Khang  | Âu Dương  | Minh     | Khang",
      "Huỳnh Thị Ngọc Bích Trâm | Huỳnh | Thị Ngọc Bích | Trâm",
      "Nguyễn               | Nguyễn    | -        | -",
      "Hải                  | -         | -        | Hải",
  })
  void structuresVietnameseNames(String text, String family, String middle, String given) {
    PersonName n = VietParse.parseName(text).orElseThrow();
    assertEquals(text, n.text());
    assertEquals(Optional.ofNullable(family), n.family());
    assertEquals(Optional.ofNullable(middle), n.middle());
    assertEquals(Optional.ofNullable(given), n.given());
    assertTrue(n.isStructured());
  }

  @ParameterizedTest
  @CsvSource({"José Garcia Ruminot", "Biden", "Jean-Noël Barrot", "Phoxay Khaykhamphithoune",
      "Mohammed bin Salman", "Long"})
  void keepsForeignNamesWhole(String text) {
    PersonName n = VietParse.parseName(text).orElseThrow();
    assertEquals(text, n.text());
    assertFalse(n.isStructured());
    assertEquals(Optional.empty(), n.family());
    assertEquals(Optional.empty(), n.given());
  }

  @Test
  void normalizesToNfcAndSingleSpaces() {
    PersonName n = VietParse.parseName(Normalizer.normalize("  Lương \u00a0 Cường ",
        Normalizer.Form.NFD)).orElseThrow();
    assertEquals("Lương Cường", n.text());
    assertEquals(Optional.of("Lương"), n.family());
  }

  @Test
  void buildsFromParts() {
    PersonName n = PersonName.of("Nguyễn", "Văn", "An");
    assertEquals("Nguyễn Văn An", n.text());
    assertEquals(PersonName.of("Nguyễn", "Văn", "An"), n);
    assertEquals(n.hashCode(), PersonName.of("Nguyễn", "Văn", "An").hashCode());
    assertNotEquals(PersonName.foreign("Nguyễn Văn An"), n);
    assertEquals("Nguyễn Văn An", n.toString());
    assertEquals("Trần", PersonName.of("Trần", "", "").text());
  }

  @Test
  void shortFormIsTheWordATextUsesAlone() {
    assertEquals("Huệ", VietParse.parseName("Vương Đình Huệ").orElseThrow().shortForm());
    assertEquals("Biden", VietParse.parseName("Joe Biden").orElseThrow().shortForm());
    assertEquals("Nguyễn", VietParse.parseName("Nguyễn").orElseThrow().shortForm());
  }

  @Test
  void failsFastOnBadArguments() {
    assertThrows(NullPointerException.class, () -> VietParse.parseName(null).orElseThrow());
    assertThrows(NullPointerException.class, () -> PersonName.of("Lê", null, "An"));
    assertTrue(VietParse.parseName("  \u00a0").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> PersonName.foreign(""));
    assertThrows(IllegalArgumentException.class, () -> PersonName.of("", " ", ""));
  }

  @Test
  void sortsAsAVietnameseIndexByGivenNameThenFamilyName() {
    List<String> names = List.of("Trần Văn Bình", "Ngô Minh Đức", "Nguyễn Văn An", "Lê Thị Ánh",
        "Phạm Đức Anh", "Đỗ Văn Dũng", "Trần Văn An", "Hoàng Thị Dương", "Bùi Văn Đạt");
    List<PersonName> sorted = names.stream().map(n -> VietParse.parseName(n).orElseThrow())
        .sorted(PersonName.vietnameseOrder()).collect(Collectors.toList());
    assertEquals(List.of("Nguyễn Văn An", "Trần Văn An", "Phạm Đức Anh", "Lê Thị Ánh",
        "Trần Văn Bình", "Đỗ Văn Dũng", "Hoàng Thị Dương", "Bùi Văn Đạt", "Ngô Minh Đức"),
        sorted.stream().map(PersonName::text).collect(Collectors.toList()));
  }

  @Test
  void sortsForeignNamesByTheirLastWord() {
    List<PersonName> list = new ArrayList<>(List.of(PersonName.foreign("Joe Biden"),
        PersonName.foreign("Emmanuel Macron"), VietParse.parseName("Lê Văn Bảo").orElseThrow()));
    list.sort(PersonName.vietnameseOrder());
    assertEquals(List.of("Lê Văn Bảo", "Joe Biden", "Emmanuel Macron"),
        list.stream().map(PersonName::text).collect(Collectors.toList()));
  }

  @Test
  void isImmutable() {
    assertTrue(Modifier.isFinal(PersonName.class.getModifiers()));
    for (Field f : PersonName.class.getDeclaredFields()) {
      assertTrue(Modifier.isFinal(f.getModifiers()), f.getName());
      assertTrue(Modifier.isPrivate(f.getModifiers()) || Modifier.isStatic(f.getModifiers()),
          f.getName());
    }
  }
}
