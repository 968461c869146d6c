package org.vietparse;

import com.google.common.base.Preconditions;
import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vietparse.date.Preference;
import org.vietparse.internal.Document;
import org.vietparse.internal.Recognizer;
import org.vietparse.internal.Recognizers;
import org.vietparse.internal.Settings;
import org.vietparse.internal.title.TitleRecognizer;
import org.vietparse.internal.text.VietText;

/**
 * Finds mentions in texts. Built once by {@link VietParse#extractor()} with its options, then
 * shared: an {@code Extractor} is immutable and thread-safe, and any number of threads may call
 * {@link #extract(String)} at once. Lexicons are compiled when it is built.
 *
 * <pre>{@code
 * Extractor ex = VietParse.extractor()
 *     .referenceDate(LocalDate.of(2024, 11, 11))
 *     .types(MentionType.DATE, MentionType.OFFICIAL)
 *     .build();
 * Extraction x = ex.extract(text);
 * }</pre>
 */
public final class Extractor {
  private final Settings settings;
  private final Set<MentionType> types;
  private final ImmutableList<Recognizer> recognizers;

  private Extractor(Builder b) {
    this.types = Sets.immutableEnumSet(b.types == null ? EnumSet.allOf(MentionType.class) : b.types);
    LocalDateTime ref = b.referenceDateTime;
    this.settings = new Settings(Optional.ofNullable(ref), b.detectDateline, b.preference);
    this.recognizers = Recognizers.create(types, ImmutableListMultimap.copyOf(b.titleEntries),
        ImmutableMap.copyOf(b.currencyWords));
  }

