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

  private Document(VietText text) {
    this.text = text;
    this.tokens = text.tokens();
  }

  /**
   * The text layer of {@code text}: normalized, tokenized, with its offset map.
   *
   * @param text any text; not null
   * @return the document
   */
  public static Document of(String text) {
    return new Document(VietText.of(Objects.requireNonNull(text, "text")));
  }

  /** The normalized view and its offset map. */
  public VietText text() {
    return text;
  }

  /** The tokens, in text order. */
  public List<Token> tokens() {
    return tokens;
  }

  /** Whether the text is written without Vietnamese diacritics: the lexicons then match folded. */
  public boolean folded() {
    return !text.hasDiacritics();
  }

  /** The original-offset span of tokens {@code [from, to)}. */
  public Span span(int from, int to) {
    int s = text.toOriginalStart(tokens.get(from).start());
    int e = text.toOriginalEnd(tokens.get(to - 1).end());
    return Span.of(s, Math.max(s, e));
  }

  /** The original text of a span. */
  public String original(Span span) {
    return text.original().substring(span.start(), span.end());
  }
}
