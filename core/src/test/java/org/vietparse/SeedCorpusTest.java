package org.vietparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** On real articles: offsets, order and overlap follow the mention format's contract. */
class SeedCorpusTest {

  @Test
  void mentionsOnRealArticlesKeepTheFormatContract() {
    Map<String, String> seeds = SharedCorpus.seeds();
    assertFalse(seeds.isEmpty());
    for (Map.Entry<String, String> e : seeds.entrySet()) {
      String text = e.getValue();
      List<Mention> ms = VietParse.extract(text).mentions();
      Mention prev = null;
      for (Mention m : ms) {
        assertTrue(m.span().end() <= text.length(), e.getKey() + " " + m);
        assertEquals(text.substring(m.span().start(), m.span().end()), m.text(), e.getKey());
        if (prev != null) {
          assertTrue(prev.span().compareTo(m.span()) <= 0, "sorted: " + prev + " / " + m);
        }
        prev = m;
      }
      for (int i = 0; i < ms.size(); i++) {
        for (int j = i + 1; j < ms.size() && ms.get(j).span().start() < ms.get(i).span().end(); j++) {
          assertFalse(ms.get(i).type() == ms.get(j).type(),
              "same-type overlap in " + e.getKey() + ": " + ms.get(i) + " / " + ms.get(j));
        }
      }
    }
  }
}
