package org.vietparse.internal.compiled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vietparse.internal.Tsv;

/**
 * The compiled lexicons cannot drift from the TSV files: the resource the build wrote is, byte for
 * byte, what compiling the TSVs now gives; what the runtime reads from it equals what reading and
 * tokenizing the TSVs gives; and an extractor built from the TSVs alone finds the same.
 */
class CompiledLexiconsTest {

  private static byte[] bundledBytes() {
    try (InputStream in = CompiledLexicons.class.getResourceAsStream(CompiledLexicons.RESOURCE)) {
      assertNotNull(in, "the build compiles the lexicons before the tests run");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A class loader of its own for the library: its lexicons are built afresh there. */
  private static URLClassLoader freshLoader() {
    // no logger is bound in that loader: SLF4J's notice of it is no news here
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    try {
      URL[] urls = Stream.of(CompiledLexicons.class, ImmutableList.class,
              com.ibm.icu.util.ULocale.class, org.slf4j.LoggerFactory.class)
          .map(c -> c.getProtectionDomain().getCodeSource().getLocation()).toArray(URL[]::new);
      return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    } catch (RuntimeException e) {
      throw new AssertionError("cannot make a class loader", e);
    }
  }

  @Test
  void theResourceIsWhatCompilingTheTsvsGivesNow() throws Exception {
    try (URLClassLoader l = freshLoader()) {
      Class<?> g = l.loadClass(Generator.class.getName());
      assertNotSame(Generator.class, g);
      byte[] fresh = (byte[]) g.getMethod("generate").invoke(null);
      assertArrayEquals(fresh, bundledBytes(),
          "lexicons.bin is stale: rebuild with mvn (process-classes runs the generator)");
    }
  }

  @Test
  void whatIsReadEqualsWhatTheTsvsAndTheTokenizerGive() {
    CompiledLexicons c = CompiledLexicons.read(bundledBytes());
    assertFalse(c.tables().isEmpty());
    for (Map.Entry<String, Tsv> e : c.tables().entrySet()) {
      Tsv parsed = Tsv.parse(e.getKey());
      assertEquals(parsed.header(), e.getValue().header(), e.getKey());
      assertEquals(parsed.rows(), e.getValue().rows(), e.getKey());
    }
    assertTrue(c.phrases().size() > 1000, "phrases: " + c.phrases().size());
    c.phrases().forEach((phrase, words) ->
        assertEquals(PhraseWords.tokenize(phrase), words, phrase));
    // the ICU lists are compared with ICU where they are computed (CompiledCurrencyNamesTest)
    assertEquals(c, CompiledLexicons.read(bundledBytes()));
  }

  @Test
  void everyBundledLexiconIsCompiled() throws IOException, URISyntaxException {
    Path classes = Path.of(CompiledLexicons.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    TreeSet<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.walk(classes.resolve("org/vietparse"))) {
      s.filter(p -> p.toString().endsWith(".tsv"))
          .forEach(p -> files.add("/" + classes.relativize(p).toString().replace('\\', '/')));
    }
    assertFalse(files.isEmpty());
    assertEquals(files, new TreeSet<>(CompiledLexicons.read(bundledBytes()).tables().keySet()));
  }

  @Test
  void theRuntimeReadsTheCompiledTables() {
    CompiledLexicons c = CompiledLexicons.bundled();
    assertNotNull(c);
    String resource = "/org/vietparse/money/currencies.tsv";
    assertSame(c.tables().get(resource), Tsv.load(resource));
    assertSame(c.phrases().get("Bộ Tài chính"), PhraseWords.of("Bộ Tài chính"));
  }

  @Test
  void aPhraseNotCompiledIsTokenizedNow() {
    String phrase = "Sở Khoa học và Công nghệ tỉnh Lâm Viên mới";
    PhraseWords w = PhraseWords.of(phrase);
    assertEquals(PhraseWords.tokenize(phrase), w);
    assertEquals(10, w.size());
    assertEquals("sở", w.lower(0));
    assertEquals("so", w.folded(0));
    assertTrue(w.isCapitalized(0));
    assertFalse(w.isCapitalized(9));
    assertEquals("so khoa hoc va cong nghe tinh lam vien moi", w.foldedText());
  }

  @Test
  void abbreviationsAndSignsKeepTheirFacts() {
    PhraseWords w = PhraseWords.tokenize("UBND TP. Hà Nội");
    assertTrue(w.isAllCaps(0));
    assertTrue(w.isAllCaps(1));
    assertFalse(w.isWord(2));
    assertFalse(w.isAllCaps(3));
    PhraseWords sign = PhraseWords.tokenize("US$");
    assertFalse(sign.isAllCaps(sign.size() - 1));
  }

  @Test
  void bytesOfAnotherFormatAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> CompiledLexicons.read("vietparse-lexicons-0\n".getBytes()));
    byte[] b = bundledBytes();
    byte[] longer = java.util.Arrays.copyOf(b, b.length + 1);
    assertThrows(IllegalArgumentException.class, () -> CompiledLexicons.read(longer));
  }

  @Test
  void anExtractorBuiltFromTheTsvsAloneFindsTheSame() throws Exception {
    String text = "Sáng 3/10/2025, Phó Thủ tướng Trần Văn An đề nghị Bộ Tài chính bố trí "
        + "hơn 1,5 tỷ đồng và 20.000 USD trước ngày 15 tháng 11 năm sau.";
    String compiled = extractIn(null, text);
    String fromTsv = extractIn("tsv", text);
    assertEquals(compiled, fromTsv);
    assertTrue(compiled.contains("MONEY") && compiled.contains("DATE"), compiled);
  }

  /** The mentions of an extractor built in a fresh class loader, as the JSON lines format. */
  private static String extractIn(String property, String text) throws Exception {
    String before = System.getProperty(CompiledLexicons.PROPERTY);
    if (property != null) {
      System.setProperty(CompiledLexicons.PROPERTY, property);
    }
    try (URLClassLoader l = freshLoader()) {
      Class<?> vp = l.loadClass("org.vietparse.VietParse");
      Object builder = vp.getMethod("extractor").invoke(null);
      Object ex = builder.getClass().getMethod("build").invoke(builder);
      Object x = ex.getClass().getMethod("extract", String.class).invoke(ex, text);
      Object compiledThere = l.loadClass(CompiledLexicons.class.getName())
          .getMethod("bundled").invoke(null);
      assertEquals(property == null, compiledThere != null);
      List<?> mentions = (List<?>) x.getClass().getMethod("mentions").invoke(x);
      assertFalse(mentions.isEmpty());
      return mentions.toString();
    } finally {
      if (before == null) {
        System.clearProperty(CompiledLexicons.PROPERTY);
      } else {
        System.setProperty(CompiledLexicons.PROPERTY, before);
      }
    }
  }
}
