package org.vietparse.examples.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.vietparse.Extraction;
import org.vietparse.Extractor;
import org.vietparse.Mention;
import org.vietparse.MentionFormat;
import org.vietparse.Span;
import org.vietparse.VietParse;
import org.vietparse.official.Person;

/**
 * {@code vietparse serve}: an HTTP JSON API over one shared {@link Extractor}, on the JDK's own
 * server ({@code com.sun.net.httpserver}), and a page to try it.
 *
 * <ul>
 *   <li>{@code POST /parse}: the mentions of {@code text} as a JSON array of objects in the
 *       mention format, each written by {@link MentionFormat#line}; see {@link ParseRequest};</li>
 *   <li>{@code POST /people}: the persons of {@code text};</li>
 *   <li>{@code GET /health}: {@code {"status":"ok","version":…}};</li>
 *   <li>{@code GET /}: the page (one self-contained HTML file).</li>
 * </ul>
 * A body larger than the limit gets 413; a bad field 400 with {@code {"error": "…"}}.
 *
 * <pre>{@code
 * try (ParseServer s = ParseServer.start(new InetSocketAddress("127.0.0.1", 0), ParseServer.Options.defaults())) {
 *   System.out.println("http://127.0.0.1:" + s.port() + "/");
 * }
 * }</pre>
 */
