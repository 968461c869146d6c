package org.vietparse.internal.title;

import java.util.Objects;
import org.vietparse.title.Title;

/**
 * A title found in a document, by token range, for the recognizers that build on titles.
 *
 * @param start index of the first token
 * @param end index one past the last token
 * @param title the title's value
 */
public record TitleHit(int start, int end, Title title) {
  public TitleHit {
    Objects.requireNonNull(title, "title");
  }
}
