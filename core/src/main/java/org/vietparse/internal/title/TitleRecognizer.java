package org.vietparse.internal.title;

import com.google.common.collect.ListMultimap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vietparse.Span;
import org.vietparse.TitleMention;
import org.vietparse.internal.Document;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.text.Token;
import org.vietparse.title.Title;

/**
 * Finds TITLE mentions. The scan is an ordered list of rule families, each in its own class
 * beside its phrase table: {@link TitleReader} reads one title at a token
 * ({@code [status] (office | role [organization [place]] ) [party] [country] [posting] [status]}),
 * {@link NamedBodies} reads organizations named in the text, {@link Places} the place after an
 * organization, {@link Chains} shares parts along chains of titles and drops plural or generic
 * uses, and {@link TitleDraft} makes the canonical title and its English rendering. Every step
 * looks ahead a bounded number of tokens, so the cost is linear in the text.
 *
 * <p>{@link #find} returns the titles as {@link TitleHits}, which the official stage reads.
 * Immutable and thread-safe.
 */
public final class TitleRecognizer {
  /** The tries one of which holds a phrase at the first token of a title or of a not-title. */
  static final int TITLE_START = TitleLexicon.STATUSES | TitleLexicon.ROLES
      | TitleLexicon.OFFICES | TitleLexicon.NOT_TITLES;

  private final TitleLexicon lex;

  private TitleRecognizer(TitleLexicon lex) {
    this.lex = lex;
  }

  /** The recognizer with the bundled lexicons. */
  public static TitleRecognizer create() {
    return new TitleRecognizer(TitleLexicon.bundled());
  }

  /**
   * The recognizer with the bundled lexicons and a user's entries.
   *
   * @param entries lexicon file name ("roles.tsv"…) → TSV texts in that file's format
   * @throws IllegalArgumentException if the entries do not fit their lexicon
   */
  public static TitleRecognizer create(ListMultimap<String, String> entries) {
    return new TitleRecognizer(TitleLexicon.withEntries(entries));
  }

  /**
   * Checks the shape of a user's entries for a title lexicon, as {@link #create(ListMultimap)}
   * will read them.
   *
   * @throws IllegalArgumentException if the file is unknown or the entries malformed
   */
  public static void checkEntries(String lexicon, String tsv) {
    TitleLexicon.check(lexicon, tsv);
  }

  /**
   * The titles of a document, in token order: each as a TITLE mention and as a token range for
   * the officials that build on it. Plural and generic uses ("các Bộ trưởng") are left out.
   *
   * @param doc the document
   * @return the titles
   */
  public TitleHits find(Document doc) {
    List<TitleDraft> found = find(doc.folded(), doc.tokens());
    List<TitleHit> hits = new ArrayList<>();
    for (TitleDraft f : found) {
      if (f.generic) {
        continue;
      }
      Span span = doc.span(f.start, f.end);
      hits.add(new TitleHit(f.start, f.end,
          new TitleMention(span, doc.original(span), f.toTitle())));
    }
    return new TitleHits(hits);
  }

  /** Parses {@code text} as exactly one title expression. */
  public Optional<Title> parse(String text) {
    Objects.requireNonNull(text, "text");
    Document doc = Document.of(text);
    List<Token> tokens = doc.tokens();
    int n = tokens.size();
    while (n > 0 && tokens.get(n - 1).is('.')) {
      n--;
    }
    if (n == 0) {
      return Optional.empty();
    }
    List<TitleDraft> found = find(doc.folded(), tokens.subList(0, n));
    if (found.size() != 1) {
      return Optional.empty();
    }
    TitleDraft f = found.get(0);
    if (f.generic || f.start != 0 || f.end != n) {
      return Optional.empty();
    }
    return Optional.of(f.toTitle());
  }

  private List<TitleDraft> find(boolean folded, List<Token> ts) {
    TitleText x = new TitleText(lex, ts, folded);
    TitleReader reader = new TitleReader(x);
    List<TitleDraft> out = new ArrayList<>();
    int i = 0;
    while (i < ts.size()) {
      // A title starts with a status word, a role or an office; every other token is turned
      // away by a filter of those first words or by the one lookup TitleText makes for it.
      if (!x.mayStartTitle(i) || (x.starts(i) & TITLE_START) == 0) {
        i++;
        continue;
      }
      PhraseTrie.Match<String> not = x.match(lex.notTitles, i);
      if (not != null) {
        i = not.end();
        continue;
      }
      TitleDraft f = reader.title(i);
      if (f == null) {
        i++;
        continue;
      }
      out.add(f);
      i = f.end;
    }
    new Chains(x).apply(out);
    return out;
  }
}
