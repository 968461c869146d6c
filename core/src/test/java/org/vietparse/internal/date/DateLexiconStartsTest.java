package org.vietparse.internal.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vietparse.internal.Document;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * {@code DateLexicon.starts} answers in one look-up what the grammar's gate asked a dozen
 * lexicons: its {@code START} bit is {@code mayStart} for every word, and a lexicon's bit is
 * clear only where that lexicon's longest phrase is null. Checked at every token of texts made
 * from the lexicons' own phrases, in both modes, and for the first word of every phrase.
 */
class DateLexiconStartsTest {
  private static final DateLexicon LEX = DateLexicon.get();

  private static final Map<String, Integer> FILES = Map.ofEntries(
      Map.entry("keywords", DateLexicon.KEYWORD), Map.entry("parts-of-day", DateLexicon.PART),
      Map.entry("weekdays", DateLexicon.WEEKDAY), Map.entry("month-names", DateLexicon.MONTH_NAME),
      Map.entry("relative-words", DateLexicon.RELATIVE),
      Map.entry("named-days", DateLexicon.NAMED_DAY), Map.entry("time-zones", DateLexicon.ZONE),
      Map.entry("period-words", DateLexicon.PERIOD_WORD), Map.entry("seasons", DateLexicon.SEASON),
      Map.entry("sexagenary", DateLexicon.SEXAGENARY), Map.entry("idioms", DateLexicon.IDIOM));

  private static Map<Integer, PhraseTrie<?>> tries() {
    return Map.ofEntries(Map.entry(DateLexicon.KEYWORD, LEX.keywords),
        Map.entry(DateLexicon.PART, LEX.parts), Map.entry(DateLexicon.WEEKDAY, LEX.weekdays),
        Map.entry(DateLexicon.MONTH_NAME, LEX.monthNames),
        Map.entry(DateLexicon.RELATIVE, LEX.relatives),
        Map.entry(DateLexicon.NAMED_DAY, LEX.namedDays), Map.entry(DateLexicon.ZONE, LEX.zones),
        Map.entry(DateLexicon.PERIOD_WORD, LEX.periodWords),
        Map.entry(DateLexicon.SEASON, LEX.seasons),
        Map.entry(DateLexicon.SEXAGENARY, LEX.sexagenary),
        Map.entry(DateLexicon.IDIOM, LEX.idioms));
  }

  private static void agrees(String text) {
    List<Token> tokens = Document.of(text).tokens();
    Map<Integer, PhraseTrie<?>> tries = tries();
    for (int i = 0; i < tokens.size(); i++) {
      Token x = tokens.get(i);
      for (boolean folded : new boolean[] {false, true}) {
        int s = LEX.starts(x, folded);
        String where = text + " at " + i + " (folded: " + folded + ")";
        if (x.isWord()) {
          assertEquals(LEX.mayStart(tokens, i, folded), (s & DateLexicon.START) != 0, where);
        }
        for (var e : tries.entrySet()) {
          if ((s & e.getKey()) == 0) {
            assertNull(e.getValue().longest(tokens, i, folded), where + " bit " + e.getKey());
          }
        }
        if ((s & DateLexicon.THEN_BEFORE) == 0) {
          assertFalse(LEX.at(tokens, i, "then-before", folded), where);
        }
      }
    }
  }

  @Test
  void bitsAgreeWithTheLexiconsOnGeneratedTexts() {
    qt().withExamples(2000).forAll(longs().all())
        .checkAssert(seed -> agrees(DateGrammarGateTest.text(seed)));
  }

  @Test
  void everyPhraseSetsItsLexiconsBitOnItsFirstWord() {
    // the comparison above would pass if every bit were always set: this fails if one is not
    FILES.forEach((file, bit) -> {
      for (String row : DateGrammarGateTest.lines("/org/vietparse/date/" + file + ".tsv")) {
        String phrase = row.split("\t")[0];
        if (phrase.isBlank()) {
          continue;
        }
        for (boolean folded : new boolean[] {false, true}) {
          String text = folded ? VietText.of(phrase).folded() : phrase;
          List<Token> tokens = Document.of(text).tokens();
          if (tries().get(bit).longest(tokens, 0, folded) != null) {
            assertNotEquals(0, LEX.starts(tokens.get(0), folded) & bit, file + ": " + text);
          }
        }
      }
    });
  }

  @Test
  void aWordOfNoLexiconHasNoBits() {
    List<Token> tokens = Document.of("người dân").tokens();
    assertEquals(0, LEX.starts(tokens.get(0), false));
    assertNotEquals(0, LEX.starts(Document.of("tháng").tokens().get(0), false)
        & (DateLexicon.START | DateLexicon.KEYWORD));
  }
}
