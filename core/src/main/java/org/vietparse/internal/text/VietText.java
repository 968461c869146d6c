package org.vietparse.internal.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A normalized view of a text, with a map from every normalized offset back to the original.
 *
 * <p>Normalization, in one pass: NFC; the modern tone placement ("hoà" → "hòa", "Uỷ" → "Ủy",
 * "thuỷ" → "thủy"); no-break and other Unicode spaces, tabs and control characters → a plain
 * space; CR LF and lone CR → LF; zero-width characters, soft hyphens and the BOM removed; a lone
 * surrogate → U+FFFD; the look-alike "Ð" → "Đ". Two further forms have the same length as the
 * normalized text: {@link #lower()} and {@link #folded()} (no diacritics, đ → d), so one offset
 * serves all three.
 *
 * <p>Most news text is NFC already, with nothing to drop or map: a table per char
 * ({@code VietChars.ATTENTION}) says which chars need any work, and a run of chars that need none
 * is neither copied nor given offset maps; a text with none at all shares its string. Maps are
 * kept only where an offset moves (CR LF, a dropped char, marks composed), not where a char is
 * only replaced in place (a no-break space, "Ð", a moved tone). The tokens are made in one more
 * pass over the normalized chars, which also reads the lower-case and folded forms from the tables
 * (see {@link Tokenizer}); the whole-text {@link #lower()} and {@link #folded()} strings are made
 * when asked.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * VietText t = VietText.of("Chủ tịch UBND TP Hà Nội\u00a0hoà");
 * t.normalized();   // "Chủ tịch UBND TP Hà Nội hòa"
 * t.folded();       // "chu tich ubnd tp ha noi hoa"
 * t.toOriginalStart(0);
 * }</pre>
 */
public final class VietText {
  private final String original;
  private final String normalized;
  /** The normalized chars, {@code length} of them (the array may be longer); never changed. */
  private final char[] chars;
  private final int length;
  private @Nullable String lower;
  private @Nullable String folded;
  /** Original offset of each normalized char (plus one past the end); null when identity. */
  private final int @Nullable [] startMap;
  /** Original end offset after each normalized prefix of length i; null when identity. */
  private final int @Nullable [] endMap;
  private final boolean hasDiacritics;
  private final TokenList tokens;

  /**
   * @param chars the normalized chars, {@code length} of them; kept, never changed
   */
  private VietText(String original, String normalized, char[] chars, int length,
      int @Nullable [] startMap, int @Nullable [] endMap) {
    this.original = original;
    this.normalized = normalized;
    this.chars = chars;
    this.length = length;
    this.startMap = startMap;
    this.endMap = endMap;
    // tokenized at once from the array: every caller reads the tokens, and array reads are
    // cheaper than charAt on Vietnamese (UTF-16) strings
    this.tokens = new Tokenizer(chars, length).run();
    this.hasDiacritics = tokens.hasDiacritics();
  }

  /**
   * Normalizes {@code text}.
   *
   * @param text any string, including malformed UTF-16; not null
   * @return its normalized view
   * @throws NullPointerException if text is null
   */
  public static VietText of(String text) {
    Objects.requireNonNull(text, "text");
    return new Normalization(text).run();
  }

  /**
   * The text as given.
   *
   * @return the string {@link #of} was given
   */
  public String original() {
    return original;
  }

  /**
   * The normalized text.
   *
   * @return NFC, modern tone placement, spaces and line breaks normalized
   */
  public String normalized() {
    return normalized;
  }

  /**
   * The normalized text in lower case, diacritics kept.
   *
   * @return a string of the same length as {@link #normalized()}
   */
  public String lower() {
    // a benign race, as String's own hash: any thread makes the same immutable string
    String l = lower;
    if (l == null) {
      char[] lo = new char[length];
      for (int i = 0; i < length; i++) {
        lo[i] = VietChars.lower(chars[i]);
      }
      l = new String(lo);
      lower = l;
    }
    return l;
  }

  /**
   * The normalized text folded: lower case, no diacritics, đ → d.
   *
   * @return a string of the same length as {@link #normalized()}
   */
  public String folded() {
    String f = folded;
    if (f == null) {
      char[] fo = new char[length];
      for (int i = 0; i < length; i++) {
        fo[i] = VietChars.fold(chars[i]);
      }
      f = new String(fo);
      folded = f;
    }
    return f;
  }

  /**
   * Whether any letter of the text carries a Vietnamese diacritic. A text without any is
   * matched against lexicons by its folded form.
   *
   * @return true when some letter's folded form differs from its lower case
   */
  public boolean hasDiacritics() {
    return hasDiacritics;
  }

  /**
   * The original offset where the normalized char at {@code index} comes from.
   *
   * @param index 0 to {@code normalized().length()} inclusive
   * @return an offset into {@link #original()}, 0 to {@code original().length()}
   */
  public int toOriginalStart(int index) {
    Objects.checkIndex(index, length + 1);
    return startMap == null ? index : startMap[index];
  }

  /**
   * The original offset just after the normalized chars before {@code index}: the end of a span
   * that ends at {@code index} in the normalized text.
   *
   * @param index 0 to {@code normalized().length()} inclusive
   * @return an offset into {@link #original()}, 0 to {@code original().length()}
   */
  public int toOriginalEnd(int index) {
    Objects.checkIndex(index, length + 1);
    return endMap == null ? index : endMap[index];
  }

  /**
   * The tokens of the normalized text. The list is unmodifiable and random-access; its tokens
   * are made when first asked for, from flat arrays filled in one pass, and each index answers
   * the same token object every time.
   *
   * @return the tokens, in text order
   */
  public List<Token> tokens() {
    return tokens;
  }

  @Override
  public String toString() {
    return normalized.length() <= 64 ? normalized : normalized.substring(0, 64) + "…";
  }

  /**
   * One pass over the original, building the normalized chars and, where offsets move, both
   * offset maps. Runs of chars that need no work ({@code VietChars.ATTENTION}) are skipped while
   * the output is still the input (state "in place": {@code out == src}) and copied in bulk once
   * it is not.
   */
  private static final class Normalization {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final byte[] NFC_ALONE = new byte[Character.MAX_VALUE + 1];
    /** Most combining marks normalized with one base: UAX #15's stream-safe bound. */
    private static final int MAX_MARKS = 30;

    private final String in;
    /** The input's chars: array reads cost less than charAt on UTF-16 strings. */
    private final char[] src;
    /** The output: {@code src} itself while every offset is the same as the input's. */
    private char[] out;
    private int len;
    private int @Nullable [] starts;
    private int @Nullable [] ends;
    /** Whether a char was replaced in place (offsets unmoved). */
    private boolean changed;
    /** The output indices where a tone may have to move (a toned second vowel), in order. */
    private int @Nullable [] pairAt;
    private int pairs;

    Normalization(String in) {
      this.in = in;
      this.src = in.toCharArray();
      this.out = src;
    }

    VietText run() {
      char[] src = this.src;
      byte[] attention = VietChars.ATTENTION;
      int n = src.length;
      int i = 0;
      while (i < n) {
        // the quick check: a run of chars that stand for themselves
        int j = i;
        char last = len > 0 ? out[len - 1] : 0;
        int before = last < VietChars.TABLE ? attention[last] : 0;
        while (j < n) {
          char c = src[j];
          int a = c < VietChars.TABLE ? attention[c] : VietChars.NEEDS_WORK;
          if ((a & VietChars.NEEDS_WORK) != 0) {
            break;
          }
          // "o" before a toned "a" or "e", "u" before a toned "y": one shift and mask
          if ((before << 2 & a & VietChars.TONED_SECOND) != 0) {
            maybeTone(len + j - i);
          }
          before = a;
          j++;
        }
        // a combining mark belongs to the char before it, normalized with it
        int end = j < n && j > i && isCombining(src[j]) ? j - 1 : j;
        if (end > i) {
          copy(i, end);
          i = end;
        }
        if (i < n) {
          i = step(i);
        }
      }
      boolean retoned = pairs > 0 && canonicalizeTones();
      if (starts == null) {
        // offsets did not move; unless a char changed, the normalized chars are the original's
        String normalized = changed || retoned ? new String(out, 0, len) : in;
        return new VietText(in, normalized, out, len, null, null);
      }
      String normalized = new String(out, 0, len);
      starts[len] = n;
      ends[len] = n;
      return new VietText(in, normalized, out, len, trim(starts), trim(ends));
    }

    /** Appends the plain chars {@code src[from, to)}, each standing for itself. */
    private void copy(int from, int to) {
      if (out == src) {
        // in place: the output is the input up to here
        len = to;
        return;
      }
      int count = to - from;
      if (len + count + 1 >= out.length) {
        grow(Math.max(out.length * 2, len + count + 2));
      }
      System.arraycopy(src, from, out, len, count);
      int[] st = starts;
      int[] en = ends;
      for (int k = 0; k < count; k++) {
        st[len + k] = from + k;
        en[len + k + 1] = from + k + 1;
      }
      len += count;
    }

    /** One step of the per-char loop from {@code i}, a char that needs work; returns the next. */
    private int step(int i) {
      char[] src = this.src;
      int n = src.length;
      char c = src[i];
      boolean marked = i + 1 < n && isCombining(src[i + 1]);
      if ((c >= 0x20 && c < 0x7F || c == '\n') && !marked) {
        emit(c, i, i + 1);
        return i + 1;
      }
      if (c == '\r') {
        boolean crlf = i + 1 < n && src[i + 1] == '\n';
        emit('\n', i, crlf ? i + 2 : i + 1);
        return crlf ? i + 2 : i + 1;
      }
      if (isDropped(c)) {
        diverge();
        return i + 1;
      }
      if (VietChars.isBlank(c)) {
        emit(' ', i, i + 1);
        return i + 1;
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(src[i + 1])) {
          return chunk(i, 2);
        }
        emit('\uFFFD', i, i + 1);
        return i + 1;
      }
      return chunk(i, 1);
    }

    private int[] trim(int[] a) {
      return a.length == len + 1 ? a : Arrays.copyOf(a, len + 1);
    }

    /**
     * A base character of {@code width} chars plus its combining marks, normalized as one. A run
     * of more than {@value #MAX_MARKS} marks is normalized in pieces of that many, as UAX #15's
     * stream-safe text format would split it, so that reordering the marks costs a bounded time
     * per mark; no text writes that many marks on one letter.
     */
    private int chunk(int i, int width) {
      int j = i + width;
      int limit = Math.min(in.length(), j + MAX_MARKS);
      while (j < limit && isCombining(src[j])) {
        j++;
      }
      if (j == i + 1) {
        char c = src[i];
        char mapped = c == 'Ð' ? 'Đ' : c == 'ð' ? 'đ' : c;
        if (mapped != c || !isNfcAlone(c)) {
          String s = mapped != c ? String.valueOf(mapped)
              : NFC.normalize(String.valueOf(c));
          for (int k = 0; k < s.length(); k++) {
            emit(s.charAt(k), i, j);
          }
        } else {
          emit(c, i, j);
        }
        return j;
      }
      String piece = in.substring(i, j);
      String s = NFC.normalize(piece);
      for (int k = 0; k < s.length(); k++) {
        emit(s.charAt(k), i, j);
      }
      return j;
    }

    /**
     * Whether a char standing alone is already NFC; the answers are cached per char, since news
     * text repeats a few hundred letters (a benign race: every thread computes the same byte).
     */
    private static boolean isNfcAlone(char c) {
      byte known = NFC_ALONE[c];
      if (known == 0) {
        known = NFC.isNormalized(String.valueOf(c)) ? (byte) 1 : 2;
        NFC_ALONE[c] = known;
      }
      return known == 1;
    }

    private static boolean isCombining(char c) {
      return c >= 0x300 && VietChars.isMark(c);
    }

    /**
     * Whether {@code first} and the toned {@code second} are "oa", "oe" or "uy" (any case), whose
     * tone may have to move.
     */
    private static boolean isPair(char first, char second) {
      char l = VietChars.lower(first);
      char base = VietChars.lower(VietChars.baseVowel(second));
      return l == 'o' ? base == 'a' || base == 'e' : l == 'u' && base == 'y';
    }

    private static boolean isDropped(char c) {
      return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
          || c == '\u00AD';
    }

    private void emit(char c, int origStart, int origEnd) {
      if (c < VietChars.TABLE && (VietChars.ATTENTION[c] & VietChars.TONED_SECOND) != 0
          && len > 0 && isPair(out[len - 1], c)) {
        maybeTone(len);
      }
      if (out == src) {
        if (origStart == len && origEnd == len + 1) {
          // the same offsets: replaced in place, after the step has read the char
          if (c != src[len]) {
            src[len] = c;
            changed = true;
          }
          len++;
          return;
        }
        diverge();
      }
      if (len + 1 >= out.length) {
        grow(out.length * 2);
      }
      out[len] = c;
      starts[len] = origStart;
      ends[len + 1] = origEnd;
      len++;
    }

    /** Notes that the tone of the vowel at output index {@code k} may have to move. */
    private void maybeTone(int k) {
      if (pairAt == null) {
        pairAt = new int[16];
      } else if (pairs == pairAt.length) {
        pairAt = Arrays.copyOf(pairAt, pairs * 2);
      }
      pairAt[pairs++] = k;
    }

    private void grow(int capacity) {
      out = Arrays.copyOf(out, capacity);
      starts = Arrays.copyOf(starts, capacity + 1);
      ends = Arrays.copyOf(ends, capacity + 1);
    }

    /**
     * From here on the normalized text's offsets differ from the original's: a buffer of its
     * own and explicit maps, identity up to here.
     */
    private void diverge() {
      if (starts != null) {
        return;
      }
      int capacity = src.length + 16;
      out = Arrays.copyOf(src, capacity);
      starts = new int[capacity + 1];
      ends = new int[capacity + 1];
      for (int k = 0; k <= len; k++) {
        starts[k] = k;
        ends[k] = k;
      }
    }

    /**
     * Moves the tone of an open syllable ending in "oa", "oe" or "uy" from the second vowel to
     * the first ("hoà" → "hòa", "thuỷ" → "thủy"); "qu" keeps its tone on the y ("quý"). Chars
     * change in place, offsets do not. Each decision reads the chars as normalized (a moved tone
     * never makes or unmakes another pair), so only the places noted while normalizing are
     * looked at: every toned "a", "e" or "y" after an "o" or "u" (a place noted twice, or whose
     * char a later step replaced, is looked at again and left as it is).
     *
     * @return whether any tone moved
     */
    private boolean canonicalizeTones() {
      boolean moved = false;
      for (int p = 0; p < pairs; p++) {
        int k = pairAt[p];
        if (k < 1 || k >= len) {
          continue;
        }
        char second = out[k];
        int tone = VietChars.tone(second);
        if (tone == 0) {
          continue;
        }
        char secondBase = VietChars.lower(VietChars.baseVowel(second));
        char first = out[k - 1];
        char firstBase = VietChars.lower(first);
        boolean pair = firstBase == 'o' && (secondBase == 'a' || secondBase == 'e')
            || firstBase == 'u' && secondBase == 'y';
        if (!pair) {
          continue;
        }
        // a lower-case vowel right before a capital ends a word glued by HTML extraction
        boolean open = k + 1 >= len || !VietChars.isLetter(out[k + 1])
            || VietChars.isLowerCase(second) && VietChars.isUpperCase(out[k + 1]);
        boolean afterQ = k >= 2 && VietChars.lower(out[k - 2]) == 'q';
        if (!open || afterQ) {
          continue;
        }
        out[k - 1] = VietChars.withTone(first, tone);
        out[k] = VietChars.baseVowel(second);
        moved = true;
      }
      return moved;
    }
  }
}
