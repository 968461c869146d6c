package org.vietparse.internal.official;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.text.Normalizer2;
import java.util.List;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.Tsv;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * The lexicons of the name grammar, loaded once: Vietnamese family names, honorifics, name
 * particles ("de", "van", "bin"), phrases that never begin or continue a name (organizations,
 * the roles and international organizations of the title lexicons), the places of the title
 * lexicons, and the words before which a capitalized run is a place.
 */
public final class NameLexicon {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final String DIR = "/org/vietparse/official/";

  /** An honorific as the lexicon gives it. */
  record Honorific(String form, String canonical, String kind, boolean exactCase) {}

  final PhraseTrie<String> surnames;
  final PhraseTrie<Honorific> honorifics;
  final PhraseTrie<Boolean> places;
  final PhraseTrie<Boolean> stops;
  /** Words that end a name on a line written in capitals, where no lower case shows where. */
  final PhraseTrie<Boolean> capsStops;
  final ImmutableSet<String> placeWords;
  final ImmutableSet<String> particles;

  private NameLexicon() {
    PhraseTrie.Builder<String> s = PhraseTrie.builder();
    Tsv t = Tsv.load(DIR + "surnames.tsv");
    int col = t.column("surname");
    for (List<String> row : t.rows()) {
      String name = Tsv.cell(row, col);
      s.put(name, name);
    }
    surnames = s.build();

    PhraseTrie.Builder<Honorific> h = PhraseTrie.builder();
    t = Tsv.load(DIR + "honorifics.tsv");
    int form = t.column("form");
    int canonical = t.column("canonical");
    int kind = t.column("kind");
    for (List<String> row : t.rows()) {
      String f = Tsv.cell(row, form);
      h.put(f, new Honorific(f, Tsv.cell(row, canonical), Tsv.cell(row, kind), isAbbreviation(f)));
    }
    honorifics = h.build();

    // The value tells a country (true) from a province or other place (false).
    PhraseTrie.Builder<Boolean> p = PhraseTrie.builder();
    putColumn(p, "/org/vietparse/title/provinces.tsv", "name", Boolean.FALSE);
    putColumn(p, "/org/vietparse/title/province-aliases.tsv", "alias", Boolean.FALSE);
    // Mountains, markets and bridges named "Bà …" or "Ông …", which are no ladies or gentlemen.
    putColumn(p, DIR + "honorific-places.tsv", "name", Boolean.FALSE);
    putColumn(p, "/org/vietparse/title/countries.tsv", "name", Boolean.TRUE);
    places = p.build();

    PhraseTrie.Builder<Boolean> st = PhraseTrie.builder();
    putColumn(st, DIR + "name-stops.tsv", "phrase");
    // A role the title grammar did not take as a title ("các đồng chí Ủy viên …") is no name.
    putColumn(st, "/org/vietparse/title/roles.tsv", "name");
    // Acronyms ("UN", "EU") are left out: an all-capitals word is never a name anyway, and
    // their lower-case forms would stop names such as "Kim Jong Un".
    Tsv orgs = Tsv.load("/org/vietparse/title/international-organizations.tsv");
    int orgName = orgs.column("name");
    for (List<String> row : orgs.rows()) {
      String name = Tsv.cell(row, orgName);
      if (!name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
        st.put(name, Boolean.TRUE);
      }
    }
    stops = st.build();

    placeWords = column(DIR + "place-words.tsv", "word");
    particles = column(DIR + "name-particles.tsv", "particle");
    PhraseTrie.Builder<Boolean> cs = PhraseTrie.builder();
    column(DIR + "caps-name-stops.tsv", "word").forEach(w -> cs.put(w, Boolean.TRUE));
    capsStops = cs.build();
  }

  private static boolean isAbbreviation(String form) {
    for (int i = 1; i < form.length(); i++) {
      if (Character.isUpperCase(form.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static void putColumn(PhraseTrie.Builder<Boolean> b, String resource, String column) {
    putColumn(b, resource, column, Boolean.TRUE);
  }

  private static void putColumn(PhraseTrie.Builder<Boolean> b, String resource, String column,
      Boolean value) {
    Tsv t = Tsv.load(resource);
    int c = t.column(column);
    for (List<String> row : t.rows()) {
      b.put(Tsv.cell(row, c), value);
    }
  }

  private static ImmutableSet<String> column(String resource, String column) {
    Tsv t = Tsv.load(resource);
    int c = t.column(column);
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (List<String> row : t.rows()) {
      out.add(Tsv.cell(row, c));
    }
    return out.build();
  }

  private static final class Holder {
    static final NameLexicon INSTANCE = new NameLexicon();
  }

  static NameLexicon get() {
    return Holder.INSTANCE;
  }

  /**
   * How many of {@code words} make the Vietnamese family name they start with (two for
   * "Tôn Thất Thuyết"), or 0 when they do not start with one.
   */
  public static int familyWords(List<String> words) {
    if (words.isEmpty()) {
      return 0;
    }
    List<Token> tokens = VietText.of(String.join(" ", words)).tokens();
    PhraseTrie.Match<String> m = get().surnames.longest(tokens, 0, false);
    if (m == null) {
      return 0;
    }
    // Count the words covered: every token here is a word, since a hyphen would not match.
    int covered = 0;
    for (int i = 0; i < m.end(); i++) {
      if (tokens.get(i).isWord()) {
        covered++;
      }
    }
    return Math.min(covered, words.size());
  }

  /**
   * True when a word carries a mark only Vietnamese spelling uses: đ, ă, ơ, ư, the hook above,
   * the dot below, a tilde on e, i, u or y, or a tone mark on top of a circumflex. "José" and
   * "Raúl" are not; "Hải", "Bộ" and "Vĩnh" are.
   */
  public static boolean looksVietnamese(String word) {
    if (CharMatcher.ascii().matchesAllOf(word)) {
      return false;
    }
    String d = NFD.normalize(word);
    char base = 0;
    int marks = 0;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        marks++;
        if (c == '\u031B' || c == '\u0306' || c == '\u0309' || c == '\u0323' || marks > 1) {
          return true;
        }
        if (c == '\u0303' && "eiuyEIUY".indexOf(base) >= 0) {
          return true;
        }
      } else {
        base = c;
        marks = 0;
        if (c == 'đ' || c == 'Đ') {
          return true;
        }
      }
    }
    return false;
  }
}
