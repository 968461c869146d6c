package org.vietparse;

import com.google.common.base.Preconditions;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vietparse.date.DateValue;
import org.vietparse.money.Money;
import org.vietparse.official.Official;
import org.vietparse.title.Title;

/**
 * The mention format of {@code docs/format.md}: one mention as one line of JSON, exactly as
 * {@code vietparse extract --format jsonl} prints it; a value's fields for a JSON library of
 * one's own; and the rules that name and read a document.
 * Every tool that writes mentions (the command line, the Spark job, the server) writes them here,
 * so that their lines are the same byte for byte.
 *
 * <pre>{@code
 * for (Mention m : VietParse.extract(text).mentions()) {
 *   System.out.println(MentionFormat.line("000", m));
 * }
 * // {"doc":"000","type":"DATE","start":0,"end":11,"text":"Chiều 10/11",
 * //  "value":{"timex":"XXXX-11-10TAF"}}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class MentionFormat {
  private MentionFormat() {}

  /**
   * One mention as one JSON object on one line: {@code doc}, {@code type}, {@code start},
   * {@code end}, {@code text}, {@code value}, in that order.
   *
   * @param doc the document id (see {@link #documentId(String)}); not null
   * @param m the mention; not null
   * @return the JSON line, without a line terminator
   */
  public static String line(String doc, Mention m) {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(m, "m");
    JsonWriter w = new JsonWriter(160 + m.text().length());
    w.begin();
    w.field("doc", doc);
    w.field("type", m.type().name());
    w.field("start", m.span().start());
    w.field("end", m.span().end());
    w.field("text", m.text());
    w.name("value");
    w.object(m);
    w.end();
    return w.toString();
  }

  /**
   * The mention's normalized value alone, as the JSON object that {@link #line} writes under
   * {@code value}: {@code {"amount":"1300000000","currency":"USD","mod":"MORE_THAN"}}.
   *
   * @param m the mention; not null
   * @return the JSON object text
   */
  public static String value(Mention m) {
    Objects.requireNonNull(m, "m");
    JsonWriter w = new JsonWriter(96);
    w.object(m);
    return w.toString();
  }

  /**
   * A document's id, as the mention format names documents: the file name without its
   * extension ({@code 000_fc5f.txt} → {@code 000_fc5f}).
   *
   * @param fileName a file name without folders; not null
   * @return the id
   */
  public static String documentId(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /**
   * A document's text from its bytes, as the mention format reads documents (its offsets count
   * UTF-16 units of exactly this text): strict UTF-8, with a NUL byte taken as the sign of a
   * binary file rather than guessed past.
   *
   * @param bytes the file's content; not null
   * @return the text
   * @throws CharacterCodingException when the bytes are binary or not valid UTF-8; the message
   *     says which
   */
  public static String decodeDocument(byte[] bytes) throws CharacterCodingException {
    Objects.requireNonNull(bytes, "bytes");
    for (byte b : bytes) {
      if (b == 0) {
        throw new NotText("binary file (contains NUL bytes)");
      }
    }
    // The lenient decoding replaces malformed input by U+FFFD: without one it is the strict
    // decoding, in one pass instead of a decoder's two copies. Else the strict decoder decides
    // (a document may hold U+FFFD of its own).
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return lenient;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new NotText("not valid UTF-8");
    }
  }

  /** A decoding failure that says in words why the bytes are no document. */
  private static final class NotText extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String reason;

    NotText(String reason) {
      this.reason = reason;
    }

    @Override
    public String getMessage() {
      return reason;
    }
  }

  /**
   * The fields of a mention's {@code value} in the mention format, in the format's order, for a
   * program that hands them to a JSON library of its own: values are {@code String},
   * {@code Boolean}, {@code Integer} or {@code List<String>}, absent optional fields are left
   * out, and a null stands only where the format writes null (the {@code timex} of an
   * unresolved relative date).
   *
   * <pre>{@code
   * MentionFormat.fields(mention);   // {amount=1300000000, currency=USD, mod=MORE_THAN}
   * }</pre>
   *
   * @param m the mention; not null
   * @return an unmodifiable map in the format's field order
   */
  public static Map<String, @Nullable Object> fields(Mention m) {
    Objects.requireNonNull(m, "m");
    Collected f = new Collected();
    put(m, f);
    return f.done();
  }

  /** The fields of a mention's value, handed to {@code f} in the format's order. */
  private static void put(Mention m, Fields f) {
    if (m instanceof DateMention d) {
      put(d.date(), f);
    } else if (m instanceof MoneyMention d) {
      put(d.money(), f);
    } else if (m instanceof TitleMention d) {
      put(d.title(), f);
    } else if (m instanceof OfficialMention d) {
      put(d.official(), f);
    } else {
      throw new AssertionError(m);
    }
  }

  /**
   * A date's {@code value} fields: {@code timex} (null for a relative point not resolved) or
   * {@code begin} and {@code end}; then {@code mod} ({@code START}, {@code MID}, {@code END}),
   * {@code relative}, {@code localTime}, {@code weekday}
   * (1 = Monday … 7 = Sunday) and {@code lunar}, each only when set.
   *
   * <pre>{@code
   * MentionFormat.fields(VietParse.parseDate("Thứ bảy 06/12/2025 09:04").orElseThrow());
   *     // {timex=2025-12-06T09:04, weekday=6}
   * }</pre>
   *
   * @param v the value; not null
   * @return an unmodifiable map in the format's field order
   */
  public static Map<String, @Nullable Object> fields(DateValue v) {
    Collected f = new Collected();
    put(v, f);
    return f.done();
  }

  private static void put(DateValue v, Fields f) {
    if (v.isRange()) {
      f.put("begin", v.begin().flatMap(DateValue::timex).orElse(null));
      f.put("end", v.end().flatMap(DateValue::timex).orElse(null));
    } else {
      f.put("timex", v.timex().orElse(null));
    }
    f.optional("mod", v.modifier().map(Enum::name));
    f.flag("relative", v.isRelative());
    f.flag("localTime", v.isLocalTime());
    if (v.weekday().isPresent()) {
      f.put("weekday", v.weekday().get().getValue());
    }
    f.flag("lunar", v.isLunar());
  }

  /**
   * A monetary figure's {@code value} fields: {@code amount} (or {@code min} and {@code max}) as
   * plain decimal strings, {@code currency} as the ISO 4217 code, then {@code mod} and
   * {@code per} when present, and {@code vague} when true.
   *
   * @param v the value; not null
   * @return an unmodifiable map in the format's field order
   */
  public static Map<String, @Nullable Object> fields(Money v) {
    Collected f = new Collected();
    put(v, f);
    return f.done();
  }

  private static void put(Money v, Fields f) {
    if (v.isRange()) {
      f.put("min", v.min().orElseThrow().toPlainString());
      f.put("max", v.max().orElseThrow().toPlainString());
    } else {
      f.put("amount", v.amount().orElseThrow().toPlainString());
    }
    f.put("currency", v.currency().getCurrencyCode());
    f.optional("mod", v.modifier().map(Enum::name));
    f.optional("per", v.per());
    f.flag("vague", v.isVague());
  }

  /**
   * A title's {@code value} fields: {@code title}, then {@code role}, {@code org},
   * {@code country}, {@code countryCode}, {@code postedTo}, {@code kind}, {@code status},
   * {@code en}, {@code defunct} and {@code successor} when present.
   *
   * @param v the value; not null
   * @return an unmodifiable map in the format's field order
   */
  public static Map<String, @Nullable Object> fields(Title v) {
    Collected f = new Collected();
    put(v, f);
    return f.done();
  }

  private static void put(Title v, Fields f) {
    f.put("title", v.canonical());
    f.optional("role", v.role());
    f.optional("org", v.organization());
    f.optional("country", v.country());
    f.optional("countryCode", v.countryCode());
    f.optional("postedTo", v.postedTo());
    f.optional("kind", v.kind().map(Enum::name));
    f.optional("status", v.status().map(Enum::name));
    f.optional("en", v.english());
    f.optional("defunct", v.defunct());
    f.optional("successor", v.successor());
  }

  /**
   * An official's {@code value} fields: {@code name}, {@code titles} (the canonical titles),
   * then {@code alias}, {@code honorific} and {@code rank} when present, and {@code statuses}
   * (each title's status or null, in the order of {@code titles}) when any title has one.
   *
   * @param v the value; not null
   * @return an unmodifiable map in the format's field order
   */
  public static Map<String, @Nullable Object> fields(Official v) {
    Collected f = new Collected();
    put(v, f);
    return f.done();
  }

  private static void put(Official v, Fields f) {
    f.put("name", v.name());
    f.put("titles", v.titleNames());
    f.optional("alias", v.alias());
    f.optional("honorific", v.honorific());
    f.optional("rank", v.rank());
    if (v.titles().stream().anyMatch(t -> t.status().isPresent())) {
      List<@Nullable String> statuses = new ArrayList<>();
      for (Title t : v.titles()) {
        statuses.add(t.status().map(Enum::name).orElse(null));
      }
      f.put("statuses", Collections.unmodifiableList(statuses));
    }
  }

  /** Receives a value's fields one by one, in the format's order. */
  private abstract static class Fields {
    /** A field: a String, Boolean, Integer or List of String, or null where the format writes null. */
    abstract void put(String name, @Nullable Object value);

    final void optional(String name, Optional<String> value) {
      if (value.isPresent()) {
        put(name, value.get());
      }
    }

    final void flag(String name, boolean value) {
      if (value) {
        put(name, Boolean.TRUE);
      }
    }
  }

  /** The fields of one value collected, in insertion order, for {@link #fields}. */
  private static final class Collected extends Fields {
    private final Map<String, @Nullable Object> map = new LinkedHashMap<>();

    @Override
    void put(String name, @Nullable Object value) {
      map.put(name, value);
    }

    Map<String, @Nullable Object> done() {
      return Collections.unmodifiableMap(map);
    }
  }

  /**
   * Writes the few JSON shapes the format needs: objects, strings, integers, booleans and lists
   * of strings. Strings are escaped so that any Java string, lone surrogates included, comes out
   * as valid JSON.
   */
  private static final class JsonWriter {
    private final StringBuilder sb;
    /** Whether the object being written has a field yet, one bit per level of nesting. */
    private long hasField;
    private int depth;

    JsonWriter(int capacity) {
      sb = new StringBuilder(capacity);
    }

    void begin() {
      Preconditions.checkState(depth < 63, "nested too deep");
      sb.append('{');
      depth++;
      hasField &= ~(1L << depth);
    }

    void end() {
      sb.append('}');
      depth--;
    }

    void name(String name) {
      if ((hasField & (1L << depth)) != 0) {
        sb.append(',');
      }
      hasField |= 1L << depth;
      string(name);
      sb.append(':');
    }

    void field(String name, @Nullable String value) {
      name(name);
      if (value == null) {
        sb.append("null");
      } else {
        string(value);
      }
    }

    void field(String name, int value) {
      name(name);
      sb.append(value);
    }

    void field(String name, List<? extends @Nullable String> values) {
      name(name);
      sb.append('[');
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        String v = values.get(i);
        if (v == null) {
          sb.append("null");
        } else {
          string(v);
        }
      }
      sb.append(']');
    }

    /**
     * The mention's value as an object, its fields written as {@link MentionFormat#fields} gives
     * them, without collecting them first: a batch writes millions.
     */
    void object(Mention m) {
      begin();
      put(m, fields);
      end();
    }

    /** Writes each field it is handed into the object being written. */
    private final Fields fields = new Fields() {
      @Override
      @SuppressWarnings("unchecked")
      void put(String name, @Nullable Object v) {
        if (v instanceof Integer i) {
          field(name, i);
        } else if (v instanceof Boolean b) {
          name(name);
          sb.append(b.booleanValue());
        } else if (v instanceof List<?> list) {
          field(name, (List<String>) list);
        } else {
          field(name, (String) v);
        }
      }
    };

    private void string(String s) {
      sb.append('"');
      // the text between escapes goes in whole: most strings have none
      int plain = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
          continue;
        }
        String escape = escape(s, i);
        if (escape != null) {
          sb.append(s, plain, i).append(escape);
          plain = i + 1;
        }
      }
      sb.append(s, plain, s.length()).append('"');
    }

    /** How the char at {@code i} is written: an escape, or null for itself. */
    private static @Nullable String escape(String s, int i) {
      char c = s.charAt(i);
      return switch (c) {
        case '"' -> "\\\"";
        case '\\' -> "\\\\";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\t' -> "\\t";
        default -> c < 0x20 || Character.isSurrogate(c) && !pairedSurrogate(s, i)
            ? "\\u" + "0000".substring(Integer.toHexString(c).length()) + Integer.toHexString(c)
            : null;
      };
    }

    private static boolean pairedSurrogate(String s, int i) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      }
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
