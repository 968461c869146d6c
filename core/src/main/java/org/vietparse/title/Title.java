package org.vietparse.title;

import com.google.common.base.CharMatcher;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.title.TitleMaker;

/**
 * An official title as Vietnamese news writes it, normalized: the canonical full Vietnamese form
 * ({@code "Bộ trưởng Bộ Ngoại giao"} for "Bộ trưởng Ngoại giao"), and its parts: the role
 * ({@code "Bộ trưởng"}), the organization ({@code "Bộ Ngoại giao"}), the country a foreign office
 * belongs to ({@code "Lào"}, {@code "LA"}), the country an envoy is posted to, the kind of office,
 * a status ({@code cựu}, {@code cố}, {@code tân}…) and an English rendering in the style of
 * Vietnamese state media.
 *
 * <p>The country of a foreign office is not part of the canonical title: "Tổng thống Mỹ" is the
 * title {@code "Tổng thống"} with country {@code "Mỹ"}; "Đại sứ Việt Nam tại Lào" is the title
 * {@code "Đại sứ"}, country {@code "Việt Nam"}, posted to {@code "Lào"}.
 *
 * <p>Immutable and thread-safe. Only {@link #canonical()} is always present; every other part is
 * an {@link Optional}.
 *
 * <pre>{@code
 * Title t = VietParse.parseTitle("Thứ trưởng Ngoại giao Lào").orElseThrow();
 * t.canonical();     // "Thứ trưởng Bộ Ngoại giao"
 * t.role();          // Optional[Thứ trưởng]
 * t.organization();  // Optional[Bộ Ngoại giao]
 * t.countryCode();   // Optional[LA]
 * t.english();       // Optional[Deputy Minister of Foreign Affairs]
 *
 * Title custom = Title.of("Giám đốc Sở Y tế").withRole("Giám đốc").withKind(Title.Kind.STATE);
 * }</pre>
 */
public final class Title {

  /** What kind of body an office belongs to. */
  public enum Kind {
    /** The state: government, legislature, courts, local authorities, the army, envoys. */
    STATE,
    /** A political party: the Party's organs and committees, foreign parties. */
    PARTY,
    /** An international organization: the United Nations, ASEAN, the European Union… */
    INTERNATIONAL,
    /** A company or bank: chairman of the board, general director, CEO. */
    BUSINESS
  }

  /** A status word written with the title. */
  public enum Status {
    /** "cựu", "nguyên": the person held the office before. */
    FORMER,
    /** "cố": the person, who held the office, has died. */
    LATE,
    /** "tân": the person has just taken the office. */
    NEW,
    /** "đắc cử": elected, not yet in office. */
    ELECT,
    /** "quyền": acting in the office. */
    ACTING
  }

  private final String canonical;
  private final @Nullable String role;
  private final @Nullable String org;
  private final @Nullable String country;
  private final @Nullable String countryCode;
  private final @Nullable String postedTo;
  private final @Nullable Kind kind;
  private final @Nullable Status status;
  private final @Nullable String en;
  private final @Nullable String defunct;
  private final @Nullable String successor;

  static {
    // The title stage makes each title with all its parts at once, not by a chain of copies.
    TitleMaker.register(Title::made);
  }

  private Title(String canonical, @Nullable String role, @Nullable String org,
      @Nullable String country, @Nullable String countryCode, @Nullable String postedTo,
      @Nullable Kind kind, @Nullable Status status, @Nullable String en) {
    this(canonical, role, org, country, countryCode, postedTo, kind, status, en, null, null);
  }

  private Title(String canonical, @Nullable String role, @Nullable String org,
      @Nullable String country, @Nullable String countryCode, @Nullable String postedTo,
      @Nullable Kind kind, @Nullable Status status, @Nullable String en,
      @Nullable String defunct, @Nullable String successor) {
    this.canonical = canonical;
    this.role = role;
    this.org = org;
    this.country = country;
    this.countryCode = countryCode;
    this.postedTo = postedTo;
    this.kind = kind;
    this.status = status;
    this.en = en;
    this.defunct = defunct;
    this.successor = successor;
  }

