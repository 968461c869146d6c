package org.vietparse.internal;

import java.time.LocalDateTime;
import java.util.Optional;
import org.vietparse.date.Preference;

/**
 * What an extractor was configured with, as the recognizers see it.
 *
 * @param referenceDateTime the reference date-time, when one was given
 * @param detectDateline whether a dateline at the top of a document sets the reference
 * @param preference how to resolve an ambiguous date against the reference
 */
public record Settings(Optional<LocalDateTime> referenceDateTime, boolean detectDateline,
    Preference preference) {

  /** No reference, no dateline detection, nearest preference. */
  public static final Settings DEFAULT =
      new Settings(Optional.empty(), false, Preference.NEAREST);
}
