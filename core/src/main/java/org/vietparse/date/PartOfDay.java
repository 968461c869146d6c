package org.vietparse.date;

import java.util.Objects;
import java.util.Optional;

/**
 * A part of the day as Vietnamese names it (sáng, trưa, chiều, tối, đêm), with its TIMEX3 code.
 *
 * <pre>{@code
 * PartOfDay.AFTERNOON.code();          // "TAF"
 * PartOfDay.AFTERNOON.toClockHour(7);  // 19: "7 giờ chiều"
 * }</pre>
 */
public enum PartOfDay {
  /** Morning (sáng, buổi sáng, sáng sớm, rạng sáng): {@code TMO}. */
  MORNING("TMO"),
  /** Midday (trưa, buổi trưa): {@code TMI}. */
  NOON("TMI"),
  /** Afternoon (chiều, buổi chiều): {@code TAF}. */
  AFTERNOON("TAF"),
  /** Evening (tối, buổi tối, chiều tối): {@code TEV}. */
  EVENING("TEV"),
  /** Night (đêm, khuya, đêm khuya): {@code TNI}. */
  NIGHT("TNI");

  private final String code;

  PartOfDay(String code) {
    this.code = code;
  }

  /**
   * The TIMEX3 code appended to a date: {@code TMO}, {@code TMI}, {@code TAF}, {@code TEV},
   * {@code TNI}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The part of day with a TIMEX3 code.
   *
   * <pre>{@code
   * PartOfDay.ofCode("TEV");  // Optional[EVENING]
   * }</pre>
   *
   * @param code a code such as "TMO"; not null
   * @return the part of day, or empty for an unknown code
   */
  public static Optional<PartOfDay> ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (PartOfDay p : values()) {
      if (p.code.equals(code)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The 24-hour clock hour that a 12-hour reading means in this part of day: "7 giờ tối" is 19,
   * "1 giờ trưa" is 13, "11 giờ đêm" is 23, "2 giờ đêm" is 2, "9 giờ sáng" is 9.
   *
   * @param hour an hour 0–24 as written
   * @return the hour on the 24-hour clock, 0–23 (24 is read as 0)
   * @throws IllegalArgumentException if hour is out of range
   */
  public int toClockHour(int hour) {
    if (hour < 0 || hour > 24) {
      throw new IllegalArgumentException("hour out of range: " + hour);
    }
    if (hour == 24) {
      return 0;
    }
    return switch (this) {
      case MORNING -> hour;
      case NOON -> hour < 6 ? hour + 12 : hour;
      case AFTERNOON, EVENING -> hour < 12 ? hour + 12 : hour;
      case NIGHT -> hour >= 6 && hour < 12 ? hour + 12 : hour == 12 ? 0 : hour;
    };
  }
}
