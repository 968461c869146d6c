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
   * Where the context before the window that starts at {@code from} starts: the line before it,
   * from the line break that begins that line, so that the few tokens some rules look back at
   * across a line break ("so với", a label before a figure, the punctuation before a number)
   * are there; of a line longer than {@code bound}, its last chars from a space.
   *
   * @param text the whole text
   * @param from the window's first char, a line break but in a very long line
   * @param bound the most chars of context
   * @return the context's first char, {@code from} when the window is the text's first
   */
  static int contextBefore(String text, int from, int bound) {
    int floor = Math.max(0, from - bound);
    int last = from - 1;
    // blank lines before the window are no line: the context is the last line with a token
    while (last > floor && isBlank(text.charAt(last))) {
      last--;
    }
    for (int p = last; p > floor; p--) {
      char c = text.charAt(p);
      if (c == '\n' || c == '\r') {
        return c == '\n' && text.charAt(p - 1) == '\r' ? p - 1 : p;
      }
    }
    if (floor == 0) {
      return 0;
    }
    for (int p = floor + 1; p < from; p++) {
      if (isSpace(text.charAt(p))) {
        return p;
      }
    }
    return from;
  }

  /**
   * Where the context after the window that ends at {@code to} ends: before the line break that
   * ends the next line, so that what a rule looks ahead at across the line break is there; of a
   * line longer than {@code bound}, its first chars up to a space.
   *
   * @param text the whole text
   * @param to the window's end
   * @param bound the most chars of context
   * @return one past the context's last char, {@code to} when the window ends the text
   */
  static int contextAfter(String text, int to, int bound) {
    int n = text.length();
    int limit = (int) Math.min(n, (long) to + bound);
    int p = to;
    // the line breaks that end the window's last line and any blank lines, then the next line
    while (p < limit && isBlank(text.charAt(p))) {
      p++;
    }
    for (; p < limit; p++) {
      char c = text.charAt(p);
      if (c == '\n' || c == '\r') {
        return p;
      }
    }
    if (limit == n) {
      return n;
    }
    for (int q = limit - 1; q > to; q--) {
      if (isSpace(text.charAt(q))) {
        return q;
      }
    }
    return to;
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
      if (mayHaveDiacritics(text, a, b) && !Document.window(text, a, a, b, b).folded()) {
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

  private static boolean isBlank(char c) {
    return c == '\n' || c == '\r' || c == ' ' || c == '\t';
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
