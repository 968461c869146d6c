package org.vietparse.examples.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vietparse.examples.cli.Main;

class ScorerTest {

  private static JsonNode m(String doc, String type, int start, int end, String value) {
    return Scorer.parse("{\"doc\":\"" + doc + "\",\"type\":\"" + type + "\",\"start\":" + start
        + ",\"end\":" + end + ",\"text\":\"x\",\"value\":" + value + "}");
  }

  @Test
  void countsMatchesByOverlapAndValues() {
    List<JsonNode> gold = List.of(
        m("a", "DATE", 0, 10, "{\"timex\":\"XXXX-11-10TAF\"}"),
        m("a", "DATE", 20, 30, "{\"begin\":\"2021\",\"end\":\"2025\"}"),
        m("a", "MONEY", 40, 50, "{\"amount\":\"1300000000\",\"currency\":\"USD\"}"),
        m("a", "OFFICIAL", 60, 80, "{\"name\":\"Tô Lâm\",\"titles\":[\"Tổng Bí thư\",\"Chủ tịch nước\"]}"));
    List<JsonNode> sys = List.of(
        m("a", "DATE", 0, 10, "{\"timex\":\"XXXX-11-10TAF\"}"),
        m("a", "DATE", 22, 30, "{\"begin\":\"2021\",\"end\":\"2024\"}"),
        m("a", "DATE", 90, 95, "{\"timex\":\"2024\"}"),
        m("a", "MONEY", 41, 50, "{\"amount\":\"1.3E+9\",\"currency\":\"USD\"}"),
        m("a", "OFFICIAL", 60, 80, "{\"name\":\"Tô Lâm\",\"titles\":[\"Chủ tịch nước\",\"Tổng Bí thư\"]}"),
        m("b", "OFFICIAL", 0, 5, "{\"name\":\"Not In Gold Docs\",\"titles\":[]}"));
    Scorer.Report r = Scorer.score(gold, sys, null);
    Scorer.TypeScore date = r.types().get("DATE");
    assertEquals(2, date.gold());
    assertEquals(3, date.system());
    assertEquals(2, date.matched());
    assertEquals(2.0 / 3, date.precision(), 1e-9);
    assertEquals(1.0, date.recall(), 1e-9);
    assertEquals(0.5, date.valueAccuracy(), 1e-9);
    assertEquals(0.5, date.strictF1() * 5 / 4, 1e-9);
    assertEquals(1.0, r.types().get("MONEY").valueAccuracy(), 1e-9, "amounts compare as decimals");
    assertEquals(1.0, r.types().get("OFFICIAL").valueAccuracy(), 1e-9, "titles compare as sets");
    assertEquals(1.0, r.officialNames().f1(), 1e-9, "documents without gold are not scored");
    assertTrue(r.errors().contains("EXTRA DATE a@90 \"x\""), r.errors().toString());
  }

  /** Our eval and the reference scorer give the same figures on the real seed articles. */
  @Test
  void agreesWithTheReferenceScorerOnTheSeeds(@TempDir Path tmp) throws Exception {
    Path shared = Path.of("").toAbsolutePath().getParent().resolveSibling("shared");
    Assumptions.assumeTrue(Files.isDirectory(shared.resolve("corpus/seeds")),
        "skipped: ../shared is not beside the project");
    Path gold = shared.resolve("gold/seeds.jsonl");
    Path system = tmp.resolve("system.jsonl");
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      assertEquals(0, Main.run("extract", "--format", "jsonl", shared.resolve("corpus/seeds").toString()));
    } finally {
      System.setOut(saved);
    }
    Files.write(system, buf.toByteArray());
    Process p;
    try {
      p = new ProcessBuilder("python3", shared.resolve("eval/score.py").toString(), gold.toString(),
          system.toString(), "--json").redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      Assumptions.abort("skipped: python3 is not available: " + e.getMessage());
      return;
    }
    String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), json);
    JsonNode ref = new ObjectMapper().readTree(json);
    Scorer.Report ours = Scorer.score(Scorer.load(gold), Scorer.load(system), null);
    for (Map.Entry<String, Scorer.TypeScore> e : ours.types().entrySet()) {
      JsonNode r = ref.get(e.getKey());
      Scorer.TypeScore t = e.getValue();
      assertEquals(r.get("gold").asInt(), t.gold(), e.getKey());
      assertEquals(r.get("system").asInt(), t.system(), e.getKey());
      assertEquals(r.get("matched").asInt(), t.matched(), e.getKey());
      assertEquals(r.get("P").asDouble(), t.precision(), 1e-4, e.getKey());
      assertEquals(r.get("R").asDouble(), t.recall(), 1e-4, e.getKey());
      assertEquals(r.get("F1").asDouble(), t.f1(), 1e-4, e.getKey());
      assertEquals(r.get("strictF1").asDouble(), t.strictF1(), 1e-4, e.getKey());
      assertEquals(r.get("valueAcc").asDouble(), t.valueAccuracy(), 1e-4, e.getKey());
      assertEquals(r.get("e2eF1").asDouble(), t.e2eF1(), 1e-4, e.getKey());
    }
    JsonNode names = ref.get("OFFICIAL_NAMES_PER_DOC");
    assertEquals(names.get("F1").asDouble(), ours.officialNames().f1(), 1e-4);
    assertEquals(names.get("P").asDouble(), ours.officialNames().precision(), 1e-4);
  }
}
