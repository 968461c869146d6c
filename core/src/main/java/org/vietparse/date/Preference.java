package org.vietparse.date;

/**
 * How a date that the text leaves ambiguous ("7/3" with no year, "thứ hai" with no week) is
 * resolved against the reference date.
 *
 * <pre>{@code
 * VietParse.extractor().referenceDate(LocalDate.of(2024, 11, 11)).prefer(Preference.PAST).build();
 * }</pre>
 */
public enum Preference {
  /** The candidate closest to the reference date, past or future: what news means. */
  NEAREST,
  /** The latest candidate on or before the reference date: reports of what happened. */
  PAST,
  /** The earliest candidate on or after the reference date: what scheduling expects. */
  FUTURE
}
