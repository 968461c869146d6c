package org.vietparse.date;

import java.util.Objects;
import java.util.Optional;

/**
 * A season of the year ("mùa đông năm 2024"), with its TIMEX3 code.
 *
 * <pre>{@code
 * Season.WINTER.code();                              // "WI"
 * DateValue.ofSeason(2024, Season.WINTER).timex();   // Optional["2024-WI"]
 * }</pre>
 */
public enum Season {
  /** Spring (mùa xuân): {@code SP}. */
  SPRING("SP"),
  /** Summer (mùa hè, mùa hạ): {@code SU}. */
  SUMMER("SU"),
  /** Autumn (mùa thu): {@code FA}. */
  FALL("FA"),
  /** Winter (mùa đông): {@code WI}. */
  WINTER("WI");

  private final String code;

  Season(String code) {
    this.code = code;
  }

  /**
   * The TIMEX3 code written after the year: {@code SP}, {@code SU}, {@code FA}, {@code WI}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The season with a TIMEX3 code.
   *
   * <pre>{@code
   * Season.ofCode("SU");  // Optional[SUMMER]
   * }</pre>
   *
   * @param code a code such as "WI"; not null
   * @return the season, or empty for an unknown code
   */
  public static Optional<Season> ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (Season s : values()) {
      if (s.code.equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
