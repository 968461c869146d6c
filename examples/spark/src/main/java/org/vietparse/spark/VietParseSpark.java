package org.vietparse.spark;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The job's command line:
 *
 * <pre>
 * spark-submit --class org.vietparse.spark.VietParseSpark vietparse-spark.jar INPUT OUTPUT
 *     [--input text|jsonl|parquet] [--format jsonl|parquet] [--detect-dateline] [--overwrite]
 *     [--partitions N] [--master URL]
 * </pre>
 *
 * <p>{@code --master} is for runs without spark-submit ({@code java -cp …}); under spark-submit
 * its own {@code --master} applies. See {@code docs/spark.md}.
 */
public final class VietParseSpark {
  private VietParseSpark() {}

  static final String USAGE = "usage: VietParseSpark INPUT OUTPUT [--input text|jsonl|parquet]"
      + " [--format jsonl|parquet] [--detect-dateline] [--overwrite] [--partitions N]"
      + " [--master URL]";

  public static void main(String[] args) {
    JobOptions o;
    String master;
    try {
      o = parse(args);
      master = option(args, "--master");
    } catch (IllegalArgumentException e) {
      System.err.println("vietparse-spark: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    SparkSession.Builder b = SparkSession.builder().appName("vietparse");
    if (master != null) {
      b.master(master);
    }
    SparkSession spark = b.getOrCreate();
    try {
      MentionJob.Summary s = MentionJob.run(spark, o);
      report(s, o, System.err);
    } finally {
      spark.stop();
    }
  }

  static void report(MentionJob.Summary s, JobOptions o, PrintStream err) {
    err.println(String.format(Locale.ROOT,
        "vietparse-spark: %d articles (%d failed), %d mentions, %d people in %.1f s"
            + " (%s articles/s; mentions %.1f s at %s articles/s, people %.1f s) -> %s",
        s.articles(), s.failed(), s.mentions(), s.people(), s.seconds(),
        rate(s.articlesPerSecond()), s.mentionSeconds(), rate(s.mentionArticlesPerSecond()),
        s.peopleSeconds(), o.output()));
  }

  /** A rate with three significant digits where it is small: 0.312, 4.57, 12.3, 1250. */
  static String rate(double perSecond) {
    if (perSecond >= 100) {
      return String.format(Locale.ROOT, "%.0f", perSecond);
    }
    if (perSecond >= 10) {
      return String.format(Locale.ROOT, "%.1f", perSecond);
    }
    if (perSecond >= 1) {
      return String.format(Locale.ROOT, "%.2f", perSecond);
    }
    return String.format(Locale.ROOT, "%.3f", perSecond);
  }

  /** Reads the arguments; an unknown option or a missing INPUT or OUTPUT is an error. */
  static JobOptions parse(String... args) {
    String input = null;
    String output = null;
    JobOptions.InputFormat in = JobOptions.InputFormat.TEXT;
    JobOptions.OutputFormat out = JobOptions.OutputFormat.JSONL;
    boolean dateline = false;
    boolean overwrite = false;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--input" -> in = value(JobOptions.InputFormat.class, a, args, ++i);
        case "--format" -> out = value(JobOptions.OutputFormat.class, a, args, ++i);
        case "--master" -> value(a, args, ++i);
        case "--detect-dateline" -> dateline = true;
        case "--overwrite" -> overwrite = true;
        case "--partitions" -> partitions = count(a, value(a, args, ++i));
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option: " + a);
          } else if (input == null) {
            input = a;
          } else if (output == null) {
            output = a;
          } else {
            throw new IllegalArgumentException("one INPUT and one OUTPUT expected, also got: " + a);
          }
        }
      }
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("INPUT and OUTPUT are required");
    }
    return new JobOptions(input, output, in, out, dateline, overwrite, partitions);
  }

  private static int count(String name, String v) {
    try {
      int n = Integer.parseInt(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + ": not a positive whole number: " + v);
  }

  private static String option(String[] args, String name) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return null;
  }

  private static String value(String name, String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args[i];
  }

  private static <E extends Enum<E>> E value(Class<E> type, String name, String[] args, int i) {
    String v = value(name, args, i);
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": not one of "
          + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ": " + v);
    }
  }
}
