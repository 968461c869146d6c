package org.vietparse.internal.number;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;
import org.vietparse.internal.text.WordFilter;
import org.vietparse.internal.text.WordMap;

/**
 * Reads Vietnamese numbers from tokens: digits with Vietnamese separators ("1.500.000", "1,3"),
 * words ("hai mươi lăm", "một tỷ ba trăm triệu"), and the mixed forms of news ("1,3 tỷ",
 * "3 nghìn tỷ", "2 triệu rưỡi", "nửa triệu", "500K").
 *
 * <p>Inside running text the reader is cautious with words that are also ordinary words: "năm"
 * (five / year) counts only before "mươi", "trăm" or a scale word or after "lẻ"/"linh"; "tư",
 * "mốt" and "lăm" only after "mươi"/"mười"; "không" (zero / not) only before "trăm"; a scale word
 * with no number before it only before "rưỡi" ("triệu rưỡi"). {@link #parse(String)}, which reads
 * one whole expression, accepts them anywhere.
 *
 * <p>Separators: "." followed by exactly three digits groups thousands; "," marks decimals, except
 * in a chain of two or more ",ddd" groups ("1,500,000"), which is read as English grouping. A dot
 * followed by one or two digits is read as an English decimal point ("1.5"). "1,500" is therefore
 * 1.5, as Vietnamese convention writes it.
 *
 * <p>Bounds: a run of more than {@value #MAX_DIGITS} digits, more than {@value #MAX_GROUPS}
 * thousands groups or a fraction of more than {@value #MAX_DIGITS} digits is longer than any
 * real figure and is no number at all; so no conversion ever works on unbounded input.
 *
 * <p>Stateless and thread-safe; cost is linear in the tokens read, with a bounded look-ahead.
 * Grammars do not call it at each position themselves: {@link Numerals} reads each number of a
 * document once.
 */
public final class NumberReader {
  /** Longest run of atoms one number may have; real numerals stay far below. */
  private static final int MAX_ATOMS = 24;
  /** Longest digit run, and longest fraction, read as a number. */
  static final int MAX_DIGITS = 30;
  /** Widest digit run valued as a long: eighteen digits always fit. */
  private static final int MAX_LONG_DIGITS = 18;
  /** Most thousands groups after the first ("1.000.000.000.000.000.000.000.000"). */
  static final int MAX_GROUPS = 8;
  /** The words {@link #canStart} accepts, looked up without making the token's string. */
  private static final WordMap<Boolean> START_WORDS;
  /** The same words as a set, for the numeral layer's filter. */
  static final ImmutableSet<String> START_WORD_SET = ImmutableSet.<String>builder()
      .addAll(NumberWords.DIGITS.keySet()).addAll(NumberWords.SCALES.keySet())
      .add("mười", "nửa", "nua", "chục").build();

