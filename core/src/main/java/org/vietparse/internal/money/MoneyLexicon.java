package org.vietparse.internal.money;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.ibm.icu.text.CurrencyMetaInfo;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.Tsv;
import org.vietparse.internal.compiled.CompiledLexicons;
import org.vietparse.internal.compiled.PhraseWords;
import org.vietparse.money.Modifier;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.WordFilter;
import org.vietparse.internal.text.WordMap;

/**
 * The money lexicons, compiled once into tries: currencies, modifiers, units of unit prices,
 * subunits ("xu", "cent"), phrases that begin like a currency but are none ("đồng thời"), and
 * words that label the number after them as something other than an amount ("năm 2024").
 * Immutable and thread-safe.
 */
final class MoneyLexicon {
  private static final String DIR = "/org/vietparse/money/";
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger("org.vietparse.lexicon");

  final PhraseTrie<Currency> currencies;
  /**
   * The first words of currencies that are written with a capital ("Euro", "Việt Nam đồng",
   * "Đài tệ"); any other currency word written with one is a name ("12 Đồng Khởi").
   */
  final ImmutableSet<String> capitalizedWords;
  /**
   * The ISO codes the lexicon lists as words (the currencies of the press): before a figure
   * they need no sign that the figure is money ("USD 50"), while any other code needs a figure
   * that is plainly an amount ("PEN 5 triệu", not "TOP 10").
   */
  final ImmutableSet<String> listedCodes;
  /** The currencies written as one word, by lower-case form: "đồng", "usd", "euro". */
  private final ImmutableMap<String, Currency> singleWords;
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
  /**
   * Words that may follow a figure whose currency is left out ("giảm 15 triệu so với …"): a
   * figure followed by any other word counts something else ("15 triệu người").
   */
  final WordSet bareAmountFollowers;
  /**
   * Currency words that are commoner words too and name money only after an amount of a
   * thousand or more ("50 triệu bảng"; "5 bảng màu" are palettes).
   */
  final WordSet largeOnly;
  /**
   * Words that may follow a currency word and take its second syllable as their first: in "120
   * tỷ đồng thời điểm đó" the figure closes with "đồng" and "thời điểm" begins, so the phrase
   * "đồng thời" of {@link #notCurrency} is not read.
   */
  final PhraseTrie<Boolean> afterCurrency;
  /** Phrases that end in a number label but label nothing: "con số 287 triệu đồng". */
  final PhraseTrie<Boolean> notLabels;
  /** Words that make the numeral after them vague, no amount: "hàng chục tỷ", "vài trăm". */
  final WordSet vagueQuantifiers;
  /**
   * The words a numeral may begin with (lower case): the shared number reader is asked only at
   * these and at digits, since at any other word it reads nothing. Must hold every word the
   * reader starts a numeral with; MoneyLexiconTest checks that.
   */
  /**
   * The first tokens of the modifiers before a figure and of the currency signs, and "từ": a
   * token outside these can start a figure only as its amount. Lower-case and folded forms.
   */
  private final WordSet lead;
  /**
   * The lead words in both forms, with "năm" and "nam" (five before a currency): a word outside
   * this filter starts a figure only as its amount or an ISO code, which the money scan's gate
   * asks from the token's hash alone.
   */
  private final WordFilter beginsFigure;

