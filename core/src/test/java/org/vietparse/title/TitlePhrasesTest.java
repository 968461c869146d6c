package org.vietparse.title;

import org.vietparse.testing.TestTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vietparse.TitleMention;
import org.vietparse.VietParse;

/**
 * Written title phrases with their expected parts (title-phrases.tsv). Each phrase is read as
 * text; its first title must start at the phrase's start and have the expected canonical title,
 * role, organization, country, status and posting ("-" for none).
 */
class TitlePhrasesTest {

  static Stream<Arguments> phrases() {
    return TestTable.load("/org/vietparse/title/title-phrases.tsv").rows().stream()
        .map(r -> Arguments.of(r.toArray()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrases")
  void readsPhrase(String phrase, String title, String role, String org, String country,
      String status, String postedTo) {
    List<TitleMention> found = VietParse.extract(phrase).titles();
    assertFalse(found.isEmpty(), "no title in: " + phrase);
    TitleMention m = found.get(0);
    assertEquals(0, m.span().start(), () -> "first title " + m + " in: " + phrase);
    Title t = m.title();
    assertEquals(title, t.canonical(), "title");
    assertEquals(opt(role), t.role(), "role");
    assertEquals(opt(org), t.organization(), "org");
    assertEquals(opt(country), t.country(), "country");
    assertEquals(opt(status), t.status().map(Enum::name), "status");
    assertEquals(opt(postedTo), t.postedTo(), "postedTo");
  }

  private static Optional<String> opt(String cell) {
    return cell.equals("-") ? Optional.empty() : Optional.of(cell);
  }
}
