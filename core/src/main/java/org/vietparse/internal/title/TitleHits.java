package org.vietparse.internal.title;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.vietparse.TitleMention;

/**
 * What the title stage finds in one document and hands to the official stage: every title, in
 * token order, whether or not the extractor reports TITLE mentions.
 *
 * @param hits the titles, sorted by start token, not overlapping
 */
public record TitleHits(ImmutableList<TitleHit> hits) {
  /** No titles: what the official stage reads when titles were not looked for. */
  public static final TitleHits NONE = new TitleHits(ImmutableList.of());

  public TitleHits(List<TitleHit> hits) {
    this(ImmutableList.copyOf(hits));
  }

  /** The titles as TITLE mentions, in text order. */
  public ImmutableList<TitleMention> mentions() {
    ImmutableList.Builder<TitleMention> out = ImmutableList.builderWithExpectedSize(hits.size());
    for (TitleHit h : hits) {
      out.add(h.mention());
    }
    return out.build();
  }
}
