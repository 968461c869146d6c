package org.vietparse.internal.title;

import java.util.Objects;
import org.vietparse.TitleMention;
import org.vietparse.title.Title;

/**
 * A title found in a document: its mention and its token range, for the officials that build on
 * titles.
 *
 * @param start index of the first token
 * @param end index one past the last token
 * @param mention the TITLE mention, with its span and value
 */
public record TitleHit(int start, int end, TitleMention mention) {
  public TitleHit {
    Objects.requireNonNull(mention, "mention");
  }

  /** The title's value. */
  public Title title() {
    return mention.title();
  }
}
