package org.vietparse;

import com.google.common.base.Preconditions;
import com.google.common.collect.ArrayListMultimap;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vietparse.date.Preference;
import org.vietparse.date.DateValue;
import org.vietparse.internal.Document;
import org.vietparse.internal.Settings;
import org.vietparse.internal.date.DateCandidates;
import org.vietparse.internal.date.DateContext;
import org.vietparse.internal.date.DateRecognizer;
import org.vietparse.internal.money.MoneyRecognizer;
import org.vietparse.internal.number.Numerals;
import org.vietparse.internal.official.OfficialRecognizer;
import org.vietparse.internal.title.TitleHits;
import org.vietparse.internal.title.TitleRecognizer;
import org.vietparse.money.Money;
import org.vietparse.official.Official;
import org.vietparse.title.Title;

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
  private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

  private final Settings settings;
  private final Set<MentionType> types;
  private final @Nullable DateRecognizer dates;
  private final @Nullable MoneyRecognizer money;
  private final @Nullable TitleRecognizer titles;
  private final @Nullable OfficialRecognizer officials;

  private Extractor(Builder b) {
    long start = System.nanoTime();
    this.types = Sets.immutableEnumSet(b.types == null ? EnumSet.allOf(MentionType.class) : b.types);
    this.settings = new Settings(Optional.ofNullable(b.referenceDateTime), b.detectDateline,
        b.preference == null ? Preference.NEAREST : b.preference);
    this.dates = types.contains(MentionType.DATE) ? DateRecognizer.create() : null;
    this.money = !types.contains(MentionType.MONEY) ? null : b.currencyWords.isEmpty()
        ? MoneyRecognizer.create() : MoneyRecognizer.create(ImmutableMap.copyOf(b.currencyWords));
    // officials are read from titles: asking for officials runs the title stage too
    boolean titleStage = types.contains(MentionType.TITLE) || types.contains(MentionType.OFFICIAL);
    this.titles = !titleStage ? null : b.titleEntries.isEmpty() ? TitleRecognizer.create()
        : TitleRecognizer.create(ImmutableListMultimap.copyOf(b.titleEntries));
    this.officials = types.contains(MentionType.OFFICIAL) ? OfficialRecognizer.create() : null;
    if (LOG.isDebugEnabled()) {
      // the first build compiles the bundled lexicons; later ones share them
      LOG.debug("built {} in {} µs", this, (System.nanoTime() - start) / 1000);
    }
  }

  /**
   * Finds every mention of the configured types in {@code text}. Never throws on content:
   * malformed text yields fewer mentions. A text longer than 65,536 chars is read in windows
   * cut at line breaks, so that the heap a call needs beyond the text and its mentions does not
   * grow with the text; the mentions are those of the text read whole (docs/architecture.md,
   * "Long texts").
   *
   * @param text any text; not null
   * @return what was found, with offsets into {@code text}
   * @throws NullPointerException if text is null
   */
  public Extraction extract(String text) {
    return extract(text, WINDOW);
  }

  /**
   * The longest window a long text is read in, in chars (docs/architecture.md, "Long texts"):
   * the text layer of a window is a few megabytes, however long the text, and a line break
   * within its last half, where the cut goes, is found in any prose; a line of a news article
   * is a few thousand chars at most.
   */
  static final int WINDOW = 1 << 16;

  /**
   * {@link #extract(String)} with windows of at most {@code window} chars: a text no longer
   * than that is read whole; a longer one window after window, cut by {@link Windows}, with
   * what is document-level carried over (whether the text is written without diacritics, the
   * dates' context), so that the mentions are those of the text read whole.
   */
  Extraction extract(String text, int window) {
    Objects.requireNonNull(text, "text");
    List<Mention> found = new ArrayList<>();
    DateContext context = dates == null ? null : new DateContext(settings);
    if (text.length() <= window) {
      collect(Document.of(text), context, found);
      return new Extraction(text, found);
    }
    int from = 0;
    Boolean folded = null;
    int bound = window / 2;
    while (from < text.length()) {
      int to = Windows.end(text, from, window);
      Document doc = Document.window(text, Windows.contextBefore(text, from, bound), from, to,
          Windows.contextAfter(text, to, bound));
      if (folded == null) {
        // the lexicons match folded only when no window has a diacritic
        folded = doc.folded() && !Windows.diacriticsAfter(text, to, window);
      }
      collect(doc.withFolded(folded), context, found);
      from = to;
    }
    return new Extraction(text, found);
  }

  /** Adds the mentions of one document (a text, or one window of it) to {@code found}. */
  private void collect(Document doc, @Nullable DateContext context, List<Mention> found) {
    // the numeral layer: every number of the text read once, for dates and money
    Numerals numerals = dates != null || money != null
        ? Numerals.read(doc.tokens(), false) : null;
    DateCandidates dateCandidates = dates == null ? null : dates.find(doc, numerals);
    if (money != null) {
      addOwn(doc, money.find(doc, numerals), found);
    }
    TitleHits titleHits = titles == null ? TitleHits.NONE : titles.find(doc);
    if (types.contains(MentionType.TITLE)) {
      addOwn(doc, titleHits.mentions(), found);
    }
    if (officials != null) {
      addOwn(doc, officials.find(doc, titleHits), found);
    }
    // document resolution: dates valued in context (people are resolved by Extraction)
    if (dates != null) {
      found.addAll(dates.resolve(doc, dateCandidates, context));
    }
  }

  /** Adds the mentions that start in the document's own chars: a window's context has none. */
  private static void addOwn(Document doc, List<? extends Mention> mentions,
      List<Mention> found) {
    for (Mention m : mentions) {
      if (doc.owns(m.span())) {
        found.add(m);
      }
    }
  }

  /** {@code VietParse.parseDate} with this extractor's reference date and preference. */
  Optional<DateValue> parseDate(String text) {
    return (dates == null ? DateRecognizer.create() : dates).parse(text, settings);
  }

  /** {@code VietParse.parseMoney} with this extractor's currency words. */
  Optional<Money> parseMoney(String text) {
    return (money == null ? MoneyRecognizer.create() : money).parse(text);
  }

  /** {@code VietParse.parseTitle} with this extractor's title entries. */
  Optional<Title> parseTitle(String text) {
    return titleStage().parse(text);
  }

  /** {@code VietParse.parseOfficial}: the title stage, then the official stage, on one text. */
  Optional<Official> parseOfficial(String text) {
    Document doc = Document.of(text);
    OfficialRecognizer o = officials == null ? OfficialRecognizer.create() : officials;
    return o.parse(doc, titleStage().find(doc));
  }

  private TitleRecognizer titleStage() {
    return titles == null ? TitleRecognizer.create() : titles;
  }

  /**
   * The mention types this extractor reports.
   *
   * @return the mention types this extractor reports
   */
  public Set<MentionType> types() {
    return types;
  }

  /**
   * The reference date-time, when one was configured.
   *
   * @return the reference date-time, when one was configured
   */
  public Optional<LocalDateTime> referenceDateTime() {
    return settings.referenceDateTime();
  }

  /**
   * How ambiguous dates are resolved.
   *
   * @return how ambiguous dates are resolved
   */
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
    private @Nullable Preference preference;
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
     * May be called once, and not together with {@link #referenceDateTime}.
     *
     * @param date a date from 0001-01-01 to 9999-12-31
     * @return this builder
     * @throws IllegalArgumentException if the date is out of range
     * @throws IllegalStateException if a reference was already set
     */
    public Builder referenceDate(LocalDate date) {
      Objects.requireNonNull(date, "date");
      return referenceDateTime(date.atStartOfDay());
    }

    /**
     * The date-time that relative expressions are resolved against; the time also resolves
     * "bây giờ" and "3 giờ tới". May be called once, and not together with
     * {@link #referenceDate}.
     *
     * @param dateTime a date-time from 0001-01-01 to 9999-12-31
     * @return this builder
     * @throws IllegalArgumentException if the date is out of range
     * @throws IllegalStateException if a reference was already set
     */
    public Builder referenceDateTime(LocalDateTime dateTime) {
      Objects.requireNonNull(dateTime, "dateTime");
      Preconditions.checkState(referenceDateTime == null,
          "reference date-time was already set to %s", referenceDateTime);
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
     * date when it has one; an explicit reference date serves documents without one. May be
     * called once.
     *
     * @return this builder
     * @throws IllegalStateException if dateline detection was already asked for
     */
    public Builder detectDateline() {
      Preconditions.checkState(!detectDateline, "dateline detection was already set");
      detectDateline = true;
      return this;
    }

    /**
     * How to resolve a date the text leaves ambiguous; {@link Preference#NEAREST} by default.
     * May be called once.
     *
     * @param preference the preference
     * @return this builder
     * @throws IllegalStateException if a preference was already set
     */
    public Builder prefer(Preference preference) {
      Objects.requireNonNull(preference, "preference");
      Preconditions.checkState(this.preference == null, "preference was already set to %s",
          this.preference);
      this.preference = preference;
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
     * @throws IllegalArgumentException if there is no such lexicon, the header is neither the
     *     bundled file's nor its first columns (columns left out at the end read as "-"), a line
     *     does not have one non-empty cell per column, or a cell of a closed set of values (a
     *     {@code kind} other than STATE, PARTY, INTERNATIONAL or BUSINESS, a flag, a status, an
     *     ISO date in {@code ended}) holds another; the message names the file, the line and the
     *     values allowed
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
     * @return the extractor
     * @throws IllegalArgumentException if title entries hold a value their lexicon does not know
     */
    public Extractor build() {
      return new Extractor(this);
    }
  }
}
