package org.vietparse.internal.money;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.money.Modifier;
import org.vietparse.money.Money;
import org.vietparse.internal.number.NumberReader;
import org.vietparse.internal.number.Numeral;
import org.vietparse.internal.number.Numerals;
import org.vietparse.internal.text.Token;

/**
 * The grammar of one monetary figure, read at a token with a bounded look-ahead:
 *
 * <pre>
 * figure  = [modifier] (vague | ["từ" | "giữa"] amounts tail [connector amount tail])
 *           [modifier-after]
 * vague   = quantifier scale {scale} tail                   "hàng chục triệu USD"
 * amounts = [sign] number [connector [sign] number]        "2-3 tỷ", "$5 triệu", "USD 5 triệu"
 * tail    = (currency | glued) [["và"] number subunit | "rưỡi" | cents] [per]
 *                                                           "đô 23 xu", "đồng/lượng", "tỷđồng"
 * per     = ("/" | "mỗi" | "một") unit {"/" unit}
 * </pre>
 *
 * A sign is a currency symbol or an ISO code; "giữa" joins its ends with "và". A figure needs a
 * currency, except when {@code whole} is set (the caller has said the text is money, and an
 * amount alone is taken to be in đồng) or when {@link #implied} gives the currency of its
 * neighbours. Not thread-safe: one instance reads one token list.
 */
final class MoneyGrammar {
  private static final Currency VND = Currency.getInstance("VND");
  /** Least power of ten a scale word gives: 10^2, "trăm". */
  private static final int MIN_SCALE_DIGITS = 2;
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  /** Most groups after the first in "1 500 000 000 đồng": up to 10^18, more than any budget. */
  private static final int MAX_GROUPS = 5;

  /** The grammar's own words and their forms without diacritics. */
  private static final ImmutableMap<String, String> FOLDED = ImmutableMap.<String, String>builder()
      .put("từ", "tu").put("đến", "den").put("tới", "toi").put("mỗi", "moi").put("một", "mot")
      .put("rưỡi", "ruoi").put("năm", "nam").put("giữa", "giua").put("và", "va")
      .buildOrThrow();
  /** Most scale words in a vague amount: "hàng chục nghìn tỷ". */
  private static final int MAX_VAGUE_SCALES = 4;

  private static final ImmutableMap<String, Currency> ISO_CODES = Currency.getAvailableCurrencies()
      .stream().collect(ImmutableMap.toImmutableMap(Currency::getCurrencyCode, c -> c));

  private final MoneyLexicon lex;
  private final List<Token> tokens;
  private final Numerals num;
  private final boolean folded;
  private final boolean whole;
  private int resume = -1;
  /** Whether the figure being read began with "giữa": its ends are joined by "và". */
  private boolean between;
  /** The currency a figure with none written takes from its neighbours, or null. */
  private @Nullable Currency implied;

  /**
   * A figure found: its value and token range {@code [start, end)}; {@code cut}, when not 0,
   * is where inside its last token the figure ends, for a currency code glued by HTML
   * extraction to the next word ("1,2 tỷUSDvào"); {@code scale}, the power of ten its (upper)
   * amount's scale word gives ("triệu": 10^6), or null, by which a figure with its currency left
   * out finds the neighbour it shares a scale with.
   */
  record Found(Money money, int start, int end, int cut, @Nullable BigDecimal scale) {
    Found(Money money, int start, int end) {
      this(money, start, end, 0, null);
    }
  }

  /** What follows an amount: its currency, any subunit or half added, and the unit. */
  private record Tail(Currency currency, BigDecimal extra, @Nullable String per, int end) {}

  /**
   * A currency glued by HTML extraction: to the scale word before it ("tỷđồng", which
   * multiplies the amount by {@code scale}) or to the word after it ("USDvào", which the figure
   * ends inside of, {@code cut} chars into its last token).
   */
  private record Glued(Currency currency, BigDecimal scale, @Nullable String per, int end,
      int cut) {}

