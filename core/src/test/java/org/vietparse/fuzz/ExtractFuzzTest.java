package org.vietparse.fuzz;

import org.vietparse.MentionFormat;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import org.vietparse.Extractor;
import org.vietparse.VietParse;

/**
 * Coverage-guided fuzzing of every entry point. In the normal test run each method replays the
 * committed inputs under {@code src/test/resources/org/vietparse/fuzz/ExtractFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} turns it into a fuzzing session (see docs/robustness.md).
 */
class ExtractFuzzTest {
  private static final Extractor WITH_REFERENCE = VietParse.extractor()
      .referenceDate(java.time.LocalDate.of(2024, 11, 11)).build();

  @FuzzTest(maxDuration = "2h")
  void extract(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Invariants.check(text, VietParse.extract(text));
    Invariants.check(text, WITH_REFERENCE.extract(text));
  }

  @FuzzTest(maxDuration = "2h")
  void parseEach(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    VietParse.parseDate(text);
    VietParse.parseMoney(text).ifPresent(m ->
        Invariants.checkValue(org.vietparse.MentionType.MONEY, MentionFormat.fields(m)));
    VietParse.parseTitle(text);
    VietParse.parseOfficial(text);
    VietParse.parseNumber(text).ifPresent(BigDecimal::signum);
  }
}
