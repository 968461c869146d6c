package org.vietparse.internal.title;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The phrases of the bundled title lexicons that the name grammar needs to tell a name from what
 * is none: roles ("Ủy viên"), international organizations, and places with whether each is a
 * country. The official stage asks here instead of reading the title files itself.
 *
 * <pre>{@code
 * TitleVocabulary.places().get("Hà Nội");   // false: a province, not a country
 * }</pre>
 */
public final class TitleVocabulary {
  private TitleVocabulary() {}

  /** The written forms of every role. */
  public static ImmutableList<String> roles() {
    return TitleLexicon.bundled().rolePhrases;
  }

  /** The written forms of every international organization ("Liên hợp quốc", "UN"). */
  public static ImmutableList<String> internationalOrganizations() {
    return TitleLexicon.bundled().internationalPhrases;
  }

  /** Provinces, their aliases and countries by written form; the value tells a country. */
  public static ImmutableMap<String, Boolean> places() {
    return TitleLexicon.bundled().placePhrases;
  }
}
