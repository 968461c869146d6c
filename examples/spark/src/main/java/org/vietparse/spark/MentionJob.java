package org.vietparse.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The job: reads the articles, extracts each once with the executor's one
 * {@link org.vietparse.Extractor}, and writes under the output folder
 * <ul>
 *   <li>{@code mentions/}: every mention, as {@code vietparse extract --format jsonl} prints it
 *       (JSON Lines), or the same fields as Parquet columns with {@code value} as JSON text;</li>
 *   <li>{@code people/}: one row per person across the archive: {@code name}, {@code titles}
 *       (sorted, distinct), {@code firstDate} and {@code lastDate} (the earliest and latest
 *       dateline of the articles naming the person), {@code mentions} (total count) and
 *       {@code articles} (how many articles);</li>
 *   <li>{@code errors/}: the articles that could not be read or had no text, with the reason,
 *       as JSON Lines.</li>
 * </ul>
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("vietparse").getOrCreate();
 * MentionJob.Summary s = MentionJob.run(spark,
 *     JobOptions.of("hdfs:///archive/articles", "hdfs:///archive/vietparse")
 *         .withOutputFormat(JobOptions.OutputFormat.PARQUET));
 * }</pre>
 */
public final class MentionJob {
  /**
   * People rows per file of {@code people/}: a small archive's table is one file, a large one's
   * files stay in the hundreds of megabytes, however many shuffle partitions sorted it.
   */
  static final long PEOPLE_PER_FILE = 500_000;

  private MentionJob() {}

  /**
   * What a run did.
   *
   * @param articles articles read, including the failed ones
   * @param failed articles that could not be read, or had no id or text
   * @param mentions mentions written
   * @param people rows of the people table
   * @param seconds the whole run
   * @param mentionSeconds reading, extracting and writing the mentions (the first pass)
   * @param peopleSeconds the people table, from the extracted articles kept by Spark
   */
  public record Summary(long articles, long failed, long mentions, long people, double seconds,
      double mentionSeconds, double peopleSeconds) {
    /**
     * Articles (read or not) per second of the whole run.
     *
     * @return the rate, 0 for a run that took no measurable time
     */
    public double articlesPerSecond() {
      return seconds > 0 ? articles / seconds : 0;
    }

    /**
     * Articles per second of the first pass alone (read, extract, write the mentions): the
     * figure to compare with {@code vietparse extract}.
     *
     * @return the rate, 0 for a pass that took no measurable time
     */
    public double mentionArticlesPerSecond() {
      return mentionSeconds > 0 ? articles / mentionSeconds : 0;
    }
  }

  /**
   * Runs the job on {@code spark}.
   *
   * @param spark the session, not null
   * @param o what to read and write, not null
   * @return counts and time
   */
  public static Summary run(SparkSession spark, JobOptions o) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(o, "o");
    long t0 = System.nanoTime();
    Dataset<Row> articles = extract(spark, o).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> mentions = articles.select(col("id"), explode(col("mentions")).as("m"));
      Dataset<Row> mentionOut = o.outputFormat() == JobOptions.OutputFormat.JSONL
          ? mentions.select(col("m.line").as("value"))
          : mentions.select(col("id").as("doc"), col("m.type").as("type"),
              col("m.start").as("start"), col("m.end").as("end"), col("m.text").as("text"),
              col("m.value").as("value"));
      write(mentionOut, o, "mentions", o.outputFormat() == JobOptions.OutputFormat.JSONL);
      long t1 = System.nanoTime();

      Dataset<Row> people = people(articles).cache();
      long persons = people.count();
      // sorted by name across partitions: merging neighbours keeps the order, file by file
      write(people.coalesce(peopleFiles(persons)), o, "people", false);
      long t2 = System.nanoTime();

      writer(articles.filter(col("error").isNotNull()).select("id", "path", "error")
          .coalesce(1), o).json(o.output() + "/errors");

