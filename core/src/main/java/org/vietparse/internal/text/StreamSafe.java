package org.vietparse.internal.text;

import com.ibm.icu.text.Normalizer2;

/**
 * NFC and NFD in bounded pieces: a run of more than {@value #MAX_NON_STARTERS} combining marks
 * (non-starters) is cut after every {@value #MAX_NON_STARTERS}, and each piece normalized alone,
 * as UAX #15's stream-safe text format would cut it (without inserting anything). Reordering
 * marks costs time quadratic in the length of their run; cut so, it costs a bounded time per
 * mark. Text with shorter runs (every real text) normalizes exactly as the whole would.
 *
 * <p>Stateless and thread-safe.
 */
public final class StreamSafe {
  /** UAX #15's bound on consecutive non-starters. */
  static final int MAX_NON_STARTERS = 30;
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private StreamSafe() {}

  /**
   * NFC in bounded pieces.
   *
   * @param s any string; not null
   * @return its NFC form, normalized piece by piece where a run of marks is too long
   */
  public static String nfc(String s) {
    return normalize(NFC, s);
  }

  /**
   * NFD in bounded pieces.
   *
   * @param s any string; not null
   * @return its NFD form, normalized piece by piece where a run of marks is too long
   */
  public static String nfd(String s) {
    return normalize(NFD, s);
  }

  private static String normalize(Normalizer2 form, String s) {
    StringBuilder out = null;
    int from = 0;
    int run = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (form.getCombiningClass(cp) == 0) {
        run = 0;
      } else if (++run > MAX_NON_STARTERS) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16);
        }
        out.append(form.normalize(s.substring(from, i)));
        from = i;
        run = 1;
      }
      i += Character.charCount(cp);
    }
    if (out == null) {
      return form.normalize(s);
    }
    return out.append(form.normalize(s.substring(from))).toString();
  }
}