  /**
   * Finds every mention of the configured types in {@code text}. Never throws on content:
   * malformed text yields fewer mentions.
   *
   * @param text any text; not null
   * @return what was found, with offsets into {@code text}
   * @throws NullPointerException if text is null
   */
  public Extraction extract(String text) {
    Objects.requireNonNull(text, "text");
    Document doc = new Document(VietText.of(text), settings);
    for (Recognizer r : recognizers) {
      r.recognize(doc);
    }
    List<Mention> kept = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      if (types.contains(m.type())) {
        kept.add(m);
      }
    }
    return new Extraction(text, kept);
  }

  /** The mention types this extractor reports. */
  public Set<MentionType> types() {
    return types;
  }

  /** The reference date-time, when one was configured. */
  public Optional<LocalDateTime> referenceDateTime() {
    return settings.referenceDateTime();
  }

  /** How ambiguous dates are resolved. */
  public Preference preference() {
    return settings.preference();
  }

  @Override
  public String toString() {
    return "Extractor{types=" + types + ", reference=" + settings.referenceDateTime().orElse(null)
        + ", preference=" + settings.preference() + "}";
  }

  /**
   * Configures an {@link Extractor}. Mutable and not thread-safe: build on one thread, then share
   * what {@link #build()} returns.
   *
   * <pre>{@code
   * Extractor ex = VietParse.extractor().types(MentionType.MONEY).build();
   * }</pre>
   */
  public static final class Builder {
    private static final LocalDate MAX_REFERENCE = LocalDate.of(9999, 12, 31);
    private static final LocalDate MIN_REFERENCE = LocalDate.of(1, 1, 1);

    private @Nullable EnumSet<MentionType> types;
    private @Nullable LocalDateTime referenceDateTime;
    private boolean detectDateline;
    private Preference preference = Preference.NEAREST;
    private final ListMultimap<String, String> titleEntries = ArrayListMultimap.create();
    private final Map<String, Currency> currencyWords = new LinkedHashMap<>();

    Builder() {}

    /**
     * Reports only these types (all by default). May be called once.
     *
     * @param first a type
     * @param rest more types
     * @return this builder
     * @throws IllegalStateException if types were already set
     */
    public Builder types(MentionType first, MentionType... rest) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(rest, "rest");
      Preconditions.checkState(types == null, "types were already set to %s", types);
      EnumSet<MentionType> set = EnumSet.of(first, rest);
      types = set;
      return this;
    }

    /**
     * The date that "hôm nay", "11/11" and "thứ hai" are resolved against (midnight of it).
     *
     * @param date a date from 0001-01-01 to 9999-12-31
     * @return this builder
     * @throws IllegalArgumentException if the date is out of range
     */
    public Builder referenceDate(LocalDate date) {
      Objects.requireNonNull(date, "date");
      return referenceDateTime(date.atStartOfDay());
    }

    /**
     * The date-time that relative expressions are resolved against; the time also resolves
     * "bây giờ" and "3 giờ tới".
     *
     * @param dateTime a date-time from 0001-01-01 to 9999-12-31
     * @return this builder
     * @throws IllegalArgumentException if the date is out of range
     */
    public Builder referenceDateTime(LocalDateTime dateTime) {
      Objects.requireNonNull(dateTime, "dateTime");
      LocalDate d = dateTime.toLocalDate();
      Preconditions.checkArgument(!d.isAfter(MAX_REFERENCE),
          "reference date must not be after 9999-12-31: %s", d);
      Preconditions.checkArgument(!d.isBefore(MIN_REFERENCE),
          "reference date must not be before 0001-01-01: %s", d);
      referenceDateTime = dateTime;
      return this;
    }

    /**
     * Uses a dateline at the top of each document ("Thứ bảy 06/12/2025 09:04") as its reference
     * date when it has one; an explicit reference date serves documents without one.
     *
     * @return this builder
     */
    public Builder detectDateline() {
      detectDateline = true;
      return this;
    }

    /**
     * How to resolve a date the text leaves ambiguous; {@link Preference#NEAREST} by default.
     *
     * @param preference the preference
     * @return this builder
     */
    public Builder prefer(Preference preference) {
      this.preference = Objects.requireNonNull(preference, "preference");
      return this;
    }

    /**
     * Adds entries to one of the title lexicons (roles, offices, organizations, countries,
     * provinces, status and context words; docs/titles.md lists them), written in that file's
     * own TSV format: its header line, then one entry a line, cells separated by tabs. The
     * entries come after the bundled ones; an entry whose name the lexicon already has replaces
     * it. May be called more than once.
     *
     * <pre>{@code
     * Extractor ex = VietParse.extractor()
     *     .titleEntries("roles.tsv", "name\trole\tkind\tflags\ten\n"
     *         + "Chủ tịch Hội đồng trường\tChủ tịch Hội đồng trường\tSTATE\t-\t"
     *         + "Chairman of the University Council\n")
     *     .build();
     * }</pre>
     *
     * @param lexicon the file the entries extend, e.g. {@code "roles.tsv"}
     * @param tsv the header line and the entries
     * @return this builder
     * @throws IllegalArgumentException if there is no such lexicon, the header differs from the
     *     bundled file's, or a line does not have one non-empty cell per column; a cell with a
     *     value the lexicon does not know (a kind other than STATE, PARTY, INTERNATIONAL or
     *     BUSINESS, say) is reported by {@link #build()}
     */
    public Builder titleEntries(String lexicon, String tsv) {
      Objects.requireNonNull(lexicon, "lexicon");
      Objects.requireNonNull(tsv, "tsv");
      TitleRecognizer.checkEntries(lexicon, tsv);
      titleEntries.put(lexicon, tsv);
      return this;
    }

    /**
     * Adds a way of writing a currency, matched like the bundled ones (docs/money.md): after an
     * amount ("50 bảng"), longest phrase first, case-insensitively for words. A word the bundled
     * lexicon already has is given the new currency. May be called more than once.
     *
     * <pre>{@code
     * Extractor ex = VietParse.extractor().currencyWord("tiền Mỹ", Currency.getInstance("USD")).build();
     * }</pre>
     *
     * @param word the word or phrase, as written in text
     * @param currency its currency
     * @return this builder
     * @throws IllegalArgumentException if the word is blank
     */
    public Builder currencyWord(String word, Currency currency) {
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(currency, "currency");
      Preconditions.checkArgument(!word.isBlank(), "currency word must not be blank");
      currencyWords.put(word.strip(), currency);
      return this;
    }

    /**
     * An immutable, thread-safe extractor with these options.
     *
     * @throws IllegalArgumentException if title entries hold a value their lexicon does not know
     */
    public Extractor build() {
      return new Extractor(this);
    }
  }
}
