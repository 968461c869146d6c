package org.vietparse.internal.official;

import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.Tsv;
import org.vietparse.internal.name.NameModel;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.WordMap;
import org.vietparse.internal.title.TitleVocabulary;

/**
 * The lexicons of the official grammar, loaded once: the person-name model ({@link NameModel}:
 * family names, particles, name stops), honorifics, the places and roles of the title lexicons
 * ({@link TitleVocabulary}), and the words before which a capitalized run is a place.
 */
public final class NameLexicon {
  private static final String DIR = "/org/vietparse/official/";

  /** An honorific as the lexicon gives it; {@code rank} for a military or police rank. */
  record Honorific(String form, String canonical, String kind, boolean exactCase) {
    boolean rank() {
      return kind.equals("military");
    }
  }

  final NameModel model;
  final PhraseTrie<String> surnames;
  final PhraseTrie<Honorific> honorifics;
  /** The canonical forms of the honorifics that are military or police ranks. */
  final ImmutableSet<String> ranks;
  final PhraseTrie<Boolean> places;
  final PhraseTrie<Boolean> stops;
  /** Words that end a name on a line written in capitals, where no lower case shows where. */
  final PhraseTrie<Boolean> capsStops;
  final ImmutableSet<String> placeWords;
  /**
   * The place words by token, read without making the token's string: {@link #PLACE_WORD} for
   * one that is a place word alone ("phố"), {@link #PLACE_WORD_START} for one that begins a
   * place word of two ("nhà" of "nhà thờ"), or both.
   */
  final WordMap<Integer> placeWordParts;
  /**
   * Words before a title that make it a predicate ("là", "giữ chức", "cương vị"): "Trên cương
   * vị là Chủ tịch VCCI, ông A …" names no Chủ tịch A.
   */
  final PhraseTrie<Boolean> predicates;
  final ImmutableSet<String> particles;
  /** {@link #particles} by token. */
  final WordMap<Boolean> particleWords;

  static final int PLACE_WORD = 1;
  static final int PLACE_WORD_START = 2;

  private NameLexicon() {
    model = NameModel.get();
    surnames = model.surnames();

    PhraseTrie.Builder<Honorific> h = PhraseTrie.builder();
    ImmutableSet.Builder<String> rankForms = ImmutableSet.builder();
    Tsv t = Tsv.load(DIR + "honorifics.tsv");
    int form = t.column("form");
    int canonical = t.column("canonical");
    int kind = t.column("kind");
    for (List<String> row : t.rows()) {
      String f = Tsv.cell(row, form);
      Honorific hon = new Honorific(f, Tsv.cell(row, canonical), Tsv.cell(row, kind),
          isAbbreviation(f));
      h.put(f, hon);
      if (hon.rank()) {
        rankForms.add(hon.canonical());
      }
    }
    honorifics = h.build();
    ranks = rankForms.build();

    // The value tells a country (true) from a province or other place (false).
    PhraseTrie.Builder<Boolean> p = PhraseTrie.builder();
    TitleVocabulary.places().forEach(p::put);
    // Mountains, markets and bridges named "Bà …" or "Ông …", which are no ladies or gentlemen.
    Tsv hp = Tsv.load(DIR + "honorific-places.tsv");
    int hpName = hp.column("name");
    for (List<String> row : hp.rows()) {
      p.put(Tsv.cell(row, hpName), Boolean.FALSE);
    }
    places = p.build();

    PhraseTrie.Builder<Boolean> st = PhraseTrie.builder();
    model.stopPhrases().forEach(w -> st.put(w, Boolean.TRUE));
    // A role the title grammar did not take as a title ("các đồng chí Ủy viên …") is no name.
    TitleVocabulary.roles().forEach(w -> st.put(w, Boolean.TRUE));
    // Acronyms ("UN", "EU") are left out: an all-capitals word is never a name anyway, and
    // their lower-case forms would stop names such as "Kim Jong Un".
    for (String name : TitleVocabulary.internationalOrganizations()) {
      if (!name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
        st.put(name, Boolean.TRUE);
      }
    }
    stops = st.build();

    placeWords = column(DIR + "place-words.tsv", "word");
    Map<String, Integer> parts = new HashMap<>();
    for (String w : placeWords) {
      int space = w.indexOf(' ');
      parts.merge(space < 0 ? w : w.substring(0, space), space < 0 ? PLACE_WORD
          : PLACE_WORD_START, (x, y) -> x | y);
    }
    placeWordParts = WordMap.copyOf(parts);
    PhraseTrie.Builder<Boolean> pr = PhraseTrie.builder();
    column(DIR + "predicate-words.tsv", "phrase").forEach(w -> pr.put(w, Boolean.TRUE));
    predicates = pr.build();
    particles = model.particles();
    Map<String, Boolean> ps = new HashMap<>();
    particles.forEach(w -> ps.put(w, Boolean.TRUE));
    particleWords = WordMap.copyOf(ps);
    capsStops = model.capsStops();
  }

  /** Whether the word is a place word alone ("phố", "tỉnh"): {@code placeWords} holds it. */
  boolean isPlaceWord(Token t) {
    Integer parts = placeWordParts.get(t, false);
    return parts != null && (parts & PLACE_WORD) != 0;
  }

  /** Whether the two words make a place word ("nhà thờ"): {@code placeWords} holds them. */
  boolean isPlaceWord(Token first, Token second) {
    Integer parts = placeWordParts.get(first, false);
    // the phrase's string is made only after a word that begins one
    return parts != null && (parts & PLACE_WORD_START) != 0
        && placeWords.contains(first.lower() + " " + second.lower());
  }

  private static boolean isAbbreviation(String form) {
    for (int i = 1; i < form.length(); i++) {
      if (Character.isUpperCase(form.charAt(i))) {
        return true;
      }
    }
    return false;
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

  /** True when a word carries a mark only Vietnamese spelling uses; see {@link NameModel}. */
  static boolean looksVietnamese(String word) {
    return NameModel.looksVietnamese(word);
  }
}
