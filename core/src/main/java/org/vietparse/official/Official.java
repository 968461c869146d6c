package org.vietparse.official;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * Placeholder value; the official issue gives it its model.
 */
public final class Official {
  private Official() {}

  /** The value as the fields of the mention format. */
  public Map<String, Object> toMap() {
    return ImmutableMap.of();
  }
}
