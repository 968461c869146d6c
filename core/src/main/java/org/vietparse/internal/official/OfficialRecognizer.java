package org.vietparse.internal.official;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vietparse.MentionType;
import org.vietparse.OfficialMention;
import org.vietparse.Span;
import org.vietparse.internal.Document;
import org.vietparse.internal.Recognizer;
import org.vietparse.internal.Settings;
import org.vietparse.internal.title.TitleHit;
import org.vietparse.internal.title.TitleHits;
import org.vietparse.internal.title.TitleRecognizer;
import org.vietparse.official.Official;
import org.vietparse.internal.text.VietText;
import org.vietparse.title.Title;

/**
 * Finds OFFICIAL mentions: runs after the title recognizer and joins the titles it noted
 * ({@link TitleHits}) with the names and honorifics around them; see {@link OfficialGrammar}.
 */
public final class OfficialRecognizer implements Recognizer {
  private final NameLexicon lex;

  private OfficialRecognizer(NameLexicon lex) {
    this.lex = lex;
  }

  /** The recognizer with the bundled lexicons. */
  public static OfficialRecognizer create() {
    return new OfficialRecognizer(NameLexicon.get());
  }

  @Override
  public MentionType type() {
    return MentionType.OFFICIAL;
  }

  @Override
  public void recognize(Document doc) {
    for (Located o : find(doc)) {
      doc.add(new OfficialMention(o.span(), doc.original(o.span()), o.official()));
    }
  }

  /** An official with its span, and the end of its trailing alias in original offsets. */
  record Located(Span span, int fullEnd, Official official) {}

  List<Located> find(Document doc) {
    TitleHits note = doc.note(TitleHits.class);
    List<TitleHit> hits = note == null ? ImmutableList.of() : note.hits();
    List<OfficialGrammar.TitleRange> ranges = new ArrayList<>(hits.size());
    for (TitleHit h : hits) {
      Title t = h.title();
      boolean companyOffice = t.kind().filter(k -> k == Title.Kind.BUSINESS).isPresent()
          && t.org().isEmpty();
      ranges.add(new OfficialGrammar.TitleRange(h.start(), h.end(), companyOffice));
    }
    OfficialGrammar grammar = new OfficialGrammar(lex, doc.text(), ranges);
    List<Located> out = new ArrayList<>();
    for (OfficialGrammar.Found f : grammar.findAll()) {
      List<Title> titles = new ArrayList<>(f.titles().size());
      for (int t : f.titles()) {
        titles.add(hits.get(t).title());
      }
      Official o = Official.of(f.name(), titles);
      if (f.honorific() != null) {
        o = o.withHonorific(f.honorific());
      }
      if (f.alias() != null && !f.alias().isBlank()) {
        o = o.withAlias(f.alias());
      }
      Span span = doc.span(f.start(), f.end());
      int fullEnd = doc.span(f.start(), f.fullEnd()).end();
      out.add(new Located(span, fullEnd, o));
    }
    return out;
  }

  /**
   * Parses {@code text} as exactly one official expression: the official must cover the whole
   * text, but for surrounding blanks and a trailing alias in parentheses.
   */
  public Optional<Official> parse(String text, Settings settings) {
    Objects.requireNonNull(text, "text");
    Document doc = new Document(VietText.of(text), settings);
    if (doc.tokens().isEmpty()) {
      return Optional.empty();
    }
    TitleRecognizer.create().recognize(doc);
    List<Located> found = find(doc);
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
