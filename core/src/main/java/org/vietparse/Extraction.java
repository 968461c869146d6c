package org.vietparse;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.vietparse.internal.official.People;
import org.vietparse.official.Person;

/**
 * What one {@link Extractor#extract(String)} found in one text: every mention, sorted by start
 * and then by end descending, with typed views per kind.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Extraction x = VietParse.extract(text);
 * for (DateMention d : x.dates()) {
 *   System.out.println(d.text() + " → " + d.date().timex());
 * }
 * }</pre>
 */
public final class Extraction {
  private final String text;
  private final ImmutableList<Mention> mentions;
  private final Supplier<ImmutableList<Person>> people;

  Extraction(String text, List<Mention> mentions) {
    this.text = Objects.requireNonNull(text, "text");
    this.mentions = ImmutableList.sortedCopyOf(
        (a, b) -> {
          int c = a.span().compareTo(b.span());
          return c != 0 ? c : a.type().compareTo(b.type());
        },
        mentions);
    this.people = Suppliers.memoize(() -> People.resolve(officials(), titles()));
  }

  /**
   * The text as given to {@code extract}.
   *
   * @return the text as given to {@code extract}
   */
  public String text() {
    return text;
  }

  /**
   * Every mention, sorted by start, then by end descending, then by type.
   *
   * @return every mention, sorted by start, then by end descending, then by type
   */
  public ImmutableList<Mention> mentions() {
    return mentions;
  }

  /**
   * The date and time mentions, in text order.
   *
   * @return the date and time mentions, in text order
   */
  public ImmutableList<DateMention> dates() {
    return of(DateMention.class);
  }

  /**
   * The money mentions, in text order.
   *
   * @return the money mentions, in text order
   */
  public ImmutableList<MoneyMention> money() {
    return of(MoneyMention.class);
  }

  /**
   * The title mentions, in text order.
   *
   * @return the title mentions, in text order
   */
  public ImmutableList<TitleMention> titles() {
    return of(TitleMention.class);
  }

  /**
   * The official mentions, in text order.
   *
   * @return the official mentions, in text order
   */
  public ImmutableList<OfficialMention> officials() {
    return of(OfficialMention.class);
  }

  /**
   * The people of the text: its official mentions grouped by person, in order of first mention;
   * see {@link Person}. Title-only mentions are linked to a person only when titles were
   * extracted too.
   *
   * @return the persons, computed on the first call; every call returns the same list
   */
  public ImmutableList<Person> people() {
    return people.get();
  }

  /**
   * True when nothing was found.
   *
   * @return true when nothing was found
   */
  public boolean isEmpty() {
    return mentions.isEmpty();
  }

  private <M extends Mention> ImmutableList<M> of(Class<M> type) {
    return mentions.stream().filter(type::isInstance).map(type::cast)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "Extraction" + mentions;
  }
}
