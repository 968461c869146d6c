package org.vietparse.internal.text;

import com.google.common.collect.ImmutableList;
import com.ibm.icu.text.Normalizer2;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The text layer as it was before its flat token stream (main 77b92fc), kept unchanged as the
 * oracle of {@link TextLayerEquivalenceTest}.
 *
 * <p>A normalized view of a text, with a map from every normalized offset back to the original.
 *
 * <p>Normalization, in one pass: NFC; the modern tone placement ("hoà" → "hòa", "Uỷ" → "Ủy",
 * "thuỷ" → "thủy"); no-break and other Unicode spaces, tabs and control characters → a plain
 * space; CR LF and lone CR → LF; zero-width characters, soft hyphens and the BOM removed; a lone
 * surrogate → U+FFFD; the look-alike "Ð" → "Đ". Two further forms have the same length as the
 * normalized text: {@link #lower()} and {@link #folded()} (no diacritics, đ → d), so one offset
 * serves all three.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * OldVietText t = OldVietText.of("Chủ tịch UBND TP Hà Nội\u00a0hoà");
 * t.normalized();   // "Chủ tịch UBND TP Hà Nội hòa"
 * t.folded();       // "chu tich ubnd tp ha noi hoa"
 * t.toOriginalStart(0);
 * }</pre>
 */
final class OldVietText {
  private final String original;
  private final String normalized;
  private final char[] lo;
  private final char[] fo;
  private @Nullable String lower;
  private @Nullable String folded;
  /** Original offset of each normalized char (plus one past the end); null when identity. */
  private final int[] startMap;
  /** Original end offset after each normalized prefix of length i; null when identity. */
  private final int[] endMap;
  private final boolean hasDiacritics;
  private final ImmutableList<OldToken> tokens;

