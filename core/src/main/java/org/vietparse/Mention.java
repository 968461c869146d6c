package org.vietparse;

/**
 * Something found in a text: where it is, what it says, and its normalized value.
 *
 * <p>Every mention is immutable and thread-safe. Its {@link #span()} indexes the caller's
 * original string, so that {@code text.substring(span.start(), span.end())} equals
 * {@link #text()}.
 *
 * <pre>{@code
 * for (Mention m : VietParse.extract("Sáng 10/11, Bộ trưởng Bùi Thanh Sơn ...").mentions()) {
 *   switch (m.type()) { ... }
 *   System.out.println(m.span() + " " + m.text() + " " + m.value());
 * }
 * }</pre>
 */
public sealed interface Mention
    permits DateMention, MoneyMention, TitleMention, OfficialMention {

  /**
   * Where the mention is, in original offsets.
   *
   * @return where the mention is, in original offsets
   */
  Span span();

  /**
   * The covered original text, unchanged.
   *
   * @return the covered original text, unchanged
   */
  String text();

  /**
   * The kind of mention.
   *
   * @return the kind of mention
   */
  MentionType type();

  /**
   * The normalized value: a {@link org.vietparse.date.DateValue} for a DATE, a
   * {@link org.vietparse.money.Money} for MONEY, a {@link org.vietparse.title.Title} for a TITLE
   * and an {@link org.vietparse.official.Official} for an OFFICIAL; each mention type narrows the
   * return type. {@link MentionFormat#value(Mention)} writes it as the mention format's JSON.
   *
   * @return the value, never null
   */
  Object value();
}
