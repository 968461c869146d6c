package org.vietparse;

import com.google.common.base.Preconditions;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into the caller's original text.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Span s = Span.of(4, 9);
 * "chiều 10/11".substring(s.start(), s.end());
 * }</pre>
 *
 * @param start the first offset, {@code >= 0}
 * @param end one past the last offset, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /**
   * Checks the bounds.
   *
   * @param start the first offset, {@code >= 0}
   * @param end one past the last offset, {@code >= start}
   * @throws IllegalArgumentException if start is negative or end is before start
   */
  public Span {
    Preconditions.checkArgument(start >= 0, "start must not be negative: %s", start);
    Preconditions.checkArgument(end >= start, "end %s must not be before start %s", end, start);
  }

  /**
   * The span {@code [start, end)}.
   *
   * @param start the first offset, {@code >= 0}
   * @param end one past the last offset, {@code >= start}
   * @return the span
   * @throws IllegalArgumentException if the bounds are out of order or negative
   */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /**
   * The number of UTF-16 units covered.
   *
   * @return the number of UTF-16 units covered
   */
  public int length() {
    return end - start;
  }

  /**
   * True when the two spans share at least one offset.
   *
   * @param other another span
   * @return true when the two spans share at least one offset
   */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /**
   * True when {@code other} lies inside this span.
   *
   * @param other another span
   * @return true when {@code other} lies inside this span
   */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** Orders by start, then by end descending (the longer span first), as FORMAT.md sorts. */
  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
