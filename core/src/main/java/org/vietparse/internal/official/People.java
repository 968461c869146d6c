package org.vietparse.internal.official;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vietparse.OfficialMention;
import org.vietparse.Span;
import org.vietparse.TitleMention;
import org.vietparse.official.Person;
import org.vietparse.official.PersonName;
import org.vietparse.official.TitleLink;
import org.vietparse.text.VietText;
import org.vietparse.title.Title;

/**
 * Groups a document's official mentions into persons:
 * <ol>
 *   <li>full names (two words or more) spelled alike are one person;
 *   <li>a full spelling that differs from a more frequent one by the diacritics of one word, and
 *       shares a title with it or has none, is a typo of it ("Lương Cương" → "Lương Cường");
 *   <li>a one-word name joins the one person whose given name it is ("ông Huệ"), or whose family
 *       name it is when it is a family name alone ("Thứ trưởng Nguyễn"), or the first or last word
 *       of whose foreign name it is ("Tổng thống Biden", "Bộ trưởng Iwaya" for Iwaya Takeshi,
 *       written family name first); when several persons fit, the one that shares a title with
 *       the mention, if only one does;
 *   <li>a title mentioned without a name is linked to the one person who was mentioned with
 *       that title before it, the latest such mention being the evidence.
 * </ol>
 */
public final class People {
  private People() {}

  private static final class Group {
    final List<OfficialMention> mentions = new ArrayList<>();
    final Map<String, Integer> spellings = new LinkedHashMap<>();
    final List<TitleLink> links = new ArrayList<>();
    PersonName name;

    Group(PersonName name) {
      this.name = name;
    }

    void add(OfficialMention m, String key) {
      mentions.add(m);
      spellings.merge(key, 1, Integer::sum);
    }

    int count() {
      return spellings.values().stream().mapToInt(Integer::intValue).sum();
    }

    boolean hasTitle(String canonical) {
      for (OfficialMention m : mentions) {
        for (Title t : m.official().titles()) {
          if (t.canonical().equals(canonical)) {
            return true;
          }
        }
      }
      return false;
    }

    boolean sharesTitle(List<OfficialMention> others) {
      for (OfficialMention o : others) {
        if (o.official().titles().isEmpty()) {
          return true;
        }
        for (Title t : o.official().titles()) {
          if (hasTitle(t.canonical())) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * The persons of one document, in order of first mention.
   *
   * @param officials the document's official mentions, in text order
   * @param titles the document's title mentions, in text order
   * @return the persons
   */
  public static ImmutableList<Person> resolve(List<OfficialMention> officials,
      List<TitleMention> titles) {
    Map<String, Group> full = new LinkedHashMap<>();
    List<OfficialMention> short1 = new ArrayList<>();
    for (OfficialMention m : officials) {
      String key = key(m.official().name());
      if (key.indexOf(' ') < 0) {
        short1.add(m);
      } else {
        full.computeIfAbsent(key, k -> new Group(m.official().personName())).add(m, key);
      }
    }
    List<Group> groups = mergeTypos(full);
    List<Group> singles = new ArrayList<>();
    for (OfficialMention m : short1) {
      Group g = shortFormOwner(groups, m);
      if (g == null) {
        String key = key(m.official().name());
        g = singles.stream().filter(s -> s.spellings.containsKey(key)).findFirst().orElse(null);
        if (g == null) {
          g = new Group(m.official().personName());
          singles.add(g);
        }
        g.add(m, key);
      } else {
        g.mentions.add(m);
      }
    }
    List<Group> all = new ArrayList<>(groups);
    all.addAll(singles);
    link(all, officials, titles);
    List<Person> out = new ArrayList<>();
    for (Group g : all) {
      out.add(Person.of(g.name, g.mentions, g.links));
    }
    out.sort((a, b) -> a.mentions().get(0).span().compareTo(b.mentions().get(0).span()));
    return ImmutableList.copyOf(out);
  }

  /** Joins each rare spelling to a more frequent one that differs in one word's diacritics. */
  private static List<Group> mergeTypos(Map<String, Group> full) {
    List<Group> groups = new ArrayList<>(full.values());
    groups.sort((a, b) -> Integer.compare(b.count(), a.count()));
    List<Group> kept = new ArrayList<>();
    for (Group g : groups) {
      String key = g.spellings.keySet().iterator().next();
      Group target = null;
      for (Group k : kept) {
        String main = k.spellings.keySet().iterator().next();
        if (k.count() > g.count() && typoOf(key, main) && k.sharesTitle(g.mentions)) {
          target = k;
          break;
        }
      }
      if (target == null) {
        kept.add(g);
      } else {
        for (OfficialMention m : g.mentions) {
          target.add(m, key);
        }
      }
    }
    kept.sort((a, b) -> first(a).compareTo(first(b)));
    return kept;
  }

  private static Span first(Group g) {
    return g.mentions.stream().map(OfficialMention::span).min(Span::compareTo).orElseThrow();
  }

  /** Same words but one, which differs only by its diacritics. */
  static boolean typoOf(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    if (x.length != y.length) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < x.length; i++) {
      if (!x[i].equals(y[i])) {
        if (!fold(x[i]).equals(fold(y[i]))) {
          return false;
        }
        diff++;
      }
    }
    return diff == 1;
  }

  private static @Nullable Group shortFormOwner(List<Group> groups, OfficialMention m) {
    String word = key(m.official().name());
    List<Group> fits = new ArrayList<>();
    for (Group g : groups) {
      PersonName n = g.name;
      boolean fit = key(n.shortForm()).equals(word)
          || (m.official().personName().given().isEmpty()
              && n.family().map(f -> key(f).equals(word)).orElse(false))
          || (!n.isStructured() && key(n.text()).startsWith(word + " "));
      if (fit) {
        fits.add(g);
      }
    }
    if (fits.size() == 1) {
      return fits.get(0);
    }
    List<Group> sharing = new ArrayList<>();
    for (Group g : fits) {
      if (!m.official().titles().isEmpty() && g.sharesTitle(List.of(m))) {
        sharing.add(g);
      }
    }
    return sharing.size() == 1 ? sharing.get(0) : null;
  }

  private static void link(List<Group> groups, List<OfficialMention> officials,
      List<TitleMention> titles) {
    for (TitleMention t : titles) {
      if (insideOfficial(t.span(), officials)) {
        continue;
      }
      String canonical = t.title().canonical();
      Group holder = null;
      OfficialMention evidence = null;
      boolean ambiguous = false;
      for (Group g : groups) {
        for (OfficialMention m : g.mentions) {
          if (m.span().end() > t.span().start() || !holds(m, canonical)) {
            continue;
          }
          if (holder != null && holder != g) {
            ambiguous = true;
          }
          holder = g;
          if (evidence == null || m.span().compareTo(evidence.span()) > 0) {
            evidence = m;
          }
        }
      }
      if (holder != null && !ambiguous && evidence != null) {
        holder.links.add(new TitleLink(t, evidence));
      }
    }
  }

  private static boolean holds(OfficialMention m, String canonical) {
    for (Title t : m.official().titles()) {
      if (t.canonical().equals(canonical)) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideOfficial(Span s, List<OfficialMention> officials) {
    for (OfficialMention m : officials) {
      if (m.span().start() <= s.start() && s.end() <= m.span().end()) {
        return true;
      }
    }
    return false;
  }

  /** The comparison form of a name: normalized (modern tone placement) and lower case. */
  static String key(String name) {
    return VietText.of(name).lower();
  }

  private static String fold(String word) {
    return VietText.of(word).folded();
  }
}