  MoneyGrammar(MoneyLexicon lex, List<Token> tokens, Numerals numerals, boolean folded,
      boolean whole) {
    this.lex = lex;
    this.tokens = tokens;
    this.num = numerals;
    this.folded = folded;
    this.whole = whole;
  }

  /**
   * Where to look next after {@link #at} found nothing at i: the start of the number it read
   * behind a modifier, "từ" or a sign ("từ 2 tỷ USD lên 3 tỷ USD" has "2 tỷ USD"), else past
   * that number, else i + 1. Keeps a run of numerals ("một trăm một trăm …") linear.
   */
  int resume(int i) {
    return Math.max(i + 1, resume);
  }

  /**
   * The figure starting at token {@code i} whose currency is left out, as a price list or a
   * comparison leaves it after the first figure ("163 - 166 triệu đồng, còn nhẫn 166,5 - 169,5
   * triệu"), or null. Only a figure of a million or more, scaled by a word, and followed by
   * punctuation, a unit or a word that closes a figure ({@code bare-amount-followers.tsv}) takes
   * {@code currency}: "15 triệu người" counts people.
   */
  @Nullable Found implied(int i, Currency currency) {
    implied = currency;
    try {
      return at(i);
    } finally {
      implied = null;
    }
  }

  /**
   * Whether a figure may start at token {@code i}: a number stands there, or a word a numeral
   * begins with ("năm" too), the first word of a modifier, of a currency sign or "từ", or an ISO
   * code. {@link #at} finds nothing at any other token, and this costs one lookup at most.
   */
  boolean mayStart(int i) {
    Token head = tokens.get(i);
    if (head.isNumber() || num.cardinal(i) != null) {
      return true;
    }
    // the cheapest questions first: most tokens are words that no filter holds and not three
    // capitals, and are turned away without a look-up
    if (!lex.mayBeginFigure(head, folded) && !(head.isWord() && isCode(head))) {
      return false;
    }
    return head.isWord() && isWord(i, "năm") || lex.mayLead(head, folded) || codeAt(i) != null;
  }

  /**
   * {@link #mayStart} by its definition, each look-up asked in turn; MoneyScanGateTest checks
   * that the two agree at every token.
   */
  boolean mayStartByLookups(int i) {
    Token head = tokens.get(i);
    return head.isNumber() || num.cardinal(i) != null || head.isWord() && isWord(i, "năm")
        || lex.mayLead(head, folded) || codeAt(i) != null;
  }

