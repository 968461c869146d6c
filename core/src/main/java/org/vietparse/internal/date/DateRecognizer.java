package org.vietparse.internal.date;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vietparse.DateMention;
import org.vietparse.MentionType;
import org.vietparse.Span;
import org.vietparse.date.DateValue;
import org.vietparse.internal.Document;
import org.vietparse.internal.Recognizer;
import org.vietparse.internal.Settings;
import org.vietparse.internal.date.DateGrammar.Found;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * Finds DATE mentions: the grammar reads the tokens, then the resolver applies the reference
 * date (given, or the document's dateline when asked to detect one) and the preference.
 *
 * <p>The dateline rule: with dateline detection on, the first date of a document serves as its
 * reference date-time when it starts within the document's first {@value #DATELINE_LINES} lines
 * and gives day, month and year ("Thứ bảy 06/12/2025 09:04"), and is not relative. Its clock
 * time, if any, becomes the reference time.
 */
public final class DateRecognizer implements Recognizer {
  static final int DATELINE_LINES = 3;

  private final DateLexicon lexicon;

  private DateRecognizer(DateLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The recognizer with the bundled lexicons. */
  public static DateRecognizer create() {
    return new DateRecognizer(DateLexicon.get());
  }

  @Override
  public MentionType type() {
    return MentionType.DATE;
  }

  @Override
  public void recognize(Document doc) {
    List<Token> tokens = doc.tokens();
    List<Found> found = grammar(doc.text(), tokens, false).scan();
    if (found.isEmpty()) {
      return;
    }
    Settings s = doc.settings();
    LocalDateTime ref = s.referenceDateTime().orElse(null);
    if (s.detectDateline()) {
      LocalDateTime line = dateline(doc.text(), tokens, found);
      if (line != null) {
        ref = line;
      }
    }
    List<DateValue> values = new DateResolver(ref, s.preference()).resolveAll(found);
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      Span span = doc.span(f.start(), f.end());
      doc.add(new DateMention(span, doc.original(span), values.get(k)));
    }
  }

  private DateGrammar grammar(VietText text, List<Token> tokens, boolean whole) {
    return new DateGrammar(lexicon, tokens, !text.hasDiacritics(), whole);
  }

  /** The reference a dateline gives, or null; see the class comment for the rule. */
  static @Nullable LocalDateTime dateline(VietText text, List<Token> tokens, List<Found> found) {
    Found f = found.get(0);
    if (f.rel() != null || f.value().isRange() || f.value().toLocalDate().isEmpty()) {
      return null;
    }
    String s = text.normalized();
    int start = tokens.get(f.start()).start();
    int lines = 0;
    for (int i = 0; i < start; i++) {
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
    VietText vt = VietText.of(text);
    List<Token> tokens = vt.tokens();
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    DateGrammar g = grammar(vt, tokens, true);
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
