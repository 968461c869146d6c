package org.vietparse.examples.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores system mentions against gold mentions, both in the mention format, as the format's
 * "Gold files" section defines it: per document and type, each system mention is matched to the
 * gold mention it overlaps most (one to one, greedy by overlap), then values are compared.
 *
 * <pre>{@code
 * Scorer.Report r = Scorer.score(Scorer.load(goldPath), systemMentions, null);
 * r.types().get("DATE").f1();
 * }</pre>
 */
public final class Scorer {
  /** The scored types, in report order. */
  public static final List<String> TYPES = List.of("DATE", "MONEY", "TITLE", "OFFICIAL");

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Scorer() {}

  /** Per-type figures. */
  public record TypeScore(int gold, int system, int matched, double precision, double recall,
      double f1, double strictF1, double valueAccuracy, double e2eF1) {}

  /** Document-level official names: precision, recall, F1 of the set of names per document. */
  public record NameScore(double precision, double recall, double f1) {}

  /** The whole report, with the first misses, extras and wrong values. */
  public record Report(Map<String, TypeScore> types, NameScore officialNames, List<String> errors) {}

  /**
   * Reads a gold file: JSON Lines in the mention format, strict UTF-8, one mention a line
   * (blank lines skipped). Every record must be a JSON object with a non-empty string
   * {@code doc}, a string {@code type}, whole numbers {@code 0 <= start <= end} and, if present,
   * an object {@code value}; mentions of types the scorer does not know are kept and ignored.
   *
   * @param path the file
   * @return its mentions, in file order
   * @throws IllegalArgumentException "FILE:LINE: what is wrong", for the first line that is
   *     not UTF-8 or not such a record, or "FILE: cannot read: reason"
   */
  public static List<JsonNode> load(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new IllegalArgumentException(path + ": cannot read: " + e.getMessage(), e);
    }
    List<JsonNode> out = new ArrayList<>();
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int n = 0;
    for (int from = 0; from < bytes.length; ) {
      int to = from;
      while (to < bytes.length && bytes[to] != '\n') {
        to++;
      }
      n++;
      String line;
      try {
        line = utf8.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
      } catch (CharacterCodingException e) {
        throw new IllegalArgumentException(path + ":" + n + ": not valid UTF-8"
            + " (the gold file must be UTF-8)", e);
      }
      from = to + 1;
      if (n == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      out.add(record(path, n, line));
    }
    return out;
  }

  /** One gold line, checked: the message says what is wrong in the format's own terms. */
  private static JsonNode record(Path path, int n, String line) {
    JsonNode m;
    try {
      m = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      throw new IllegalArgumentException(path + ":" + n + ": not a JSON object (malformed JSON"
          + (column > 0 ? " near column " + column : "") + ")", e);
    }
    String where = path + ":" + n + ": ";
    if (m == null || !m.isObject()) {
      throw new IllegalArgumentException(where + "not a JSON object, one mention a line");
    }
    if (!m.path("doc").isTextual() || m.path("doc").asText().isEmpty()) {
      throw new IllegalArgumentException(where + "\"doc\" must be a non-empty string");
    }
    if (!m.path("type").isTextual()) {
      throw new IllegalArgumentException(where + "\"type\" must be a string such as \"DATE\"");
    }
    for (String f : List.of("start", "end")) {
      if (!m.path(f).canConvertToInt() || !m.path(f).isIntegralNumber() || m.path(f).asInt() < 0) {
        throw new IllegalArgumentException(where + "\"" + f + "\" must be a whole number >= 0");
      }
    }
    if (m.path("start").asInt() > m.path("end").asInt()) {
      throw new IllegalArgumentException(where + "\"start\" is after \"end\"");
    }
    if (m.has("value") && !m.get("value").isObject() && !m.get("value").isNull()) {
      throw new IllegalArgumentException(where + "\"value\" must be a JSON object");
    }
    return m;
  }

