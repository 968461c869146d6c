/**
 * A Spark job over an archive of Vietnamese news articles: the mentions of every article in the
 * format of {@code docs/format.md}, and a table of the people across the archive. See
 * {@code docs/spark.md}.
 */
package org.vietparse.spark;
