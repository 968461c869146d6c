package org.vietparse.internal.title;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The note the title recognizer leaves in a document ({@code doc.note(TitleHits.class)}): every
 * title found, in token order, including those the extractor will not report.
 *
 * @param hits the titles, sorted by start token, not overlapping
 */
public record TitleHits(ImmutableList<TitleHit> hits) {
  public TitleHits(List<TitleHit> hits) {
    this(ImmutableList.copyOf(hits));
  }
}
