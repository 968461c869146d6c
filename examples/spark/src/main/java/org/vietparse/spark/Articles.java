package org.vietparse.spark;

import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.vietparse.DateMention;
import org.vietparse.Extraction;
import org.vietparse.Extractor;
import org.vietparse.Mention;
import org.vietparse.MentionFormat;
import org.vietparse.date.DateValue;
import org.vietparse.official.Person;

/**
 * Turns input rows into one row per article: its id, its dateline date, its mentions (with
 * either the JSON line of {@code vietparse extract --format jsonl} or the value as JSON) and its
 * people, or why it could not be read. Runs inside the executors, one partition at a time, with the JVM's one
 * {@link Extractor}.
 */
final class Articles {
  /** How far down a dateline may stand, as in the library's dateline rule. */
  static final int DATELINE_LINES = 3;

  static final StructType MENTION = new StructType()
      .add("type", DataTypes.StringType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false)
      .add("value", DataTypes.StringType, true)
      .add("line", DataTypes.StringType, true);

  static final StructType PERSON = new StructType()
      .add("name", DataTypes.StringType, false)
      .add("titles", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("mentions", DataTypes.IntegerType, false);

  /** One article's result. */
  static final StructType ARTICLE = new StructType()
      .add("id", DataTypes.StringType, true)
      .add("path", DataTypes.StringType, true)
      .add("date", DataTypes.DateType, true)
      .add("mentions", DataTypes.createArrayType(MENTION, false), true)
      .add("people", DataTypes.createArrayType(PERSON, false), true)
      .add("error", DataTypes.StringType, true);

  private Articles() {}

  /**
   * Extracts a partition of files read by Spark's {@code binaryFile} source ({@code path},
   * {@code content}), decoding each file as the command line does.
   */
  static Iterator<Row> fromFiles(Iterator<Row> files, boolean detectDateline, boolean lines) {
    Extractor ex = Extractors.get(detectDateline);
    return map(files, file -> {
      String path = file.getString(file.fieldIndex("path"));
      String id = MentionFormat.documentId(new Path(path).getName());
      String text;
      try {
        text = MentionFormat.decodeDocument((byte[]) file.get(file.fieldIndex("content")));
      } catch (CharacterCodingException e) {
        return failed(id, path, e.getMessage());
      }
      return extract(ex, id, path, text, lines);
    });
  }

  /** Extracts a partition of rows with {@code id} and {@code text} columns. */
  static Iterator<Row> fromTable(Iterator<Row> rows, boolean detectDateline, boolean lines) {
    Extractor ex = Extractors.get(detectDateline);
    return map(rows, row -> {
      Object id = row.get(row.fieldIndex("id"));
      String text = row.getString(row.fieldIndex("text"));
      if (id == null) {
        return failed(null, null, "no id");
      }
      if (text == null) {
        return failed(id.toString(), null, "no text");
      }
      return extract(ex, id.toString(), null, text, lines);
    });
  }

  /**
   * One article's row. With {@code lines} each mention carries its JSON line (for JSON Lines
   * output), otherwise its value as JSON (for Parquet): only what the output needs is built.
   */
  private static Row extract(Extractor ex, String id, String path, String text, boolean lines) {
    Extraction x;
    try {
      x = ex.extract(text);
    } catch (RuntimeException e) {
      // the library promises not to throw on content; if it ever does, say so for this article
      return failed(id, path, "extraction failed: " + e);
    }
    List<Mention> found = x.mentions();
    Row[] mentions = new Row[found.size()];
    for (int i = 0; i < mentions.length; i++) {
      Mention m = found.get(i);
      mentions[i] = RowFactory.create(m.type().name(), m.span().start(), m.span().end(), m.text(),
          lines ? null : MentionFormat.value(m), lines ? MentionFormat.line(id, m) : null);
    }
    // one row per name: the people table counts an article once per person
    Map<String, Set<String>> titles = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Person p : x.people()) {
      titles.computeIfAbsent(p.name(), n -> new LinkedHashSet<>()).addAll(p.titleNames());
      counts.merge(p.name(), p.mentionCount(), Integer::sum);
    }
    Row[] people = new Row[titles.size()];
    int k = 0;
    for (Map.Entry<String, Set<String>> e : titles.entrySet()) {
      people[k++] = RowFactory.create(e.getKey(), e.getValue().toArray(new String[0]),
          counts.get(e.getKey()));
    }
    java.sql.Date date = articleDate(x).map(java.sql.Date::valueOf).orElse(null);
    return RowFactory.create(id, path, date, mentions, people, null);
  }

  private static Row failed(String id, String path, String error) {
    return RowFactory.create(id, path, null, null, null, error);
  }

  /**
   * The article's date: its first date when that is a full, non-relative, single day within the
   * first {@value #DATELINE_LINES} lines ("Thứ năm 14/11/2024 08:30"), the same rule by which
   * {@code detectDateline()} picks a reference date.
   */
  static Optional<LocalDate> articleDate(Extraction x) {
    List<DateMention> dates = x.dates();
    if (dates.isEmpty()) {
      return Optional.empty();
    }
    DateMention first = dates.get(0);
    String text = x.text();
    int lines = 0;
    for (int i = 0; i < first.span().start(); i++) {
      if (text.charAt(i) == '\n' && ++lines >= DATELINE_LINES) {
        return Optional.empty();
      }
    }
    DateValue v = first.date();
    if (v.isRange() || v.isRelative()) {
      return Optional.empty();
    }
    return v.toLocalDate();
  }

  private interface RowFunction {
    Row apply(Row in);
  }

  /** A lazy map, so that a partition streams through and is never held whole. */
  private static Iterator<Row> map(Iterator<Row> in, RowFunction f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public Row next() {
        return f.apply(in.next());
      }
    };
  }
}
