package org.vietparse.title;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * Placeholder value; the title issue gives it its model.
 */
public final class Title {
  private Title() {}

  /** The value as the fields of the mention format. */
  public Map<String, Object> toMap() {
    return ImmutableMap.of();
  }
}