  private MoneyLexicon(Map<String, Currency> extraCurrencies) {
    PhraseTrie.Builder<Currency> cur = PhraseTrie.builder();
    PhraseTrie.Builder<Currency> pre = PhraseTrie.builder();
    ImmutableSet.Builder<String> capitalized = ImmutableSet.builder();
    ImmutableSet.Builder<String> leadL = ImmutableSet.builder();
    ImmutableSet.Builder<String> leadF = ImmutableSet.builder();
    Tsv c = Tsv.load(DIR + "currencies.tsv");
    int word = c.column("word");
    int code = c.column("code");
    Map<String, Currency> words = new LinkedHashMap<>();
    for (List<String> row : c.rows()) {
      words.put(Tsv.cell(row, word), Currency.getInstance(Tsv.cell(row, code)));
    }
    for (String w : words.keySet()) {
      PhraseWords first = PhraseWords.of(w);
      if (first.size() > 0 && first.isCapitalized(0)) {
        capitalized.add(first.lower(0));
      }
    }
    // ICU's names and symbols of every currency in use, in Vietnamese and English; the
    // bundled words (the press's own forms) come first, and the builder's replace both
    Map<String, Currency> lowerWords = new HashMap<>();
    words.forEach((w, cu) -> lowerWords.putIfAbsent(w.toLowerCase(Locale.ROOT), cu));
    icuNames().forEach((w, cu) -> {
      if (!lowerWords.containsKey(w)) {
        words.putIfAbsent(w, cu);
      }
    });
    words.putAll(extraCurrencies);
    ImmutableSet.Builder<String> codeWords = ImmutableSet.builder();
    Map<String, Currency> single = new HashMap<>();
    for (Map.Entry<String, Currency> e : words.entrySet()) {
      String w = e.getKey();
      Currency currency = e.getValue();
      cur.put(w, currency);
      if (allLetters(w)) {
        single.putIfAbsent(w.toLowerCase(Locale.ROOT), currency);
      }
      if (w.equals(currency.getCurrencyCode())) {
        codeWords.add(w);
      }
      if (w.endsWith(".") || hasCurrencySymbol(w)) {
        pre.put(w, currency);
        addLead(w, leadL, leadF);
      }
    }
    currencies = cur.build();
    capitalizedWords = capitalized.build();
    listedCodes = codeWords.build();
    singleWords = ImmutableMap.copyOf(single);
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
        addLead(Tsv.cell(row, mw), leadL, leadF);
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
    bareAmountFollowers = WordSet.load(DIR + "bare-amount-followers.tsv");
    largeOnly = WordSet.load(DIR + "large-only-currencies.tsv");
    notLabels = phrases("not-labels.tsv");
    afterCurrency = phrases("after-currency.tsv");
    addLead("từ", leadL, leadF);
    addLead("giữa", leadL, leadF);
    Tsv vq = Tsv.load(DIR + "vague-quantifiers.tsv");
    for (List<String> row : vq.rows()) {
      addLead(Tsv.cell(row, vq.column("word")), leadL, leadF);
    }
    lead = new WordSet(leadL.build(), leadF.build());
    beginsFigure = WordFilter.builder().addAll(leadL.build()).addAll(leadF.build())
        .add("năm").add("nam").build();
  }

