package org.vietparse.official;

import com.google.common.base.Joiner;
import com.google.common.base.Preconditions;
import com.ibm.icu.text.Normalizer2;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

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
 * <p>A name is built from its parts ({@link #of}) or kept whole ({@link #foreign}); there is no
 * {@code parse}, since the text of a name does not show its parts without the name model (which
 * words make a family name, "Tôn Thất" or "Nguyễn"): {@code VietParse.parseName} reads a name
 * written alone with that model, and the recognizers read names in running text.
 *
 * <pre>{@code
 * PersonName n = VietParse.parseName("Nguyễn Thị Bích Thảo").orElseThrow();
 * n.family();   // Optional[Nguyễn]
 * n.middle();   // Optional[Thị Bích]
 * n.given();    // Optional[Thảo]
 * PersonName.foreign("Donald Trump").isStructured();   // false
 * }</pre>
 */
public final class PersonName {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Joiner SPACE_JOINER = Joiner.on(' ').skipNulls();

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
   * NFC in pieces of at most 30 combining marks, as UAX #15's stream-safe format cuts a longer
   * run, so that reordering costs a bounded time per mark. (The same rule as the text layer's;
   * a value package keeps its own copy, since it imports nothing internal.)
   */
  private static String nfc(String s) {
    StringBuilder out = null;
    int from = 0;
    int run = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (NFC.getCombiningClass(cp) == 0) {
        run = 0;
      } else if (++run > 30) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16);
        }
        out.append(NFC.normalize(s.substring(from, i)));
        from = i;
        run = 1;
      }
      i += Character.charCount(cp);
    }
    return out == null ? NFC.normalize(s)
        : out.append(NFC.normalize(s.substring(from))).toString();
  }

  private static String clean(String s) {
    String n = nfc(s).strip();
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