  /**
   * A title with only its canonical form; add the parts with the {@code with…} methods.
   *
   * <pre>{@code
   * Title.of("Tổng Bí thư").withRole("Tổng Bí thư").withKind(Title.Kind.PARTY);
   * }</pre>
   *
   * @param canonical the canonical full Vietnamese title; not null, not blank
   * @return the title
   * @throws NullPointerException if canonical is null
   * @throws IllegalArgumentException if canonical is blank
   */
  public static Title of(String canonical) {
    return new Title(text(canonical, "canonical"), null, null, null, null, null, null, null,
        null);
  }

  /**
   * The title with all these parts, each checked as {@link #of} and the {@code with…} methods
   * check it: what {@code of(canonical).withRole(role)…} makes, in one step.
   */
  private static Title made(String canonical, @Nullable String role, @Nullable String org,
      @Nullable String country, @Nullable String countryCode, @Nullable String postedTo,
      @Nullable Kind kind, @Nullable Status status, @Nullable String en,
      @Nullable String defunct, @Nullable String successor) {
    String c = text(canonical, "canonical");
    String r = role == null ? null : text(role, "role");
    String o = org == null ? null : text(org, "org");
    String e = en == null ? null : text(en, "en");
    String s = null;
    if (defunct != null) {
      checkDefunct(defunct);
      s = successor == null ? null : text(successor, "successor");
    }
    String n = null;
    if (country != null || countryCode != null) {
      checkCountryCode(countryCode);
      n = text(Objects.requireNonNull(country, "country"), "country");
    }
    String p = postedTo == null ? null : text(postedTo, "postedTo");
    return new Title(c, r, o, n, countryCode, p, kind, status, e, defunct, s);
  }

  /**
   * Whether {@code s} is an ISO 8601 date, year-month or year, as the pattern
   * {@code \d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?} says, read char by char: every
   * title of a body that ended is checked, and the pattern made a matcher for each.
   */
  static boolean isIsoDate(String s) {
    int n = s.length();
    if (n != 4 && n != 7 && n != 10) {
      return false;
    }
    for (int k = 0; k < 4; k++) {
      if (!digit(s.charAt(k))) {
        return false;
      }
    }
    if (n == 4) {
      return true;
    }
    if (s.charAt(4) != '-' || !twoDigits(s, 5, 12)) {
      return false;
    }
    return n == 7 || s.charAt(7) == '-' && twoDigits(s, 8, 31);
  }

