package org.vietparse.internal.official;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** The canonical forms of the titles of the mentions, kept as mentions join. */
    final Set<String> titles = new HashSet<>();
    /** Whether some mention of the group has no title. */
    boolean untitled;
    /** The number of mentions counted by spelling (one-word short forms are not). */
    int count;
    PersonName name;

    Group(PersonName name) {
      this.name = name;
    }

    void add(OfficialMention m, String key) {
      join(m);
      spellings.merge(key, 1, Integer::sum);
      count++;
    }

    /** Adds a mention without counting it as a spelling of the name. */
    void join(OfficialMention m) {
      mentions.add(m);
      if (m.official().titles().isEmpty()) {
        untitled = true;
      }
      for (Title t : m.official().titles()) {
        titles.add(t.canonical());
      }
    }

    int count() {
      return count;
    }

    boolean hasTitle(String canonical) {
      return titles.contains(canonical);
    }

    /** Whether the other group has a mention with no title, or a title this group has. */
    boolean sharesTitle(Group other) {
      if (other.untitled) {
        return true;
      }
      for (String t : other.titles) {
        if (hasTitle(t)) {
          return true;
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
        shortForms.join(g, m);
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
   * Joins each rare spelling to a more frequent one that differs in one word's diacritics. The
   * spellings are indexed by each word in turn left out (kept folded), so that a spelling is
   * compared only with those that differ from it in that one word; at most {@value #VARIANTS}
   * spellings are kept per index entry, more than any text writes one name in, so that the work
   * stays linear in the names however many variants an input makes up.
   */
  private static List<Group> mergeTypos(Map<String, Group> full) {
    List<Group> groups = new ArrayList<>(full.values());
    groups.sort((a, b) -> Integer.compare(b.count(), a.count()));
    Map<String, List<Kept>> byWordLeftOut = new HashMap<>();
    List<Group> kept = new ArrayList<>();
    for (Group g : groups) {
      String key = g.spellings.keySet().iterator().next();
      String folded = fold(key);
      String[] words = key.split(" ");
      Kept target = null;
      for (int i = 0; i < words.length; i++) {
        for (Kept k : byWordLeftOut.getOrDefault(leftOut(words, i), List.of())) {
          if ((target == null || k.order < target.order) && k.group.count() > g.count()
              && k.folded.equals(folded) && typoOf(key, k.main) && k.group.sharesTitle(g)) {
            target = k;
          }
        }
      }
      if (target == null) {
        Kept k = new Kept(g, key, folded, kept.size());
        kept.add(g);
        for (int i = 0; i < words.length; i++) {
          List<Kept> entry = byWordLeftOut.computeIfAbsent(leftOut(words, i),
              x -> new ArrayList<>());
          if (entry.size() < VARIANTS) {
            entry.add(k);
          }
        }
      } else {
        for (OfficialMention m : g.mentions) {
          target.group.add(m, key);
        }
      }
    }
    kept.sort((a, b) -> first(a).compareTo(first(b)));
    return kept;
  }

  /** Most spellings kept per index entry of {@link #mergeTypos}. */
  private static final int VARIANTS = 16;

  /** A spelling kept as its own person, with its place in the order spellings were kept. */
  private record Kept(Group group, String main, String folded, int order) {}

  /** The words with word i replaced by its folded form and a mark of the position. */
  private static String leftOut(String[] words, int i) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < words.length; k++) {
      b.append(k == 0 ? "" : " ");
      if (k == i) {
        b.append('\0').append(fold(words[k]));
      } else {
        b.append(words[k]);
      }
    }
    return b.toString();
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

  /**
   * The full-name persons indexed by the one word a text may call them by, and by that word with
   * each title they hold, so that finding a one-word mention's person costs the same however
   * many persons share the word.
   */
  private static final class ShortForms {
    private final Map<String, List<Group>> byShortForm = new HashMap<>();
    private final Map<String, List<Group>> byFamily = new HashMap<>();
    /** Word, then title canonical form: the persons with that word who hold that title. */
    private final Map<String, Map<String, Set<Group>>> byShortFormTitle = new HashMap<>();
    private final Map<String, Map<String, Set<Group>>> byFamilyTitle = new HashMap<>();
    /** The words each person is indexed under, for the titles its short forms bring. */
    private final Map<Group, List<String>> shortWords = new IdentityHashMap<>();
    private final Map<Group, List<String>> familyWords = new IdentityHashMap<>();

    ShortForms(List<Group> groups) {
      for (Group g : groups) {
        PersonName n = g.name;
        put(byShortForm, shortWords, key(n.shortForm()), g);
        if (!n.isStructured()) {
          // A foreign name written family name first ("Iwaya Takeshi").
          String text = key(n.text());
          put(byShortForm, shortWords, text.substring(0, text.indexOf(' ') < 0 ? text.length()
              : text.indexOf(' ')), g);
        }
        n.family().ifPresent(f -> put(byFamily, familyWords, key(f), g));
        for (String t : g.titles) {
          indexTitle(g, t);
        }
      }
    }

    /** Adds a one-word mention to its person, and the person under the titles it brings. */
    void join(Group g, OfficialMention m) {
      g.join(m);
      for (Title t : m.official().titles()) {
        indexTitle(g, t.canonical());
      }
    }

    private void indexTitle(Group g, String title) {
      for (String w : shortWords.getOrDefault(g, List.of())) {
        byShortFormTitle.computeIfAbsent(w, x -> new HashMap<>())
            .computeIfAbsent(title, x -> new LinkedHashSet<>()).add(g);
      }
      for (String w : familyWords.getOrDefault(g, List.of())) {
        byFamilyTitle.computeIfAbsent(w, x -> new HashMap<>())
            .computeIfAbsent(title, x -> new LinkedHashSet<>()).add(g);
      }
    }

    private static void put(Map<String, List<Group>> map, Map<Group, List<String>> words,
        String key, Group g) {
      List<Group> list = map.computeIfAbsent(key, k -> new ArrayList<>());
      // a person is put under its words one after the other: only the last can be itself
      if (list.isEmpty() || list.get(list.size() - 1) != g) {
        list.add(g);
        words.computeIfAbsent(g, x -> new ArrayList<>()).add(key);
      }
    }

    @Nullable Group owner(OfficialMention m) {
      String word = key(m.official().name());
      boolean familyToo = m.official().personName().given().isEmpty();
      List<Group> shorts = byShortForm.getOrDefault(word, List.of());
      List<Group> families = familyToo ? byFamily.getOrDefault(word, List.of()) : List.of();
      // the lists hold each person once: whether exactly one person fits is known at once
      Group only = shorts.size() == 1 && (families.isEmpty()
          || families.size() == 1 && families.get(0) == shorts.get(0)) ? shorts.get(0)
          : shorts.isEmpty() && families.size() == 1 ? families.get(0) : null;
      if (only != null) {
        return only;
      }
      if (m.official().titles().isEmpty()) {
        return null;
      }
      Group sharing = null;
      for (Title t : m.official().titles()) {
        for (Map<String, Map<String, Set<Group>>> index : familyToo
            ? List.of(byShortFormTitle, byFamilyTitle) : List.of(byShortFormTitle)) {
          Set<Group> holders = index.getOrDefault(word, Map.of())
              .getOrDefault(t.canonical(), Set.of());
          for (Group g : holders) {
            if (sharing == null) {
              sharing = g;
            } else if (g != sharing) {
              return null;
            }
          }
        }
      }
      return sharing;
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
