package org.vietparse.internal;

import com.google.common.collect.ImmutableList;
import java.util.Set;
import org.vietparse.MentionType;
import org.vietparse.internal.date.DateRecognizer;
import org.vietparse.internal.money.MoneyRecognizer;
import org.vietparse.internal.official.OfficialRecognizer;
import org.vietparse.internal.title.TitleRecognizer;

/** Builds the recognizers an extractor runs, in the order their results feed one another. */
public final class Recognizers {
  private Recognizers() {}

  /**
   * The recognizers needed to report {@code types}: officials need titles, so asking for
   * officials runs the title recognizer too (the extractor drops its mentions if titles were
   * not asked for).
   */
  public static ImmutableList<Recognizer> create(Set<MentionType> types) {
    ImmutableList.Builder<Recognizer> out = ImmutableList.builder();
    if (types.contains(MentionType.DATE)) {
      out.add(DateRecognizer.create());
    }
    if (types.contains(MentionType.MONEY)) {
      out.add(MoneyRecognizer.create());
    }
    if (types.contains(MentionType.TITLE) || types.contains(MentionType.OFFICIAL)) {
      out.add(TitleRecognizer.create());
    }
    if (types.contains(MentionType.OFFICIAL)) {
      out.add(OfficialRecognizer.create());
    }
    return out.build();
  }
}
