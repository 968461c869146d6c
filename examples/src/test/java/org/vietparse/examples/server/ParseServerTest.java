package org.vietparse.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vietparse.Extractor;
import org.vietparse.Mention;
import org.vietparse.MentionFormat;
import org.vietparse.MentionType;
import org.vietparse.VietParse;

/** The HTTP API, through java.net.http against a server on a free loopback port. */
class ParseServerTest {
  private static final int MAX_BODY = 64 << 10;
  private static final String TEXT = "Chiều 10/11, Chủ tịch nước Lương Cường tiếp Đại sứ Lào tại"
      + " Việt Nam và công bố gói viện trợ hơn 1,3 tỷ USD.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ParseServer server;
  private static HttpClient client;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    server = ParseServer.start(new InetSocketAddress("127.0.0.1", 0),
        new ParseServer.Options(MAX_BODY, 8, "9.9.9-test"));
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String form(String... kv) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < kv.length; i += 2) {
      parts.add(kv[i] + "=" + URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
    }
    return String.join("&", parts);
  }

  private static HttpResponse<String> post(String path, String contentType, String body)
      throws Exception {
    return client.send(request(path, contentType, body), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(String path, String contentType, String body) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The response the format promises: MentionFormat's lines for the same extraction, in an array. */
  private static String expected(Extractor ex, String text, String doc, MentionType... only) {
    List<MentionType> types = List.of(only);
    return ex.extract(text).mentions().stream()
        .filter(m -> types.isEmpty() || types.contains(m.type()))
        .map(m -> MentionFormat.line(doc, m)).collect(Collectors.joining(",", "[", "]"));
  }

  @Test
  void aFormRequestGetsTheMentionFormat() throws Exception {
    HttpResponse<String> r = post("/parse", "application/x-www-form-urlencoded",
        form("text", TEXT, "reftime", "2024-11-11"));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    Extractor ex = VietParse.extractor().referenceDate(LocalDate.of(2024, 11, 11)).build();
    assertEquals(expected(ex, TEXT, "text"), r.body());
    JsonNode first = JSON.readTree(r.body()).get(0);
    assertEquals("DATE", first.get("type").asText());
    assertEquals("2024-11-10TAF", first.at("/value/timex").asText());
    for (JsonNode m : JSON.readTree(r.body())) {
      assertEquals(TEXT.substring(m.get("start").asInt(), m.get("end").asInt()),
          m.get("text").asText());
    }
  }

  @Test
  void aJsonRequestWithTypesPreferAndDoc() throws Exception {
    HttpResponse<String> r = post("/parse", "application/json; charset=utf-8",
        "{\"text\":" + JSON.writeValueAsString(TEXT) + ",\"types\":[\"money\",\"OFFICIAL\"],"
            + "\"doc\":\"tin-1\",\"prefer\":\"past\"}");
    assertEquals(200, r.statusCode(), r.body());
    Extractor ex = VietParse.extractor().prefer(org.vietparse.date.Preference.PAST).build();
    assertEquals(expected(ex, TEXT, "tin-1", MentionType.MONEY, MentionType.OFFICIAL), r.body());
    assertFalse(r.body().contains("\"DATE\""), r.body());
  }

  @Test
  void ducklingsDimsAndEpochMillisecondsAreRead() throws Exception {
    // 2024-11-11T00:00+07:00
    HttpResponse<String> r = post("/parse", "application/x-www-form-urlencoded",
        form("text", TEXT, "reftime", "1731258000000", "dims", "[\"time\"]", "locale", "vi_VN"));
    assertEquals(200, r.statusCode(), r.body());
    Extractor ex = VietParse.extractor().referenceDate(LocalDate.of(2024, 11, 11)).build();
    assertEquals(expected(ex, TEXT, "text", MentionType.DATE), r.body());
  }

  @Test
  void badFieldsGetA400ThatSaysWhich() throws Exception {
    String[][] cases = {
        {form("text", TEXT, "reftime", "11/11/2024"), "reftime: not a reference time"},
        {form("text", TEXT, "reftime", "2024-13-45"), "reftime: not a reference time"},
        {form("text", TEXT, "types", "DATE,PLACE"), "types: unknown type PLACE"},
        {form("text", TEXT, "prefer", "soonest"), "prefer: one of nearest, past, future"},
        {form("text", TEXT, "tz", "Mars/Olympus"), "tz: not a time zone id"},
        {form("reftime", "2024-11-11"), "text is required"},
    };
    for (String[] c : cases) {
      HttpResponse<String> r = post("/parse", "application/x-www-form-urlencoded", c[0]);
      assertEquals(400, r.statusCode(), c[0]);
      assertTrue(JSON.readTree(r.body()).get("error").asText().startsWith(c[1]), r.body());
    }
    HttpResponse<String> json = post("/parse", "application/json", "{\"text\": ");
    assertEquals(400, json.statusCode());
    assertTrue(json.body().contains("not a JSON object"), json.body());
  }

  @Test
  void anOversizedBodyGets413AndTheServerGoesOn() throws Exception {
    String big = form("text", "a".repeat(MAX_BODY));
    HttpResponse<String> r = post("/parse", "application/x-www-form-urlencoded", big);
    assertEquals(413, r.statusCode());
    assertTrue(r.body().contains("larger than " + MAX_BODY + " bytes"), r.body());
    String justUnder = form("text", "a".repeat(MAX_BODY - 16));
    assertEquals(200, post("/parse", "application/x-www-form-urlencoded", justUnder).statusCode());
  }

  @Test
  void fiftyConcurrentRequestsEachGetTheirOwnAnswer() throws Exception {
    List<String> texts = new ArrayList<>();
    List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String text = "Sáng " + (i % 28 + 1) + "/" + (i % 12 + 1) + ", Bộ trưởng Bộ Tài chính"
          + " Nguyễn Văn Thắng cho biết ngân sách dành " + (i + 2) + " tỷ đồng.";
      texts.add(text);
      futures.add(client.sendAsync(request("/parse", "application/x-www-form-urlencoded",
          form("text", text, "doc", "d" + i)), HttpResponse.BodyHandlers.ofString()));
    }
    Extractor ex = VietParse.extractor().build();
    for (int i = 0; i < 50; i++) {
      HttpResponse<String> r = futures.get(i).join();
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(expected(ex, texts.get(i), "d" + i), r.body(), "request " + i);
    }
  }

  @Test
  void peopleAreListed() throws Exception {
    String text = TEXT + " Ông Cường nhấn mạnh quan hệ hai nước.";
    HttpResponse<String> r = post("/people", "application/x-www-form-urlencoded",
        form("text", text));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode people = JSON.readTree(r.body()).get("people");
    assertEquals(1, people.size(), r.body());
    assertEquals("Lương Cường", people.get(0).get("name").asText());
    assertEquals("Chủ tịch nước", people.get(0).get("titles").get(0).asText());
    assertEquals(VietParse.extract(text).people().get(0).mentionCount(),
        people.get(0).get("mentions").asInt());
  }

  @Test
  void healthThePageAndWrongMethodsOrPaths() throws Exception {
    HttpResponse<String> health = get("/health");
    assertEquals(200, health.statusCode());
    assertEquals("{\"status\":\"ok\",\"version\":\"9.9.9-test\"}", health.body());
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("<textarea id=\"text\""), page.body());
    assertFalse(page.body().matches("(?s).*(src|href)=\"?(https?:)?//.*"),
        "the page loads nothing from elsewhere");
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("")
        .contains("default-src 'none'"));
    HttpResponse<String> getParse = get("/parse");
    assertEquals(405, getParse.statusCode());
    assertEquals("POST", getParse.headers().firstValue("Allow").orElse(""));
    assertEquals(404, get("/nope").statusCode());
  }

  @Test
  void mentionsAreOnlyOfTheTypesAsked() throws Exception {
    HttpResponse<String> r = post("/parse", "application/x-www-form-urlencoded",
        form("text", TEXT, "types", "TITLE"));
    for (JsonNode m : JSON.readTree(r.body())) {
      assertEquals("TITLE", m.get("type").asText());
    }
    assertEquals(VietParse.extract(TEXT).titles().size(), JSON.readTree(r.body()).size());
    for (Mention m : VietParse.extract(TEXT).titles()) {
      assertTrue(r.body().contains(MentionFormat.line("text", m)));
    }
  }
}
