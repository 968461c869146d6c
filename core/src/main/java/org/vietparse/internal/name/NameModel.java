package org.vietparse.internal.name;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.Tsv;
import org.vietparse.internal.text.StreamSafe;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;
import org.vietparse.internal.text.WordMap;

/**
 * The person-name model: what a name is made of and where it ends, with its data in one place
 * ({@code /org/vietparse/official/}: {@code surnames.tsv}, {@code name-particles.tsv},
 * {@code name-stops.tsv}, {@code caps-name-stops.tsv}, {@code sentence-words.tsv}). The title
 * grammar asks it where a person's name begins after an organization; the official grammar reads
 * names with it. Loaded once; immutable and thread-safe.
 *
 * <pre>{@code
 * NameModel m = NameModel.get();
 * List<Token> ts = VietText.of("Tôn Thất Thuyết").tokens();
 * m.surnameAt(ts, 0);            // 2: "Tôn Thất"
 * NameModel.looksVietnamese("Hải");   // true
 * }</pre>
 */
public final class NameModel {
  private static final String DIR = "/org/vietparse/official/";

  private final PhraseTrie<String> surnames;
  private final ImmutableSet<String> surnameSet;
  /** A word's part in family names: 1 a family name alone, 2 the first of two; 0 for most. */
  private final WordMap<Integer> surnameStarts;
  private final ImmutableSet<String> particles;
  private final ImmutableSet<String> stopPhrases;
  private final PhraseTrie<Boolean> stops;
  private final PhraseTrie<Boolean> capsStops;
  private final PhraseTrie<Boolean> sentenceWords;

  private NameModel() {
    PhraseTrie.Builder<String> s = PhraseTrie.builder();
    ImmutableSet.Builder<String> set = ImmutableSet.builder();
    Map<String, Integer> starts = new HashMap<>();
    Tsv t = Tsv.load(DIR + "surnames.tsv");
    int col = t.column("surname");
    for (List<String> row : t.rows()) {
      String name = Tsv.cell(row, col);
      s.put(name, name);
      String lower = name.toLowerCase(Locale.ROOT);
      set.add(lower);
      int space = lower.indexOf(' ');
      starts.merge(space < 0 ? lower : lower.substring(0, space), space < 0 ? 1 : 2,
          (x, y) -> x | y);
    }
    surnames = s.build();
    surnameSet = set.build();
    surnameStarts = WordMap.copyOf(starts);
    particles = column("name-particles.tsv", "particle");
    stopPhrases = column("name-stops.tsv", "phrase");
    stops = trie("name-stops.tsv", "phrase");
    capsStops = trie("caps-name-stops.tsv", "word");
    sentenceWords = trie("sentence-words.tsv", "word");
  }

  private static final class Holder {
    static final NameModel INSTANCE = new NameModel();
  }

  /** The model with the bundled data, loaded on first use. */
  public static NameModel get() {
    return Holder.INSTANCE;
  }

  /** Vietnamese family names, one or two words ("Nguyễn", "Tôn Thất"). */
  public PhraseTrie<String> surnames() {
    return surnames;
  }

  /** Lower-case words that stand inside foreign names: "von", "der", "da", "bin". */
  public ImmutableSet<String> particles() {
    return particles;
  }

  /** The phrases of {@link #stops()}, for a grammar that adds its own to them. */
  public ImmutableSet<String> stopPhrases() {
    return stopPhrases;
  }

  /** Phrases that never begin or continue a name: organizations, disciplines ("Luật"). */
  public PhraseTrie<Boolean> stops() {
    return stops;
  }

  /** Words that end a name on a line written in capitals, where no lower case shows where. */
  public PhraseTrie<Boolean> capsStops() {
    return capsStops;
  }

  /**
   * Capitalized words that begin a sentence and are no one's name ("Tại", "Theo", "Trong"): a
   * caption run into the next sentence ("… Tập Cận Bình Tại buổi hội kiến") ends there.
   */
  public PhraseTrie<Boolean> sentenceWords() {
    return sentenceWords;
  }

