package org.vietparse.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ListMultimap;
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
    return create(types, ImmutableListMultimap.of());
  }

  /**
   * As {@link #create(Set)}, the title lexicons extended with a user's entries (file name →
   * TSV texts).
   *
   * @throws IllegalArgumentException if the entries do not fit their lexicon
   */
  public static ImmutableList<Recognizer> create(Set<MentionType> types,
      ListMultimap<String, String> titleEntries) {
    ImmutableList.Builder<Recognizer> out = ImmutableList.builder();
    if (types.contains(MentionType.DATE)) {
      out.add(DateRecognizer.create());
    }
    if (types.contains(MentionType.MONEY)) {
      out.add(MoneyRecognizer.create());
    }
    if (types.contains(MentionType.TITLE) || types.contains(MentionType.OFFICIAL)) {
      out.add(titleEntries.isEmpty() ? TitleRecognizer.create()
          : TitleRecognizer.create(titleEntries));
    }
    if (types.contains(MentionType.OFFICIAL)) {
      out.add(OfficialRecognizer.create());
    }
    return out.build();
  }
}