  /** Parses one mention line. */
  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }

  /**
   * Scores {@code system} against {@code gold}.
   *
   * @param docs the documents to score, or null for every document the gold file names
   */
  public static Report score(List<JsonNode> gold, List<JsonNode> system, Set<String> docs) {
    Map<String, List<JsonNode>> g = group(gold, docs);
    Map<String, List<JsonNode>> s = group(system, docs);
    Set<String> goldDocs = new TreeSet<>();
    if (docs != null) {
      goldDocs.addAll(docs);
    } else {
      for (JsonNode m : gold) {
        if (TYPES.contains(m.path("type").asText())) {
          goldDocs.add(m.path("doc").asText());
        }
      }
    }
    Map<String, TypeScore> types = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    for (String t : TYPES) {
      int ng = 0;
      int ns = 0;
      int nm = 0;
      int strict = 0;
      int nval = 0;
      for (String d : goldDocs) {
        List<JsonNode> gm = g.getOrDefault(d + "\t" + t, List.of());
        List<JsonNode> sm = s.getOrDefault(d + "\t" + t, List.of());
        ng += gm.size();
        ns += sm.size();
        List<int[]> pairs = match(gm, sm);
        nm += pairs.size();
        Set<Integer> mg = new HashSet<>();
        Set<Integer> ms = new HashSet<>();
        for (int[] p : pairs) {
          JsonNode a = gm.get(p[0]);
          JsonNode b = sm.get(p[1]);
          mg.add(p[0]);
          ms.add(p[1]);
          if (a.path("start").asInt() == b.path("start").asInt()
              && a.path("end").asInt() == b.path("end").asInt()) {
            strict++;
          }
          if (valueOk(t, a.path("value"), b.path("value"))) {
            nval++;
          } else {
            errors.add("VALUE " + t + " " + d + "@" + a.path("start").asInt() + " gold "
                + a.path("text") + " " + a.path("value") + " | sys " + b.path("text") + " "
                + b.path("value"));
          }
        }
        for (int i = 0; i < gm.size(); i++) {
          if (!mg.contains(i)) {
            errors.add("MISS  " + t + " " + d + "@" + gm.get(i).path("start").asInt() + " "
                + gm.get(i).path("text"));
          }
        }
        for (int j = 0; j < sm.size(); j++) {
          if (!ms.contains(j)) {
            errors.add("EXTRA " + t + " " + d + "@" + sm.get(j).path("start").asInt() + " "
                + sm.get(j).path("text"));
          }
        }
      }
      double p = ns == 0 ? 0 : (double) nm / ns;
      double r = ng == 0 ? 0 : (double) nm / ng;
      double sp = ns == 0 ? 0 : (double) strict / ns;
      double sr = ng == 0 ? 0 : (double) strict / ng;
      double vp = ns == 0 ? 0 : (double) nval / ns;
      double vr = ng == 0 ? 0 : (double) nval / ng;
      types.put(t, new TypeScore(ng, ns, nm, p, r, f1(p, r), f1(sp, sr),
          nm == 0 ? 0 : (double) nval / nm, f1(vp, vr)));
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (String d : goldDocs) {
      Set<String> gn = names(g.getOrDefault(d + "\tOFFICIAL", List.of()));
      Set<String> sn = names(s.getOrDefault(d + "\tOFFICIAL", List.of()));
      for (String n : sn) {
        if (gn.contains(n)) {
          tp++;
        } else {
          fp++;
        }
      }
      for (String n : gn) {
        if (!sn.contains(n)) {
          fn++;
        }
      }
    }
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    return new Report(types, new NameScore(p, r, f1(p, r)), errors);
  }

  private static Map<String, List<JsonNode>> group(List<JsonNode> mentions, Set<String> docs) {
    Map<String, List<JsonNode>> out = new TreeMap<>();
    for (JsonNode m : mentions) {
      String type = m.path("type").asText();
      String doc = m.path("doc").asText();
      if (!TYPES.contains(type) || docs != null && !docs.contains(doc)) {
        continue;
      }
      out.computeIfAbsent(doc + "\t" + type, k -> new ArrayList<>()).add(m);
    }
    return out;
  }

  /** Greedy one-to-one matching by overlap, largest first; ties as the reference scorer breaks them. */
  private static List<int[]> match(List<JsonNode> gold, List<JsonNode> sys) {
    List<int[]> cands = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < sys.size(); j++) {
        int o = Math.min(gold.get(i).path("end").asInt(), sys.get(j).path("end").asInt())
            - Math.max(gold.get(i).path("start").asInt(), sys.get(j).path("start").asInt());
        if (o > 0) {
          cands.add(new int[] {o, i, j});
        }
      }
    }
    cands.sort(Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> c[1])
        .thenComparingInt(c -> c[2]).reversed());
    Set<Integer> ug = new HashSet<>();
    Set<Integer> us = new HashSet<>();
    List<int[]> out = new ArrayList<>();
    for (int[] c : cands) {
      if (ug.contains(c[1]) || us.contains(c[2])) {
        continue;
      }
      ug.add(c[1]);
      us.add(c[2]);
      out.add(new int[] {c[1], c[2]});
    }
    return out;
  }

  static boolean valueOk(String type, JsonNode g, JsonNode s) {
    switch (type) {
      case "DATE":
        if (present(g, "begin")) {
          return Objects.equals(text(g, "begin"), text(s, "begin"))
              && Objects.equals(text(g, "end"), text(s, "end"));
        }
        if (!present(g, "timex")) {
          return !present(s, "timex") || s.path("relative").asBoolean(false);
        }
        return Objects.equals(text(g, "timex"), text(s, "timex"));
      case "MONEY":
        if (!Objects.equals(text(g, "currency"), text(s, "currency"))) {
          return false;
        }
        if (present(g, "min")) {
          return decEq(g, s, "min") && decEq(g, s, "max");
        }
        return decimal(g, "amount") != null && decEq(g, s, "amount");
      case "TITLE":
        return Objects.equals(nfc(text(g, "title")), nfc(text(s, "title")));
      case "OFFICIAL":
        return Objects.equals(nfc(text(g, "name")), nfc(text(s, "name")))
            && sortedNfc(g.path("titles")).equals(sortedNfc(s.path("titles")));
      default:
        return false;
    }
  }

  private static boolean present(JsonNode n, String field) {
    return n.has(field) && !n.get(field).isNull();
  }

  private static String text(JsonNode n, String field) {
    return present(n, field) ? n.get(field).asText() : null;
  }

  private static BigDecimal decimal(JsonNode n, String field) {
    String t = text(n, field);
    try {
      return t == null ? null : new BigDecimal(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean decEq(JsonNode g, JsonNode s, String field) {
    BigDecimal a = decimal(g, field);
    BigDecimal b = decimal(s, field);
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static String nfc(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static List<String> sortedNfc(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(nfc(n.asText())));
    out.sort(null);
    return out;
  }

  private static Set<String> names(List<JsonNode> officials) {
    Set<String> out = new HashSet<>();
    for (JsonNode m : officials) {
      JsonNode v = m.path("value");
      out.add(v.has("name") && !v.get("name").isNull() ? nfc(v.get("name").asText()) : null);
    }
    return out;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