  /**
   * @param chars the normalized chars, {@code length} of them; read here, never kept
   */
  private OldVietText(String original, String normalized, char[] chars, int length,
      int[] startMap, int[] endMap) {
    this.original = original;
    this.normalized = normalized;
    this.startMap = startMap;
    this.endMap = endMap;
    char[] lo = new char[length];
    char[] fo = new char[length];
    boolean diacritics = false;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      lo[i] = VietChars.lower(c);
      fo[i] = VietChars.fold(c);
      if (!diacritics && c >= 0xC0 && fo[i] != lo[i] && VietChars.isLetter(c)) {
        diacritics = true;
      }
    }
    // the whole-text forms are asked for on short texts only: made when first asked
    this.lo = lo;
    this.fo = fo;
    this.hasDiacritics = diacritics;
    // tokenized at once from the arrays: every caller reads the tokens, and array reads are
    // cheaper than charAt on Vietnamese (UTF-16) strings
    this.tokens = OldTokenizer.tokenize(chars, lo, fo, length);
  }

  /**
   * Normalizes {@code text}.
   *
   * @param text any string, including malformed UTF-16; not null
   * @return its normalized view
   * @throws NullPointerException if text is null
   */
  public static OldVietText of(String text) {
    Objects.requireNonNull(text, "text");
    return new Normalization(text).run();
  }

  /** The text as given. */
  public String original() {
    return original;
  }

  /** The normalized text. */
  public String normalized() {
    return normalized;
  }

  /** The normalized text in lower case, diacritics kept; same length as {@link #normalized()}. */
  public String lower() {
    // a benign race, as String's own hash: any thread makes the same immutable string
    String l = lower;
    if (l == null) {
      l = new String(lo);
      lower = l;
    }
    return l;
  }

  /** The normalized text folded: lower case, no diacritics, đ → d; same length. */
  public String folded() {
    String f = folded;
    if (f == null) {
      f = new String(fo);
      folded = f;
    }
    return f;
  }

  /**
   * Whether any letter of the text carries a Vietnamese diacritic. A text without any is
   * matched against lexicons by its folded form.
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
    Objects.checkIndex(index, normalized.length() + 1);
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
    Objects.checkIndex(index, normalized.length() + 1);
    return endMap == null ? index : endMap[index];
  }

  /** The tokens of the normalized text. */
  public ImmutableList<OldToken> tokens() {
    return tokens;
  }

  @Override
  public String toString() {
    return normalized.length() <= 64 ? normalized : normalized.substring(0, 64) + "…";
  }

  /** One pass over the original, building the normalized chars and both offset maps. */
  private static final class Normalization {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final byte[] NFC_ALONE = new byte[Character.MAX_VALUE + 1];
    /** Most combining marks normalized with one base: UAX #15's stream-safe bound. */
    private static final int MAX_MARKS = 30;

    private final String in;
    /** The input's chars: array reads cost less than charAt on UTF-16 strings. */
    private final char[] src;
    private char[] out;
    private int len;
    private int[] starts;
    private int[] ends;

    Normalization(String in) {
      this.in = in;
      this.src = in.toCharArray();
      this.out = new char[in.length() + 16];
    }

    OldVietText run() {
      int n = in.length();
      int i = 0;
      while (i < n) {
        char c = src[i];
        boolean marked = i + 1 < n && isCombining(src[i + 1]);
        if ((c >= 0x20 && c < 0x7F || c == '\n') && !marked) {
          emit(c, i, i + 1);
          i++;
          continue;
        }
        if (c == '\r') {
          boolean crlf = i + 1 < n && src[i + 1] == '\n';
          emit('\n', i, crlf ? i + 2 : i + 1);
          i += crlf ? 2 : 1;
          continue;
        }
        if (isDropped(c)) {
          diverge();
          i++;
          continue;
        }
        if (VietChars.isBlank(c)) {
          emit(' ', i, i + 1);
          i++;
          continue;
        }
        if (Character.isSurrogate(c)) {
          if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(src[i + 1])) {
            i = chunk(i, 2);
          } else {
            emit('\uFFFD', i, i + 1);
            i++;
          }
          continue;
        }
        i = chunk(i, 1);
      }
      boolean retoned = canonicalizeTones();
      if (starts == null) {
        // offsets did not move; unless a tone moved, the normalized chars are the original's
        return new OldVietText(in, retoned ? new String(out, 0, len) : in, out, len, null, null);
      }
      String normalized = new String(out, 0, len);
      starts[len] = n;
      ends[len] = n;
      return new OldVietText(in, normalized, out, len, trim(starts), trim(ends));
    }

    private int[] trim(int[] a) {
      return a.length == len + 1 ? a : java.util.Arrays.copyOf(a, len + 1);
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
          diverge();
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
      if (!s.equals(piece)) {
        diverge();
      }
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

    private static boolean isDropped(char c) {
      return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
          || c == '\u00AD';
    }

    private void emit(char c, int origStart, int origEnd) {
      if (starts == null && (origStart != len || origEnd != len + 1 || c != src[origStart])) {
        diverge();
      }
      if (len + 1 >= out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
        if (starts != null) {
          starts = java.util.Arrays.copyOf(starts, out.length + 1);
          ends = java.util.Arrays.copyOf(ends, out.length + 1);
        }
      }
      out[len] = c;
      if (starts != null) {
        starts[len] = origStart;
        ends[len + 1] = origEnd;
      }
      len++;
    }

    /** From here on the normalized text differs from the original: keep explicit maps. */
    private void diverge() {
      if (starts != null) {
        return;
      }
      starts = new int[out.length + 1];
      ends = new int[out.length + 1];
      for (int k = 0; k <= len; k++) {
        starts[k] = k;
        ends[k] = k;
      }
    }

    /**
     * Moves the tone of an open syllable ending in "oa", "oe" or "uy" from the second vowel to
     * the first ("hoà" → "hòa", "thuỷ" → "thủy"); "qu" keeps its tone on the y ("quý"). Chars
     * change in place, offsets do not.
     *
     * @return whether any tone moved
     */
    private boolean canonicalizeTones() {
      boolean moved = false;
      for (int k = 1; k < len; k++) {
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
