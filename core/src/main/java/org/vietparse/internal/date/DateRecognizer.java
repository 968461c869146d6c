package org.vietparse.internal.date;

import java.util.Optional;
import org.vietparse.MentionType;
import org.vietparse.date.DateValue;
import org.vietparse.internal.Document;
import org.vietparse.internal.Recognizer;
import org.vietparse.internal.Settings;

/** Finds DATE mentions. */
public final class DateRecognizer implements Recognizer {

  private DateRecognizer() {}

  /** The recognizer with the bundled lexicons. */
  public static DateRecognizer create() {
    return new DateRecognizer();
  }

  @Override
  public MentionType type() {
    return MentionType.DATE;
  }

  @Override
  public void recognize(Document doc) {
    // filled in by the date issue
  }

  /** Parses {@code text} as exactly one date expression. */
  public Optional<DateValue> parse(String text, Settings settings) {
    return Optional.empty();
  }
}
