package org.vietparse.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VietParseSparkTest {

  @Test
  void defaultsAreTextInJsonLinesOut() {
    assertEquals(JobOptions.of("in", "out"), VietParseSpark.parse("in", "out"));
  }

  @Test
  void everyOptionIsRead() {
    JobOptions o = VietParseSpark.parse("--input", "parquet", "in", "--format", "PARQUET",
        "--detect-dateline", "out", "--overwrite", "--master", "local[2]", "--partitions", "8");
    assertEquals(new JobOptions("in", "out", JobOptions.InputFormat.PARQUET,
        JobOptions.OutputFormat.PARQUET, true, true, 8), o);
  }

  @Test
  void badArgumentsSayWhatWasWrong() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> VietParseSpark.parse("in"))
        .getMessage().contains("INPUT and OUTPUT are required"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> VietParseSpark.parse("in", "out", "--colour")).getMessage()
        .contains("unknown option: --colour"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> VietParseSpark.parse("in", "out", "--format", "csv")).getMessage()
        .contains("--format: not one of [jsonl, parquet]: csv"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> VietParseSpark.parse("in", "out", "--input")).getMessage()
        .contains("--input needs a value"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> VietParseSpark.parse("in", "out", "--partitions", "0")).getMessage()
        .contains("--partitions: not a positive whole number: 0"));
  }

  @Test
  void theReportGivesARealRateHoweverSmallTheRun() {
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    VietParseSpark.report(new MentionJob.Summary(6, 1, 120, 9, 19.25, 12.0, 4.5),
        JobOptions.of("in", "out"), new java.io.PrintStream(buf, true,
            java.nio.charset.StandardCharsets.UTF_8));
    String line = buf.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(line.contains("6 articles (1 failed), 120 mentions, 9 people in 19.3 s"
        + " (0.312 articles/s; mentions 12.0 s at 0.500 articles/s, people 4.5 s) -> out"), line);
    assertEquals("1250", VietParseSpark.rate(1250.4));
    assertEquals("12.3", VietParseSpark.rate(12.34));
    assertEquals("4.57", VietParseSpark.rate(4.567));
  }

  @Test
  void thePeopleTableIsWrittenInAFewFiles() {
    assertEquals(1, MentionJob.peopleFiles(0));
    assertEquals(1, MentionJob.peopleFiles(MentionJob.PEOPLE_PER_FILE));
    assertEquals(2, MentionJob.peopleFiles(MentionJob.PEOPLE_PER_FILE + 1));
  }
}
