package org.vietparse.title;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/**
 * Placeholder value; the title issue gives it its model.
 */
public final class Title {
  private final String canonical;

  private Title(String canonical) {
    this.canonical = canonical;
  }

  /** A title with only its canonical form. */
  public static Title of(String canonical) {
    return new Title(Objects.requireNonNull(canonical, "canonical").strip());
  }

  /** The canonical full Vietnamese title. */
  public String canonical() {
    return canonical;
  }

  /** The value as the fields of the mention format. */
  public Map<String, Object> toMap() {
    return ImmutableMap.of("title", canonical);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Title t && t.canonical.equals(canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  @Override
  public String toString() {
    return canonical;
  }
}
