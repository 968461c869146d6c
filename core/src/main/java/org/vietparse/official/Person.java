package org.vietparse.official;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vietparse.OfficialMention;
import org.vietparse.Span;
import org.vietparse.title.Title;

/**
 * One person of a document: every official mention that names them ("Chủ tịch Quốc hội Vương
 * Đình Huệ", "Chủ tịch Vương Đình Huệ", "ông Huệ"), every title seen with them, the spellings
 * of their name that differ from the usual one only by diacritics ("Lương Cương" beside "Lương
 * Cường"), and the title-only mentions linked to them ({@link TitleLink}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Person> people = new ArrayList<>(VietParse.extract(text).people());
 * people.sort(Person.vietnameseOrder());
 * for (Person p : people) {
 *   System.out.println(p.name() + " " + p.titleNames() + " ×" + p.mentionCount());
 * }
 * }</pre>
 */
public final class Person {
  private final PersonName name;
  private final ImmutableList<OfficialMention> mentions;
  private final ImmutableList<TitleLink> titleLinks;

  private Person(PersonName name, ImmutableList<OfficialMention> mentions,
      ImmutableList<TitleLink> titleLinks) {
    this.name = name;
    this.mentions = mentions;
    this.titleLinks = titleLinks;
  }

  /**
   * A person from the mentions that name them.
   *
   * @param name the name to report: the usual full spelling
   * @param mentions the official mentions of the person, at least one; sorted into text order
   * @param titleLinks title-only mentions linked to the person; sorted into text order
   * @return the person
   * @throws IllegalArgumentException if mentions is empty
   */
  public static Person of(PersonName name, List<OfficialMention> mentions,
      List<TitleLink> titleLinks) {
    Objects.requireNonNull(name, "name");
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("a person needs at least one mention");
    }
    return new Person(name,
        ImmutableList.sortedCopyOf(Comparator.comparing(OfficialMention::span), mentions),
        ImmutableList.sortedCopyOf(Comparator.comparing(l -> l.mention().span()), titleLinks));
  }

  /**
   * The name, in its usual full spelling in the document.
   *
   * @return the name, never blank
   */
  public String name() {
    return name.text();
  }

  /**
   * The name with its parts.
   *
   * @return the name and its parts
   */
  public PersonName personName() {
    return name;
  }

  /**
   * The official mentions of the person, in text order.
   *
   * @return an immutable list, never empty
   */
  public ImmutableList<OfficialMention> mentions() {
    return mentions;
  }

  /**
   * The title-only mentions linked to the person, in text order.
   *
   * @return an immutable list, possibly empty
   */
  public ImmutableList<TitleLink> titleLinks() {
    return titleLinks;
  }

  /**
   * Every title seen with the person, once each by canonical form and status, in order of first
   * mention: "nguyên Bộ trưởng" and "Bộ trưởng" of one ministry are two entries, since a text
   * that calls someone the former minister does not make them the minister.
   *
   * @return an immutable list, possibly empty
   */
  public ImmutableList<Title> titles() {
    Map<String, Title> seen = new LinkedHashMap<>();
    for (OfficialMention m : mentions) {
      for (Title t : m.official().titles()) {
        seen.putIfAbsent(t.written(), t);
      }
    }
    return ImmutableList.copyOf(seen.values());
  }

  /**
   * The titles of {@link #titles()} as a reader says them, status words included ({@link
   * Title#written()}): ["nguyên Phó Thủ tướng", "Chủ tịch Liên đoàn Thương mại và Công nghiệp
   * Việt Nam"].
   *
   * @return an immutable list of titles with their status words
   */
  public ImmutableList<String> titleNames() {
    return titles().stream().map(Title::written).collect(ImmutableList.toImmutableList());
  }

  /**
   * The titles the person holds by this document: those of {@link #titles()} written without
   * "nguyên", "cựu" or "cố".
   *
   * @return an immutable list, possibly empty
   */
  public ImmutableList<Title> currentTitles() {
    return titles().stream().filter(t -> t.status()
        .filter(s -> s == Title.Status.FORMER || s == Title.Status.LATE).isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The spans of every mention: official mentions and linked title-only mentions, sorted.
   *
   * @return an immutable sorted list
   */
  public ImmutableList<Span> spans() {
    List<Span> all = new ArrayList<>();
    mentions.forEach(m -> all.add(m.span()));
    titleLinks.forEach(l -> all.add(l.mention().span()));
    return ImmutableList.sortedCopyOf(all);
  }

  /**
   * How many times the person is mentioned: official mentions and linked title mentions.
   *
   * @return the count, at least 1
   */
  public int mentionCount() {
    return mentions.size() + titleLinks.size();
  }

  /**
   * The other full spellings of the name seen in the document, linked to this person because
   * they differ from {@link #name()} only by diacritics: a typo such as "Lương Cương" for
   * "Lương Cường". Empty when every mention spells the name the same way.
   *
   * @return an immutable set, possibly empty
   */
  public ImmutableSet<String> spellingVariants() {
    int words = wordCount(name.text());
    return mentions.stream().map(m -> m.official().name())
        .filter(n -> !n.equals(name.text()) && wordCount(n) == words)
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * True when some mention spells the name differently ({@link #spellingVariants()}).
   *
   * @return whether the name has other spellings
   */
  public boolean hasSpellingVariants() {
    return !spellingVariants().isEmpty();
  }

  private static int wordCount(String s) {
    return s.split(" ").length;
  }

  /**
   * The order of a Vietnamese index: by given name, then family name
   * ({@link PersonName#vietnameseOrder()}), then by first mention.
   *
   * @return the comparator; it loads ICU on first use
   */
  public static Comparator<Person> vietnameseOrder() {
    return Comparator.comparing(Person::personName, PersonName.vietnameseOrder())
        .thenComparing(p -> p.mentions.get(0).span());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Person p && p.name.equals(name) && p.mentions.equals(mentions)
        && p.titleLinks.equals(titleLinks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, mentions, titleLinks);
  }

  /**
   * Short: "Vương Đình Huệ [Chủ tịch Quốc hội, Chủ tịch] ×5".
   *
   * @return the name, titles and mention count
   */
  @Override
  public String toString() {
    return name.text() + " " + titleNames() + " ×" + mentionCount();
  }
}
