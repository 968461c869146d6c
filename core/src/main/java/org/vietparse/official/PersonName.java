package org.vietparse.official;

import com.google.common.base.Joiner;
import com.google.common.base.Preconditions;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.ibm.icu.text.Normalizer2;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vietparse.internal.official.NameLexicon;

/**
 * A person's name as written, and, for a Vietnamese name, its parts: family name (họ), middle
 * name (tên đệm) and given name (tên). "Nguyễn Thị Bích Thảo" has family "Nguyễn", middle
 * "Thị Bích" and given "Thảo"; "Tôn Thất Thuyết" has the two-word family "Tôn Thất". A foreign
 * name ("José Garcia Ruminot", "Phoxay Khaykhamphithoune") is kept whole and has no parts. A
 * name of one word after a title is a family name when it is a Vietnamese family name
 * ("Thứ trưởng Nguyễn"), a given name when it is Vietnamese ("Thứ trưởng Hải"), and otherwise
 * foreign ("Tổng thống Biden").
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * PersonName n = PersonName.parse("Nguyễn Thị Bích Thảo");
 * n.family();   // Optional[Nguyễn]
 * n.middle();   // Optional[Thị Bích]
 * n.given();    // Optional[Thảo]
 * PersonName.foreign("Donald Trump").isStructured();   // false
 * }</pre>
 */
public final class PersonName {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Joiner SPACE_JOINER = Joiner.on(' ').skipNulls();
  private static final Splitter SPACES = Splitter.on(' ').omitEmptyStrings();

  private final String text;
  private final String family;
  private final String middle;
  private final String given;

  private PersonName(String text, String family, String middle, String given) {
    this.text = text;
    this.family = family;
    this.middle = middle;
    this.given = given;
  }

  /**
   * A Vietnamese name from its parts; empty parts are absent. The text is the parts joined by
   * spaces.
   *
   * @param family the family name ("Nguyễn", "Tôn Thất"), or ""
   * @param middle the middle name ("Thị Bích"), or ""
   * @param given the given name ("Thảo"), or ""
   * @return the name
   * @throws IllegalArgumentException if every part is blank
   */
  public static PersonName of(String family, String middle, String given) {
    String f = clean(Objects.requireNonNull(family, "family"));
    String m = clean(Objects.requireNonNull(middle, "middle"));
    String g = clean(Objects.requireNonNull(given, "given"));
    String text = SPACE_JOINER.join(f.isEmpty() ? null : f, m.isEmpty() ? null : m,
        g.isEmpty() ? null : g);
    Preconditions.checkArgument(!text.isEmpty(), "a name needs at least one part");
    return new PersonName(text, f, m, g);
  }

  /**
   * A name kept whole, without parts: a foreign name.
   *
   * @param text the name as written; blanks are collapsed
   * @return the name
   * @throws IllegalArgumentException if text is blank
   */
  public static PersonName foreign(String text) {
    String t = clean(Objects.requireNonNull(text, "text"));
    Preconditions.checkArgument(!t.isEmpty(), "a name must not be blank");
    return new PersonName(t, "", "", "");
  }

  /**
   * Reads a name: a name that starts with a Vietnamese family name and has at most four further
   * words, none of them hyphenated, is Vietnamese ("Lê Hoài Trung"); one word that is a family
   * name is a family name alone; one Vietnamese word with diacritics is a given name alone; any
   * other name is foreign.
   *
   * @param text a name; blanks are collapsed
   * @return the name
   * @throws IllegalArgumentException if text is blank
   */
  public static PersonName parse(String text) {
    String t = clean(Objects.requireNonNull(text, "text"));
    Preconditions.checkArgument(!t.isEmpty(), "a name must not be blank");
    List<String> words = SPACES.splitToList(t);
    int familyWords = NameLexicon.familyWords(words);
    boolean hyphen = t.indexOf('-') >= 0 || t.indexOf('\'') >= 0 || t.indexOf('’') >= 0;
    if (familyWords > 0 && !hyphen && words.size() - familyWords <= 4) {
      String f = String.join(" ", words.subList(0, familyWords));
      if (words.size() == familyWords) {
        return new PersonName(t, f, "", "");
      }
      String g = words.get(words.size() - 1);
      String m = String.join(" ", words.subList(familyWords, words.size() - 1));
      return new PersonName(t, f, m, g);
    }
    if (words.size() == 1 && !hyphen && NameLexicon.looksVietnamese(t)) {
      return new PersonName(t, "", "", t);
    }
    return new PersonName(t, "", "", "");
  }

  private static String clean(String s) {
    String n = NFC.normalize(s).strip();
    if (singleSpaced(n)) {
      // names read from normalized text: nothing to collapse, no copy
      return n;
    }
    StringBuilder sb = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
      } else {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean singleSpaced(String n) {
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (blank && (space || c != ' ')) {
        return false;
      }
      space = blank;
    }
    return true;
  }

  /**
   * The name as written, NFC, single spaces: "Nguyễn Thị Bích Thảo".
   *
   * @return the name, never blank
   */
  public String text() {
    return text;
  }

  /**
   * The family name ("Nguyễn", "Tôn Thất"), when the name is Vietnamese and has one.
   *
   * @return the family name, or empty
   */
  public Optional<String> family() {
    return part(family);
  }

  /**
   * The middle name ("Thị Bích"), when the name is Vietnamese and has one.
   *
   * @return the middle name, or empty
   */
  public Optional<String> middle() {
    return part(middle);
  }

  /**
   * The given name ("Thảo"), when the name is Vietnamese and has one.
   *
   * @return the given name, or empty
   */
  public Optional<String> given() {
    return part(given);
  }

  private static Optional<String> part(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /**
   * True when the name has Vietnamese parts; false for a foreign name kept whole.
   *
   * @return whether the name has parts
   */
  public boolean isStructured() {
    return !family.isEmpty() || !given.isEmpty();
  }

  /**
   * The word a text uses to refer to this person by one word: the given name of a Vietnamese
   * name ("ông Huệ" for "Vương Đình Huệ"), the last word of a foreign one ("Tổng thống Biden"
   * for "Joe Biden"), the family name of a name that is only that.
   *
   * @return one word of the name
   */
  public String shortForm() {
    if (!given.isEmpty()) {
      return given;
    }
    if (!family.isEmpty()) {
      return family;
    }
    int sp = text.lastIndexOf(' ');
    return sp < 0 ? text : text.substring(sp + 1);
  }

  /**
   * The order of a Vietnamese index: by given name, then family name, then middle name, compared
   * with the Vietnamese collation of ICU (so "Ánh" sorts after "Anh" and before "Bình", and "Đ"
   * after "D"). A foreign name sorts by its last word, then by the whole name. ICU is loaded on the
   * first comparison.
   *
   * @return a comparator consistent with {@code equals} up to identical text
   */
  public static Comparator<PersonName> vietnameseOrder() {
    return VietnameseCollation.NAME_ORDER;
  }

  /** The sort keys: given-like word, family, middle, whole text. */
  String[] sortKeys() {
    if (!isStructured()) {
      int sp = text.lastIndexOf(' ');
      String last = sp < 0 ? text : text.substring(sp + 1);
      return new String[] {last, sp < 0 ? "" : text.substring(0, sp), "", text};
    }
    return new String[] {given.isEmpty() ? family : given, family, middle, text};
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonName p && p.text.equals(text) && p.family.equals(family)
        && p.middle.equals(middle) && p.given.equals(given);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, family, middle, given);
  }

  /**
   * The name as written.
   *
   * @return the name as written
   */
  @Override
  public String toString() {
    return text;
  }
}