  /** The figure starting at token {@code i}, or null. */
  @Nullable Found at(int i) {
    resume = -1;
    int k = i;
    Modifier mod = null;
    boolean from = false;
    between = false;
    Currency sign = null;
    boolean weakSign = false;
    Token head = tokens.get(i);
    if (lex.mayLead(head, folded) || codeAt(i) != null) {
      PhraseTrie.Match<Modifier> before = lex.before.longest(tokens, k, folded);
      if (before != null) {
        mod = before.value();
        k = before.end();
      }
      Found vague = vague(i, k, mod);
      if (vague != null) {
        return vague;
      }
      if (isWord(k, "từ")) {
        from = true;
        k++;
      } else if (isWord(k, "giữa")) {
        between = true;
        k++;
      }
      PhraseTrie.Match<Currency> prefix = prefixAt(k);
      if (prefix != null) {
        sign = prefix.value();
        weakSign = prefix.end() == k + 1 && codeAt(k) != null
            && !lex.listedCodes.contains(tokens.get(k).text());
        k = prefix.end();
      }
    } else if (head.isWord() ? num.cardinal(i) == null && !isWord(i, "năm")
        : !head.isNumber()) {
      // only an amount can start here, and no number starts at this word or punctuation
      return null;
    }
    Numeral first = amount(k, sign != null);
    if (first == null) {
      return null;
    }
    if (weakSign && !(first.scaled() || !first.isPlain()
        || first.plain().length() >= 4 && !yearShaped(first))) {
      // "TOP 10", "CUP 2024": a code the press does not use, before a bare small number
      return null;
    }
    // a failed figure is not retried from inside its number, which cannot start a longer one
    resume = first.start() > i ? first.start() : first.end();
    k = first.end();
    BigDecimal amount = first.value();
    BigDecimal min = null;
    BigDecimal max = null;
    Numeral top = first;
    int c = connector(k);
    if (c > 0) {
      int c2 = c;
      if (sign != null) {
        PhraseTrie.Match<Currency> again = prefixAt(c);
        if (again != null && again.value().equals(sign)) {
          c2 = again.end();
        }
      }
      Numeral second = amount(c2, true);
      if (second != null) {
        BigDecimal low = first.value();
        if (!first.scaled() && second.scaled()) {
          BigDecimal q = leadingScale(second);
          low = q == null ? null : low.multiply(q);
        }
        if (low != null && low.compareTo(second.value()) < 0) {
          min = low;
          max = second.value();
          k = second.end();
          top = second;
        }
      }
    }
    if (between && min == null) {
      // "giữa" needs both ends: "giữa 5.000 và 8.000 đồng"
      return null;
    }
    between = false;
    Tail tail = null;
    int cut = 0;
    if (sign == null) {
      tail = tail(k, min == null && !first.scaled(), yearShaped(first),
          isLarge(min == null ? amount : max));
      if (tail != null) {
        k = tail.end();
        amount = amount.add(tail.extra());
      } else {
        Glued g = glued(k);
        if (g != null) {
          amount = amount.multiply(g.scale());
          if (min != null) {
            min = min.multiply(g.scale());
            max = max.multiply(g.scale());
          }
          tail = new Tail(g.currency(), BigDecimal.ZERO, g.per(), g.end());
          k = g.end();
          cut = g.cut();
        }
      }
    } else {
      PhraseTrie.Match<Currency> again = currencyAt(k, false, true);
      if (again != null && !again.value().equals(sign)) {
        // "tỷ giá USD 25.400 đồng": the code names a rate, the figure is in đồng
        return null;
      }
      if (again != null) {
        k = again.end();
      }
      tail = new Tail(sign, BigDecimal.ZERO, per(k), k);
      k = perEnd(k);
    }
    boolean written = tail != null;
    if (tail == null) {
      PhraseTrie.Match<BigDecimal> coin = implied == null || min != null || first.scaled()
          || implied.getDefaultFractionDigits() != 2 ? null
          : lex.subunits.longest(tokens, k, folded);
      if (implied != null && impliedFits(top, k)) {
        tail = new Tail(implied, BigDecimal.ZERO, per(k), k);
        k = perEnd(k);
      } else if (coin != null && closes(coin.end())) {
        // "nước uống năm mươi xu" beside dollar prices: cents of the neighbours' currency
        amount = amount.multiply(coin.value());
        tail = new Tail(implied, BigDecimal.ZERO, per(coin.end()), coin.end());
        k = perEnd(coin.end());
      } else if (!whole) {
        return null;
      } else {
        tail = new Tail(VND, BigDecimal.ZERO, per(k), k);
        k = perEnd(k);
      }
    }
    if (written && cut == 0 && min == null && sign == null && tail.extra().signum() == 0) {
      // "từ 2 triệu đồng đến 3 triệu đồng": the currency written on both ends
      int c3 = connector(k);
      if (c3 > 0) {
        Numeral second = amount(c3, true);
        if (second != null && amount.compareTo(second.value()) < 0) {
          Tail other = tail(second.end(), false, false, isLarge(second.value()));
          if (other != null && other.currency().equals(tail.currency())
              && Objects.equals(other.per(), tail.per())
              && other.extra().signum() == 0) {
            min = amount;
            max = second.value();
            k = other.end();
          } else if (other == null && from && second.scaled()) {
            min = amount;
            max = second.value();
            k = second.end();
          }
        }
      }
    }
    PhraseTrie.Match<Modifier> after = cut > 0 ? null : lex.after.longest(tokens, k, folded);
    if (after != null) {
      if (mod == null) {
        mod = after.value();
      }
      k = after.end();
    }
    if (from && min == null && after == null) {
      // "tăng từ 2 tỷ USD lên 3 tỷ USD": "từ" starts a change, not a bound
      return null;
    }
    Money money = min == null
        ? Money.of(amount, tail.currency())
        : Money.range(min, max, tail.currency());
    if (mod != null) {
      money = money.withModifier(mod);
    }
    if (tail.per() != null) {
      money = money.withPer(tail.per());
    }
    return new Found(money, i, k, cut, leadingScale(top));
  }