  /** Two ASCII digits at k, a number from 01 to max. */
  private static boolean twoDigits(String s, int k, int max) {
    char a = s.charAt(k);
    char b = s.charAt(k + 1);
    if (!digit(a) || !digit(b)) {
      return false;
    }
    int v = (a - '0') * 10 + (b - '0');
    return v >= 1 && v <= max;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String text(String s, String what) {
    Objects.requireNonNull(s, what);
    int n = s.length();
    // strip would find nothing to remove: neither end is white space (nor, as a surrogate, part
    // of a white space character, all of which are single chars)
    if (n > 0 && !Character.isWhitespace(s.charAt(0))
        && !Character.isWhitespace(s.charAt(n - 1))) {
      return s;
    }
    String t = s.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return t;
  }

  /**
   * The canonical full Vietnamese title, NFC, modern tone placement:
   * {@code "Chủ tịch Ủy ban nhân dân Thành phố Hà Nội"}.
   *
   * @return the canonical title, never blank
   */
  public String canonical() {
    return canonical;
  }

  /**
   * The role, deputy and standing forms included: {@code "Bộ trưởng"}, {@code "Phó Chủ tịch"},
   * {@code "Bí thư thứ nhất"}.
   *
   * @return the role, if known
   */
  public Optional<String> role() {
    return Optional.ofNullable(role);
  }

  /**
   * The organization the office belongs to, canonical: {@code "Bộ Ngoại giao"},
   * {@code "Ủy ban nhân dân Thành phố Hà Nội"}, {@code "Thượng viện"}.
   *
   * @return the organization, if the title names one
   */
  public Optional<String> organization() {
    return Optional.ofNullable(org);
  }

  /**
   * The country the office belongs to, by its short Vietnamese name: {@code "Lào"},
   * {@code "Mỹ"} (for "Hoa Kỳ" too).
   *
   * @return the country, if the title names one
   */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  /**
   * The ISO 3166-1 alpha-2 code of {@link #country()}: {@code "LA"}, {@code "US"}.
   *
   * @return the code, if the title names a country
   */
  public Optional<String> countryCode() {
    return Optional.ofNullable(countryCode);
  }

  /**
   * For an envoy, the country (or organization) posted to: {@code "Lào"} in "Đại sứ Việt Nam
   * tại Lào".
   *
   * @return the posting, if the title names one
   */
  public Optional<String> postedTo() {
    return Optional.ofNullable(postedTo);
  }

  /**
   * The kind of body the office belongs to.
   *
   * @return the kind, if known (a bare "Chủ tịch" has none)
   */
  public Optional<Kind> kind() {
    return Optional.ofNullable(kind);
  }

  /**
   * The status written with the title: {@code FORMER} for "cựu Tổng thống".
   *
   * @return the status, if one was written
   */
  public Optional<Status> status() {
    return Optional.ofNullable(status);
  }

  /**
   * An English rendering in the style of Vietnamese state media: "Minister of Foreign Affairs",
   * "Chairman of the Hanoi People's Committee", "General Secretary".
   *
   * @return the rendering, if the lexicon has one
   */
  public Optional<String> english() {
    return Optional.ofNullable(en);
  }

  /**
   * A copy with another canonical title.
   *
   * @param canonical not null, not blank
   * @return the copy
   * @throws IllegalArgumentException if canonical is blank
   */
  public Title withCanonical(String canonical) {
    return new Title(text(canonical, "canonical"), role, org, country, countryCode, postedTo,
        kind, status, en, defunct, successor);
  }

  /**
   * A copy with a role.
   *
   * @param role not null, not blank
   * @return the copy
   * @throws IllegalArgumentException if role is blank
   */
  public Title withRole(String role) {
    return new Title(canonical, text(role, "role"), org, country, countryCode, postedTo, kind,
        status, en, defunct, successor);
  }

  /**
   * A copy with an organization.
   *
   * @param org not null, not blank
   * @return the copy
   * @throws IllegalArgumentException if org is blank
   */
  public Title withOrganization(String org) {
    return new Title(canonical, role, text(org, "org"), country, countryCode, postedTo, kind,
        status, en, defunct, successor);
  }

  /**
   * A copy with the country the office belongs to.
   *
   * @param country its short Vietnamese name; not null, not blank
   * @param countryCode its ISO 3166-1 alpha-2 code (two upper-case letters; "XK" for Kosovo)
   * @return the copy
   * @throws IllegalArgumentException if country is blank or the code is not two letters A–Z
   */
  public Title withCountry(String country, String countryCode) {
    checkCountryCode(countryCode);
    return new Title(canonical, role, org, text(country, "country"), countryCode, postedTo, kind,
        status, en, defunct, successor);
  }

  /**
   * A copy with an envoy's posting.
   *
   * @param postedTo the country or organization; not null, not blank
   * @return the copy
   * @throws IllegalArgumentException if postedTo is blank
   */
  public Title withPostedTo(String postedTo) {
    return new Title(canonical, role, org, country, countryCode, text(postedTo, "postedTo"), kind,
        status, en, defunct, successor);
  }

  /**
   * A copy with a kind.
   *
   * @param kind not null
   * @return the copy
   */
  public Title withKind(Kind kind) {
    return new Title(canonical, role, org, country, countryCode, postedTo,
        Objects.requireNonNull(kind, "kind"), status, en, defunct, successor);
  }

  /**
   * A copy with a status.
   *
   * @param status not null
   * @return the copy
   */
  public Title withStatus(Status status) {
    return new Title(canonical, role, org, country, countryCode, postedTo, kind,
        Objects.requireNonNull(status, "status"), en, defunct, successor);
  }

  /**
   * A copy with an English rendering.
   *
   * @param en not null, not blank
   * @return the copy
   * @throws IllegalArgumentException if en is blank
   */
  public Title withEnglish(String en) {
    return new Title(canonical, role, org, country, countryCode, postedTo, kind, status,
        text(en, "en"), defunct, successor);
  }

  /**
   * The title as a reader says it, with its status word: "nguyên Bộ trưởng Bộ Công Thương",
   * "cố Tổng Bí thư", "Tổng thống đắc cử"; the canonical title when it has no status.
   *
   * @return the canonical title with its status word
   */
  public String written() {
    if (status == null) {
      return canonical;
    }
    return switch (status) {
      case FORMER -> "nguyên " + canonical;
      case LATE -> "cố " + canonical;
      case NEW -> "tân " + canonical;
      case ELECT -> canonical + " đắc cử";
      case ACTING -> "quyền " + canonical;
    };
  }

  /**
   * When the office's body ended, for a body merged or dissolved (a province before 1 July 2025,
   * a ministry merged on 1 March 2025, a district, the Council of Ministers): an ISO 8601 date
   * ({@code "2025-07-01"}), or its year-month or year when the day is not on record
   * ({@code "1992"}). The title still reads as written; this says the office no longer exists
   * in that form.
   *
   * @return the date the body ended, if it has
   */
  public Optional<String> defunct() {
    return Optional.ofNullable(defunct);
  }

  /**
   * The canonical name of the body that took over the office's body when it ended:
   * {@code "Ủy ban nhân dân Thành phố Hồ Chí Minh"} for the People's Committee of Bình Dương
   * province. Present only with {@link #defunct()}, and not always then (the district level was
   * abolished without one successor).
   *
   * @return the successor body, if there is one
   */
  public Optional<String> successor() {
    return Optional.ofNullable(successor);
  }

  /**
   * A copy saying that the office's body ended on this date, taken over by this successor.
   *
   * <pre>{@code
   * Title.of("Bộ trưởng Bộ Kế hoạch và Đầu tư").withDefunct("2025-03-01", "Bộ Tài chính");
   * }</pre>
   *
   * @param date an ISO 8601 date, year-month or year ({@code "2025-07-01"}, {@code "1992"});
   *     not null
   * @param successor the canonical name of the body that took over, or null for none
   * @return the copy
   * @throws IllegalArgumentException if date is not an ISO date, year-month or year, or the
   *     successor is blank
   */
  public Title withDefunct(String date, @Nullable String successor) {
    checkDefunct(Objects.requireNonNull(date, "date"));
    return new Title(canonical, role, org, country, countryCode, postedTo, kind, status, en,
        date, successor == null ? null : text(successor, "successor"));
  }

  private static void checkCountryCode(String countryCode) {
    Objects.requireNonNull(countryCode, "countryCode");
    if (countryCode.length() != 2 || !CharMatcher.inRange('A', 'Z').matchesAllOf(countryCode)) {
      throw new IllegalArgumentException("country code must be two letters A-Z: " + countryCode);
    }
  }

  private static void checkDefunct(String date) {
    if (!isIsoDate(date)) {
      throw new IllegalArgumentException(
          "defunct must be an ISO date, year-month or year: " + cut(date));
    }
  }

  private static String cut(String s) {
    return s.length() > 64 ? s.substring(0, 64) + "…" : s;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Title)) {
      return false;
    }
    Title t = (Title) o;
    return canonical.equals(t.canonical) && Objects.equals(role, t.role)
        && Objects.equals(org, t.org) && Objects.equals(country, t.country)
        && Objects.equals(countryCode, t.countryCode) && Objects.equals(postedTo, t.postedTo)
        && kind == t.kind && status == t.status && Objects.equals(en, t.en)
        && Objects.equals(defunct, t.defunct) && Objects.equals(successor, t.successor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(canonical, role, org, country, countryCode, postedTo, kind, status, en, defunct, successor);
  }

  /** Short and readable: the canonical title, then the country and status when present. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(canonical);
    if (country != null) {
      b.append(" (").append(country).append(')');
    }
    if (postedTo != null) {
      b.append(" → ").append(postedTo);
    }
    if (status != null) {
      b.append(" [").append(status).append(']');
    }
    return b.toString();
  }
}
