package org.vietparse.internal.official;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vietparse.OfficialMention;
import org.vietparse.Span;
import org.vietparse.internal.Document;
import org.vietparse.internal.title.TitleHit;
import org.vietparse.internal.title.TitleHits;
import org.vietparse.official.Official;
import org.vietparse.title.Title;

/**
 * Finds OFFICIAL mentions: joins the titles the title stage found ({@link TitleHits}) with the
 * names and honorifics around them; see {@link OfficialGrammar}. Immutable and thread-safe.
 */
public final class OfficialRecognizer {
  private final NameLexicon lex;

  private OfficialRecognizer(NameLexicon lex) {
    this.lex = lex;
  }

  /** The recognizer with the bundled lexicons. */
  public static OfficialRecognizer create() {
    return new OfficialRecognizer(NameLexicon.get());
  }

  /**
   * The OFFICIAL mentions of a document.
   *
   * @param doc the document
   * @param titles the titles the title stage found in it
   * @return the mentions, in text order
   */
  public List<OfficialMention> find(Document doc, TitleHits titles) {
    List<OfficialMention> out = new ArrayList<>();
    for (Located o : locate(doc, titles)) {
      out.add(new OfficialMention(o.span(), doc.original(o.span()), o.official()));
    }
    return out;
  }

  /** An official with its span, and the end of its trailing alias in original offsets. */
  record Located(Span span, int fullEnd, Official official) {}

  List<Located> locate(Document doc, TitleHits titles) {
    List<TitleHit> hits = titles.hits();
    OfficialGrammar grammar = grammar(doc, titles);
    List<Located> out = new ArrayList<>();
    for (OfficialGrammar.Found f : grammar.findAll()) {
      List<Title> found = new ArrayList<>(f.titles().size());
      for (int t : f.titles()) {
        found.add(hits.get(t).title());
      }
      Official o = Official.of(f.name(), found);
      if (f.honorific() != null) {
        // A military or police rank is not a title, and no courtesy: it has a field of its own.
        o = lex.ranks.contains(f.honorific()) ? o.withRank(f.honorific())
            : o.withHonorific(f.honorific());
      }
      if (f.alias() != null && !f.alias().isBlank()) {
        o = o.withAlias(f.alias());
      }
      Span span = doc.span(f.start(), f.end());
      if (f.cut() > 0) {
        // "Tô Lâmtrao": the official ends inside the token the name was glued to.
        int end = doc.originalEnd(doc.tokens().get(f.end() - 1).start() + f.cut());
        span = Span.of(span.start(), Math.max(span.start(), end));
      }
      int fullEnd = Math.max(span.end(), doc.span(f.start(), f.fullEnd()).end());
      out.add(new Located(span, fullEnd, o));
    }
    return out;
  }

  /** The official grammar over a document and the titles the title stage found in it. */
  OfficialGrammar grammar(Document doc, TitleHits titles) {
    List<TitleHit> hits = titles.hits();
    List<OfficialGrammar.TitleRange> ranges = new ArrayList<>(hits.size());
    for (TitleHit h : hits) {
      Title t = h.title();
      boolean companyOffice = t.kind().orElse(null) == Title.Kind.BUSINESS
          && t.organization().isEmpty();
      boolean specific = t.organization().isPresent() || t.country().isPresent();
      ranges.add(new OfficialGrammar.TitleRange(h.start(), h.end(), companyOffice, specific));
    }
    return new OfficialGrammar(lex, doc.text(), doc.folded(), ranges);
  }

  /**
   * Parses a document as exactly one official expression: the official must cover the whole
   * text, but for surrounding blanks and a trailing alias in parentheses.
   *
   * @param doc the document, one expression
   * @param titles the titles the title stage found in it
   * @return the official, or empty
   */
  public Optional<Official> parse(Document doc, TitleHits titles) {
    if (doc.tokens().isEmpty()) {
      return Optional.empty();
    }
    List<Located> found = locate(doc, titles);
    if (found.size() != 1) {
      return Optional.empty();
    }
    Located o = found.get(0);
    Span all = doc.span(0, doc.tokens().size());
    boolean whole = o.span().start() == all.start()
        && (o.span().end() == all.end() || o.fullEnd() == all.end());
    return whole ? Optional.of(o.official()) : Optional.empty();
  }
}