  /**
   * Whether a sentence word stands at {@code k} and goes on in lower case: "Tại buổi", "Theo
   * ông"; not a name's last word then.
   *
   * @param ts the tokens
   * @param k the index
   * @param folded whether the text has no diacritics
   * @return whether the name ends before k
   */
  public boolean sentenceStartsAt(List<Token> ts, int k, boolean folded) {
    if (k + 1 >= ts.size() || !ts.get(k).isCapitalized() || ts.get(k).isAllCaps()) {
      return false;
    }
    PhraseTrie.Match<Boolean> m = sentenceWords.longest(ts, k, folded);
    if (m == null || m.end() >= ts.size()) {
      return false;
    }
    Token next = ts.get(m.end());
    return next.isWord() && !next.isCapitalized() && !next.newlineBefore();
  }

  /** 1 when the token's lower-case form is a family name, 2 when one of two words begins so. */
  public int surnameStart(Token t) {
    Integer bits = surnameStarts.get(t, false);
    return bits == null ? 0 : bits;
  }

  /**
   * How many words of a family name begin at k: 2 for "Công Tôn", "Tôn Thất" (followed by a
   * capitalized word), 1 for "Nguyễn", 0 for none.
   *
   * @param ts the tokens
   * @param k the index
   * @return 0, 1 or 2
   */
  public int surnameAt(List<Token> ts, int k) {
    if (k >= ts.size() || !capitalized(ts.get(k))) {
      return 0;
    }
    int start = surnameStart(ts.get(k));
    if ((start & 2) != 0 && k + 2 < ts.size() && capitalized(ts.get(k + 1))
        && capitalized(ts.get(k + 2)) && ts.get(k + 1).spaceBefore()
        && !ts.get(k + 1).newlineBefore()
        && surnameSet.contains(ts.get(k).lower() + " " + ts.get(k + 1).lower())) {
      return 2;
    }
    return start & 1;
  }

  /**
   * Whether a Vietnamese person's name begins at k: a family name and a capitalized word after
   * it on the same line.
   *
   * @param ts the tokens
   * @param k the index
   * @return whether a name begins there
   */
  public boolean nameAt(List<Token> ts, int k) {
    int s = surnameAt(ts, k);
    return s > 0 && !ts.get(k).newlineBefore() && k + s < ts.size()
        && capitalized(ts.get(k + s)) && !ts.get(k + s).newlineBefore();
  }

