package org.vietparse.money;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * Placeholder value; the money issue gives it its model.
 */
public final class Money {
  private Money() {}

  /** The value as the fields of the mention format. */
  public Map<String, Object> toMap() {
    return ImmutableMap.of();
  }
}
