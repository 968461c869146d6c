package org.vietparse.money;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A monetary figure as Vietnamese news writes it: an exact amount or a range of amounts, in one
 * currency, perhaps qualified ("hơn", "khoảng") and perhaps a price per unit ("đồng/lượng").
 *
 * <p>Amounts are exact {@link BigDecimal}s with the scale words applied: "1,3 tỷ USD" is
 * 1300000000 USD. Two values are equal when they say the same thing: amounts compare by value,
 * whatever their written scale, so "1,3 tỷ USD" equals "1.300 triệu USD".
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Money m = VietParse.parseMoney("hơn 1,3 tỷ USD").orElseThrow();
 * m.amount();          // Optional[1300000000]
 * m.currency();        // USD
 * m.modifier();        // Optional[MORE_THAN]
 * m.toString();        // "1300000000 USD (MORE_THAN)"
 * Money.of(new BigDecimal("500000"), Currency.getInstance("VND"))
 *     .withModifier(Modifier.APPROX).withPer("lượng");   // 500000 VND/lượng (APPROX)
 * }</pre>
 */
public final class Money {
  /** Longest text {@link #parse} reads; real figures stay far below. */
  private static final int MAX_WRITTEN = 1_000;
  private static final Pattern WRITTEN = Pattern.compile(
      "(-?\\d+(?:\\.\\d+)?)(?:-(-?\\d+(?:\\.\\d+)?))? ([A-Z]{3})"
          + "(?:/([^ ()][^()]{0,63}?))?(?: \\((" + modifierNames() + ")\\))?( vague)?");
  private final @Nullable BigDecimal amount;
  private final @Nullable BigDecimal min;
  private final @Nullable BigDecimal max;
  private final Currency currency;
  private final @Nullable Modifier modifier;
  private final @Nullable String per;
  private final boolean vague;

  private Money(@Nullable BigDecimal amount, @Nullable BigDecimal min, @Nullable BigDecimal max,
      Currency currency, @Nullable Modifier modifier, @Nullable String per, boolean vague) {
    this.amount = amount;
    this.min = min;
    this.max = max;
    this.currency = currency;
    this.modifier = modifier;
    this.per = per;
    this.vague = vague;
  }