  static {
    START_WORDS = WordMap.copyOf(Maps.asMap(START_WORD_SET, w -> Boolean.TRUE));
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The scale words' chars, in the order of {@link NumberWords#SCALES}, for {@link #scalePrefix}. */
  private static final char[][] SCALE_WORDS = NumberWords.SCALES.keySet().stream()
      .map(String::toCharArray).toArray(char[][]::new);
  /** Their multipliers, index by index. */
  private static final BigDecimal[] SCALE_VALUES =
      NumberWords.SCALES.values().toArray(new BigDecimal[0]);

  /**
   * Every word {@link Atoms#collect} reads as part of a numeral: digit, scale and tens words,
   * scales typed without diacritics, "rưỡi", "nửa", "tá" and the spoken decimal marks. A numeral
   * ends at any other word, which the filter says from the token's hash without making its
   * string; NumberGatesTest checks that the reader reads the same with the filter and without.
   */
  static final ImmutableSet<String> NUMERAL_WORD_SET = ImmutableSet.<String>builder()
      .addAll(NumberWords.DIGITS.keySet()).addAll(NumberWords.SCALES.keySet())
      .addAll(NumberWords.FOLDED_SCALES.keySet()).addAll(NumberWords.DECIMAL_MARKS)
      .add("mười", "chục", "rưỡi", "nửa", "nua", "tá").build();
  private static final WordFilter NUMERAL_WORDS =
      WordFilter.builder().addAll(NUMERAL_WORD_SET).build();

  private NumberReader() {}

  /**
   * Reads the number that starts at token {@code i}, in running text.
   *
   * @param tokens the tokens of a text
   * @param i index of the first token
   * @return the number, or empty when none starts there
   */
  public static Optional<Numeral> read(List<Token> tokens, int i) {
    return read(tokens, i, false);
  }

  /**
   * Parses a whole string as one number: "1.500.000", "hai mươi lăm", "1,3 tỷ", "âm 5".
   *
   * @param text the text; not null
   * @return the value, or empty when the text is not exactly one number
   */
  public static Optional<BigDecimal> parse(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> tokens = VietText.of(text).tokens();
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    return read(tokens, 0, true)
        .filter(m -> m.end() == tokens.size())
        .map(Numeral::value);
  }

  static Optional<Numeral> read(List<Token> tokens, int i, boolean whole) {
    return Optional.ofNullable(at(tokens, i, whole));
  }

  /** {@link #read}, with null for none: the numeral layer asks at every number and number word. */
  static @Nullable Numeral at(List<Token> tokens, int i, boolean whole) {
    return at(tokens, i, whole, true);
  }

  /**
   * {@link #at}; with {@code gated} false, every word is read through the reader's branches
   * rather than turned away by the filter of numeral words first (for the tests that compare
   * the two).
   */
  static @Nullable Numeral at(List<Token> tokens, int i, boolean whole, boolean gated) {
    if (i < 0 || i >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(i);
    boolean negative = false;
    int j = i;
    if (t.isDash() && j + 1 < tokens.size() && tokens.get(j + 1).isNumber()
        && !tokens.get(j + 1).spaceBefore()) {
      negative = true;
      j++;
    } else if (t.isWord() && t.lowerIs("âm") && j + 1 < tokens.size()) {
      negative = true;
      j++;
    }
    Token head = tokens.get(j);
    if (!canStart(head)) {
      return null;
    }
    if (gated && !whole && head.isWord() && !mayBeginInText(tokens, j)) {
      return null;
    }
    if (gated && head.isNumber()) {
      // the common figure is one run of digits that nothing after it continues ("2025", "10",
      // "1.500.000"): valued here, without the atoms and their evaluation
      DigitRun run = readDigits(tokens, j);
      if (run == null) {
        return null;
      }
      if (endsAfterDigits(tokens, run.end())) {
        Numeral m = new Numeral(Atoms.canonical(run.value()), j, run.end(), run.form(), false,
            run.plain(), null);
        return negative ? m.negated(i) : m;
      }
    }
    Numeral m = new Atoms(tokens, j, whole, gated).read();
    return negative && m != null ? m.negated(i) : m;
  }

  /**
   * False when the start word at j surely begins no numeral in running text, as the reader's
   * branches judge it by the word after it: a scale word with no number before it only before
   * "rưỡi", "không" only before "trăm", "năm" only before a scale word, "mươi" or "chục", and
   * "tư", "mốt", "lăm", "nhăm", "bẩy", "linh", "lẻ" never. Most start words of news ("năm 2024",
   * "đầu tư", "không có") are turned away here, before any atom is made.
   */
  private static boolean mayBeginInText(List<Token> tokens, int j) {
    Integer rule = HEAD_RULES.get(tokens.get(j), false);
    if (rule == null) {
      return true;
    }
    Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
    return switch (rule) {
      case BEFORE_RUOI -> next != null && next.lowerIs("rưỡi");
      case BEFORE_TRAM -> next != null && next.lowerIs("trăm");
      case BEFORE_SCALE_OR_TENS -> next != null && (SCALE_MAP.get(next, false) != null
          || next.lowerIs("mươi") || next.lowerIs("chục"));
      default -> false;
    };
  }

  private static final int NEVER = 0;
  private static final int BEFORE_RUOI = 1;
  private static final int BEFORE_TRAM = 2;
  private static final int BEFORE_SCALE_OR_TENS = 3;
  /** The start words {@link #mayBeginInText} judges, each with the rule that judges it. */
  private static final WordMap<Integer> HEAD_RULES;
  private static final WordMap<BigDecimal> SCALE_MAP = WordMap.copyOf(NumberWords.SCALES);

  static {
    Map<String, Integer> rules = new java.util.HashMap<>();
    NumberWords.SCALES.keySet().forEach(w -> rules.put(w, BEFORE_RUOI));
    for (String w : new String[] {"tư", "mốt", "lăm", "nhăm", "bẩy", "linh", "lẻ"}) {
      rules.put(w, NEVER);
    }
    rules.put("không", BEFORE_TRAM);
    rules.put("năm", BEFORE_SCALE_OR_TENS);
    HEAD_RULES = WordMap.copyOf(rules);
  }

  /**
   * Whether a numeral whose digits end before token k ends there, as {@link Atoms#collect}
   * ends it: at the end, at punctuation or digits, at a line break, or at a word that does not
   * continue digits; a word glued to the digits may be a suffix ("500K"), and is left to the atoms.
   */
  private static boolean endsAfterDigits(List<Token> tokens, int k) {
    if (k >= tokens.size()) {
      return true;
    }
    Token t = tokens.get(k);
    if (!t.isWord()) {
      return true;
    }
    if (!t.spaceBefore() && t.length() <= 2) {
      return false;
    }
    return t.newlineBefore() || !AFTER_DIGITS.mayContain(t, false);
  }

  /**
   * The words that continue digits in {@link Atoms#collect}: a scale word, also typed without
   * diacritics ("3 nghìn", "1,3 ty"), "tá" and a spoken decimal mark ("4 chấm 75"). Any other
   * numeral word after digits ("10 năm", "2 ba") starts no part of theirs.
   */
  private static final WordFilter AFTER_DIGITS = WordFilter.builder()
      .addAll(NumberWords.SCALES.keySet()).addAll(NumberWords.FOLDED_SCALES.keySet())
      .addAll(NumberWords.DECIMAL_MARKS).add("tá").build();

  /**
   * The multiplier of a scale word ("chục" 10, "trăm" 100, "nghìn"/"ngàn" 1000, "vạn", "triệu",
   * "tỷ"/"tỉ"), or null: for grammars that read an order of magnitude with no number before it
   * ("hàng chục triệu", "vài trăm nghìn").
   *
   * @param t a token
   * @return the multiplier, or null when t is no scale word
   */
  public static @Nullable BigDecimal scaleOf(Token t) {
    if (!t.isWord()) {
      return null;
    }
    String w = t.lower();
    return w.equals("chục") ? BigDecimal.TEN : NumberWords.SCALES.get(w);
  }

  /**
   * The multiplier of a scale word that a glued token begins with and the rest of that token:
   * "tỷđồng" gives 10^9 and "đồng". Null when the token begins with no scale word or is only one.
   *
   * @param t a token
   * @return the multiplier and the rest, or null
   */
  public static Map.@Nullable Entry<BigDecimal, String> scalePrefix(Token t) {
    if (!t.isWord()) {
      return null;
    }
    // the token's chars compared in place, lowered one by one as lower() lowers them: most
    // words fail at their first char, and no string is made for them
    for (int s = 0; s < SCALE_WORDS.length; s++) {
      char[] w = SCALE_WORDS[s];
      if (t.length() > w.length && beginsWith(t, w)) {
        return Map.entry(SCALE_VALUES[s], t.text().substring(w.length));
      }
    }
    return null;
  }

  /** Whether the lower-case form of t begins with {@code prefix}, no longer than t. */
  private static boolean beginsWith(Token t, char[] prefix) {
    for (int k = 0; k < prefix.length; k++) {
      if (Character.toLowerCase(t.charAt(k)) != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a numeral can begin at this token, as {@link #read} would start one: digits, or a
   * digit, scale or "mười"/"nửa"/"chục" word ("nua" for "nửa" typed without diacritics). Most
   * words of a text cannot, so grammars ask this before reading.
   */
  public static boolean canStart(Token t) {
    if (t.isNumber()) {
      return true;
    }
    if (!t.isWord()) {
      return false;
    }
    return START_WORDS.get(t, false) != null;
  }

  /**
   * Reads a digit expression at {@code j}: "10", "1.500.000", "28,2", "1,500,000", "1.5".
   * Returns null when token j is not a number, or when the expression is longer than any real
   * figure (see the class comment).
   */
  static @Nullable DigitRun readDigits(List<Token> tokens, int j) {
    Token head = tokens.get(j);
    if (!head.isNumber() || head.length() > MAX_DIGITS) {
      return null;
    }
    if (!isSep(tokens, j + 1, '.') && !isSep(tokens, j + 1, ',')) {
      // no group and no fraction can follow: the common "2025", "10", "06", valued as a long
      String d = digitsOf(head);
      if (!d.isEmpty() && d.length() <= MAX_LONG_DIGITS) {
        long v = 0;
        for (int k = 0; k < d.length(); k++) {
          v = v * 10 + (d.charAt(k) - '0');
        }
        return new DigitRun(BigDecimal.valueOf(v), j, j + 1, d, Numeral.Form.DIGITS);
      }
    }
    StringBuilder whole = new StringBuilder(digitsOf(head));
    int end = j + 1;
    boolean grouped = false;
    // Vietnamese grouping: 1.500.000
    if (head.length() <= 3) {
      int k = end;
      int groups = 0;
      while (isSep(tokens, k, '.') && groupOf3(tokens, k + 1)) {
        if (++groups > MAX_GROUPS) {
          return null;
        }
        whole.append(digitsOf(tokens.get(k + 1)));
        k += 2;
        grouped = true;
      }
      if (grouped) {
        end = k;
      } else {
        // English grouping, two or more groups: 1,500,000
        k = end;
        StringBuilder eng = new StringBuilder(digitsOf(head));
        while (isSep(tokens, k, ',') && groupOf3(tokens, k + 1)) {
          if (++groups > MAX_GROUPS) {
            return null;
          }
          eng.append(digitsOf(tokens.get(k + 1)));
          k += 2;
        }
        if (groups >= 2 && !isSep(tokens, k, ',') && !isSep(tokens, k, '.')) {
          return new DigitRun(new BigDecimal(eng.toString()), j, k, "", Numeral.Form.GROUPED);
        }
      }
    }
    String fraction = null;
    if (isSep(tokens, end, ',') && isDigitsAdjacent(tokens, end + 1)) {
      fraction = digitsOf(tokens.get(end + 1));
      end += 2;
    } else if (!grouped && isSep(tokens, end, '.') && isDigitsAdjacent(tokens, end + 1)
        && tokens.get(end + 1).length() <= 2 && !isSep(tokens, end + 2, '.')
        && !isSep(tokens, end + 2, '/')) {
      fraction = digitsOf(tokens.get(end + 1));
      end += 2;
    }
    if (fraction != null && fraction.length() > MAX_DIGITS) {
      return null;
    }
    String digits = fraction == null ? whole.toString() : whole + "." + fraction;
    String plain = end == j + 1 ? digitsOf(head) : "";
    Numeral.Form form = fraction != null ? Numeral.Form.DECIMAL
        : grouped ? Numeral.Form.GROUPED : Numeral.Form.DIGITS;
    return new DigitRun(new BigDecimal(digits), j, end, plain, form);
  }

  /** The digits of a number token; a stray combining mark may trail them. */
  static String digitsOf(Token t) {
    String s = t.text();
    int k = 0;
    while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      k++;
    }
    return k == s.length() ? s : s.substring(0, k);
  }

  private static boolean isSep(List<Token> tokens, int k, char sep) {
    return k < tokens.size() && tokens.get(k).is(sep) && !tokens.get(k).spaceBefore();
  }

  private static boolean isDigitsAdjacent(List<Token> tokens, int k) {
    return k < tokens.size() && tokens.get(k).isNumber() && !tokens.get(k).spaceBefore();
  }

  private static boolean groupOf3(List<Token> tokens, int k) {
    return isDigitsAdjacent(tokens, k) && digitsOf(tokens.get(k)).length() == 3;
  }

  /** A digit expression's value and extent. */
  record DigitRun(BigDecimal value, int start, int end, String plain, Numeral.Form form) {}

  /** Splits the tokens into numeral atoms, then evaluates them, backing off on nonsense. */
  private static final class Atoms {
    private final List<Token> tokens;
    private final int start;
    private final boolean whole;
    /** Whether a word outside {@link #NUMERAL_WORDS} ends the numeral without a look-up. */
    private final boolean gated;
    private final List<Atom> atoms = new ArrayList<>();
    private String plain = "";
    private @Nullable BigDecimal lastScale;

    Atoms(List<Token> tokens, int start, boolean whole, boolean gated) {
      this.tokens = tokens;
      this.start = start;
      this.whole = whole;
      this.gated = gated;
    }

    @Nullable Numeral read() {
      collect();
      int n = atoms.size();
      if (!whole && n >= 2 && atoms.get(n - 1).word && atoms.get(n - 1).end
          == atoms.get(n - 1).start + 1 && tokens.get(atoms.get(n - 1).start).lowerIs("một")
          && atoms.get(n - 2).scale != null
          && atoms.get(n - 2).scale.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
        // "167,5 triệu một lượng": in running text a lone "một" after a scale word is the
        // "one" of a unit price, not a digit
        atoms.remove(n - 1);
      }
      while (!atoms.isEmpty()) {
        BigDecimal v = evaluate(atoms);
        if (v != null) {
          int end = atoms.get(atoms.size() - 1).end;
          int firstScale = -1;
          for (int k = 0; k < atoms.size() && firstScale < 0; k++) {
            firstScale = atoms.get(k).scale != null ? k : -1;
          }
          BigDecimal lead = firstScale > 0 ? evaluate(atoms.subList(0, firstScale)) : null;
          Atom head = atoms.get(0);
          Numeral.Form form = head.word || head.form == null ? Numeral.Form.WORDS : head.form;
          String p = atoms.size() == 1 ? plain : "";
          return new Numeral(canonical(v), start, end, form, firstScale >= 0, p,
              lead == null ? null : canonical(lead));
        }
        atoms.remove(atoms.size() - 1);
      }
      return null;
    }

    private void collect() {
      int j = start;
      while (j < tokens.size() && atoms.size() < MAX_ATOMS) {
        Token t = tokens.get(j);
        Atom last = atoms.isEmpty() ? null : atoms.get(atoms.size() - 1);
        boolean afterScale = last != null && last.scale != null;
        if (t.isNumber()) {
          if (last != null && !afterScale) {
            return;
          }
          if (last != null && (t.newlineBefore() || !t.spaceBefore())) {
            return;
          }
          DigitRun run = readDigits(tokens, j);
          if (run == null) {
            return;
          }
          if (atoms.isEmpty()) {
            plain = run.plain();
          }
          atoms.add(Atom.number(run.value(), j, run.end(), run.form()));
          j = run.end();
          if (j < tokens.size() && !tokens.get(j).spaceBefore() && tokens.get(j).isWord()) {
            Token suffix = tokens.get(j);
            BigDecimal mult = suffixValue(suffix);
            if (mult != null) {
              atoms.add(Atom.suffix(mult, j, j + 1));
              j++;
              return;
            }
          }
          continue;
        }
        if (!t.isWord() || (last != null && t.newlineBefore())
            || gated && !NUMERAL_WORDS.mayContain(t, false)) {
          // no branch below reads a word outside the numeral words: the numeral ends here
          return;
        }
        String w = t.lower();
        BigDecimal scale = NumberWords.SCALES.get(w);
        if (scale == null && last != null && w.equals(t.folded())) {
          // "1,3 ty USD", "nua trieu", "3 nghin ty", typed without diacritics: after a number
          // the word can be nothing else
          scale = NumberWords.FOLDED_SCALES.get(w);
        }
        if (scale != null) {
          boolean leadingOk = last != null && (last.value != null || last.scale != null);
          if (!leadingOk && !whole && !(next(j, "rưỡi"))) {
            return;
          }
          if (afterScale && last.scale.compareTo(scale) >= 0) {
            // "nghìn tỷ" multiplies; "tỷ triệu" and "triệu triệu" are no numerals
            return;
          }
          if (lastScale != null && lastScale.compareTo(scale) == 0) {
            // a scale never follows itself with no other scale between ("một trăm một trăm"):
            // the numeral ended before it, and reading on would only make the back-off long
            return;
          }
          lastScale = scale;
          atoms.add(Atom.scale(scale, j));
          j++;
          continue;
        }
        if (w.equals("rưỡi")) {
          if (!afterScale) {
            return;
          }
          atoms.add(Atom.word(last.scale.divide(BigDecimal.valueOf(2)), j, j + 1));
          j++;
          return;
        }
        if (w.equals("mốt") && afterScale && last.scale.compareTo(HUNDRED) >= 0) {
          // "2 triệu mốt", "trăm mốt": one of the next order down, as "rưỡi" is half
          atoms.add(Atom.word(last.scale.divide(BigDecimal.TEN), j, j + 1));
          j++;
          return;
        }
        if (w.equals("nửa") || w.equals("nua")) {
          // "nua" is "nữa" too, typed without diacritics: "nửa" only before a scale
          if (last != null || !nextIsScale(j) && !(w.equals("nua") && nextIsFoldedScale(j))) {
            return;
          }
          atoms.add(Atom.word(new BigDecimal("0.5"), j, j + 1));
          j++;
          continue;
        }
        if (w.equals("tá") && last != null && last.value != null) {
          atoms.add(Atom.scale(BigDecimal.valueOf(12), j));
          j++;
          return;
        }
        if (NumberWords.DECIMAL_MARKS.contains(w) && last != null && last.word
            && last.value != null && isDigitWord(j + 1)) {
          int k = j + 1;
          StringBuilder frac = new StringBuilder();
          while (isDigitWord(k) && frac.length() < MAX_DIGITS) {
            frac.append(NumberWords.DIGITS.get(tokens.get(k).lower()));
            k++;
          }
          atoms.set(atoms.size() - 1, Atom.word(
              last.value.add(new BigDecimal("0." + frac)), last.start, k));
          // only a scale may follow: "ba phẩy năm tỷ"
          j = k;
          continue;
        }
        if (NumberWords.DECIMAL_MARKS.contains(w) && last != null && !last.word
            && last.value != null && last.value.scale() <= 0 && !afterScale
            && j + 1 < tokens.size() && tokens.get(j + 1).isNumber()
            && tokens.get(j + 1).spaceBefore() && t.spaceBefore()
            && tokens.get(j + 1).length() <= MAX_DIGITS) {
          // "4 chấm 75", "3 phẩy 5 tỷ": the decimal mark said in words between digits
          String frac = digitsOf(tokens.get(j + 1));
          atoms.set(atoms.size() - 1, Atom.number(
              last.value.add(new BigDecimal("0." + frac)), last.start, j + 2,
              Numeral.Form.DECIMAL));
          j += 2;
          continue;
        }
        if (last != null && last.value != null && !afterScale) {
          return;
        }
        int k = readTens(j, last);
        if (k < 0) {
          return;
        }
        j = k;
      }
    }

    private boolean isDigitWord(int k) {
      return k < tokens.size() && tokens.get(k).isWord()
          && NumberWords.DIGITS.containsKey(tokens.get(k).lower())
          && !tokens.get(k).lowerIs("linh") && !tokens.get(k).lowerIs("lẻ");
    }

    private boolean next(int j, String word) {
      return j + 1 < tokens.size() && tokens.get(j + 1).lowerIs(word);
    }

    private boolean nextIsScale(int j) {
      return j + 1 < tokens.size() && NumberWords.SCALES.containsKey(tokens.get(j + 1).lower());
    }

    private boolean nextIsFoldedScale(int j) {
      return j + 1 < tokens.size()
          && NumberWords.FOLDED_SCALES.containsKey(tokens.get(j + 1).lower());
    }

    private boolean nextIsScaleOrMuoi(int j) {
      return j + 1 < tokens.size() && (nextIsScale(j) || tokens.get(j + 1).lowerIs("mươi")
          || tokens.get(j + 1).lowerIs("chục"));
    }

    /**
     * Reads a value below 100 written in words at j ("mười lăm", "hai mươi mốt", "lẻ năm",
     * "ba chục"); adds it as an atom and returns the next index, or -1 when none is there.
     */
    private int readTens(int j, Atom last) {
      String w = tokens.get(j).lower();
      boolean filler = w.equals("linh") || w.equals("lẻ");
      if (filler) {
        if (last == null || last.scale == null || j + 1 >= tokens.size()) {
          return -1;
        }
        String u = tokens.get(j + 1).lower();
        Integer d = NumberWords.DIGITS.get(u);
        if (d == null || d == 0 || u.equals("linh") || u.equals("lẻ") || u.equals("mốt")
            || u.equals("tư") && !whole) {
          if (tokens.get(j + 1).isNumber() && tokens.get(j + 1).length() <= 2) {
            atoms.add(Atom.word(new BigDecimal(digitsOf(tokens.get(j + 1))), j, j + 2));
            return j + 2;
          }
          return -1;
        }
        atoms.add(Atom.word(BigDecimal.valueOf(d), j, j + 2));
        return j + 2;
      }
      if (w.equals("chục") && (whole || nextIsScale(j))) {
        atoms.add(Atom.word(BigDecimal.TEN, j, j + 1));
        return j + 1;
      }
      if (w.equals("mười")) {
        int value = 10;
        int k = j + 1;
        if (k < tokens.size()) {
          String u = tokens.get(k).lower();
          Integer d = NumberWords.DIGITS.get(u);
          if (d != null && d > 0 && !u.equals("mốt") && !u.equals("tư")
              && (!u.equals("năm") || whole || nextIsScale(k))) {
            value += d;
            k++;
          }
        }
        atoms.add(Atom.word(BigDecimal.valueOf(value), j, k));
        return k;
      }
      Integer d = NumberWords.DIGITS.get(w);
      if (d == null) {
        return -1;
      }
      boolean contextual = w.equals("năm") || w.equals("tư") || w.equals("mốt") || w.equals("lăm")
          || w.equals("nhăm") || w.equals("không") || w.equals("bẩy");
      if (contextual && !whole) {
        boolean ok = w.equals("năm") && nextIsScaleOrMuoi(j)
            || w.equals("không") && next(j, "trăm");
        if (!ok) {
          return -1;
        }
      }
      if (whole && (w.equals("mốt") || w.equals("lăm") || w.equals("nhăm"))) {
        return -1;
      }
      int k = j + 1;
      int value = d;
      if (k < tokens.size() && (tokens.get(k).lowerIs("mươi")
          || tokens.get(k).lowerIs("chục")) && d >= 1) {
        boolean muoi = tokens.get(k).lowerIs("mươi");
        if (muoi && d < 2) {
          return -1;
        }
        value = d * 10;
        k++;
        if (muoi && k < tokens.size()) {
          String u = tokens.get(k).lower();
          Integer unit = NumberWords.DIGITS.get(u);
          boolean unitOk = unit != null && unit > 0 && !u.equals("linh") && !u.equals("lẻ")
              && (!u.equals("năm") || whole || nextIsScale(k));
          if (unitOk) {
            value += unit;
            k++;
          }
        }
      }
      atoms.add(Atom.word(BigDecimal.valueOf(value), j, k));
      return k;
    }

    private static BigDecimal suffixValue(Token t) {
      String s = t.text();
      if (s.equals("k") || s.equals("K") || s.equals("M") || s.equals("B") || s.equals("tr")) {
        return NumberWords.SUFFIXES.get(s.toLowerCase(java.util.Locale.ROOT));
      }
      return null;
    }

    /**
     * Evaluates atoms by splitting at the last occurrence of the largest scale: left × scale +
     * right, where the right part must stay below the scale. Returns null for nonsense.
     */
    private static BigDecimal evaluate(List<Atom> list) {
      if (list.isEmpty()) {
        return null;
      }
      int at = -1;
      BigDecimal max = null;
      for (int k = 0; k < list.size(); k++) {
        Atom a = list.get(k);
        if (a.scale != null && (max == null || a.scale.compareTo(max) >= 0)) {
          max = a.scale;
          at = k;
        }
      }
      if (at < 0) {
        return list.size() == 1 ? list.get(0).value : null;
      }
      List<Atom> left = list.subList(0, at);
      List<Atom> right = list.subList(at + 1, list.size());
      BigDecimal l = left.isEmpty() ? BigDecimal.ONE : evaluate(left);
      if (l == null || l.signum() <= 0 && !(l.signum() == 0 && max.intValue() == 100)) {
        return null;
      }
      if (max.intValue() == 100 && l.compareTo(BigDecimal.TEN) >= 0) {
        return null;
      }
      BigDecimal r = right.isEmpty() ? BigDecimal.ZERO : evaluate(right);
      if (r == null || r.compareTo(max) >= 0) {
        return null;
      }
      return l.multiply(max).add(r);
    }

    static BigDecimal canonical(BigDecimal v) {
      if (v.scale() == 0) {
        // a whole number as digits give it: already its canonical form
        return v;
      }
      BigDecimal s = v.stripTrailingZeros();
      return s.scale() < 0 ? s.setScale(0) : s;
    }
  }

  /** One piece of a numeral: a value, or a scale that multiplies what stands before it. */
  private static final class Atom {
    final BigDecimal value;
    final BigDecimal scale;
    final int start;
    final int end;
    /** Written in words ("hai mươi"), not digits. */
    final boolean word;
    /** How the digits of a number atom are written; null for words and scales. */
    final Numeral.@Nullable Form form;

    private Atom(BigDecimal value, BigDecimal scale, int start, int end, boolean word,
        Numeral.@Nullable Form form) {
      this.value = value;
      this.scale = scale;
      this.start = start;
      this.end = end;
      this.word = word;
      this.form = form;
    }

    static Atom number(BigDecimal v, int start, int end, Numeral.Form form) {
      return new Atom(v, null, start, end, false, form);
    }

    static Atom word(BigDecimal v, int start, int end) {
      return new Atom(v, null, start, end, true, null);
    }

    static Atom scale(BigDecimal s, int at) {
      return new Atom(null, s, at, at + 1, true, null);
    }

    /** "K", "M", "B" right after digits: a scale written as a letter. */
    static Atom suffix(BigDecimal s, int start, int end) {
      return new Atom(null, s, start, end, false, null);
    }
  }
}
