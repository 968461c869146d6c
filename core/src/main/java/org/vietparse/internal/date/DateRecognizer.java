package org.vietparse.internal.date;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vietparse.DateMention;
import org.vietparse.Span;
import org.vietparse.date.DateValue;
import org.vietparse.date.Preference;
import org.vietparse.internal.Document;
import org.vietparse.internal.Settings;
import org.vietparse.internal.date.DateGrammar.Found;
import org.vietparse.internal.number.Numerals;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * Finds DATE mentions in two stages: {@link #find} reads the tokens with the date grammar, and
 * {@link #resolve} (document resolution) gives each expression its value in context: the
 * reference date (given, or the document's dateline when asked to detect one), the preference,
 * and the dates the text has named before it.
 *
 * <p>The dateline rule: with dateline detection on, the first date of a document serves as its
 * reference date-time when it starts within the document's first {@value #DATELINE_LINES} lines
 * and gives day, month and year ("Thứ bảy 06/12/2025 09:04"), and is not relative. Its clock
 * time, if any, becomes the reference time.
 *
 * <p>Immutable and thread-safe; the lexicons are loaded once and shared.
 */
public final class DateRecognizer {
  static final int DATELINE_LINES = 3;

  private final DateLexicon lexicon;

  private DateRecognizer(DateLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The recognizer with the bundled lexicons. */
  public static DateRecognizer create() {
    return new DateRecognizer(DateLexicon.get());
  }

  /**
   * The date expressions of a document, left to right, never overlapping.
   *
   * @param doc the document
   * @param numerals its numeral layer
   * @return what the grammar found, unresolved
   */
  public DateCandidates find(Document doc, Numerals numerals) {
    return new DateCandidates(grammar(doc.tokens(), numerals, doc.folded(), false).scan());
  }

  /**
   * The DATE mentions of a document: each expression found, valued in context.
   *
   * @param doc the document
   * @param candidates what {@link #find} found in it
   * @param settings the reference date-time, dateline detection and preference
   * @return the mentions, in text order
   */
  public List<DateMention> resolve(Document doc, DateCandidates candidates, Settings settings) {
    return resolve(doc, candidates, new DateContext(settings));
  }

  /**
   * The DATE mentions of one window of a text, valued in the context the earlier windows left,
   * which this one then updates: read window after window with one context, a text gets the
   * values it gets read whole.
   *
   * @param doc the window's document
   * @param candidates what {@link #find} found in it
   * @param context the text's context, from the previous window or new for the first
   * @return the mentions, in text order
   */
  public List<DateMention> resolve(Document doc, DateCandidates candidates,
      DateContext context) {
    List<Found> found = own(doc, candidates.found());
    if (found.isEmpty()) {
      // nothing to value; what a later window needs is counted all the same
      if (context.resolver == null && context.settings.detectDateline()) {
        context.lines = Math.min(DATELINE_LINES, context.lines + lines(doc));
      }
      sentences(doc, context);
      return List.of();
    }
    LocalDateTime line = null;
    if (context.resolver == null && context.settings.detectDateline()) {
      line = dateline(doc.text(), doc.tokens(), found, context.lines, doc.ownStart());
    }
    DateResolver resolver = context.resolver(line);
    int[] sentence = sentences(doc, context);
    List<DateValue> values = resolver.resolveAll(found,
        sites(doc.tokens(), found, doc.folded(), sentence));
    List<DateMention> out = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      Span span = doc.span(f.start(), f.end());
      out.add(new DateMention(span, doc.original(span), values.get(k)));
    }
    return out;
  }

  /** What was found in the tokens the document reports on: for a window, not in its context. */
  private static List<Found> own(Document doc, List<Found> found) {
    int a = doc.firstOwn();
    int b = doc.endOwn();
    if (found.isEmpty() || found.get(0).start() >= a && found.get(found.size() - 1).start() < b) {
      return found;
    }
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      if (f.start() >= a && f.start() < b) {
        out.add(f);
      }
    }
    return out;
  }

  /** The line breaks of the chars a document reports on, up to {@value #DATELINE_LINES}. */
  private static int lines(Document doc) {
    String s = doc.text().normalized();
    int lines = 0;
    for (int i = s.indexOf('\n', doc.ownStart()); i >= 0 && i < doc.ownEnd()
        && lines < DATELINE_LINES; i = s.indexOf('\n', i + 1)) {
      lines++;
    }
    return lines;
  }

  private DateGrammar grammar(List<Token> tokens, Numerals numerals, boolean folded,
      boolean whole) {
    return new DateGrammar(lexicon, tokens, numerals, folded, whole);
  }

  /** How far back from a mention the words that give its tense are looked for. */
  static final int TENSE_WINDOW = 10;

  /**
   * The sentence of each token, counted on from the context's count, which is left at the last
   * token's: a line break or a sentence end starts the next sentence. One pass over the tokens.
   */
  private static int[] sentences(Document doc, DateContext context) {
    List<Token> tokens = doc.tokens();
    int a = doc.firstOwn();
    int b = doc.endOwn();
    int[] sentence = new int[tokens.size() + 1];
    // a window's context belongs to no sentence of its own: the tense is never looked for there
    Arrays.fill(sentence, 0, a, -1);
    int s = context.sentence;
    boolean before = context.tokens;
    for (int i = a; i < b; i++) {
      Token x = tokens.get(i);
      if ((i > a || before) && x.newlineBefore()) {
        s++;
      }
      sentence[i] = s;
      if (endsSentence(tokens, i)) {
        s++;
      }
    }
    context.sentence = s;
    context.tokens = before || b > a;
    return sentence;
  }

  /**
   * Where each mention stands: its sentence, whether "so với" comes before it, and the tense of
   * its clause. At most {@value #TENSE_WINDOW} tokens back per mention.
   */
  private List<DateResolver.Site> sites(List<Token> tokens, List<Found> found, boolean folded,
      int[] sentence) {
    List<DateResolver.Site> out = new ArrayList<>(found.size());
    for (Found f : found) {
      int start = f.start();
      boolean comparison = lexicon.before(tokens, start, "comparison", folded);
      Preference tense = null;
      for (int j = start - 1; j >= 0 && j >= start - TENSE_WINDOW && tense == null; j--) {
        Token x = tokens.get(j);
        if (x.kind() == Token.Kind.PUNCT && !x.isDash() || sentence[j] != sentence[start]) {
          break;
        }
        if (lexicon.at(tokens, j, "past-tense", folded)) {
          tense = Preference.PAST;
        } else if (lexicon.at(tokens, j, "future-tense", folded)) {
          tense = Preference.FUTURE;
        }
      }
      out.add(new DateResolver.Site(sentence[start], comparison, tense));
    }
    return out;
  }

  /** Whether token i ends a sentence: ".", "!", "?" before a space, a capital or the end. */
  private static boolean endsSentence(List<Token> tokens, int i) {
    Token x = tokens.get(i);
    if (x.is('!') || x.is('?')) {
      return true;
    }
    if (!x.is('.')) {
      return false;
    }
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    return next == null || next.spaceBefore() || next.isWord() && next.isCapitalized();
  }

  /**
   * The reference a dateline gives, or null, see the class comment for the rule, for a text that
   * follows {@code linesBefore} line breaks of the same document (0 but for a later window),
   * counting the line breaks from normalized offset {@code from} (where a window's context ends).
   */
  static @Nullable LocalDateTime dateline(VietText text, List<Token> tokens, List<Found> found,
      int linesBefore, int from) {
    if (linesBefore >= DATELINE_LINES) {
      return null;
    }
    Found f = found.get(0);
    if (f.rel() != null || f.value().isRange() || f.value().toLocalDate().isEmpty()) {
      return null;
    }
    String s = text.normalized();
    int start = tokens.get(f.start()).start();
    int lines = linesBefore;
    for (int i = from; i < start; i++) {
      if (s.charAt(i) == '\n' && ++lines >= DATELINE_LINES) {
        return null;
      }
    }
    DateValue v = f.value();
    return v.toLocalDateTime().orElseGet(() -> v.toLocalDate().orElseThrow().atStartOfDay());
  }

  /** Whether the tokens before {@code start} are only "lúc", "vào lúc", "khoảng" and the like. */
  private boolean onlyLeadIn(List<Token> tokens, int start) {
    int k = 0;
    while (k < start) {
      var m = lexicon.keywords.longest(tokens, k, false);
      if (m == null || (m.value() & DateLexicon.Role.AT.bit()) == 0 || m.end() > start) {
        return false;
      }
      k = m.end();
    }
    return true;
  }

  /**
   * Parses {@code text} as exactly one date expression (after an optional "lúc", "vào lúc",
   * "khoảng"; before an optional time zone such as "(giờ địa phương)"), resolved with the settings' reference date and preference.
   */
  public Optional<DateValue> parse(String text, Settings settings) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(settings, "settings");
    Document doc = Document.of(text);
    List<Token> tokens = doc.tokens();
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    DateGrammar g = grammar(tokens, Numerals.read(tokens, false), doc.folded(), true);
    List<Found> found = g.scan();
    if (found.size() != 1 || !onlyLeadIn(tokens, found.get(0).start())) {
      return Optional.empty();
    }
    int end = found.get(0).end();
    if (end != tokens.size() && g.zoneEnd(end) != tokens.size()) {
      return Optional.empty();
    }
    return Optional.of(new DateResolver(settings.referenceDateTime().orElse(null),
        settings.preference()).resolveAll(found).get(0));
  }
}
