package org.vietparse.internal.date;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.vietparse.internal.date.DateGrammar.Found;

/**
 * The date expressions the grammar found in one document, as written and not yet resolved
 * against a reference or the text around them: what the date stage hands to document
 * resolution ({@link DateRecognizer#resolve}).
 */
public final class DateCandidates {
  private final ImmutableList<Found> found;

  DateCandidates(List<Found> found) {
    this.found = ImmutableList.copyOf(found);
  }

  ImmutableList<Found> found() {
    return found;
  }

  /** How many expressions were found. */
  public int size() {
    return found.size();
  }
}
