package org.vietparse.internal.official;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
import org.vietparse.internal.text.VietText;
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
    List<OfficialMention> oneWord = new ArrayList<>();
    for (OfficialMention m : officials) {
      String key = key(m.official().name());
      if (key.indexOf(' ') < 0) {
        oneWord.add(m);
      } else {
        full.computeIfAbsent(key, k -> new Group(m.official().personName())).add(m, key);
      }
    }
    List<Group> groups = mergeTypos(full);
    ShortForms shortForms = new ShortForms(groups);
    Map<String, Group> singles = new LinkedHashMap<>();
    Map<OfficialMention, Group> owner = new IdentityHashMap<>();
    for (Group g : groups) {
      g.mentions.forEach(m -> owner.put(m, g));
    }
    for (OfficialMention m : oneWord) {
      Group g = shortForms.owner(m);
      if (g == null) {
        String key = key(m.official().name());
        g = singles.computeIfAbsent(key, k -> new Group(m.official().personName()));
        g.add(m, key);
      } else {
        g.mentions.add(m);
      }
      owner.put(m, g);
    }
    link(officials, titles, owner);
    List<Group> all = new ArrayList<>(groups);
    all.addAll(singles.values());
    List<Person> out = new ArrayList<>();
    for (Group g : all) {
      out.add(Person.of(g.name, g.mentions, g.links));
    }
    out.sort((a, b) -> a.mentions().get(0).span().compareTo(b.mentions().get(0).span()));
    return ImmutableList.copyOf(out);
  }

  /**
   * Joins each rare spelling to a more frequent one that differs in one word's diacritics; only
   * spellings with the same folded form are compared.
   */
  private static List<Group> mergeTypos(Map<String, Group> full) {
    List<Group> groups = new ArrayList<>(full.values());
    groups.sort((a, b) -> Integer.compare(b.count(), a.count()));
    Map<String, List<Group>> keptByFold = new HashMap<>();
    List<Group> kept = new ArrayList<>();
    for (Group g : groups) {
      String key = g.spellings.keySet().iterator().next();
      List<Group> bucket = keptByFold.computeIfAbsent(fold(key), k -> new ArrayList<>());
      Group target = null;
      for (Group k : bucket) {
        String main = k.spellings.keySet().iterator().next();
        if (k.count() > g.count() && typoOf(key, main) && k.sharesTitle(g.mentions)) {
          target = k;
          break;
        }
      }
      if (target == null) {
        kept.add(g);
        bucket.add(g);
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

  /** The full-name persons indexed by the one word a text may call them by. */
  private static final class ShortForms {
    private final Map<String, List<Group>> byShortForm = new HashMap<>();
    private final Map<String, List<Group>> byFamily = new HashMap<>();

    ShortForms(List<Group> groups) {
      for (Group g : groups) {
        PersonName n = g.name;
        put(byShortForm, key(n.shortForm()), g);
        if (!n.isStructured()) {
          // A foreign name written family name first ("Iwaya Takeshi").
          String text = key(n.text());
          put(byShortForm, text.substring(0, text.indexOf(' ') < 0 ? text.length()
              : text.indexOf(' ')), g);
        }
        n.family().ifPresent(f -> put(byFamily, key(f), g));
      }
    }

    private static void put(Map<String, List<Group>> map, String key, Group g) {
      List<Group> list = map.computeIfAbsent(key, k -> new ArrayList<>());
      if (!list.contains(g)) {
        list.add(g);
      }
    }

    @Nullable Group owner(OfficialMention m) {
      String word = key(m.official().name());
      List<Group> fits = new ArrayList<>(byShortForm.getOrDefault(word, List.of()));
      if (m.official().personName().given().isEmpty()) {
        for (Group g : byFamily.getOrDefault(word, List.of())) {
          if (!fits.contains(g)) {
            fits.add(g);
          }
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
  }

  /** Who held a title so far in the document, and the latest mention saying so. */
  private static final class Holder {
    final Group group;
    OfficialMention evidence;
    boolean ambiguous;

    Holder(Group group, OfficialMention evidence) {
      this.group = group;
      this.evidence = evidence;
    }
  }

  /**
   * Links each title mentioned outside the officials to the one person who held that title
   * before it, in one pass over the officials and titles in text order.
   */
  private static void link(List<OfficialMention> officials, List<TitleMention> titles,
      Map<OfficialMention, Group> owner) {
    List<OfficialMention> byEnd = new ArrayList<>(officials);
    byEnd.sort((a, b) -> Integer.compare(a.span().end(), b.span().end()));
    List<TitleMention> byStart = new ArrayList<>(titles);
    byStart.sort((a, b) -> a.span().compareTo(b.span()));
    Map<String, Holder> held = new HashMap<>();
    int p = 0;
    for (TitleMention t : byStart) {
      while (p < byEnd.size() && byEnd.get(p).span().end() <= t.span().start()) {
        OfficialMention m = byEnd.get(p++);
        Group g = owner.get(m);
        for (Title title : m.official().titles()) {
          Holder h = held.get(title.canonical());
          if (h == null) {
            held.put(title.canonical(), new Holder(g, m));
          } else {
            h.ambiguous |= h.group != g;
            h.evidence = m;
          }
        }
      }
      // Officials do not overlap: only the next one to end may contain the title.
      if (p < byEnd.size() && byEnd.get(p).span().start() <= t.span().start()
          && t.span().end() <= byEnd.get(p).span().end()) {
        continue;
      }
      Holder h = held.get(t.title().canonical());
      if (h != null && !h.ambiguous) {
        h.group.links.add(new TitleLink(t, h.evidence));
      }
    }
  }

  /** The comparison form of a name: normalized (modern tone placement) and lower case. */
  static String key(String name) {
    return VietText.of(name).lower();
  }

  private static String fold(String word) {
    return VietText.of(word).folded();
  }
}
