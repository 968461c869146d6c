package org.vietparse.internal.money;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vietparse.MentionType;
import org.vietparse.MoneyMention;
import org.vietparse.Span;
import org.vietparse.internal.Document;
import org.vietparse.internal.Recognizer;
import org.vietparse.internal.Settings;
import org.vietparse.money.Money;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * Finds MONEY mentions: amounts with a currency ("hơn 1,3 tỷ USD", "500.000đ", "$5 triệu"),
 * ranges ("từ 2 đến 3 tỷ đồng"), unit prices ("khoảng nửa triệu đồng/lượng"). Immutable and
 * thread-safe; the lexicons are loaded once and shared.
 */
public final class MoneyRecognizer implements Recognizer {
  private final MoneyLexicon lex;

  private MoneyRecognizer(MoneyLexicon lex) {
    this.lex = lex;
  }

  /** The recognizer with the bundled lexicons. */
  public static MoneyRecognizer create() {
    return new MoneyRecognizer(MoneyLexicon.get());
  }

  /** The recognizer with the bundled lexicons and more currency words (word → currency). */
  public static MoneyRecognizer create(Map<String, Currency> currencyWords) {
    return new MoneyRecognizer(MoneyLexicon.withCurrencies(currencyWords));
  }

  @Override
  public MentionType type() {
    return MentionType.MONEY;
  }

  @Override
  public void recognize(Document doc) {
    List<Token> tokens = doc.tokens();
    MoneyGrammar g = new MoneyGrammar(lex, tokens, !doc.text().hasDiacritics(), false);
    int i = 0;
    while (i < tokens.size()) {
      MoneyGrammar.Found f = g.at(i);
      if (f == null) {
        i = g.resume(i);
        continue;
      }
      Span span = doc.span(f.start(), f.end());
      doc.add(new MoneyMention(span, doc.original(span), f.money()));
      i = f.end();
    }
  }

  /**
   * Parses {@code text} as exactly one money expression. An amount with no currency is taken
   * to be in đồng.
   */
  public Optional<Money> parse(String text, Settings settings) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(settings, "settings");
    VietText vt = VietText.of(text);
    List<Token> tokens = vt.tokens();
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    MoneyGrammar.Found f = new MoneyGrammar(lex, tokens, !vt.hasDiacritics(), true).at(0);
    return f != null && f.end() == tokens.size() ? Optional.of(f.money()) : Optional.empty();
  }
}
