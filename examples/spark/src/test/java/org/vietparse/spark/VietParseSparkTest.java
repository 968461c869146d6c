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
}
