package org.vietparse.internal;

import java.util.List;
import java.util.Objects;
import org.vietparse.Span;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * One text as the recognizers read it: the text layer's normalized view and its tokens, with the
 * way back from token ranges to spans of the caller's original string. Immutable; made once per
 * {@code extract} call and handed to every stage.
 *
 * <p>A long text is read in windows ({@link #window}): each is a document of its own whose spans
 * are in the offsets of the whole string, and whose {@link #folded()} is the whole text's.
 *
 * <pre>{@code
 * Document doc = Document.of("Chiều 10/11, Chủ tịch nước tiếp ...");
 * doc.tokens().get(1).text();          // "10"
 * Span s = doc.span(1, 4);             // [6, 11)
 * doc.original(s);                     // "10/11"
 * }</pre>
 */
public final class Document {
  private final VietText text;
  private final List<Token> tokens;
  /** Where the text starts in the caller's string: 0 but for a window of a longer one. */
  private final int base;
  private final boolean folded;

  private Document(VietText text, int base, boolean folded) {
    this.text = text;
    this.tokens = text.tokens();
    this.base = base;
    this.folded = folded;
  }

  /**
   * The text layer of {@code text}: normalized, tokenized, with its offset map.
   *
   * @param text any text; not null
   * @return the document
   */
  public static Document of(String text) {
    VietText t = VietText.of(Objects.requireNonNull(text, "text"));
    return new Document(t, 0, !t.hasDiacritics());
  }

  /**
   * The chars {@code [from, to)} of {@code whole} as a document of their own, whose spans are
   * offsets into {@code whole}; folded as its own text says until {@link #withFolded} says
   * otherwise.
   *
   * @param whole the caller's string
   * @param from the window's first char
   * @param to one past its last
   * @return the window's document
   */
  public static Document window(String whole, int from, int to) {
    VietText t = VietText.of(whole.substring(from, to));
    return new Document(t, from, !t.hasDiacritics());
  }

  /**
   * This document, matched against the lexicons folded or not as the whole text it is a window
   * of is.
   *
   * @param folded whether the whole text is written without diacritics
   * @return a document over the same text layer
   */
  public Document withFolded(boolean folded) {
    return folded == this.folded ? this : new Document(text, base, folded);
  }

  /** The normalized view and its offset map (offsets into this document's own text). */
  public VietText text() {
    return text;
  }

  /** The tokens, in text order. */
  public List<Token> tokens() {
    return tokens;
  }

  /**
   * Whether the text is written without Vietnamese diacritics: the lexicons then match folded.
   * For a window, whether the whole text is.
   */
  public boolean folded() {
    return folded;
  }

  /** The original-offset span of tokens {@code [from, to)}. */
  public Span span(int from, int to) {
    int s = text.toOriginalStart(tokens.get(from).start());
    int e = text.toOriginalEnd(tokens.get(to - 1).end());
    return Span.of(base + s, base + Math.max(s, e));
  }

  /**
   * The caller's offset just after the normalized chars before {@code index}, as
   * {@link VietText#toOriginalEnd}: the end of a span that ends inside a token.
   *
   * @param index a normalized offset, 0 to the normalized length inclusive
   * @return an offset into the caller's string
   */
  public int originalEnd(int index) {
    return base + text.toOriginalEnd(index);
  }

  /** The original text of a span. */
  public String original(Span span) {
    return text.original().substring(span.start() - base, span.end() - base);
  }
}
