package org.vietparse.internal.title;

import java.util.Optional;
import org.vietparse.MentionType;
import org.vietparse.title.Title;
import org.vietparse.internal.Document;
import org.vietparse.internal.Recognizer;
import org.vietparse.internal.Settings;

/** Finds TITLE mentions. */
public final class TitleRecognizer implements Recognizer {

  private TitleRecognizer() {}

  /** The recognizer with the bundled lexicons. */
  public static TitleRecognizer create() {
    return new TitleRecognizer();
  }

  @Override
  public MentionType type() {
    return MentionType.TITLE;
  }

  @Override
  public void recognize(Document doc) {
    // filled in by the title issue
  }

  /** Parses {@code text} as exactly one title expression. */
  public Optional<Title> parse(String text, Settings settings) {
    return Optional.empty();
  }
}
