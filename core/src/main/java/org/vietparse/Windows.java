package org.vietparse;

import org.vietparse.internal.Document;

/**
 * Where {@link Extractor#extract(String)} cuts a long text into windows, and the one fact about
 * the whole text a window cannot know alone (whether any of it has a diacritic). The rule, and
 * why a text read in windows gives the mentions it gives read whole, are in
 * docs/architecture.md ("Long texts").
 *
 * <p>A window ends before a line break in its last half when it has one, else before the space
 * after a sentence end ('.', '!' or '?'), else before any space or tab, else at its longest
 * length but not between the chars of a surrogate pair nor before a combining mark. The next
 * window starts with that char, so that whitespace before a token, and the line break that
 * begins its line, are in the same window as the token. Every search is bounded by half a
 * window, and each window is at least half a window long but for the last, so cutting a text
 * costs a time linear in its length.
 */
final class Windows {
  private Windows() {}

  /**
   * The end of the window that starts at {@code from}.
   *
   * @param text the whole text
   * @param from the window's first char
   * @param window the longest window, at least 2
   * @return one past the window's last char: the text's length when the rest fits
   */
  static int end(String text, int from, int window) {
    int n = text.length();
    if (n - from <= window) {
      return n;
    }
    int limit = from + window;
    int floor = from + window / 2;
    for (int p = limit; p > floor; p--) {
      char c = text.charAt(p);
      if (c == '\n' || c == '\r') {
        // CR LF is one line break: the window ends before the CR
        return c == '\n' && text.charAt(p - 1) == '\r' ? p - 1 : p;
      }
    }
    for (int p = limit; p > floor; p--) {
      if (isSpace(text.charAt(p)) && isSentenceEnd(text.charAt(p - 1))) {
        return p;
      }
    }
    for (int p = limit; p > floor; p--) {
      if (isSpace(text.charAt(p))) {
        return p;
      }
    }
    for (int p = limit; p > floor; p--) {
      char c = text.charAt(p);
      if (!isMark(c) && !(Character.isLowSurrogate(c)
          && Character.isHighSurrogate(text.charAt(p - 1)))) {
        return p;
      }
    }
    return limit;
  }

  /**
   * Whether a window from {@code from} on has a letter with a Vietnamese diacritic, as
   * {@link Document#folded()} tells: the windows are cut as {@link #end} cuts them, and only
   * those with a char that could become such a letter (a letter past ASCII or a combining mark)
   * are normalized to ask. Called when the first window has none, to decide whether the whole
   * text is matched folded.
   *
   * @param text the whole text
   * @param from the start of the second window
   * @param window the longest window
   * @return whether any later window has a diacritic
   */
  static boolean diacriticsAfter(String text, int from, int window) {
    int a = from;
    while (a < text.length()) {
      int b = end(text, a, window);
      if (mayHaveDiacritics(text, a, b) && !Document.window(text, a, b).folded()) {
        return true;
      }
      a = b;
    }
    return false;
  }

  /**
   * Whether normalizing {@code [from, to)} could give a letter with a diacritic: only a letter
   * from U+00C0 on or a combining mark can (an ASCII letter stays one, and the few chars whose
   * NFC is another char map letters to letters and other chars to other chars).
   */
  private static boolean mayHaveDiacritics(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 0xC0 && !Character.isSurrogate(c) && (Character.isLetter(c) || isMark(c))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
