package org.vietparse.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
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
  /** The caller's offsets of the chars this document reports on: all but a window's context. */
  private final int ownFrom;
  private final int ownTo;
  /** The normalized offsets of the same chars. */
  private final int ownStart;
  private final int ownEnd;
  /** The tokens that start in them. */
  private final int firstOwn;
  private final int endOwn;

  private Document(VietText text, int base, boolean folded, int ownFrom, int ownTo) {
    this.text = text;
    this.tokens = text.tokens();
    this.base = base;
    this.folded = folded;
    this.ownFrom = ownFrom;
    this.ownTo = ownTo;
    this.ownStart = normalized(text, ownFrom - base);
    this.ownEnd = normalized(text, ownTo - base);
    this.firstOwn = firstTokenFrom(tokens, ownStart);
    this.endOwn = firstTokenFrom(tokens, ownEnd);
  }

  private Document(Document d, boolean folded) {
    this.text = d.text;
    this.tokens = d.tokens;
    this.base = d.base;
    this.folded = folded;
    this.ownFrom = d.ownFrom;
    this.ownTo = d.ownTo;
    this.ownStart = d.ownStart;
    this.ownEnd = d.ownEnd;
    this.firstOwn = d.firstOwn;
    this.endOwn = d.endOwn;
  }

  /** The first normalized offset whose char comes from {@code original} or later. */
  private static int normalized(VietText text, int original) {
    return firstNotBelow(text.normalized().length(), k -> text.toOriginalStart(k) < original);
  }

  private static int firstTokenFrom(List<Token> tokens, int start) {
    return firstNotBelow(tokens.size(), k -> tokens.get(k).start() < start);
  }

  /** The first of {@code 0..n} where {@code below} turns false; it is true up to some index. */
  private static int firstNotBelow(int n, IntPredicate below) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (below.test(mid)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The text layer of {@code text}: normalized, tokenized, with its offset map.
   *
   * @param text any text; not null
   * @return the document
   */
  public static Document of(String text) {
    VietText t = VietText.of(Objects.requireNonNull(text, "text"));
    return new Document(t, 0, !t.hasDiacritics(), 0, text.length());
  }

  /**
   * The chars {@code [from, to)} of {@code whole} as a document of their own, read with the
   * chars {@code [left, from)} before them and {@code [to, right)} after them as context: the
   * grammars see the context, the stages report only what starts in {@code [from, to)}. Its
   * spans are offsets into {@code whole}; it is folded as its own text says until
   * {@link #withFolded} says otherwise.
   *
   * @param whole the caller's string
   * @param left where the context before the window starts
   * @param from the window's first char
   * @param to one past its last
   * @param right where the context after it ends
   * @return the window's document
   */
  public static Document window(String whole, int left, int from, int to, int right) {
    VietText t = VietText.of(whole.substring(left, right));
    return new Document(t, left, !t.hasDiacritics(), from, to);
  }

  /**
   * This document, matched against the lexicons folded or not as the whole text it is a window
   * of is.
   *
   * @param folded whether the whole text is written without diacritics
   * @return a document over the same text layer
   */
  public Document withFolded(boolean folded) {
    return folded == this.folded ? this : new Document(this, folded);
  }

  /**
   * Whether a span starts in the chars this document reports on: for a window, not in its
   * context.
   *
   * @param span a span of the caller's string
   * @return whether it starts in the window proper
   */
  public boolean owns(Span span) {
    return span.start() >= ownFrom && span.start() < ownTo;
  }

  /** The first token that starts in the chars this document reports on. */
  public int firstOwn() {
    return firstOwn;
  }

  /** One past the last token that starts in the chars this document reports on. */
  public int endOwn() {
    return endOwn;
  }

  /** The normalized offset where the chars this document reports on start. */
  public int ownStart() {
    return ownStart;
  }

  /** The normalized offset where they end. */
  public int ownEnd() {
    return ownEnd;
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
