package org.vietparse.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.vietparse.Extraction;
import org.vietparse.Mention;
import org.vietparse.MentionFormat;
import org.vietparse.VietParse;

/**
 * The page in a real headless Chromium: a sentence pasted into the text box comes back with its
 * dates, money, titles and officials highlighted in place, each with its value, and its people
 * listed. Skipped, with a message, only where no Chromium is installed ({@code bash .ci/run}
 * installs Debian's).
 */
class PageBrowserTest {
  private static final String SENTENCE = "Chiều 10/11, Chủ tịch nước Lương Cường tiếp Đại sứ Lào"
      + " tại Việt Nam và công bố gói viện trợ hơn 1,3 tỷ USD.";

  @Test
  void aPastedSentenceShowsItsMentionsHighlighted() throws Exception {
    Optional<Path> browser = Chromium.find();
    Assumptions.assumeTrue(browser.isPresent(), "no Chromium found (set VIETPARSE_CHROMIUM, or"
        + " install Debian's chromium: bash .ci/run does): the page was not tried in a browser");
    try (ParseServer server = ParseServer.start(new InetSocketAddress("127.0.0.1", 0),
        ParseServer.Options.defaults());
        Chromium chrome = Chromium.start(browser.get())) {
      chrome.call("Page.enable", Map.of());
      chrome.call("Page.navigate", Map.of("url", "http://127.0.0.1:" + server.port() + "/"));
      chrome.await("document.readyState === 'complete' && document.getElementById('text')",
          Duration.ofSeconds(30));
      chrome.eval("document.getElementById('text').focus()");
      // typed into the box as a paste would be: an input event, then the page's own request
      chrome.call("Input.insertText", Map.of("text", SENTENCE));
      chrome.await("document.body.dataset.analyzed", Duration.ofSeconds(30));

      assertEquals(SENTENCE, chrome.eval("document.getElementById('result').textContent")
          .asText(), "the text is shown in place, whole");
      JsonNode marks = chrome.eval("[...document.querySelectorAll('#result mark')].map(m =>"
          + " ({type: m.dataset.type, text: m.textContent, title: m.title}))");
      List<String> shown = new ArrayList<>();
      marks.forEach(m -> shown.add(m.get("type").asText() + " " + m.get("text").asText()));

      Extraction x = VietParse.extract(SENTENCE);
      assertTrue(x.dates().size() == 1 && x.money().size() == 1 && x.officials().size() == 1
          && x.titles().size() >= 2, "the sentence has every kind of mention: " + x);
      assertEquals(x.mentions().size(), marks.size(), "every mention is highlighted: " + shown);
      for (Mention m : x.mentions()) {
        assertTrue(shown.contains(m.type() + " " + m.text()), m + " highlighted in " + shown);
      }
      for (JsonNode m : marks) {
        assertTrue(m.get("title").asText().startsWith(m.get("type").asText() + ": "), m.toString());
      }
      String dateTitle = chrome.eval("document.querySelector('#result mark.DATE').title").asText();
      String timex = MentionFormat.fields(x.dates().get(0)).get("timex").toString();
      assertTrue(dateTitle.contains(timex), "the date's value on hover: " + dateTitle);
      String moneyTitle = chrome.eval("document.querySelector('#result mark.MONEY').title")
          .asText();
      assertTrue(moneyTitle.contains("1300000000 USD"), moneyTitle);
      long inside = x.titles().stream().filter(t -> x.officials().stream().anyMatch(o ->
          o.span().start() <= t.span().start() && t.span().end() <= o.span().end())).count();
      assertTrue(inside >= 1, "the official's title is a mention of its own: " + x);
      assertEquals(inside, chrome.eval("document.querySelectorAll('#result mark.OFFICIAL"
          + " mark.TITLE').length").asLong(), "titles nest inside the official that holds them");
      String people = chrome.eval("document.getElementById('people').textContent").asText();
      assertTrue(people.contains("Lương Cường") && people.contains("Chủ tịch nước"), people);
      assertEquals(x.mentions().size(),
          chrome.eval("document.querySelectorAll('#mentions tr').length").asInt());

      Path shot = Path.of("target", "page-screenshot.png");
      Files.write(shot, chrome.screenshot());
    }
  }
}
