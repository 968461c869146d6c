package org.vietparse.date;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * Placeholder value; the date issue gives it its model.
 */
public final class DateValue {
  private DateValue() {}

  /** The value as the fields of the mention format. */
  public Map<String, Object> toMap() {
    return ImmutableMap.of();
  }
}