      Row counts = articles.agg(
          org.apache.spark.sql.functions.count("*"),
          sum(when(col("error").isNotNull(), 1).otherwise(0)),
          sum(when(col("mentions").isNotNull(), size(col("mentions"))).otherwise(0)))
          .first();
      people.unpersist();
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new Summary(counts.getLong(0), nullToZero(counts.get(1)), nullToZero(counts.get(2)),
          persons, seconds, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    } finally {
      articles.unpersist();
    }
  }

  /** One row per article (schema {@link Articles#ARTICLE}), extracted partition by partition. */
  static Dataset<Row> extract(SparkSession spark, JobOptions o) {
    boolean dateline = o.detectDateline();
    boolean lines = o.outputFormat() == JobOptions.OutputFormat.JSONL;
    return switch (o.inputFormat()) {
      case TEXT -> fewer(spark, o, spark.read().format("binaryFile")
          .option("recursiveFileLookup", "true")
          .option("pathGlobFilter", "*.[tT][xX][tT]")
          .load(o.input())
          .select("path", "content"))
          .mapPartitions(
              (MapPartitionsFunction<Row, Row>) it -> Articles.fromFiles(it, dateline, lines),
              Encoders.row(Articles.ARTICLE));
      case JSONL -> table(spark, o, spark.read().json(o.input()));
      case PARQUET -> table(spark, o, spark.read().parquet(o.input()));
    };
  }

  private static Dataset<Row> table(SparkSession spark, JobOptions o, Dataset<Row> in) {
    boolean dateline = o.detectDateline();
    boolean lines = o.outputFormat() == JobOptions.OutputFormat.JSONL;
    return fewer(spark, o, in.select(col("id").cast("string").as("id"), col("text")))
        .mapPartitions(
            (MapPartitionsFunction<Row, Row>) it -> Articles.fromTable(it, dateline, lines),
            Encoders.row(Articles.ARTICLE));
  }

  /**
   * The input in at most {@link JobOptions#partitions()} partitions, by default four per core of
   * the cluster. Spark packs small files about 31 to a partition (each file costs
   * {@code spark.sql.files.openCostInBytes}, 4 MB, of a 128 MB split), which for an archive of
   * short articles means thousands of tasks whose fixed cost outweighs their work; merging
   * neighbouring partitions (no shuffle) keeps tasks few and still balanced.
   */
  private static Dataset<Row> fewer(SparkSession spark, JobOptions o, Dataset<Row> in) {
    int most = o.partitions() > 0 ? o.partitions()
        : 4 * spark.sparkContext().defaultParallelism();
    return in.coalesce(most);
  }

  /** The people across the archive, one row per name. */
  static Dataset<Row> people(Dataset<Row> articles) {
    return articles.select(col("id"), col("date"), explode(col("people")).as("p"))
        .groupBy(col("p.name").as("name"))
        .agg(array_sort(array_distinct(flatten(collect_list(col("p.titles"))))).as("titles"),
            min(col("date")).as("firstDate"),
            max(col("date")).as("lastDate"),
            sum(col("p.mentions")).as("mentions"),
            org.apache.spark.sql.functions.count("*").as("articles"))
        .orderBy(col("name"));
  }

  /** How many files hold {@code persons} rows of the people table. */
  static int peopleFiles(long persons) {
    return (int) Math.max(1, Math.min(10_000, (persons + PEOPLE_PER_FILE - 1) / PEOPLE_PER_FILE));
  }

  private static void write(Dataset<Row> rows, JobOptions o, String name, boolean lines) {
    String path = o.output() + "/" + name;
    DataFrameWriter<Row> w = writer(rows, o);
    if (lines) {
      w.text(path);
    } else if (o.outputFormat() == JobOptions.OutputFormat.JSONL) {
      w.option("ignoreNullFields", "false").json(path);
    } else {
      w.parquet(path);
    }
  }

  private static DataFrameWriter<Row> writer(Dataset<Row> rows, JobOptions o) {
    return rows.write().mode(o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
  }

  private static long nullToZero(Object n) {
    return n == null ? 0 : ((Number) n).longValue();
  }
}
