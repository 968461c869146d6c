package org.vietparse.internal.compiled;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vietparse.internal.Tsv;

/**
 * The bundled lexicons compiled at build time into one resource, {@value #RESOURCE}, which the
 * first {@code Extractor} build reads instead of finding, reading and splitting each TSV file and
 * normalizing and tokenizing each phrase (most of a first build's time). It holds three things,
 * each what the building code would compute from the TSVs:
 * <ul>
 *   <li>every lexicon TSV resource the lexicons read, as {@link Tsv} tables;
 *   <li>every phrase they tokenize, as {@link PhraseWords};
 *   <li>named lists of strings computed from ICU4J's data (the currency names), whose version
 *       the build pins.
 * </ul>
 * The TSV files stay the source of truth: {@link Generator} runs at build time (Maven's
 * {@code process-classes} phase) and records what building every lexicon from them reads, through
 * the same code. A table, phrase or list the resource lacks is computed as before, so a user's
 * entries, classes compiled without the generator (an IDE) and a missing or unreadable resource
 * all fall back to the TSVs; so does {@code -Dvietparse.lexicons=tsv}.
 *
 * <p>The format: UTF-8 strings, each stored once, then tables, phrases and lists referring to
 * them by index, every number an unsigned variable-length integer; entries in sorted order, so
 * that two builds of one commit give the same bytes.
 */
public final class CompiledLexicons {
  /** Where the compiled lexicons are, on the class path. */
  public static final String RESOURCE = "/org/vietparse/internal/compiled/lexicons.bin";
  /** The system property that, set to {@code tsv}, makes the lexicons read the TSV files. */
  public static final String PROPERTY = "vietparse.lexicons";
  private static final byte[] MAGIC = "vietparse-lexicons-1\n".getBytes(StandardCharsets.US_ASCII);
  private static final Logger LOG = LoggerFactory.getLogger("org.vietparse.lexicon");

  private final Map<String, Tsv> tables;
  private final Map<String, PhraseWords> phrases;
  private final Map<String, List<String>> lists;

  private CompiledLexicons(Map<String, Tsv> tables, Map<String, PhraseWords> phrases,
      Map<String, List<String>> lists) {
    this.tables = tables;
    this.phrases = phrases;
    this.lists = lists;
  }

  /** While the generator runs: what the lexicons read, sorted; null otherwise. */
  private static volatile @Nullable CompiledLexicons recording;

  private static final class Bundled {
    static final @Nullable CompiledLexicons INSTANCE = load();
  }

