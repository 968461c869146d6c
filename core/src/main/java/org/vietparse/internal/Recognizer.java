package org.vietparse.internal;

import org.vietparse.MentionType;

/**
 * Finds the mentions of one type in a document. Implementations are immutable and thread-safe:
 * one instance serves every document an {@code Extractor} reads.
 */
public interface Recognizer {

  /** The type this recognizer adds. */
  MentionType type();

  /**
   * Adds the mentions found in {@code doc} to it. Must not throw on any text, and must cost time
   * linear in the number of tokens.
   */
  void recognize(Document doc);
}
