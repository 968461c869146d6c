package org.vietparse.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vietparse.Mention;
import org.vietparse.Span;
import org.vietparse.internal.text.Token;
import org.vietparse.internal.text.VietText;

/**
 * One text being read: its normalized view and tokens, the settings, the mentions found so far,
 * and notes that one recognizer leaves for a later one (titles for officials, say). Lives for one
 * {@code extract} call on one thread.
 */
public final class Document {
  private final VietText text;
  private final List<Token> tokens;
  private final Settings settings;
  private final List<Mention> mentions = new ArrayList<>();
  private final Map<Class<?>, Object> notes = new HashMap<>();

  public Document(VietText text, Settings settings) {
    this.text = text;
    this.tokens = text.tokens();
    this.settings = settings;
  }

  public VietText text() {
    return text;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public Settings settings() {
    return settings;
  }

  /** The original-offset span of tokens {@code [from, to)}. */
  public Span span(int from, int to) {
    int s = text.toOriginalStart(tokens.get(from).start());
    int e = text.toOriginalEnd(tokens.get(to - 1).end());
    return Span.of(s, Math.max(s, e));
  }

  /** The original text of a span. */
  public String original(Span span) {
    return text.original().substring(span.start(), span.end());
  }

  public void add(Mention m) {
    mentions.add(m);
  }

  public List<Mention> mentions() {
    return mentions;
  }

  /** Leaves a note for a later recognizer, keyed by its class. */
  public <T> void note(Class<T> key, T value) {
    notes.put(key, value);
  }

  /** A note left by an earlier recognizer, or null. */
  public <T> @Nullable T note(Class<T> key) {
    return key.cast(notes.get(key));
  }
}