  private static @Nullable CompiledLexicons load() {
    if ("tsv".equals(System.getProperty(PROPERTY))) {
      LOG.debug("{}=tsv: lexicons read from their TSV files", PROPERTY);
      return null;
    }
    try (InputStream in = CompiledLexicons.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        LOG.debug("no compiled lexicons ({}): lexicons read from their TSV files", RESOURCE);
        return null;
      }
      CompiledLexicons c = read(in.readAllBytes());
      LOG.debug("compiled lexicons read: {} tables, {} phrases", c.tables.size(),
          c.phrases.size());
      return c;
    } catch (IOException | RuntimeException e) {
      LOG.warn("compiled lexicons {} unreadable, lexicons read from their TSV files: {}",
          RESOURCE, e.toString());
      return null;
    }
  }

  /**
   * The compiled lexicons of the class path, or null: none there, or the generator is running.
   *
   * @return the bundled compiled lexicons
   */
  public static @Nullable CompiledLexicons bundled() {
    return recording != null ? null : Bundled.INSTANCE;
  }

  /**
   * The compiled table of a TSV resource, or null when it must be read from the file.
   *
   * @param resource the resource's absolute path
   * @return the table, or null
   */
  public static @Nullable Tsv table(String resource) {
    CompiledLexicons c = bundled();
    return c == null ? null : c.tables.get(resource);
  }

  /**
   * Tells the generator, when it runs, that a TSV resource was read from its file.
   *
   * @param resource the resource's absolute path
   * @param table what was read
   */
  public static void parsed(String resource, Tsv table) {
    CompiledLexicons r = recording;
    if (r != null) {
      synchronized (r) {
        r.tables.put(resource, table);
      }
    }
  }

  static PhraseWords phrase(String phrase) {
    CompiledLexicons c = bundled();
    PhraseWords w = c == null ? null : c.phrases.get(phrase);
    if (w != null) {
      return w;
    }
    w = PhraseWords.tokenize(phrase);
    CompiledLexicons r = recording;
    if (r != null) {
      synchronized (r) {
        r.phrases.put(phrase, w);
      }
    }
    return w;
  }

  /**
   * A list of strings computed at build time, or now when the compiled lexicons lack it.
   *
   * @param key the list's name
   * @param compute how to compute it; must give the same list in every run of one build
   * @return the list
   */
  public static List<String> list(String key, Supplier<List<String>> compute) {
    CompiledLexicons c = bundled();
    List<String> l = c == null ? null : c.lists.get(key);
    if (l != null) {
      return l;
    }
    l = ImmutableList.copyOf(compute.get());
    CompiledLexicons r = recording;
    if (r != null) {
      synchronized (r) {
        r.lists.put(key, l);
      }
    }
    return l;
  }

  /** The compiled tables, by resource. */
  Map<String, Tsv> tables() {
    return tables;
  }

  /** The compiled phrases. */
  Map<String, PhraseWords> phrases() {
    return phrases;
  }

  /** The compiled lists, by name. */
  Map<String, List<String>> lists() {
    return lists;
  }

  /** From now on, records what the lexicons read; for the generator, before any is built. */
  static void startRecording() {
    recording = new CompiledLexicons(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
  }

  /** What was recorded since {@link #startRecording()}, in the compiled format. */
  static byte[] recorded() {
    CompiledLexicons r = recording;
    if (r == null) {
      throw new IllegalStateException("not recording");
    }
    synchronized (r) {
      return r.write();
    }
  }

  /** The compiled form; maps are iterated in their (sorted) order. */
  private byte[] write() {
    Map<String, Integer> ids = new LinkedHashMap<>();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    varint(body, tables.size());
    tables.forEach((resource, t) -> {
      varint(body, id(ids, resource));
      strings(body, ids, t.header());
      varint(body, t.rows().size());
      for (List<String> row : t.rows()) {
        strings(body, ids, row);
      }
    });
    varint(body, phrases.size());
    phrases.forEach((phrase, w) -> {
      varint(body, id(ids, phrase));
      varint(body, id(ids, w.foldedText()));
      varint(body, w.size());
      for (int k = 0; k < w.size(); k++) {
        varint(body, id(ids, w.lower(k)));
        varint(body, id(ids, w.folded(k)));
        varint(body, w.flags()[k]);
      }
    });
    varint(body, lists.size());
    lists.forEach((key, l) -> {
      varint(body, id(ids, key));
      strings(body, ids, l);
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(MAGIC);
    varint(out, ids.size());
    StringBuilder all = new StringBuilder();
    for (String s : ids.keySet()) {
      varint(out, s.length());
      all.append(s);
    }
    byte[] utf8 = all.toString().getBytes(StandardCharsets.UTF_8);
    varint(out, utf8.length);
    out.writeBytes(utf8);
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  private static int id(Map<String, Integer> ids, String s) {
    Integer i = ids.get(s);
    if (i == null) {
      i = ids.size();
      ids.put(s, i);
    }
    return i;
  }

  private static void strings(ByteArrayOutputStream out, Map<String, Integer> ids,
      List<String> l) {
    varint(out, l.size());
    for (String s : l) {
      varint(out, id(ids, s));
    }
  }

  private static void varint(ByteArrayOutputStream out, int v) {
    if (v < 0) {
      throw new IllegalArgumentException("negative: " + v);
    }
    while (v >= 0x80) {
      out.write(v & 0x7F | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }

  /**
   * Reads the compiled form.
   *
   * @param b its bytes
   * @return the compiled lexicons
   * @throws IllegalArgumentException if the bytes are not of this version's format
   */
  static CompiledLexicons read(byte[] b) {
    for (int i = 0; i < MAGIC.length; i++) {
      if (i >= b.length || b[i] != MAGIC[i]) {
        throw new IllegalArgumentException("not compiled lexicons of this version");
      }
    }
    Reader r = new Reader(b, MAGIC.length);
    int n = r.next();
    int[] lengths = new int[n];
    for (int i = 0; i < n; i++) {
      lengths[i] = r.next();
    }
    int bytes = r.next();
    // one decoding for every string, then cuts: the cheapest way to many small strings
    String all = new String(b, r.at, bytes, StandardCharsets.UTF_8);
    r.at += bytes;
    String[] s = new String[n];
    for (int i = 0, at = 0; i < n; i++) {
      s[i] = all.substring(at, at + lengths[i]);
      at += lengths[i];
    }
    int tableCount = r.next();
    Map<String, Tsv> tables = new HashMap<>(tableCount * 2);
    for (int t = 0; t < tableCount; t++) {
      String resource = s[r.next()];
      ImmutableList<String> header = r.strings(s);
      int rowCount = r.next();
      ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builderWithExpectedSize(
          rowCount);
      for (int k = 0; k < rowCount; k++) {
        rows.add(r.strings(s));
      }
      tables.put(resource, Tsv.of(header, rows.build()));
    }
    int phraseCount = r.next();
    Map<String, PhraseWords> phrases = new HashMap<>(phraseCount * 2);
    for (int p = 0; p < phraseCount; p++) {
      String phrase = s[r.next()];
      phrases.put(phrase, r.phrase(s));
    }
    int listCount = r.next();
    Map<String, List<String>> lists = new HashMap<>();
    for (int l = 0; l < listCount; l++) {
      String key = s[r.next()];
      lists.put(key, r.strings(s));
    }
    if (r.at != b.length) {
      throw new IllegalArgumentException("compiled lexicons: " + (b.length - r.at)
          + " bytes after the end");
    }
    return new CompiledLexicons(tables, phrases, lists);
  }

  /** Unsigned variable-length integers from a byte array: plain array reads, no stream calls. */
  private static final class Reader {
    private final byte[] b;
    int at;

    Reader(byte[] b, int at) {
      this.b = b;
      this.at = at;
    }

    int next() {
      int v = 0;
      for (int shift = 0; ; shift += 7) {
        int x = b[at++];
        v |= (x & 0x7F) << shift;
        if (x >= 0) {
          return v;
        }
      }
    }

    // one small method per entry, not one long loop: the JIT compiles a method called
    // thousands of times long before it would replace a running loop

    PhraseWords phrase(String[] s) {
      String foldedText = s[next()];
      int size = next();
      String[] lower = new String[size];
      String[] folded = new String[size];
      byte[] flags = new byte[size];
      for (int k = 0; k < size; k++) {
        lower[k] = s[next()];
        folded[k] = s[next()];
        flags[k] = (byte) next();
      }
      return new PhraseWords(lower, folded, flags, foldedText);
    }

    ImmutableList<String> strings(String[] s) {
      int n = next();
      String[] out = new String[n];
      for (int i = 0; i < n; i++) {
        out[i] = s[next()];
      }
      return ImmutableList.copyOf(out);
    }
  }

  /**
   * Whether this holds the same tables, phrases and lists as another.
   *
   * @param o another
   * @return whether equal
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CompiledLexicons c) || !phrases.equals(c.phrases)
        || !lists.equals(c.lists) || !tables.keySet().equals(c.tables.keySet())) {
      return false;
    }
    for (Map.Entry<String, Tsv> e : tables.entrySet()) {
      Tsv t = c.tables.get(e.getKey());
      if (!t.header().equals(e.getValue().header()) || !t.rows().equals(e.getValue().rows())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return phrases.hashCode() * 31 + tables.keySet().hashCode();
  }
}
