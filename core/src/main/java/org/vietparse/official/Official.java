package org.vietparse.official;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vietparse.title.Title;

/**
 * A named official: a person's name together with the titles the text gives them, the
 * honorific written before the name, and a transliteration written in parentheses after it.
 * "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Nguyễn Duy Ngọc" is the name "Nguyễn Duy Ngọc"
 * with the titles "Ủy viên Bộ Chính trị" and "Bí thư Thành ủy Hà Nội"; "ông Trump" is the name
 * "Trump" with the honorific "ông" and no title.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Official o = VietParse.parseOfficial("Tổng Bí thư, Chủ tịch nước Tô Lâm").orElseThrow();
 * o.name();         // "Tô Lâm"
 * o.titleNames();   // [Tổng Bí thư, Chủ tịch nước]
 * o.personName().given();   // Optional[Lâm]
 *
 * Official.of(PersonName.of("Đỗ", "Thắng", "Hải"), List.of(Title.of("Thứ trưởng Bộ Công Thương")))
 *     .withHonorific("ông");
 * }</pre>
 */
public final class Official {
  private final PersonName name;
  private final ImmutableList<Title> titles;
  private final @Nullable String honorific;
  private final @Nullable String alias;
  private final @Nullable String rank;

  private Official(PersonName name, ImmutableList<Title> titles, @Nullable String honorific,
      @Nullable String alias, @Nullable String rank) {
    this.name = name;
    this.titles = titles;
    this.honorific = honorific;
    this.alias = alias;
    this.rank = rank;
  }

  /**
   * An official with a name and titles, without honorific or alias.
   *
   * @param name the person's name; not null
   * @param titles the titles in text order, possibly empty; not null, no null element
   * @return the official
   * @throws NullPointerException if an argument or a title is null
   */
  public static Official of(PersonName name, List<Title> titles) {
    return new Official(Objects.requireNonNull(name, "name"),
        ImmutableList.copyOf(Objects.requireNonNull(titles, "titles")), null, null, null);
  }

  /**
   * A copy with this honorific ("ông", "bà", "đồng chí", "PGS.TS.", "Đại tướng").
   *
   * @param honorific the honorific; not null, not blank
   * @return the copy
   * @throws IllegalArgumentException if honorific is blank
   */
  public Official withHonorific(String honorific) {
    return new Official(name, titles, nonBlank(honorific, "honorific"), alias, rank);
  }

  /**
   * A copy with this alias, the transliteration written in parentheses ("Phô-xay
   * Khảy-khăm-phi-thun"), normalized as names are: NFC, blanks (NBSP included) collapsed to
   * single spaces.
   *
   * @param alias the alias; not null, not blank
   * @return the copy
   * @throws IllegalArgumentException if alias is blank
   */
  public Official withAlias(String alias) {
    nonBlank(alias, "alias");
    return new Official(name, titles, honorific, PersonName.foreign(alias).text(), rank);
  }

  /**
   * A copy with this military or police rank, which is not a title: "Đại tá", "Thiếu tướng".
   *
   * <pre>{@code
   * Official.of(PersonName.of("Trần", "Văn", "Hùng"), List.of(Title.of("Giám đốc Công an tỉnh Nghệ An")))
   *     .withRank("Đại tá");
   * }</pre>
   *
   * @param rank the rank; not null, not blank
   * @return the copy
   * @throws IllegalArgumentException if rank is blank
   */
  public Official withRank(String rank) {
    return new Official(name, titles, honorific, alias, nonBlank(rank, "rank"));
  }

  /**
   * A copy with these titles instead.
   *
   * @param titles the titles in text order; not null, no null element
   * @return the copy
   */
  public Official withTitles(List<Title> titles) {
    return new Official(name, ImmutableList.copyOf(Objects.requireNonNull(titles, "titles")),
        honorific, alias, rank);
  }

  private static String nonBlank(String s, String what) {
    Objects.requireNonNull(s, what);
    Preconditions.checkArgument(!s.isBlank(), "%s must not be blank", what);
    return s.strip();
  }

  /**
   * The name as written, NFC: "Bùi Thanh Sơn", "José Garcia Ruminot".
   *
   * @return the name, never blank
   */
  public String name() {
    return name.text();
  }

  /**
   * The name with its parts.
   *
   * @return the name and its family, middle and given parts
   */
  public PersonName personName() {
    return name;
  }

  /**
   * The titles, in text order; empty for an official named by an honorific only.
   *
   * @return an immutable list, possibly empty
   */
  public ImmutableList<Title> titles() {
    return titles;
  }

  /**
   * The canonical form of each title, in text order: ["Tổng Bí thư", "Chủ tịch nước"].
   *
   * @return an immutable list of canonical titles
   */
  public ImmutableList<String> titleNames() {
    return titles.stream().map(Title::canonical).collect(ImmutableList.toImmutableList());
  }

  /**
   * The honorific written before the name, in its canonical form: "ông", "bà", "TS.".
   *
   * @return the honorific, or empty
   */
  public Optional<String> honorific() {
    return Optional.ofNullable(honorific);
  }

  /**
   * The transliteration written in parentheses after the name.
   *
   * @return the alias, or empty
   */
  public Optional<String> alias() {
    return Optional.ofNullable(alias);
  }

  /**
   * The military or police rank written before the name: "Đại tá", "Thượng tướng".
   *
   * @return the rank, or empty
   */
  public Optional<String> rank() {
    return Optional.ofNullable(rank);
  }

  /**
   * The status of each title, in the order of {@link #titles()}: "nguyên Phó Thủ tướng, nguyên
   * Chủ tịch VCCI Đoàn Duy Thành" has [FORMER, FORMER]; a title without a status has empty.
   *
   * @return an immutable list as long as {@link #titles()}
   */
  public ImmutableList<Optional<Title.Status>> statuses() {
    return titles.stream().map(Title::status).collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether every title of the official is one they no longer hold (former, or late): "nguyên
   * Bộ trưởng Trần Tuấn Anh" is not the current minister. False for an official with no title.
   *
   * @return whether the official holds none of the titles now
   */
  public boolean isFormer() {
    return !titles.isEmpty() && titles.stream().allMatch(t -> t.status()
        .filter(s -> s == Title.Status.FORMER || s == Title.Status.LATE).isPresent());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Official x && x.name.equals(name) && x.titles.equals(titles)
        && Objects.equals(x.honorific, honorific) && Objects.equals(x.alias, alias)
        && Objects.equals(x.rank, rank);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, titles, honorific, alias, rank);
  }

  /**
   * Short and readable: "Tổng Bí thư, Chủ tịch nước Tô Lâm", "nguyên Phó Thủ tướng Đoàn Duy
   * Thành".
   *
   * @return the titles, honorific, name and alias
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Title t : titles) {
      sb.append(t.written()).append(", ");
    }
    if (sb.length() > 0) {
      sb.setLength(sb.length() - 2);
      sb.append(' ');
    }
    if (rank != null) {
      sb.append(rank).append(' ');
    }
    if (honorific != null) {
      sb.append(honorific).append(' ');
    }
    sb.append(name.text());
    if (alias != null) {
      sb.append(" (").append(alias).append(')');
    }
    return sb.toString();
  }
}
