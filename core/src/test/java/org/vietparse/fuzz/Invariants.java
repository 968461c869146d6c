package org.vietparse.fuzz;

import org.vietparse.MentionFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.vietparse.Extraction;
import org.vietparse.Mention;
import org.vietparse.MentionType;

/** What must hold for every extraction of every input, whatever the text. */
final class Invariants {
  private Invariants() {}

  static void check(String text, Extraction x) {
    List<Mention> ms = x.mentions();
    Mention prev = null;
    for (Mention m : ms) {
      assertTrue(m.span().start() >= 0 && m.span().end() <= text.length(), m::toString);
      assertEquals(text.substring(m.span().start(), m.span().end()), m.text());
      if (prev != null) {
        assertTrue(prev.span().compareTo(m.span()) <= 0, "sorted");
      }
      prev = m;
      checkValue(m.type(), MentionFormat.fields(m));
    }
  }

  static void checkValue(MentionType type, Map<String, ?> v) {
    switch (type) {
      case DATE -> {
        Object b = v.get("begin");
        Object e = v.get("end");
        if (b != null && e != null && !b.toString().contains("X") && !e.toString().contains("X")
            && b.toString().length() == e.toString().length()) {
          assertTrue(b.toString().compareTo(e.toString()) <= 0, "begin <= end: " + v);
        }
      }
      case MONEY -> {
        for (String k : List.of("amount", "min", "max")) {
          if (v.get(k) != null) {
            assertTrue(new BigDecimal(v.get(k).toString()).signum() >= 0, "non-negative: " + v);
          }
        }
        if (v.get("min") != null && v.get("max") != null) {
          assertTrue(new BigDecimal(v.get("min").toString())
              .compareTo(new BigDecimal(v.get("max").toString())) <= 0, "min <= max: " + v);
        }
        assertEquals(v.get("currency"), Currency.getInstance(v.get("currency").toString())
            .getCurrencyCode());
      }
      case TITLE -> assertTrue(v.get("title") != null && !v.get("title").toString().isBlank(),
          () -> "a title has a canonical form: " + v);
      case OFFICIAL -> assertTrue(v.get("name") != null && !v.get("name").toString().isBlank(),
          () -> "an official has a name: " + v);
    }
  }
}
