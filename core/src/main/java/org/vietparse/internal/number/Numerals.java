package org.vietparse.internal.number;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.WordFilter;

/**
 * The numeral layer: every number of one document, read once, in the forms the grammars ask
 * for. At each token it answers what number starts there: the longest cardinal ("1,3 tỷ",
 * "hai mươi lăm", "1.500.000"), the value of a single run of digits (the "25" of "25/11/2022"),
 * an ordinal ("thứ hai", "thứ 32") and a Roman numeral ("quý III"). The date and money grammars
 * read numbers here and nowhere else.
 *
 * <pre>{@code
 * List<Token> t = VietText.of("Ngày 25/11, giá vàng tăng 1,3 triệu đồng").tokens();
 * Numerals n = Numerals.read(t, false);
 * n.digits(1, 2);          // 25
 * n.cardinal(8).value();   // 1300000: "1,3 triệu"
 * n.all();                 // 25, 11, 1300000: left to right, not overlapping
 * }</pre>
 *
 * <p>Built in one pass over the tokens, each number read with a bounded look-ahead, so the
 * cost is linear in the document. Immutable once built; one instance serves one document.
 */
public final class Numerals {
  /** Widest digit run {@link #digits} converts: nine digits always fit an int. */
  private static final int MAX_INT_DIGITS = 9;

  /**
   * The words at which a number or an ordinal may begin, as {@link NumberReader#canStart} and
   * {@link Ordinals} read them, with "âm" (minus): a filter with no false "absent".
   */
  private static final WordFilter MAY_READ = WordFilter.builder()
      .addAll(NumberReader.START_WORD_SET).add("thứ").add("đầu").add("âm").build();

  private final int size;
  private final @Nullable Numeral[] cardinals;
  private final @Nullable Numeral[] ordinals;
  /** Per token: the value of a digit run of at most nine digits, else -1. */
  private final int[] digitValues;
  /** Per token: the number of digits of a digit token, else 0. */
  private final int[] widths;
  /** Per token: the value of a canonical Roman numeral, else -1. */
  private final int[] romans;
  /** {@link #all()}, once asked: the grammars read numbers by position and never ask. */
  private volatile @Nullable ImmutableList<Numeral> all;

  private Numerals(List<Token> tokens, boolean whole) {
    size = tokens.size();
    cardinals = new Numeral[size];
    ordinals = new Numeral[size];
    digitValues = new int[size];
    widths = new int[size];
    romans = new int[size];
    Arrays.fill(digitValues, -1);
    Arrays.fill(romans, -1);
    for (int i = 0; i < size; i++) {
      Token t = tokens.get(i);
      if (t.isNumber()) {
        digitValues[i] = digitValue(t);
        widths[i] = t.length();
      } else if (t.isWord()) {
        romans[i] = romanValue(t);
        if (!MAY_READ.mayContain(t, false)) {
          // most words begin no number and no ordinal: one look at the token's hash says so
          continue;
        }
        if (t.lowerIs("thứ") || t.lowerIs("đầu")) {
          ordinals[i] = Ordinals.at(tokens, i);
        }
        if (!NumberReader.canStart(t) && !t.lowerIs("âm")) {
          continue;
        }
      } else if (!minusSign(tokens, i)) {
        // of punctuation, only a minus glued to digits begins a number ("-5")
        continue;
      }
      cardinals[i] = NumberReader.at(tokens, i, whole);
    }
  }

  /**
   * Reads the numbers of a document's tokens.
   *
   * @param tokens the tokens of one text
   * @param whole true when the caller holds the whole text to be one expression
   *     ({@code parseNumber}, {@code parseMoney}): then words that are numbers only in context
   *     ("năm", "tư", a bare scale word) are read as numbers everywhere
   * @return the numeral layer of the text
   */
  public static Numerals read(List<Token> tokens, boolean whole) {
    return new Numerals(tokens, whole);
  }

  /**
   * The longest number that starts at token {@code i}, as {@link NumberReader} reads it in
   * running text: digits, words and scale words together ("1,3 tỷ", "hai triệu rưỡi"), with a
   * sign ("-5", "âm 5").
   *
   * @param i a token index; any int
   * @return the number, or null when none starts there
   */
  public @Nullable Numeral cardinal(int i) {
    return i >= 0 && i < size ? cardinals[i] : null;
  }

