package org.vietparse.internal.name;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.util.List;
import java.util.Optional;
import org.vietparse.internal.text.StreamSafe;
import org.vietparse.official.PersonName;

/**
 * Reads a name written alone into its parts with the {@link NameModel}: what
 * {@code VietParse.parseName} does.
 *
 * <pre>{@code
 * PersonNames.read("Tôn Thất Thuyết").orElseThrow().family();   // Optional[Tôn Thất]
 * }</pre>
 */
public final class PersonNames {
  private static final Splitter SPACES = Splitter.on(
      CharMatcher.whitespace().or(CharMatcher.is('\u00a0'))).omitEmptyStrings();
  private static final int MAX_GIVEN_WORDS = 4;

  private PersonNames() {}

  /**
   * A name that starts with a Vietnamese family name and has at most four further words, none of
   * them hyphenated, is Vietnamese ("Lê Hoài Trung"); one word that is a family name is a family
   * name alone; one Vietnamese word with its marks is a given name alone; any other name is
   * foreign, kept whole.
   *
   * @param text a name; blanks are collapsed, NFC applied
   * @return the name, or empty when the text is blank
   */
  public static Optional<PersonName> read(String text) {
    List<String> words = SPACES.splitToList(StreamSafe.nfc(text));
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String whole = String.join(" ", words);
    int familyWords = NameModel.get().familyWords(words);
    boolean hyphen = whole.indexOf('-') >= 0 || whole.indexOf('\'') >= 0
        || whole.indexOf('’') >= 0;
    if (familyWords > 0 && !hyphen && words.size() - familyWords <= MAX_GIVEN_WORDS) {
      String f = String.join(" ", words.subList(0, familyWords));
      if (words.size() == familyWords) {
        return Optional.of(PersonName.of(f, "", ""));
      }
      String g = words.get(words.size() - 1);
      String m = String.join(" ", words.subList(familyWords, words.size() - 1));
      return Optional.of(PersonName.of(f, m, g));
    }
    if (words.size() == 1 && !hyphen && NameModel.looksVietnamese(whole)) {
      return Optional.of(PersonName.of("", "", whole));
    }
    return Optional.of(PersonName.foreign(whole));
  }
}
