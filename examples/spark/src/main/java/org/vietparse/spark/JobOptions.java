package org.vietparse.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * What one run of {@link MentionJob} reads and writes. Immutable.
 *
 * @param input a folder of {@code .txt} files (read recursively), or JSON Lines or Parquet with
 *     {@code id} and {@code text} columns; any path Spark can read
 * @param output the folder the job creates, with {@code mentions/}, {@code people/} and
 *     {@code errors/} inside
 * @param inputFormat how to read {@code input}
 * @param outputFormat how to write {@code mentions/} and {@code people/}
 * @param detectDateline as {@code vietparse extract --detect-dateline}: each article's dateline
 *     is the reference date of its relative and partial dates
 * @param overwrite replace {@code output} if it exists (by default the job refuses)
 * @param partitions at most this many partitions of articles, 0 for four per core of the
 *     cluster (Spark's default parallelism); see {@code docs/spark.md}
 */
public record JobOptions(String input, String output, InputFormat inputFormat,
    OutputFormat outputFormat, boolean detectDateline, boolean overwrite, int partitions)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The input layouts the job reads. */
  public enum InputFormat {
    /** A folder of UTF-8 {@code .txt} files; an article's id is its file name less extension. */
    TEXT,
    /** JSON Lines with {@code id} and {@code text} fields. */
    JSONL,
    /** Parquet with {@code id} and {@code text} columns. */
    PARQUET
  }

  /** The output layouts the job writes. */
  public enum OutputFormat {
    /** JSON Lines: the mentions exactly as {@code vietparse extract --format jsonl} prints them. */
    JSONL,
    /** Parquet: the same fields as columns, {@code value} as JSON text. */
    PARQUET
  }

  /** Checks the options. */
  public JobOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(inputFormat, "inputFormat");
    Objects.requireNonNull(outputFormat, "outputFormat");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be 0 (default) or more: " + partitions);
    }
  }

  /**
   * Text files in, JSON Lines out, no dateline detection, no overwriting: what
   * {@code vietparse extract --format jsonl INPUT} does on one machine.
   *
   * @param input the folder of {@code .txt} files
   * @param output the folder to create
   * @return the options
   */
  public static JobOptions of(String input, String output) {
    return new JobOptions(input, output, InputFormat.TEXT, OutputFormat.JSONL, false, false, 0);
  }

  /** A copy reading {@code format}. */
  public JobOptions withInputFormat(InputFormat format) {
    return new JobOptions(input, output,
        format, outputFormat, detectDateline, overwrite, partitions);
  }

  /** A copy writing {@code format}. */
  public JobOptions withOutputFormat(OutputFormat format) {
    return new JobOptions(input, output,
        inputFormat, format, detectDateline, overwrite, partitions);
  }

  /** A copy with dateline detection on or off. */
  public JobOptions withDetectDateline(boolean detect) {
    return new JobOptions(input, output, inputFormat, outputFormat, detect, overwrite, partitions);
  }

  /** A copy writing to another folder. */
  public JobOptions withOutput(String folder) {
    return new JobOptions(input, folder,
        inputFormat, outputFormat, detectDateline, overwrite, partitions);
  }

  /** A copy with at most {@code n} partitions of articles (0: four per core). */
  public JobOptions withPartitions(int n) {
    return new JobOptions(input, output, inputFormat, outputFormat, detectDateline, overwrite, n);
  }

  /** A copy that replaces an existing output folder, or not. */
  public JobOptions withOverwrite(boolean replace) {
    return new JobOptions(input, output,
        inputFormat, outputFormat, detectDateline, replace, partitions);
  }
}
