package org.vietparse.internal.money;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vietparse.MoneyMention;
import org.vietparse.Span;
import org.vietparse.internal.Document;
import org.vietparse.internal.number.Numerals;
import org.vietparse.internal.text.Token;
import org.vietparse.money.Money;

/**
 * Finds MONEY mentions: amounts with a currency ("hơn 1,3 tỷ USD", "500.000đ", "$5 triệu"),
 * ranges ("từ 2 đến 3 tỷ đồng"), unit prices ("khoảng nửa triệu đồng/lượng"). Immutable and
 * thread-safe; the lexicons are loaded once and shared.
 */
public final class MoneyRecognizer {
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

  /**
   * The MONEY mentions of a document, left to right, never overlapping.
   *
   * @param doc the document
   * @param numerals its numeral layer
   * @return the mentions
   */
  public List<MoneyMention> find(Document doc, Numerals numerals) {
    List<Token> tokens = doc.tokens();
    MoneyGrammar g = new MoneyGrammar(lex, tokens, numerals, doc.folded(), false);
    List<MoneyMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      MoneyGrammar.Found f = g.at(i);
      if (f == null) {
        i = g.resume(i);
        continue;
      }
      Span span = doc.span(f.start(), f.end());
      out.add(new MoneyMention(span, doc.original(span), f.money()));
      i = f.end();
    }
    return out;
  }

  /**
   * Parses {@code text} as exactly one money expression. An amount with no currency is taken
   * to be in đồng.
   */
  public Optional<Money> parse(String text) {
    Objects.requireNonNull(text, "text");
    Document doc = Document.of(text);
    List<Token> tokens = doc.tokens();
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    MoneyGrammar.Found f =
        new MoneyGrammar(lex, tokens, Numerals.read(tokens, false), doc.folded(), true).at(0);
    return f != null && f.end() == tokens.size() ? Optional.of(f.money()) : Optional.empty();
  }
}