  /**
   * A vague amount at k, after any modifier read from i: a vague quantifier, scale words and a
   * currency ("hàng chục triệu USD", "vài trăm nghìn đồng"). Its amount is the order of
   * magnitude, its modifier APPROX unless one is written.
   */
  private @Nullable Found vague(int i, int k, @Nullable Modifier mod) {
    if (k >= tokens.size() || !lex.vagueQuantifiers.contains(tokens.get(k), folded)) {
      return null;
    }
    BigDecimal scale = BigDecimal.ONE;
    int j = k + 1;
    while (j < tokens.size() && j - k <= MAX_VAGUE_SCALES) {
      BigDecimal q = NumberReader.scaleOf(tokens.get(j));
      if (q == null) {
        break;
      }
      scale = scale.multiply(q);
      j++;
    }
    if (j == k + 1) {
      return null;
    }
    Tail tail = tail(j, false, false, true);
    if (tail == null) {
      return null;
    }
    Money money = Money.of(scale, tail.currency())
        .withModifier(mod == null ? Modifier.APPROX : mod).withVague(true);
    if (tail.per() != null) {
      money = money.withPer(tail.per());
    }
    return new Found(money, i, tail.end());
  }

  /**
   * A currency glued by HTML extraction at token k, or null: "tỷđồng" (a scale word and a
   * currency word in one token), "USDmỗi thùng", "USDvào" (a code and the next word).
   */
  private @Nullable Glued glued(int k) {
    if (k >= tokens.size() || !tokens.get(k).isWord()) {
      return null;
    }
    Token t = tokens.get(k);
    Map.Entry<BigDecimal, String> scaled = NumberReader.scalePrefix(t);
    if (scaled != null) {
      Currency c = lex.currencyWord(scaled.getValue());
      return c == null ? null : new Glued(c, scaled.getKey(), per(k + 1), perEnd(k + 1), 0);
    }
    if (t.length() <= 3 || !Character.isLowerCase(t.charAt(3))) {
      return null;
    }
    // three capitals read in place first: most words ("người") fail there, with no string made
    boolean capitals = true;
    for (int j = 0; j < 3 && capitals; j++) {
      capitals = t.charAt(j) >= 'A' && t.charAt(j) <= 'Z';
    }
    Currency c = capitals && t.firstChar() != 'X' ? ISO_CODES.get(t.text().substring(0, 3))
        : null;
    if (c == null) {
      return null;
    }
    String rest = t.lower().substring(3);
    if (rest.equals("mỗi") || rest.equals("một")) {
      PhraseTrie.Match<String> unit = lex.units.longest(tokens, k + 1, folded);
      if (unit != null) {
        return new Glued(c, BigDecimal.ONE, unit.value(), unit.end(), 0);
      }
    }
    return new Glued(c, BigDecimal.ONE, null, k + 1, 3);
  }

