package org.vietparse.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vietparse.Extraction;
import org.vietparse.Mention;
import org.vietparse.MentionFormat;
import org.vietparse.VietParse;

/**
 * The command line's file reading, fuzzed: any bytes on disk are either read as strict UTF-8 and
 * extracted with valid offsets, or refused with a one-line reason, never a stack trace. Replays
 * {@code src/test/resources/org/vietparse/examples/cli/ReadFuzzTestInputs/} in every run.
 */
class ReadFuzzTest {

  @FuzzTest(maxDuration = "2h")
  void readAndExtract(byte[] bytes) throws Exception {
    Path f = Files.createTempFile("vietparse-fuzz", ".txt");
    try {
      Files.write(f, bytes);
      String text;
      try {
        text = Documents.read(f, Documents.DEFAULT_MAX_BYTES);
      } catch (Documents.Unreadable e) {
        assertTrue(!e.getMessage().isBlank() && e.getMessage().indexOf('\n') < 0, e.getMessage());
        return;
      }
      Extraction x = VietParse.extract(text);
      for (Mention m : x.mentions()) {
        assertEquals(text.substring(m.span().start(), m.span().end()), m.text());
        assertTrue(MentionFormat.line("d", m).indexOf('\n') < 0, "one JSON object a line");
      }
    } finally {
      Files.deleteIfExists(f);
    }
  }
}
