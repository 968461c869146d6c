package org.vietparse.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vietparse eval}: gold files checked line by line, gold documents without text named. */
class EvalCommandTest {
  private static final String GOLD_A = "{\"doc\":\"a\",\"type\":\"DATE\",\"start\":0,\"end\":9,"
      + "\"text\":\"Sáng 5/12\",\"value\":{\"timex\":\"XXXX-12-05TMO\"}}";

  private static Path corpus(Path dir) throws IOException {
    Path c = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(c.resolve("a.txt"), "Sáng 5/12 đoàn lên đường.", StandardCharsets.UTF_8);
    return c;
  }

  private static Cli.Run eval(Path gold, Path corpus) {
    return Cli.run("eval", "--gold", gold.toString(), corpus.toString());
  }

  @Test
  void scoresAMatchingCorpus(@TempDir Path dir) throws IOException {
    Path gold = Files.writeString(dir.resolve("g.jsonl"), GOLD_A + "\n", StandardCharsets.UTF_8);
    Cli.Run r = eval(gold, corpus(dir));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("DATE\\s+1\\s+1\\s+1\\s+1\\.0000.*")),
        r.out());
    assertEquals("", r.err());
  }

  @Test
  void goldDocumentsWithoutTextAreWarnedAboutAndNotScored(@TempDir Path dir) throws IOException {
    Path gold = Files.writeString(dir.resolve("g.jsonl"), GOLD_A + "\n"
        + GOLD_A.replace("\"doc\":\"a\"", "\"doc\":\"missing-1\"") + "\n"
        + GOLD_A.replace("\"doc\":\"a\"", "\"doc\":\"missing-2\"") + "\n", StandardCharsets.UTF_8);
    Path c = corpus(dir);
    Cli.Run r = eval(gold, c);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("vietparse: warning: 2 of 3 gold documents have no text in " + c
        + " and are not scored: missing-1, missing-2"), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("DATE\\s+1\\s+1\\s+1\\s+1\\.0000.*")),
        "only the document with text is scored\n" + r.out());
    Cli.Run quiet = Cli.run("eval", "--quiet", "--gold", gold.toString(), c.toString());
    assertEquals("", quiet.err());
  }

  @Test
  void noGoldDocumentWithTextIsAnError(@TempDir Path dir) throws IOException {
    Path gold = Files.writeString(dir.resolve("g.jsonl"),
        GOLD_A.replace("\"doc\":\"a\"", "\"doc\":\"other\"") + "\n", StandardCharsets.UTF_8);
    Cli.Run r = eval(gold, corpus(dir));
    assertEquals(1, r.code());
    assertTrue(r.err().contains("none of the 1 documents of " + gold + " has a .txt file in"),
        r.err());
  }

  @Test
  void aGoldFileThatIsNotUtf8IsRejectedWithItsLine(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write((GOLD_A + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.write(GOLD_A.replace("Sáng", "S\u00e1ng").getBytes(StandardCharsets.ISO_8859_1));
    Path gold = Files.write(dir.resolve("g.jsonl"), bytes.toByteArray());
    Cli.Run r = eval(gold, corpus(dir));
    assertEquals(1, r.code());
    assertEquals("vietparse: " + gold + ":2: not valid UTF-8 (the gold file must be UTF-8)",
        r.err().strip());
  }

  @Test
  void malformedRecordsAreRejectedWithFileLineAndWhatIsWrong(@TempDir Path dir)
      throws IOException {
    Path c = corpus(dir);
    String[][] cases = {
        {"{\"doc\":\"a\",\"type\":", "not a JSON object (malformed JSON near column"},
        {"[1,2,3]", "not a JSON object, one mention a line"},
        {"{\"doc\":\"a\",\"type\":\"DATE\",\"start\":0,\"end\":9} trailing", "not a JSON object"},
        {"{\"type\":\"DATE\",\"start\":0,\"end\":9}", "\"doc\" must be a non-empty string"},
        {"{\"doc\":\"a\",\"start\":0,\"end\":9}", "\"type\" must be a string"},
        {"{\"doc\":\"a\",\"type\":\"DATE\",\"start\":\"0\",\"end\":9}",
            "\"start\" must be a whole number >= 0"},
        {"{\"doc\":\"a\",\"type\":\"DATE\",\"start\":0,\"end\":-1}",
            "\"end\" must be a whole number >= 0"},
        {"{\"doc\":\"a\",\"type\":\"DATE\",\"start\":9,\"end\":2}", "\"start\" is after \"end\""},
        {"{\"doc\":\"a\",\"type\":\"DATE\",\"start\":0,\"end\":9,\"value\":3}",
            "\"value\" must be a JSON object"},
    };
    for (String[] bad : cases) {
      Path gold = Files.writeString(dir.resolve("g.jsonl"), GOLD_A + "\n\n" + bad[0] + "\n",
          StandardCharsets.UTF_8);
      Cli.Run r = eval(gold, c);
      assertEquals(1, r.code(), bad[0]);
      assertTrue(r.err().startsWith("vietparse: " + gold + ":3: " + bad[1]), r.err());
      assertEquals(1, r.err().lines().count(), r.err());
      assertFalse(r.err().contains("jackson") || r.err().contains("Unexpected"),
          "in our words: " + r.err());
    }
  }
}
