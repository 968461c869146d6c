package org.vietparse.examples.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vietparse.MentionType;
import org.vietparse.date.Preference;

/**
 * One {@code POST /parse} (or {@code /people}) request, read from a form
 * ({@code application/x-www-form-urlencoded}, what {@code curl -d} sends and Duckling reads) or
 * a JSON object ({@code application/json}).
 *
 * <ul>
 *   <li>{@code text}: required;</li>
 *   <li>{@code reftime}: the reference time, as Duckling's milliseconds since the epoch, or
 *       ISO-8601 ({@code 2024-11-11}, {@code 2024-11-11T08:30}, {@code 2024-11-11T08:30+07:00});
 *       epoch and offset times are read in {@code tz};</li>
 *   <li>{@code tz}: a time zone id, {@code Asia/Ho_Chi_Minh} by default;</li>
 *   <li>{@code types}: comma-separated or a JSON array of {@code DATE}, {@code MONEY},
 *       {@code TITLE}, {@code OFFICIAL}, any case; Duckling's {@code dims} with {@code time} and
 *       {@code amount-of-money} is read as well;</li>
 *   <li>{@code prefer}: {@code nearest}, {@code past} or {@code future};</li>
 *   <li>{@code doc}: the document id written into each mention, {@code text} by default.</li>
 * </ul>
 * Other fields (Duckling's {@code locale}, {@code lang}, {@code latent}) are ignored.
 */
record ParseRequest(String text, Optional<LocalDateTime> reference, Set<MentionType> types,
    Optional<Preference> prefer, String doc) {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A request the server refuses with 400 and this message. */
  static final class BadRequest extends Exception {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }

  /** Reads the body, by its content type (a form when none is given). */
  static ParseRequest parse(String contentType, byte[] body) throws BadRequest {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    Map<String, String> fields = type.startsWith("application/json") ? json(body) : form(body);
    return of(fields);
  }

  private static Map<String, String> form(byte[] body) throws BadRequest {
    Map<String, String> out = new HashMap<>();
    String s = new String(body, StandardCharsets.UTF_8);
    for (String pair : s.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        out.putIfAbsent(k, v);
      } catch (IllegalArgumentException e) {
        throw new BadRequest("the form is not URL-encoded: " + e.getMessage());
      }
    }
    return out;
  }

  private static Map<String, String> json(byte[] body) throws BadRequest {
    JsonNode n;
    try {
      n = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new BadRequest("the body is not a JSON object");
    } catch (java.io.IOException e) {
      throw new BadRequest("the body cannot be read");
    }
    if (n == null || !n.isObject()) {
      throw new BadRequest("the body is not a JSON object");
    }
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      JsonNode v = e.getValue();
      if (v.isArray()) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode item : v) {
          sb.append(sb.length() == 0 ? "" : ",").append(item.asText());
        }
        out.put(e.getKey(), sb.toString());
      } else if (!v.isNull()) {
        out.put(e.getKey(), v.asText());
      }
    }
    return out;
  }

  static ParseRequest of(Map<String, String> f) throws BadRequest {
    String text = f.get("text");
    if (text == null) {
      throw new BadRequest("text is required");
    }
    ZoneId zone = VIETNAM;
    if (f.containsKey("tz")) {
      try {
        zone = ZoneId.of(f.get("tz"));
      } catch (DateTimeException e) {
        throw new BadRequest("tz: not a time zone id (such as Asia/Ho_Chi_Minh): "
            + cut(f.get("tz")));
      }
    }
    Optional<LocalDateTime> reference = f.containsKey("reftime")
        ? Optional.of(reference(f.get("reftime"), zone)) : Optional.empty();
    String typeList = f.containsKey("types") ? f.get("types") : f.get("dims");
    Set<MentionType> types = typeList == null ? EnumSet.allOf(MentionType.class)
        : types(typeList);
    Optional<Preference> prefer = Optional.empty();
    if (f.containsKey("prefer")) {
      try {
        prefer = Optional.of(Preference.valueOf(f.get("prefer").strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new BadRequest("prefer: one of nearest, past, future, not " + cut(f.get("prefer")));
      }
    }
    String doc = f.getOrDefault("doc", "text");
    return new ParseRequest(text, reference, types, prefer, doc);
  }

  /** Milliseconds since the epoch (Duckling's form), an ISO date, or an ISO date-time. */
  static LocalDateTime reference(String s, ZoneId zone) throws BadRequest {
    String t = s.strip();
    if (t.length() > 40) {
      throw new BadRequest("reftime: too long to be a reference time: " + cut(s));
    }
    LocalDateTime r;
    try {
      if (!t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
        r = LocalDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(t)), zone);
      } else if (t.length() == 10) {
        r = LocalDate.parse(t).atStartOfDay();
      } else if (t.matches(".*([+-]\\d\\d:?\\d\\d|Z)$")) {
        r = OffsetDateTime.parse(t).atZoneSameInstant(zone).toLocalDateTime();
      } else {
        r = LocalDateTime.parse(t);
      }
    } catch (ArithmeticException | NumberFormatException | DateTimeException e) {
      throw new BadRequest("reftime: not a reference time (milliseconds since 1970, YYYY-MM-DD"
          + " or YYYY-MM-DDTHH:MM[:SS][+07:00]): " + cut(s));
    }
    if (r.getYear() < 1 || r.getYear() > 9999) {
      throw new BadRequest("reftime: the year must be from 1 to 9999: " + cut(s));
    }
    return r;
  }

  private static Set<MentionType> types(String list) throws BadRequest {
    Set<MentionType> out = EnumSet.noneOf(MentionType.class);
    for (String raw : list.split(",")) {
      String t = raw.strip().replace("\"", "").replace("[", "").replace("]", "")
          .toUpperCase(Locale.ROOT);
      if (t.isEmpty()) {
        continue;
      }
      switch (t) {
        case "TIME" -> out.add(MentionType.DATE);
        case "AMOUNT-OF-MONEY" -> out.add(MentionType.MONEY);
        default -> {
          try {
            out.add(MentionType.valueOf(t));
          } catch (IllegalArgumentException e) {
            throw new BadRequest("types: unknown type " + cut(raw.strip())
                + "; known: DATE, MONEY, TITLE, OFFICIAL (Duckling's time, amount-of-money)");
          }
        }
      }
    }
    if (out.isEmpty()) {
      throw new BadRequest("types: give at least one of DATE, MONEY, TITLE, OFFICIAL");
    }
    return out;
  }

  private static String cut(String s) {
    return s.length() > 64 ? s.substring(0, 64) + "…" : s;
  }
}