  // loops, not streams: run once per currency word at start-up, where a stream's set-up costs
  // more than the check
  private static boolean allLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasCurrencySymbol(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.getType(w.charAt(i)) == Character.CURRENCY_SYMBOL) {
        return true;
      }
    }
    return false;
  }

  /** A one-column file of phrases, as a trie. */
  private static PhraseTrie<Boolean> phrases(String file) {
    PhraseTrie.Builder<Boolean> b = PhraseTrie.builder();
    Tsv t = Tsv.load(DIR + file);
    for (List<String> row : t.rows()) {
      b.put(Tsv.cell(row, t.column("phrase")), Boolean.TRUE);
    }
    return b.build();
  }

  /** The first instant of the years whose currencies are read: those in use since then. */
  private static final Date IN_USE_SINCE = new Date(1_577_836_800_000L);

  /**
   * ICU's display names of the currencies in use since 2020 (ISO 4217 tender, the X codes
   * left out): Vietnamese and English long names, English plural names, and the symbols
   * ("Đô la Úc", "Australian dollars", "A$"). Names with parentheses are fund units, no money
   * of news.
   */
  private static Map<String, Currency> icuNames() {
    // computed at build time (ICU's version is pinned): ICU's currency data is a tenth of a
    // second of a first build
    List<String> names = CompiledLexicons.list(ICU_NAMES, MoneyLexicon::icuNameList);
    Map<String, Currency> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < names.size(); i += 2) {
      try {
        out.put(names.get(i), Currency.getInstance(names.get(i + 1)));
      } catch (IllegalArgumentException e) {
        // a code this JDK does not know, as when computed
      }
    }
    return out;
  }

  /** The name of {@link #icuNameList()} in the compiled lexicons. */
  static final String ICU_NAMES = "money/icu-currency-names";

  /**
   * {@link #icuNames()} as computed from ICU: names and ISO codes in turn, in the order of the
   * map.
   */
  static List<String> icuNameList() {
    Map<String, String> out = new LinkedHashMap<>();
    ULocale vi = new ULocale("vi");
    ULocale en = ULocale.ENGLISH;
    // one query of ICU's supplemental data: asking each currency whether it is in use costs
    // a quarter of a second at start-up
    List<String> codes = new ArrayList<>(CurrencyMetaInfo.getInstance()
        .currencies(CurrencyMetaInfo.CurrencyFilter.onDateRange(IN_USE_SINCE, null)));
    codes.sort(Comparator.naturalOrder());
    for (String code : codes) {
      if (code.startsWith("X")) {
        continue;
      }
      com.ibm.icu.util.Currency c = com.ibm.icu.util.Currency.getInstance(code);
      Currency currency;
      try {
        currency = Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        continue;  // a code the JDK does not know yet
      }
      List<String> names = Arrays.asList(
          c.getName(vi, com.ibm.icu.util.Currency.LONG_NAME, null),
          c.getName(vi, com.ibm.icu.util.Currency.PLURAL_LONG_NAME, "other", null),
          c.getName(en, com.ibm.icu.util.Currency.LONG_NAME, null),
          c.getName(en, com.ibm.icu.util.Currency.PLURAL_LONG_NAME, "one", null),
          c.getName(en, com.ibm.icu.util.Currency.PLURAL_LONG_NAME, "other", null),
          c.getName(vi, com.ibm.icu.util.Currency.SYMBOL_NAME, null),
          c.getName(en, com.ibm.icu.util.Currency.SYMBOL_NAME, null));
      for (String n : names) {
        // "$" alone is the US dollar, whatever ICU's English symbol for other dollars is
        boolean bareDollar = "$".equals(n) && !code.equals("USD");
        if (n != null && !n.isBlank() && n.indexOf('(') < 0 && !n.equals(code) && !bareDollar) {
          // the tries match without regard to case: "US Dollar" and "US dollar" are one entry
          out.putIfAbsent(n.toLowerCase(Locale.ROOT), currency.getCurrencyCode());
        }
      }
    }
    List<String> flat = new ArrayList<>(out.size() * 2);
    out.forEach((n, code) -> {
      flat.add(n);
      flat.add(code);
    });
    return flat;
  }

  private static void addLead(String phrase, ImmutableSet.Builder<String> lower,
      ImmutableSet.Builder<String> folded) {
    // tokenized as PhraseTrie tokenizes its keys, so that the first keys are the same strings
    PhraseWords tokens = PhraseWords.of(phrase);
    if (tokens.size() > 0) {
      lower.add(tokens.lower(0));
      folded.add(tokens.folded(0));
    }
  }

  /**
   * Whether a figure's modifier, currency sign or "từ" may begin at t; when not, only an amount
   * can start a figure there.
   */
  /**
   * The currency a single word names, in any case ("đồng", "USD"), or null: for currencies
   * glued to another word, which the tries cannot see.
   */
  @Nullable Currency currencyWord(String word) {
    return singleWords.get(word.toLowerCase(Locale.ROOT));
  }

  boolean mayLead(Token t, boolean foldedText) {
    return lead.has(t, foldedText);
  }

  /**
   * False when t is surely neither a lead word ({@link #mayLead}) nor "năm": one read of a table
   * by the token's hash, for the gate asked at every token.
   */
  boolean mayBeginFigure(Token t, boolean foldedText) {
    return beginsFigure.mayContain(t, foldedText);
  }

  /** Single words, matched by their lower-case or, for text without diacritics, folded form. */
  static final class WordSet {
    private final WordFilter filter;
    private final WordMap<Boolean> lower;
    private final WordMap<Boolean> folded;

    private WordSet(ImmutableSet<String> lower, ImmutableSet<String> folded) {
      this.filter = WordFilter.builder().addAll(lower).addAll(folded).build();
      this.lower = WordMap.copyOf(Maps.asMap(lower, w -> Boolean.TRUE));
      this.folded = WordMap.copyOf(Maps.asMap(folded, w -> Boolean.TRUE));
    }

    static WordSet load(String resource) {
      ImmutableSet.Builder<String> lower = ImmutableSet.builder();
      ImmutableSet.Builder<String> folded = ImmutableSet.builder();
      Tsv t = Tsv.load(resource);
      int w = t.column("word");
      // "no" for a word that, typed without diacritics, is a commoner word's spelling too
      int bare = t.header().indexOf("without-diacritics");
      for (List<String> row : t.rows()) {
        PhraseWords tokens = PhraseWords.of(Tsv.cell(row, w));
        if (tokens.size() != 1) {
          throw new IllegalStateException("one word a line in " + resource + ": " + row);
        }
        lower.add(tokens.lower(0).toLowerCase(Locale.ROOT));
        if (bare < 0 || !Tsv.cell(row, bare).equals("no")) {
          folded.add(tokens.folded(0));
        }
      }
      return new WordSet(lower.build(), folded.build());
    }

    /** Whether the word t is in the set. */
    boolean contains(Token t, boolean foldedText) {
      return t.isWord() && has(t, foldedText);
    }

    /** Whether the token, of any kind (a currency sign too), is in the set. */
    boolean has(Token t, boolean foldedText) {
      return filter.mayContain(t, foldedText)
          && (foldedText ? folded : lower).get(t, foldedText) != null;
    }
  }

  /** The shared instance, loaded on first use. */
  static MoneyLexicon get() {
    return Holder.INSTANCE;
  }

  /** The bundled lexicons with more ways of writing currencies; a word given again is replaced. */
  static MoneyLexicon withCurrencies(Map<String, Currency> extra) {
    if (!extra.isEmpty()) {
      Tsv t = Tsv.load(DIR + "currencies.tsv");
      t.rows().stream().map(r -> Tsv.cell(r, t.column("word"))).filter(extra::containsKey)
          .forEach(w -> LOG.warn("currencies.tsv: the currency word \"{}\" is replaced by the"
              + " one given to the builder ({})", w, extra.get(w)));
    }
    return extra.isEmpty() ? get() : new MoneyLexicon(extra);
  }

  private static final class Holder {
    static final MoneyLexicon INSTANCE = new MoneyLexicon(Map.of());
  }
}
