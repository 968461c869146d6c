package org.vietparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import org.vietparse.internal.Tsv;
import org.vietparse.testing.RecordingLogs;
import org.vietparse.testing.RecordingLogs.Event;

/**
 * The library speaks through SLF4J under the logger names docs/embedding.md lists, at debug for
 * what it loads and builds and at warn for a user's entry replacing a bundled one, and says
 * nothing while it extracts.
 */
class LoggingTest {

  private static List<Event> at(List<Event> events, String logger, Level level) {
    return events.stream().filter(e -> e.logger().equals(logger) && e.level() == level)
        .collect(Collectors.toList());
  }

  @Test
  void buildingAnExtractorSaysHowLongItTookAtDebug() {
    List<Event> events = RecordingLogs.during(() -> VietParse.extractor()
        .types(MentionType.MONEY).build());
    List<Event> built = at(events, "org.vietparse.Extractor", Level.DEBUG);
    assertEquals(1, built.size(), events.toString());
    assertTrue(built.get(0).message().matches("built Extractor\\{types=\\[MONEY\\].*\\} in \\d+ µs"),
        built.get(0).message());
    assertTrue(events.stream().noneMatch(e -> e.level().toInt() >= Level.INFO.toInt()),
        "nothing above debug: " + events);
  }

  @Test
  void aLexiconSaysWhatItLoadedAtDebug() {
    List<Event> events = RecordingLogs.during(() -> Tsv.load("/org/vietparse/money/currencies.tsv"));
    int size = Tsv.load("/org/vietparse/money/currencies.tsv").rows().size();
    assertEquals(List.of(new Event("org.vietparse.lexicon", Level.DEBUG,
        "loaded lexicon /org/vietparse/money/currencies.tsv: " + size + " entries")), events);
  }

  @Test
  void aCurrencyWordReplacingABundledOneIsAWarning() {
    List<Event> events = RecordingLogs.during(() -> VietParse.extractor()
        .currencyWord("USD", Currency.getInstance("EUR"))
        .currencyWord("bảng Anh mới", Currency.getInstance("GBP")).build());
    List<Event> warnings = at(events, "org.vietparse.lexicon", Level.WARN);
    assertEquals(1, warnings.size(), events.toString());
    assertEquals("currencies.tsv: the currency word \"USD\" is replaced by the one given to the"
        + " builder (EUR)", warnings.get(0).message());
  }

  @Test
  void aTitleEntryReplacingABundledOneIsAWarning() {
    String bundled = Tsv.load("/org/vietparse/title/organizations.tsv").rows().get(0).get(0);
    String header = String.join("\t",
        Tsv.load("/org/vietparse/title/organizations.tsv").header());
    List<String> cells = new java.util.ArrayList<>(
        Tsv.load("/org/vietparse/title/organizations.tsv").rows().get(0));
    String replacing = String.join("\t", cells);
    String added = replacing.replace(bundled, "Bộ Kinh tế số mới");
    List<Event> events = RecordingLogs.during(() -> VietParse.extractor()
        .titleEntries("organizations.tsv", header + "\n" + replacing + "\n" + added + "\n")
        .build());
    List<Event> warnings = at(events, "org.vietparse.lexicon", Level.WARN);
    assertEquals(List.of(new Event("org.vietparse.lexicon", Level.WARN, "organizations.tsv: the"
        + " entry \"" + bundled + "\" is replaced by the one given to the builder")), warnings);
  }

  @Test
  void extractingSaysNothing() {
    Extractor ex = VietParse.extractor().build();
    List<Event> events = RecordingLogs.during(() -> ex.extract(
        "Chiều 10/11, Chủ tịch nước Lương Cường tiếp Đại sứ Lào, hơn 1,3 tỷ USD."));
    assertEquals(List.of(), events);
  }
}
