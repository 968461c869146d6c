package org.vietparse.internal.title;

import org.jspecify.annotations.Nullable;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.title.TitleLexicon.Place;
import org.vietparse.internal.title.TitleLexicon.Province;

/**
 * Places after an organization that takes one: a province or city from the lexicon ("UBND TP Hà
 * Nội"), a unit word and a local name ("huyện Nam Đàn", "Quận 1"), or a bare local name.
 */
final class Places {
  /** Longest local place name read after a unit word ("huyện Nam Đàn"). */
  private static final int MAX_LOCAL_NAME = 3;

  /** A place after an organization: a province or city, or a district, ward or commune. */
  record PlaceMatch(String name, @Nullable String unit, String en, int end,
      @Nullable Province province, @Nullable Province successor, @Nullable String ended) {
    String canonical(Place style) {
      if (style == Place.BARE && province != null) {
        return province.bare();
      }
      if (style == Place.BARE || unit == null || name.isEmpty()) {
        return name.isEmpty() && unit != null ? unit : name;
      }
      if (unit.equals("thành phố")) {
        return "Thành phố " + name;
      }
      return unit + " " + name;
    }
  }

  private final TitleText x;

  Places(TitleText x) {
    this.x = x;
  }

  /** A place at q after an organization whose places follow {@code style}; or null. */
  @Nullable PlaceMatch at(int q, Place style) {
    if (q >= x.size() || x.get(q).newlineBefore()) {
      return null;
    }
    PhraseTrie.Match<Province> pm = x.match(x.lex.provinces, q);
    if (pm != null && x.capitalized(q)) {
      Province p = pm.value();
      return province(p, pm.end());
    }
    PhraseTrie.Match<TitleLexicon.Unit> um = x.match(x.lex.placeUnits, q);
    if (um == null) {
      return style == Place.BARE ? localName(q, null, null) : null;
    }
    int r = um.end();
    String unit = um.value().unit();
    String ended = um.value().ended();
    if (unit.equals("tỉnh") || unit.equals("thành phố")) {
      pm = x.match(x.lex.provinces, r);
      if (pm != null && x.capitalized(r)) {
        return province(pm.value(), pm.end());
      }
    }
    PlaceMatch local = localName(r, unit, ended);
    // "Chủ tịch UBND tỉnh cho biết": the unit alone still belongs to the title.
    return local != null ? local : new PlaceMatch("", unit, "", r, null, null, ended);
  }

  private PlaceMatch province(Province p, int end) {
    Province successor = p.successor() == null ? null : x.lex.provinceByName.get(p.successor());
    return new PlaceMatch(p.name(), p.unit(), p.en(), end, p, successor, p.ended());
  }

  /**
   * A district, ward or commune name: capitalized words (or a number, "Quận 1"); a bare name,
   * with no unit word before it, must not begin with a family name.
   */
  private @Nullable PlaceMatch localName(int r, @Nullable String unit, @Nullable String ended) {
    int end = r;
    while (end < x.size() && end - r < MAX_LOCAL_NAME && !x.get(end).newlineBefore()) {
      Token t = x.get(end);
      boolean first = end == r;
      boolean ok = t.isWord() && t.isCapitalized() || first && unit != null && t.isNumber();
      // A province-level unit not in the lexicon followed by a family name is a person:
      // "Chủ tịch UBND tỉnh Trần Văn An" names the chairman, not a place.
      boolean personFirst = unit == null || unit.equals("tỉnh") || unit.equals("thành phố");
      // Past the first word a family name starts a person only with a name after it: "huyện
      // Gia Lâm," is a place, "huyện Nam Đàn Nguyễn Văn An" a place and a person.
      boolean person = (x.names.surnameStart(t) & 1) != 0
          && (first || end + 1 < x.size() && x.capitalized(end + 1)
              && !x.get(end + 1).newlineBefore());
      if (!ok || (!first || personFirst) && person) {
        break;
      }
      end++;
    }
    if (end == r) {
      return null;
    }
    StringBuilder name = new StringBuilder();
    for (int k = r; k < end; k++) {
      if (k > r) {
        name.append(' ');
      }
      name.append(x.get(k).text());
    }
    return new PlaceMatch(name.toString(), unit, name.toString(), end, null, null, ended);
  }
}
