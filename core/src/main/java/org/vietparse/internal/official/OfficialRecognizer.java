package org.vietparse.internal.official;

import java.util.Optional;
import org.vietparse.MentionType;
import org.vietparse.official.Official;
import org.vietparse.internal.Document;
import org.vietparse.internal.Recognizer;
import org.vietparse.internal.Settings;

/** Finds OFFICIAL mentions. */
public final class OfficialRecognizer implements Recognizer {

  private OfficialRecognizer() {}

  /** The recognizer with the bundled lexicons. */
  public static OfficialRecognizer create() {
    return new OfficialRecognizer();
  }

  @Override
  public MentionType type() {
    return MentionType.OFFICIAL;
  }

  @Override
  public void recognize(Document doc) {
    // filled in by the official issue
  }

  /** Parses {@code text} as exactly one official expression. */
  public Optional<Official> parse(String text, Settings settings) {
    return Optional.empty();
  }
}