  /**
   * An ISO code written in capitals at k that can stand before a figure ("USD 5 triệu",
   * "EUR15,50"), or null; a code that is also a label ("RON 95") is none.
   */
  private @Nullable Currency codeAt(int k) {
    if (k >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(k);
    if (!t.isWord() || !isCode(t) || t.firstChar() == 'X' || lex.numberLabels.contains(t, folded)) {
      return null;
    }
    return ISO_CODES.get(t.text());
  }

  /** Whether the word is three ASCII capitals, as an ISO 4217 code is written. */
  private static boolean isCode(Token t) {
    if (t.length() != 3) {
      return false;
    }
    for (int k = 0; k < 3; k++) {
      char c = t.charAt(k);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a figure with no currency written, whose (upper) amount is {@code m} and which ends
   * at k, may take the currency of its neighbours: scaled by a word to a million or more, and
   * closed by punctuation, a unit or a closing word.
   */
  private boolean impliedFits(Numeral m, int k) {
    BigDecimal q = leadingScale(m);
    if (!m.scaled() || q == null || q.compareTo(MILLION) < 0 || m.end() != k) {
      return false;
    }
    return closes(k);
  }

  /**
   * Whether a figure with no currency written closes at k: a unit price follows, or the end,
   * punctuation, or a word of {@code bare-amount-followers.tsv}.
   */
  private boolean closes(int k) {
    int e = perEnd(k);
    if (e > k || e >= tokens.size()) {
      return true;
    }
    Token t = tokens.get(e);
    if (t.isWord()) {
      return lex.bareAmountFollowers.contains(t, folded);
    }
    return !t.isNumber() && !t.is('%') && !t.is('/') && !t.isDash();
  }

  /**
   * A number that can be an amount at token k. Digits glued to a word ("E5", "A320") or to a
   * date or number before them ("10/11", the "500" of "1.500"), and digits after a label
   * ("năm 2024", "Điều 5", "RON 95") are no amounts.
   */
  private @Nullable Numeral amount(int k, boolean afterSign) {
    if (k >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(k);
    if (t.isDash() || t.lowerIs("âm")) {
      return null;
    }
    if (!afterSign && k > 0 && t.isNumber()) {
      Token p = tokens.get(k - 1);
      if (!t.spaceBefore() && (p.isWord() || p.isNumber() || p.isDash() && p.spaceBefore())) {
        // "E5", "A320", and a minus sign: negative figures are not read as amounts
        return null;
      }
      if (!t.spaceBefore() && !p.isWord() && k >= 2 && tokens.get(k - 2).isNumber()
          && !p.spaceBefore()) {
        return null;
      }
      if (lex.numberLabels.contains(p, folded) && !notLabel(k - 1)) {
        return null;
      }
    }
    if (!afterSign && isSpacedGroup(k)) {
      return null;
    }
    Numeral found = readAmount(k);
    // asked only once a number is there: most tokens are none, and this lookup costs more
    if (found != null && !afterSign && k > 0
        && lex.vagueQuantifiers.contains(tokens.get(k - 1), folded)) {
      return null;
    }
    return found;
  }

  /** Whether the label at {@code label} closes a phrase that labels nothing ("con số"). */
  private boolean notLabel(int label) {
    for (int j = Math.max(0, label - 2); j < label; j++) {
      PhraseTrie.Match<Boolean> m = lex.notLabels.longest(tokens, j, folded);
      if (m != null && m.end() == label + 1) {
        return true;
      }
    }
    return false;
  }

  private @Nullable Numeral readAmount(int k) {
    Numeral m = num.cardinal(k);
    if (m != null && m.form() == Numeral.Form.DECIMAL && !m.scaled() && m.end() == k + 3
        && tokens.get(k + 1).is(',') && tokens.get(k + 2).length() == 3
        && !tokens.get(k).text().equals("0") && tokens.get(k).length() <= 3) {
      // "5,000 USD một ounce": one comma and three digits, unscaled, before a currency is a
      // thousands separator (no price is written to a thousandth); "1,3 tỷ" and "0,875" stay
      BigDecimal thousands = new BigDecimal(tokens.get(k).text() + tokens.get(k + 2).text());
      return new Numeral(thousands, m.start(), m.end(), Numeral.Form.GROUPED, false, "", null);
    }
    if (m != null && m.isPlain() && m.plain().length() <= 3) {
      Numeral spaced = spacedGroups(k);
      if (spaced != null) {
        return spaced;
      }
    }
    if (m == null && isWord(k, "năm") && !(k > 0 && lex.yearDeterminers.contains(
        tokens.get(k - 1), folded)) && currencyAt(k + 1, false, false) != null) {
      // the reader leaves a lone "năm" alone (five or year); before a currency it is five
      return Numeral.of(BigDecimal.valueOf(5), k, k + 1, Numeral.Form.WORDS);
    }
    return m == null || m.value().signum() < 0 ? null : m;
  }

  /**
   * Thousands grouped by spaces, as a non-breaking space becomes once normalized:
   * "1 500 000 đồng". Read here rather than by the shared reader, since only a currency after
   * them makes such a run one number. Returns null unless at least one group follows.
   */
  private @Nullable Numeral spacedGroups(int k) {
    StringBuilder digits = new StringBuilder(tokens.get(k).text());
    int j = k + 1;
    while (j < tokens.size() && j - k <= MAX_GROUPS && isSpacedGroup(j) && !continues(j + 1)) {
      digits.append(tokens.get(j).text());
      j++;
    }
    if (j == k + 1 || continues(j) || isSpacedGroup(j)) {
      return null;
    }
    return Numeral.of(new BigDecimal(digits.toString()), k, j, Numeral.Form.GROUPED);
  }

  /** Whether token j is a group of three digits set off by a space from digits before it. */
  private boolean isSpacedGroup(int j) {
    if (j < 1 || j >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(j);
    Token p = tokens.get(j - 1);
    return t.isNumber() && t.length() == 3 && t.spaceBefore() && !t.newlineBefore()
        && p.isNumber() && p.length() <= 3;
  }

  /** Whether a separator glued to digits at j continues the number ("000,5", "000.000"). */
  private boolean continues(int j) {
    return j + 1 < tokens.size() && !tokens.get(j).spaceBefore()
        && (tokens.get(j).is('.') || tokens.get(j).is(','))
        && tokens.get(j + 1).isNumber() && !tokens.get(j + 1).spaceBefore();
  }

  /**
   * Whether {@code sub}, right after a currency with cents, is its cents written bare: one or
   * two digits (or a word numeral below 100) that close the figure before punctuation or the end.
   */
  private boolean bareCents(Currency currency, Numeral sub) {
    if (currency.getDefaultFractionDigits() != 2 || sub.value().scale() > 0
        || sub.value().compareTo(BigDecimal.valueOf(100)) >= 0
        || sub.isPlain() && sub.plain().length() > 2) {
      return false;
    }
    if (sub.end() >= tokens.size()) {
      return true;
    }
    Token t = tokens.get(sub.end());
    return !t.isWord() && !t.isNumber() && !t.is('%') && !t.is('/') && !t.isDash()
        && !t.is('.') && !t.is(',') || (t.is('.') || t.is(','))
        && (sub.end() + 1 >= tokens.size() || tokens.get(sub.end() + 1).spaceBefore());
  }

  private static boolean isLarge(BigDecimal amount) {
    return amount.compareTo(BigDecimal.valueOf(1000)) >= 0;
  }

  /** Whether m is four plain digits from 1000 to 2999, as a year is written. */
  private static boolean yearShaped(Numeral m) {
    return m.isPlain() && m.plain().length() == 4 && m.plain().charAt(0) >= '1'
        && m.plain().charAt(0) <= '2';
  }

  /**
   * The scale a range's upper end gives its bare lower end: "2-3 tỷ" reads the 2 as 2 tỷ.
   * Returns the power of ten that turns the upper end's leading number into its value, or null.
   */
  static @Nullable BigDecimal leadingScale(Numeral m) {
    BigDecimal lead = m.lead();
    if (lead == null || lead.signum() <= 0) {
      return null;
    }
    // value = lead × 10^k can hold only for k the difference of their counts of whole digits
    // (precision − scale, for numbers above zero): one multiplication by a power of ten
    // answers, where dividing would throw for a quotient with no end ("3 triệu 1")
    BigDecimal value = m.value();
    if (value.signum() <= 0) {
      return null;
    }
    int k = value.precision() - value.scale() - (lead.precision() - lead.scale());
    if (k < MIN_SCALE_DIGITS || lead.scaleByPowerOfTen(k).compareTo(value) != 0) {
      return null;
    }
    return BigDecimal.ONE.scaleByPowerOfTen(k);
  }

  /** The index after a range connector ("-", "–", "đến", "tới", "~") at k, or -1. */
  private int connector(int k) {
    if (k >= tokens.size()) {
      return -1;
    }
    Token t = tokens.get(k);
    if (between ? isWord(k, "và")
        : t.isDash() || t.is('~') || isWord(k, "đến") || isWord(k, "tới")) {
      return k + 1;
    }
    return -1;
  }

  private PhraseTrie.@Nullable Match<Currency> prefixAt(int k) {
    if (k >= tokens.size()) {
      return null;
    }
    PhraseTrie.Match<Currency> p = lex.prefixes.longest(tokens, k, folded);
    if (p == null) {
      Currency code = codeAt(k);
      if (code == null || k + 1 >= tokens.size() || !tokens.get(k + 1).isNumber()) {
        return null;
      }
      return new PhraseTrie.Match<>(code, k, k + 1);
    }
    if (p.end() >= tokens.size()) {
      return null;
    }
    Token next = tokens.get(p.end());
    return next.isNumber() || next.isWord() && !next.spaceBefore() ? p : null;
  }

  /**
   * The currency and what follows it at k. {@code plainAmount} tells whether the amount is an
   * unscaled figure that a subunit or "rưỡi" may complete; {@code yearShaped}, whether it could
   * be a year; {@code large}, whether it is a thousand or more.
   */
  private @Nullable Tail tail(int k, boolean plainAmount, boolean yearShaped,
      boolean large) {
    PhraseTrie.Match<Currency> cur = currencyAt(k, yearShaped, large);
    if (cur == null) {
      return null;
    }
    int e = cur.end();
    BigDecimal extra = BigDecimal.ZERO;
    if (plainAmount && e < tokens.size()) {
      if (isWord(e, "rưỡi")) {
        extra = new BigDecimal("0.5");
        e++;
      } else {
        // "5 đô la và 40 xen": the subunits may follow "và"
        int s = isWord(e, "và") ? e + 1 : e;
        Numeral sub = num.cardinal(s);
        if (sub != null && !sub.scaled() && sub.value().signum() > 0) {
          PhraseTrie.Match<BigDecimal> unit = lex.subunits.longest(tokens, sub.end(), folded);
          if (unit != null) {
            BigDecimal add = sub.value().multiply(unit.value());
            if (add.compareTo(BigDecimal.ONE) < 0) {
              extra = add;
              e = unit.end();
            }
          } else if (s == e && bareCents(cur.value(), sub)) {
            // "ba đô 50": the cents said with no word for them, closing the figure
            extra = sub.value().movePointLeft(2);
            e = sub.end();
          }
        }
      }
    }
    return new Tail(cur.value(), extra, per(e), perEnd(e));
  }

  /**
   * The currency at k, unless it is the start of another word ("đồng thời"; "đồng tiền" after
   * an amount below a thousand) or of an emission standard ("Euro-3"). After a number shaped like a year, "đồng USD" is the dollar
   * as the subject of a sentence ("năm 2024 đồng USD tăng giá"), not an amount.
   */
  private PhraseTrie.@Nullable Match<Currency> currencyAt(int k, boolean yearShaped,
      boolean large) {
    if (k >= tokens.size()) {
      return null;
    }
    PhraseTrie.Match<Currency> cur = lex.currencies.longest(tokens, k, folded);
    if (cur == null) {
      cur = isoCode(k);
    }
    if (cur == null) {
      return null;
    }
    if (!large && cur.end() == k + 1 && lex.largeOnly.contains(tokens.get(k), folded)) {
      // "5 bảng màu" are palettes: a bare "bảng" is the pound only after a large amount
      return null;
    }
    PhraseTrie.Match<Boolean> not = lex.notCurrency.longest(tokens, k, folded);
    if (not != null && not.end() > cur.end() && (not.value() || !large)) {
      PhraseTrie.Match<Boolean> then = lex.afterCurrency.longest(tokens, cur.end(), folded);
      if (then == null || then.end() <= not.end()) {
        return null;
      }
    }
    Token first = tokens.get(k);
    if (first.isCapitalized() && !first.isAllCaps()
        && !lex.capitalizedWords.contains(first.lower())
        && !(k > 0 && tokens.get(k - 1).isCapitalized())
        && cur.end() == k + 1 && cur.end() < tokens.size()
        && tokens.get(cur.end()).isCapitalized()) {
      // "số 36 Đồng Xuân": a capitalized currency word that a capitalized word follows is the
      // start of a name; alone ("15 Dollars") or as a whole lexicon phrase ("10 tỷ Yên Nhật"),
      // or in a title-case phrase ("500 Nghìn Đồng"), it reads as written in lower case
      return null;
    }
    if (yearShaped && cur.end() > k + 1 && first.foldedIs("dong")
        && !cur.value().getCurrencyCode().equals("VND")) {
      return null;
    }
    if (cur.end() == k + 1 && first.isWord() && first.length() == 1 && cur.end() < tokens.size()
        && tokens.get(cur.end()).is(')')) {
      // "đ)" is the sixth point of a list (a, b, c, d, đ), not money
      return null;
    }
    if (cur.end() < tokens.size()) {
      // "Euro-3", "Euro 5": an emission standard, not a currency
      Token next = tokens.get(cur.end());
      if (!next.spaceBefore() && (next.isNumber()
          || next.isDash() && cur.end() + 1 < tokens.size()
              && tokens.get(cur.end() + 1).isNumber())) {
        return null;
      }
    }
    return cur;
  }

  /**
   * Any ISO 4217 code written in capitals ("NGN", "PEN") that the lexicon does not list; the
   * X codes (gold, funds, testing) are not currencies of news figures.
   */
  private PhraseTrie.@Nullable Match<Currency> isoCode(int k) {
    Token t = tokens.get(k);
    if (!t.isWord() || !isCode(t) || t.firstChar() == 'X') {
      return null;
    }
    Currency c = ISO_CODES.get(t.text());
    return c == null ? null : new PhraseTrie.Match<>(c, k, k + 1);
  }

  /** The unit of a unit price at k ("/lượng", "mỗi lít", "/người/tháng"), or null. */
  private @Nullable String per(int k) {
    int[] end = new int[1];
    return perAndEnd(k, end);
  }

  private int perEnd(int k) {
    int[] end = {k};
    perAndEnd(k, end);
    return end[0];
  }

  private @Nullable String perAndEnd(int k, int[] end) {
    end[0] = k;
    String per = null;
    int j = k;
    for (int round = 0; round < 2 && j < tokens.size(); round++) {
      Token t = tokens.get(j);
      boolean slash = t.is('/');
      boolean word = round == 0 && (isWord(j, "mỗi") || isWord(j, "một"));
      if (!slash && !word) {
        break;
      }
      String unit;
      int unitEnd;
      PhraseTrie.Match<String> u = lex.units.longest(tokens, j + 1, folded);
      PhraseTrie.Match<Currency> c = slash ? lex.currencies.longest(tokens, j + 1, folded) : null;
      if (c != null && (u == null || c.end() > u.end())) {
        unit = c.value().getCurrencyCode();
        unitEnd = c.end();
      } else if (u != null) {
        unit = u.value();
        unitEnd = u.end();
      } else {
        break;
      }
      if (unitEnd < tokens.size() && !tokens.get(unitEnd).spaceBefore()
          && (tokens.get(unitEnd).isWord() || tokens.get(unitEnd).isNumber())) {
        break;
      }
      per = per == null ? unit : per + "/" + unit;
      j = unitEnd;
      end[0] = j;
      if (word) {
        break;
      }
    }
    return per;
  }

  /** Whether token k is {@code word}, one of the grammar's own words in {@link #FOLDED}. */
  private boolean isWord(int k, String word) {
    if (k >= tokens.size() || !tokens.get(k).isWord()) {
      return false;
    }
    Token t = tokens.get(k);
    return folded ? t.foldedIs(FOLDED.get(word)) : t.lowerIs(word);
  }
}
