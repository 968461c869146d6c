package org.vietparse.internal.money;

import java.util.Optional;
import org.vietparse.MentionType;
import org.vietparse.money.Money;
import org.vietparse.internal.Document;
import org.vietparse.internal.Recognizer;
import org.vietparse.internal.Settings;

/** Finds MONEY mentions. */
public final class MoneyRecognizer implements Recognizer {

  private MoneyRecognizer() {}

  /** The recognizer with the bundled lexicons. */
  public static MoneyRecognizer create() {
    return new MoneyRecognizer();
  }

  @Override
  public MentionType type() {
    return MentionType.MONEY;
  }

  @Override
  public void recognize(Document doc) {
    // filled in by the money issue
  }

  /** Parses {@code text} as exactly one money expression. */
  public Optional<Money> parse(String text, Settings settings) {
    return Optional.empty();
  }
}