  /**
   * An exact amount: {@code Money.of(new BigDecimal("1300000000"), Currency.getInstance("USD"))}.
   *
   * @param amount the amount; not null; its scale does not matter ({@code 1.30E+9} is
   *     1300000000)
   * @param currency the currency; not null
   * @return the value, with no modifier and no unit
   * @throws NullPointerException if an argument is null
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    return new Money(normalize(amount), null, null, currency, null, null, false);
  }

  /**
   * A range of amounts in one currency, both ends inclusive: "từ 2 đến 3 tỷ đồng" is
   * {@code Money.range(new BigDecimal("2E9"), new BigDecimal("3E9"), Currency.getInstance("VND"))}.
   *
   * @param min the low end; not null
   * @param max the high end; not null, greater than {@code min}
   * @param currency the currency; not null
   * @return the value, with no modifier and no unit
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code max} is not greater than {@code min}
   */
  public static Money range(BigDecimal min, BigDecimal max, Currency currency) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(currency, "currency");
    Preconditions.checkArgument(min.compareTo(max) < 0,
        "range minimum %s must be below its maximum %s", min, max);
    return new Money(null, normalize(min), normalize(max), currency, null, null, false);
  }

  /**
   * Reads a value from the form {@link #toString()} writes: {@code 1300000000 USD (MORE_THAN)},
   * {@code 2000000000-3000000000 VND}, {@code 500000 VND/lượng (APPROX)}. This is the inverse of
   * {@code toString()}, as {@code LocalDate.parse} is of {@code LocalDate.toString()}; to read
   * Vietnamese text ("hơn 1,3 tỷ USD") use {@code VietParse.parseMoney}.
   *
   * <pre>{@code
   * Money m = Money.parse("500000 VND/lượng (APPROX)");
   * Money.parse(m.toString()).equals(m);   // true
   * }</pre>
   *
   * @param text the written form; not null
   * @return the value
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if the text is not in that form, names no ISO 4217
   *     currency, or is a range whose ends are out of order; the message quotes it
   */
  public static Money parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    Matcher m = s.length() <= MAX_WRITTEN ? WRITTEN.matcher(s) : null;
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("not a written money value: \"" + cut(s) + "\"");
    }
    Currency currency;
    try {
      currency = Currency.getInstance(m.group(3));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("no ISO 4217 currency " + m.group(3) + " in \""
          + cut(s) + "\"", e);
    }
    Money v = m.group(2) == null ? of(new BigDecimal(m.group(1)), currency)
        : range(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)), currency);
    if (m.group(4) != null) {
      v = v.withPer(m.group(4));
    }
    if (m.group(5) != null) {
      v = v.withModifier(Modifier.valueOf(m.group(5)));
    }
    if (m.group(6) != null) {
      v = v.withVague(true);
    }
    return v;
  }

  private static String cut(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "…";
  }

  /**
   * This value with a modifier: {@code money.withModifier(Modifier.MORE_THAN)}.
   *
   * @param modifier the modifier; not null
   * @return a copy with the modifier
   * @throws NullPointerException if modifier is null
   */
  public Money withModifier(Modifier modifier) {
    Objects.requireNonNull(modifier, "modifier");
    return new Money(amount, min, max, currency, modifier, per, vague);
  }

  /**
   * This value with no modifier.
   *
   * @return a copy without the modifier
   */
  public Money withoutModifier() {
    return new Money(amount, min, max, currency, null, per, vague);
  }

  /**
   * This value as a price per unit: {@code money.withPer("lượng")} for "đồng/lượng".
   *
   * @param unit the unit as written canonically ("lượng", "kg", "thùng"); not null nor blank
   * @return a copy with the unit
   * @throws NullPointerException if unit is null
   * @throws IllegalArgumentException if unit is blank
   */
  public Money withPer(String unit) {
    Objects.requireNonNull(unit, "unit");
    Preconditions.checkArgument(!unit.isBlank(), "unit must not be blank");
    return new Money(amount, min, max, currency, modifier, unit, vague);
  }

  /**
   * This value with no unit.
   *
   * @return a copy that is not a price per unit
   */
  public Money withoutPer() {
    return new Money(amount, min, max, currency, modifier, null, vague);
  }

  /**
   * This value in another currency, same figures: for a range written with its currency on
   * one end only, or a code given by the caller.
   *
   * @param currency the currency; not null
   * @return a copy with the currency
   * @throws NullPointerException if currency is null
   */
  public Money withCurrency(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return new Money(amount, min, max, currency, modifier, per, vague);
  }

  /**
   * This value marked as given only by its order of magnitude, or not: "hàng chục triệu USD"
   * is {@code Money.of(new BigDecimal("10000000"), usd).withModifier(Modifier.APPROX)
   * .withVague(true)}.
   *
   * @param vague true when the text gives no exact amount, only its scale
   * @return a copy with that mark
   */
  public Money withVague(boolean vague) {
    return new Money(amount, min, max, currency, modifier, per, vague);
  }

  /**
   * Whether the amount is given only by its order of magnitude ("hàng chục triệu USD", "vài
   * trăm nghìn đồng"): then {@link #amount()} is that order of magnitude, not a figure the text
   * states.
   *
   * @return true for a vague amount
   */
  public boolean isVague() {
    return vague;
  }

  /**
   * The exact amount, with no trailing zeros after the point: "1,3 tỷ USD" gives 1300000000.
   *
   * @return the amount, or empty for a range
   */
  public Optional<BigDecimal> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * The low end of a range: "từ 2 đến 3 tỷ đồng" gives 2000000000.
   *
   * @return the low end, or empty when this is an exact amount
   */
  public Optional<BigDecimal> min() {
    return Optional.ofNullable(min);
  }

  /**
   * The high end of a range: "từ 2 đến 3 tỷ đồng" gives 3000000000.
   *
   * @return the high end, or empty when this is an exact amount
   */
  public Optional<BigDecimal> max() {
    return Optional.ofNullable(max);
  }

  /**
   * Whether this is a range ({@link #min()} and {@link #max()}) rather than an amount.
   *
   * @return true for a range
   */
  public boolean isRange() {
    return amount == null;
  }

  /**
   * The currency: "đồng" is VND, "đô la Mỹ" is USD, "nhân dân tệ" is CNY.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * How the amount is qualified: "hơn" is {@link Modifier#MORE_THAN}.
   *
   * @return the modifier, or empty when the amount stands as written
   */
  public Optional<Modifier> modifier() {
    return Optional.ofNullable(modifier);
  }

  /**
   * The unit a price is given for: "đồng/lượng" gives "lượng", "USD/thùng" gives "thùng".
   *
   * @return the unit, or empty when this is not a unit price
   */
  public Optional<String> per() {
    return Optional.ofNullable(per);
  }

  private static String modifierNames() {
    StringBuilder b = new StringBuilder();
    for (Modifier m : Modifier.values()) {
      b.append(b.length() == 0 ? "" : "|").append(m.name());
    }
    return b.toString();
  }

  private static BigDecimal normalize(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Money)) {
      return false;
    }
    Money m = (Money) o;
    // amounts are normalized at construction, so BigDecimal.equals compares by value here
    return Objects.equals(amount, m.amount) && Objects.equals(min, m.min)
        && Objects.equals(max, m.max) && currency.equals(m.currency)
        && modifier == m.modifier && Objects.equals(per, m.per) && vague == m.vague;
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, min, max, currency, modifier, per, vague);
  }

  /**
   * A short form for logs and JShell: {@code 1300000000 USD (MORE_THAN)},
   * {@code 2000000000-3000000000 VND}, {@code 500000 VND/lượng (APPROX)},
   * {@code 10000000 USD (APPROX) vague}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (amount != null) {
      s.append(amount.toPlainString());
    } else {
      s.append(Objects.requireNonNull(min).toPlainString()).append('-')
          .append(Objects.requireNonNull(max).toPlainString());
    }
    s.append(' ').append(currency.getCurrencyCode());
    if (per != null) {
      s.append('/').append(per);
    }
    if (modifier != null) {
      s.append(" (").append(modifier.name()).append(')');
    }
    if (vague) {
      s.append(" vague");
    }
    return s.toString();
  }
}
