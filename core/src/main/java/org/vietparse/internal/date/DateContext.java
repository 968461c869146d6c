package org.vietparse.internal.date;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.Settings;

/**
 * What the resolution of one text's dates carries from a window of the text to the next
 * ({@link DateRecognizer#resolve(org.vietparse.internal.Document, DateCandidates, DateContext)}),
 * so that a text read in windows gets the values it gets read whole: the reference (given, or
 * the dateline once the first date is found, with the line breaks counted before it), the
 * sentence count, and the resolver, which holds the latest day, period and year the text has
 * named. A few fields, whatever the length of the text: no earlier window stays alive.
 *
 * <p>Mutable, for one text on one thread; a new one for each text.
 */
public final class DateContext {
  final Settings settings;
  /** The resolver once the reference is known: before the first date when there is no dateline. */
  @Nullable DateResolver resolver;
  /** Line breaks of the windows before the first date, counted up to the dateline's limit. */
  int lines;
  /** The sentence number of the last token so far, as {@code DateRecognizer.sites} counts. */
  int sentence;
  /** Whether an earlier window had a token: a line break before the next one starts a sentence. */
  boolean tokens;

  /**
   * A context for a new text.
   *
   * @param settings the reference date-time, dateline detection and preference
   */
  public DateContext(Settings settings) {
    this.settings = settings;
  }

  /** The resolver with the reference the text's first date leaves (the dateline, if it is one). */
  DateResolver resolver(@Nullable LocalDateTime dateline) {
    if (resolver == null) {
      LocalDateTime ref = dateline != null ? dateline
          : settings.referenceDateTime().orElse(null);
      resolver = new DateResolver(ref, settings.preference());
    }
    return resolver;
  }
}