  /**
   * Where a person's name at the end of tokens [from, end) begins, or end: a family name followed
   * by capitalized words to the end, two to four words in all, three preferred ("Bệnh viện Bạch
   * Mai Đào Xuân Cơ" → "Đào Xuân Cơ").
   *
   * @param ts the tokens
   * @param from the first index the name may begin at
   * @param end one past the name's last word
   * @return the name's first index, or end when there is none
   */
  public int personStart(List<Token> ts, int from, int end) {
    int best = end;
    int bestScore = Integer.MAX_VALUE;
    for (int p = end - 2; p >= from && p >= end - 4; p--) {
      boolean allCapitalized = true;
      for (int k = p; k < end && allCapitalized; k++) {
        allCapitalized = capitalized(ts.get(k)) && ts.get(k).isWord();
      }
      if (!allCapitalized) {
        break;
      }
      int score = Math.abs(end - p - 3);
      if (surnameAt(ts, p) > 0 && score < bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * How many of {@code words} make the Vietnamese family name they start with (two for
   * "Tôn Thất Thuyết"), or 0 when they do not start with one.
   *
   * @param words the words of a name
   * @return the family name's word count
   */
  public int familyWords(List<String> words) {
    if (words.isEmpty()) {
      return 0;
    }
    List<Token> tokens = VietText.of(String.join(" ", words)).tokens();
    PhraseTrie.Match<String> m = surnames.longest(tokens, 0, false);
    if (m == null) {
      return 0;
    }
    int covered = 0;
    for (int i = 0; i < m.end(); i++) {
      if (tokens.get(i).isWord()) {
        covered++;
      }
    }
    return Math.min(covered, words.size());
  }

  /**
   * True when a word carries a mark only Vietnamese spelling uses: đ, ă, ơ, ư, the hook above,
   * the dot below, a tilde on e, i, u or y, or a tone mark on top of a circumflex. "José" and
   * "Raúl" are not; "Hải", "Bộ" and "Vĩnh" are.
   *
   * @param word a word
   * @return whether only Vietnamese writes it so
   */
  public static boolean looksVietnamese(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 0x80) {
        continue;
      }
      byte alone = c < MARKS_ALONE.length ? MARKS_ALONE[c] : READ_TOGETHER;
      if (alone == READ_TOGETHER) {
        return looksVietnameseDecomposed(word);
      }
      if (alone == VIETNAMESE) {
        return true;
      }
    }
    return false;
  }

  /** {@link #looksVietnamese} read on the word's canonical decomposition, mark by mark. */
  static boolean looksVietnameseDecomposed(String word) {
    if (CharMatcher.ascii().matchesAllOf(word)) {
      return false;
    }
    String d = StreamSafe.nfd(word);
    char base = 0;
    int marks = 0;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        marks++;
        if (c == '\u031B' || c == '\u0306' || c == '\u0309' || c == '\u0323' || marks > 1) {
          return true;
        }
        if (c == '\u0303' && "eiuyEIUY".indexOf(base) >= 0) {
          return true;
        }
      } else {
        base = c;
        marks = 0;
        if (c == 'đ' || c == 'Đ') {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * What {@link #looksVietnamese} says of each char below U+2000 written alone: a letter
   * whose decomposition begins with a base letter starts the reading afresh (its marks are
   * counted on it alone, and no mark of a neighbour joins them), so a word of such letters looks
   * Vietnamese exactly when one of them does; a combining mark, or a char that decomposes to one
   * first, must be read with its neighbours.
   */
  private static final byte READ_TOGETHER = 0;
  private static final byte NOT_VIETNAMESE = 1;
  private static final byte VIETNAMESE = 2;
  private static final byte[] MARKS_ALONE = marksAlone();

  private static byte[] marksAlone() {
    Normalizer2 nfd = Normalizer2.getNFDInstance();
    byte[] out = new byte[0x2000];
    for (char c = 0x80; c < out.length; c++) {
      String d = nfd.normalize(String.valueOf(c));
      boolean startsAfresh = !Character.isSurrogate(c) && nfd.getCombiningClass(c) == 0
          && !d.isEmpty() && nfd.getCombiningClass(d.codePointAt(0)) == 0
          && Character.getType(d.charAt(0)) != Character.NON_SPACING_MARK;
      out[c] = !startsAfresh ? READ_TOGETHER
          : looksVietnameseDecomposed(String.valueOf(c)) ? VIETNAMESE : NOT_VIETNAMESE;
    }
    return out;
  }

  /**
   * Whether a token is a Vietnamese word with diacritics: marked as only Vietnamese marks
   * ({@link #looksVietnamese}), or marked and shaped as one Vietnamese syllable ("Vân", "Hà").
   *
   * @param t a word token
   * @return whether it is a Vietnamese syllable with its marks
   */
  public static boolean vietnameseWord(Token t) {
    return looksVietnamese(t.text()) || t.hasDiacritics() && Syllables.isVietnamese(t.folded());
  }

  private static boolean capitalized(Token t) {
    return t.isWord() && (t.isCapitalized() || t.isAllCaps());
  }

  private static ImmutableSet<String> column(String file, String column) {
    Tsv t = Tsv.load(DIR + file);
    int c = t.column(column);
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (List<String> row : t.rows()) {
      out.add(Tsv.cell(row, c));
    }
    return out.build();
  }

  private static PhraseTrie<Boolean> trie(String file, String column) {
    PhraseTrie.Builder<Boolean> b = PhraseTrie.builder();
    column(file, column).forEach(w -> b.put(w, Boolean.TRUE));
    return b.build();
  }
}