public final class ParseServer implements AutoCloseable {
  /** The default largest request body: 1 MiB, hundreds of articles' worth of text. */
  public static final int DEFAULT_MAX_BODY = 1 << 20;
  /** Past this many bytes beyond the limit, a body is not read to its end: the connection closes. */
  private static final long DRAIN_LIMIT = 16L << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * How the server runs.
   *
   * @param maxBody the largest request body in bytes
   * @param threads request threads
   * @param version the version {@code /health} reports
   */
  public record Options(int maxBody, int threads, String version) {
    /** 1 MiB bodies, twice as many threads as cores (at least four). */
    public static Options defaults() {
      return new Options(DEFAULT_MAX_BODY,
          Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), "unknown");
    }
  }

  private final HttpServer http;
  private final ExecutorService pool;
  private final Extractor shared;
  private final Options options;
  private final byte[] page;

  private ParseServer(HttpServer http, ExecutorService pool, Options options) {
    this.http = http;
    this.pool = pool;
    this.options = options;
    this.shared = VietParse.extractor().build();
    this.page = resource("index.html");
  }

  /**
   * Starts a server on {@code address} (port 0: a free port).
   *
   * @param address where to listen
   * @param options limits and threads
   * @return the running server
   * @throws IOException if the address cannot be bound
   */
  public static ParseServer start(InetSocketAddress address, Options options) throws IOException {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(options, "options");
    HttpServer http = HttpServer.create(address, 128);
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), r -> {
      Thread t = new Thread(r, "vietparse-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    ParseServer s = new ParseServer(http, pool, options);
    http.createContext("/", s::handle);
    http.setExecutor(pool);
    http.start();
    return s;
  }

  /**
   * The port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return http.getAddress().getPort();
  }

  /** Stops accepting requests and ends the request threads. */
  @Override
  public void close() {
    http.stop(0);
    pool.shutdownNow();
    try {
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      String path = x.getRequestURI().getPath();
      String method = x.getRequestMethod().toUpperCase(Locale.ROOT);
      switch (path) {
        case "/" -> {
          if (allow(x, method, "GET")) {
            x.getResponseHeaders().set("Content-Security-Policy", "default-src 'none';"
                + " connect-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'");
            send(x, 200, "text/html; charset=utf-8", page);
          }
        }
        case "/health" -> {
          if (allow(x, method, "GET")) {
            ObjectNode o = JSON.createObjectNode().put("status", "ok")
                .put("version", options.version());
            sendJson(x, 200, JSON.writeValueAsString(o));
          }
        }
        case "/parse", "/people" -> {
          if (allow(x, method, "POST")) {
            api(x, path.equals("/parse"));
          }
        }
        default -> error(x, 404, "no such path: " + path + " (POST /parse, POST /people,"
            + " GET /health, GET /)");
      }
    } catch (IOException e) {
      // the client went away mid-answer: nothing to tell it
    } catch (RuntimeException e) {
      try {
        error(x, 500, "internal error: " + e);
      } catch (IOException | RuntimeException ignored) {
        // headers were already sent
      }
    }
  }

  private static boolean allow(HttpExchange x, String method, String allowed) throws IOException {
    if (method.equals(allowed)) {
      return true;
    }
    x.getResponseHeaders().set("Allow", allowed);
    error(x, 405, x.getRequestURI().getPath() + " takes " + allowed + ", not " + method);
    return false;
  }

  private void api(HttpExchange x, boolean mentions) throws IOException {
    byte[] body = body(x);
    if (body == null) {
      return;
    }
    ParseRequest r;
    try {
      r = ParseRequest.parse(x.getRequestHeaders().getFirst("Content-Type"), body);
    } catch (ParseRequest.BadRequest e) {
      error(x, 400, e.getMessage());
      return;
    }
    Extractor ex = extractor(r);
    Extraction found = ex.extract(r.text());
    sendJson(x, 200, mentions ? mentionsJson(r, found) : peopleJson(found));
  }

  /**
   * The shared extractor, or for a request with a reference time or preference one of its own:
   * an Extractor is built over the lexicons compiled once per JVM, which costs microseconds.
   */
  private Extractor extractor(ParseRequest r) {
    if (r.reference().isEmpty() && r.prefer().isEmpty()) {
      return shared;
    }
    Extractor.Builder b = VietParse.extractor();
    r.reference().ifPresent(b::referenceDateTime);
    r.prefer().ifPresent(b::prefer);
    return b.build();
  }

  /** The array of mention-format objects of the requested types. */
  private static String mentionsJson(ParseRequest r, Extraction found) {
    StringBuilder sb = new StringBuilder().append('[');
    for (Mention m : found.mentions()) {
      if (r.types().contains(m.type())) {
        if (sb.length() > 1) {
          sb.append(',');
        }
        sb.append(MentionFormat.line(r.doc(), m));
      }
    }
    return sb.append(']').toString();
  }

  private static String peopleJson(Extraction found) throws IOException {
    ArrayNode people = JSON.createArrayNode();
    for (Person p : found.people()) {
      ObjectNode o = people.addObject();
      o.put("name", p.name());
      ArrayNode titles = o.putArray("titles");
      p.titleNames().forEach(titles::add);
      o.put("mentions", p.mentionCount());
      ArrayNode spans = o.putArray("spans");
      for (Span s : p.spans()) {
        spans.addArray().add(s.start()).add(s.end());
      }
      ArrayNode variants = o.putArray("variants");
      p.spellingVariants().forEach(variants::add);
    }
    ObjectNode root = JSON.createObjectNode();
    root.set("people", people);
    return JSON.writeValueAsString(root);
  }

  /** The body within the limit, or null once a 413 has been sent. */
  private byte[] body(HttpExchange x) throws IOException {
    int max = options.maxBody();
    String length = x.getRequestHeaders().getFirst("Content-Length");
    long declared = -1;
    if (length != null) {
      try {
        declared = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        error(x, 400, "Content-Length is not a number");
        return null;
      }
    }
    InputStream in = x.getRequestBody();
    byte[] bytes = declared > max ? null : in.readNBytes(max + 1);
    if (bytes != null && bytes.length <= max) {
      return bytes;
    }
    // read what the client is sending anyway (up to a point), so that it sees the answer
    long left = declared > 0 ? declared - (bytes == null ? 0 : bytes.length) : DRAIN_LIMIT;
    if (left <= DRAIN_LIMIT) {
      byte[] buf = new byte[1 << 16];
      long drained = 0;
      for (int n = in.read(buf); n >= 0 && drained <= DRAIN_LIMIT; n = in.read(buf)) {
        drained += n;
      }
    } else {
      x.getResponseHeaders().set("Connection", "close");
    }
    error(x, 413, "the request body is larger than " + max + " bytes (" + (max >> 10)
        + " KiB); send less text per request, or start the server with a larger"
        + " --max-request-size");
    return null;
  }

  private static void error(HttpExchange x, int status, String message) throws IOException {
    ObjectNode o = JSON.createObjectNode().put("error", message).put("status", status);
    sendJson(x, status, JSON.writeValueAsString(o));
  }

  private static void sendJson(HttpExchange x, int status, String json) throws IOException {
    send(x, status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange x, int status, String type, byte[] body)
      throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    x.getResponseHeaders().set("Cache-Control", "no-store");
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = ParseServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