  /**
   * The value of the run of digits that is token {@code i}, when it has at most
   * {@code maxWidth} digits: the grammars of dates and times read "25/11/2022" digit token by
   * digit token.
   *
   * @param i a token index; any int
   * @param maxWidth the most digits accepted, at most nine
   * @return the value, or -1 when token i is not such a run
   */
  public int digits(int i, int maxWidth) {
    if (i < 0 || i >= size || digitValues[i] < 0) {
      return -1;
    }
    return widths[i] <= maxWidth ? digitValues[i] : -1;
  }

  /**
   * How many digits token {@code i} has, leading zeros included ("06" has two).
   *
   * @param i a token index; any int
   * @return the width, or 0 when token i is not a run of digits
   */
  public int width(int i) {
    return i >= 0 && i < size ? widths[i] : 0;
  }

  /**
   * The ordinal at token {@code i}: "thứ nhất" (1), "thứ tư" (4), "thứ 32" (32), "đầu tiên" (1).
   *
   * @param i a token index; any int
   * @return the ordinal, of form {@link Numeral.Form#ORDINAL}, or null
   */
  public @Nullable Numeral ordinal(int i) {
    return i >= 0 && i < size ? ordinals[i] : null;
  }

  /**
   * The value of the Roman numeral that is token {@code i}: a canonical numeral in capitals
   * ("III", "XXI"), or a single capital letter ("V").
   *
   * @param i a token index; any int
   * @return 1–3999, or -1 when token i is no Roman numeral
   */
  public int roman(int i) {
    return i >= 0 && i < size ? romans[i] : -1;
  }

  /**
   * The numbers of the text, left to right and not overlapping, each the longest that starts
   * where the one before it ended.
   *
   * @return the sequence, possibly empty
   */
  public ImmutableList<Numeral> all() {
    ImmutableList<Numeral> a = all;
    if (a == null) {
      // made from the immutable cardinals: threads that make it at once make equal lists
      ImmutableList.Builder<Numeral> seq = ImmutableList.builder();
      int covered = 0;
      for (int i = 0; i < size; i++) {
        Numeral n = cardinals[i];
        if (n != null && i >= covered) {
          seq.add(n);
          covered = n.end();
        }
      }
      a = seq.build();
      all = a;
    }
    return a;
  }

  /** Whether token i is a dash with digits right after it, as a negative number begins. */
  private static boolean minusSign(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    return next.isNumber() && !next.spaceBefore() && tokens.get(i).isDash();
  }

  private static int digitValue(Token t) {
    if (t.length() > MAX_INT_DIGITS) {
      return -1;
    }
    int v = 0;
    for (int k = 0; k < t.length(); k++) {
      v = v * 10 + (t.charAt(k) - '0');
    }
    return v;
  }

  private static int romanValue(Token t) {
    // a Roman numeral is made of I, V, X, L, C, D, M only: nearly every word fails at its
    // first char (lower case, as most words begin) or its second ("Minh", "Chủ"), before the
    // case of all its letters is looked at
    if (!isRomanDigit(t.firstChar()) || t.length() > 15
        || t.length() > 1 && !isRomanDigit(t.charAt(1))
        || !t.isAllCaps() && !(t.length() == 1 && t.isCapitalized())) {
      return -1;
    }
    return Ordinals.roman(t.text());
  }

  /** The capitals C, D, I, L, M, V, X as bits from 'C': one shift and mask a char. */
  private static final int ROMAN_DIGITS = 1 << ('C' - 'C') | 1 << ('D' - 'C') | 1 << ('I' - 'C')
      | 1 << ('L' - 'C') | 1 << ('M' - 'C') | 1 << ('V' - 'C') | 1 << ('X' - 'C');

  /** Whether c is one of the letters of Roman numerals, I V X L C D M, in upper case. */
  static boolean isRomanDigit(char c) {
    return c >= 'C' && c <= 'X' && (ROMAN_DIGITS >>> (c - 'C') & 1) != 0;
  }
}
