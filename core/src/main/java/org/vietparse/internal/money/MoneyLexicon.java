package org.vietparse.internal.money;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.Tsv;
import org.vietparse.money.Modifier;
import org.vietparse.text.Token;
import org.vietparse.text.VietText;

/**
 * The money lexicons, compiled once into tries: currencies, modifiers, units of unit prices,
 * subunits ("xu", "cent"), phrases that begin like a currency but are none ("đồng thời"), and
 * words that label the number after them as something other than an amount ("năm 2024").
 * Immutable and thread-safe.
 */
final class MoneyLexicon {
  private static final String DIR = "/org/vietparse/money/";

  final PhraseTrie<Currency> currencies;
  /**
   * The first words of currencies that are written with a capital ("Euro", "Việt Nam đồng",
   * "Đài tệ"); any other currency word written with one is a name ("12 Đồng Khởi").
   */
  final ImmutableSet<String> capitalizedWords;
  /** Currency signs that may stand before the figure: "$5 triệu", "US$ 200", "€10". */
  final PhraseTrie<Currency> prefixes;
  final PhraseTrie<Modifier> before;
  final PhraseTrie<Modifier> after;
  final PhraseTrie<String> units;
  final PhraseTrie<BigDecimal> subunits;
  /**
   * Phrases that begin with a currency word but are none; the value is true when that holds
   * after any amount ("đồng bào"), false when only after an unscaled one ("10 đồng tiền" are
   * coins or currencies, "5 triệu đồng tiền mặt" is money).
   */
  final PhraseTrie<Boolean> notCurrency;
  /** Words that make the digits after them a year, a date or a reference: "năm 2024". */
  final WordSet numberLabels;
  /** Words after which "năm" is the year, not five: "trong năm", "mỗi năm". */
  final WordSet yearDeterminers;
  /** Words that make the numeral after them vague, no amount: "hàng chục tỷ", "vài trăm". */
  final WordSet vagueQuantifiers;

  private MoneyLexicon() {
    PhraseTrie.Builder<Currency> cur = PhraseTrie.builder();
    PhraseTrie.Builder<Currency> pre = PhraseTrie.builder();
    ImmutableSet.Builder<String> capitalized = ImmutableSet.builder();
    Tsv c = Tsv.load(DIR + "currencies.tsv");
    int word = c.column("word");
    int code = c.column("code");
    for (List<String> row : c.rows()) {
      String w = Tsv.cell(row, word);
      Currency currency = Currency.getInstance(Tsv.cell(row, code));
      cur.put(w, currency);
      List<Token> first = VietText.of(w).tokens();
      if (!first.isEmpty() && first.get(0).isCapitalized()) {
        capitalized.add(first.get(0).lower());
      }
      if (w.chars().anyMatch(ch -> !Character.isLetter(ch) && ch != ' ')) {
        pre.put(w, currency);
      }
    }
    currencies = cur.build();
    capitalizedWords = capitalized.build();
    prefixes = pre.build();

    PhraseTrie.Builder<Modifier> bef = PhraseTrie.builder();
    PhraseTrie.Builder<Modifier> aft = PhraseTrie.builder();
    Tsv m = Tsv.load(DIR + "modifiers.tsv");
    int mw = m.column("word");
    int mm = m.column("modifier");
    int mp = m.column("position");
    for (List<String> row : m.rows()) {
      Modifier mod = Modifier.valueOf(Tsv.cell(row, mm));
      String position = Tsv.cell(row, mp);
      if (position.equals("before")) {
        bef.put(Tsv.cell(row, mw), mod);
      } else if (position.equals("after")) {
        aft.put(Tsv.cell(row, mw), mod);
      } else {
        throw new IllegalStateException("modifier position must be before or after: " + row);
      }
    }
    before = bef.build();
    after = aft.build();

    PhraseTrie.Builder<String> u = PhraseTrie.builder();
    Tsv ut = Tsv.load(DIR + "units.tsv");
    int uw = ut.column("word");
    int uu = ut.column("unit");
    for (List<String> row : ut.rows()) {
      u.put(Tsv.cell(row, uw), Tsv.cell(row, uu));
    }
    units = u.build();

    PhraseTrie.Builder<BigDecimal> s = PhraseTrie.builder();
    Tsv st = Tsv.load(DIR + "subunits.tsv");
    int sw = st.column("word");
    int sf = st.column("fraction");
    for (List<String> row : st.rows()) {
      s.put(Tsv.cell(row, sw), new BigDecimal(Tsv.cell(row, sf)));
    }
    subunits = s.build();

    PhraseTrie.Builder<Boolean> n = PhraseTrie.builder();
    Tsv nt = Tsv.load(DIR + "not-currency.tsv");
    int np = nt.column("phrase");
    int nw = nt.column("when");
    for (List<String> row : nt.rows()) {
      String when = Tsv.cell(row, nw);
      if (!when.equals("always") && !when.equals("unscaled")) {
        throw new IllegalStateException("not-currency 'when' must be always or unscaled: " + row);
      }
      n.put(Tsv.cell(row, np), when.equals("always"));
    }
    notCurrency = n.build();

    numberLabels = WordSet.load(DIR + "number-labels.tsv");
    yearDeterminers = WordSet.load(DIR + "year-determiners.tsv");
    vagueQuantifiers = WordSet.load(DIR + "vague-quantifiers.tsv");
  }

  /** Single words, matched by their lower-case or, for text without diacritics, folded form. */
  static final class WordSet {
    private final ImmutableSet<String> lower;
    private final ImmutableSet<String> folded;

    private WordSet(ImmutableSet<String> lower, ImmutableSet<String> folded) {
      this.lower = lower;
      this.folded = folded;
    }

    static WordSet load(String resource) {
      ImmutableSet.Builder<String> lower = ImmutableSet.builder();
      ImmutableSet.Builder<String> folded = ImmutableSet.builder();
      Tsv t = Tsv.load(resource);
      int w = t.column("word");
      for (List<String> row : t.rows()) {
        List<Token> tokens = VietText.of(Tsv.cell(row, w)).tokens();
        if (tokens.size() != 1) {
          throw new IllegalStateException("one word a line in " + resource + ": " + row);
        }
        lower.add(tokens.get(0).lower().toLowerCase(Locale.ROOT));
        folded.add(tokens.get(0).folded());
      }
      return new WordSet(lower.build(), folded.build());
    }

    boolean contains(Token t, boolean foldedText) {
      return t.isWord() && (foldedText ? folded.contains(t.folded()) : lower.contains(t.lower()));
    }
  }

  /** The shared instance, loaded on first use. */
  static MoneyLexicon get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final MoneyLexicon INSTANCE = new MoneyLexicon();
  }
}
