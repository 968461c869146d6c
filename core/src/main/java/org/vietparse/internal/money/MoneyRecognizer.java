package org.vietparse.internal.money;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
  /**
   * The figure whose currency {@code f} takes: the nearest at most {@value #NEAR} tokens away
   * whose amount has the same scale word ("6 triệu đồng … trên 25 triệu"), or the nearest at
   * all when {@code f} is a unit price ("lương gần 300 triệu mỗi tháng"); null when none is.
   * "Dân số 100 triệu, GDP 400 tỷ USD" counts people. Looks at the figures within reach only.
   */
  private static MoneyGrammar.@Nullable Found neighbour(List<MoneyGrammar.Found> before,
      List<MoneyGrammar.Found> written, int next, MoneyGrammar.Found f) {
    boolean unitPrice = f.money().per().isPresent();
    MoneyGrammar.Found best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = before.size() - 1; k >= 0 && f.start() - before.get(k).end() <= NEAR; k--) {
      MoneyGrammar.Found w = before.get(k);
      if (unitPrice || Objects.equals(w.scale(), f.scale())) {
        best = w;
        bestDistance = f.start() - w.end();
        break;
      }
    }
    for (int k = next; k < written.size() && written.get(k).start() - f.end() <= NEAR
        && written.get(k).start() - f.end() < bestDistance; k++) {
      MoneyGrammar.Found w = written.get(k);
      if (unitPrice || Objects.equals(w.scale(), f.scale())) {
        return w;
      }
    }
    return best;
  }

  /** How far, in tokens, a figure with no currency looks for one with a currency. */
  private static final int NEAR = 80;
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
    return find(doc, numerals, true);
  }

  /**
   * The MONEY mentions; with {@code filtered}, the grammar is asked only where
   * {@link MoneyGrammar#mayStart} allows, else at every token (for the tests that compare the
   * two).
   */
  List<MoneyMention> find(Document doc, Numerals numerals, boolean filtered) {
    List<Token> tokens = doc.tokens();
    MoneyGrammar g = new MoneyGrammar(lex, tokens, numerals, doc.folded(), false);
    List<MoneyGrammar.Found> written = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (filtered && !g.mayStart(i)) {
        i++;
        continue;
      }
      MoneyGrammar.Found f = g.at(i);
      if (f == null) {
        i = g.resume(i);
        continue;
      }
      written.add(f);
      i = f.end();
    }
    List<MoneyGrammar.Found> all = withImplied(g, tokens.size(), written, filtered);
    List<MoneyMention> out = new ArrayList<>(all.size());
    for (MoneyGrammar.Found f : all) {
      Span span = doc.span(f.start(), f.end());
      if (f.cut() > 0) {
        // "1,2 tỷUSDvào": the figure ends inside the token its code was glued to
        int end = doc.originalEnd(tokens.get(f.end() - 1).start() + f.cut());
        span = Span.of(span.start(), Math.max(span.start(), end));
      }
      out.add(new MoneyMention(span, doc.original(span), f.money()));
    }
    return out;
  }

  /**
   * The figures found, with those between them whose currency is left out: each takes the
   * currency of the nearest figure with one written, when that is at most {@value #NEAR} tokens
   * away ("giá bán 163 - 166 triệu đồng, nhẫn 166,5 - 169,5 triệu"). One pass over the gaps.
   */
  private static List<MoneyGrammar.Found> withImplied(MoneyGrammar g, int n,
      List<MoneyGrammar.Found> written, boolean filtered) {
    if (written.isEmpty()) {
      return written;
    }
    List<MoneyGrammar.Found> out = new ArrayList<>(written.size());
    int next = 0;
    int i = 0;
    while (i < n) {
      while (next < written.size() && written.get(next).start() < i) {
        next++;
      }
      if (next < written.size() && written.get(next).start() == i) {
        MoneyGrammar.Found w = written.get(next);
        out.add(w);
        i = w.end();
        continue;
      }
      MoneyGrammar.Found before = out.isEmpty() ? null : out.get(out.size() - 1);
      MoneyGrammar.Found after = next < written.size() ? written.get(next) : null;
      int dBefore = before == null ? Integer.MAX_VALUE : i - before.end();
      int dAfter = after == null ? Integer.MAX_VALUE : after.start() - i;
      if (Math.min(dBefore, dAfter) > NEAR) {
        i = after == null ? n : Math.max(i + 1, after.start() - NEAR);
        continue;
      }
      if (filtered && !g.mayStart(i)) {
        i++;
        continue;
      }
      // read once with any currency, to know the figure's scale and whether it is a unit price
      MoneyGrammar.Found f = g.implied(i, (dBefore <= dAfter ? before : after).money().currency());
      if (f == null || after != null && f.end() > after.start()) {
        i = g.resume(i);
        continue;
      }
      MoneyGrammar.Found near = neighbour(out, written, next, f);
      if (near == null) {
        i = f.end();
        continue;
      }
      out.add(near.money().currency().equals(f.money().currency()) ? f
          : Objects.requireNonNull(g.implied(i, near.money().currency())));
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
