package org.vietparse.internal.title;

import com.google.common.base.CharMatcher;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.text.StreamSafe;
import org.vietparse.internal.title.TitleLexicon.Country;
import org.vietparse.internal.title.TitleLexicon.Office;
import org.vietparse.internal.title.TitleLexicon.Org;
import org.vietparse.title.Title;

/**
 * A title being read, over tokens {@code [start, end)}: its parts as the reader finds them, which
 * the chain pass may still change, and how they make the canonical Vietnamese title and its
 * English rendering ({@link #toTitle()}).
 */
final class TitleDraft {

  int start;
  int end;
  Title.@Nullable Status status;
  @Nullable Office office;
  String role = "";
  String roleEn = "";
  Title.@Nullable Kind roleKind;
  boolean inherit;
  @Nullable Org org;
  /** What follows the role in the canonical title: the organization, maybe merged. */
  @Nullable String orgPart;
  Places.@Nullable PlaceMatch place;
  @Nullable Org party;
  @Nullable Country country;
  @Nullable String postedTo;
  boolean generic;

  /** The English that English-language news gives this role of this body, if the lexicon has it. */
  @Nullable String roleEnglish;

  /** The title these parts make, built in one step ({@link TitleMaker}). */
  Title toTitle() {
    String canonical;
    String roleName;
    String orgName = null;
    Title.Kind kind;
    String en;
    if (office != null) {
      canonical = office.title();
      roleName = office.role();
      en = office.en();
      orgName = office.org();
      kind = office.kind();
    } else {
      StringBuilder b = new StringBuilder(role);
      if (org != null) {
        b.append(' ').append(orgPart);
        orgName = org.name();
        if (place != null) {
          String p = place.canonical(org.place());
          b.append(' ').append(p);
          orgName += " " + p;
        }
        if (party != null) {
          orgName += " " + party.name();
          if (party.countryCode() == null && country != null) {
            orgName += " " + country.name();
          }
        }
      }
      canonical = b.toString();
      roleName = role;
      kind = org != null && org.kind() != null ? org.kind() : roleKind;
      en = english();
    }
    String[] ended = defunct();
    return TitleMaker.maker().make(canonical, roleName, orgName,
        country == null ? null : country.name(), country == null ? null : country.code(),
        postedTo, kind, status, en, ended == null ? null : ended[0],
        ended == null ? null : ended[1]);
  }

  /**
   * When the body ended, and who took it over: the organization's own end ("Bộ Kế hoạch và Đầu
   * tư", 1 March 2025), else its province's (merged on 1 July 2025, so "Ủy ban nhân dân tỉnh
   * Bình Dương" goes on as "Ủy ban nhân dân Thành phố Hồ Chí Minh") or its district level's.
   */
  private String @Nullable [] defunct() {
    if (office != null || org == null) {
      return null;
    }
    if (org.ended() != null) {
      return new String[] {org.ended(), org.successor()};
    }
    if (place == null || org.place() == TitleLexicon.Place.NONE || place.ended() == null) {
      return null;
    }
    Places.PlaceMatch p = place;
    if (p.successor() == null) {
      return new String[] {p.ended(), null};
    }
    String body = org.name();
    boolean city = p.successor().unit().equals("thành phố");
    // The Party committee of a province is a Tỉnh ủy, of a city a Thành ủy.
    if (body.endsWith("Tỉnh ủy") && city) {
      body = body.substring(0, body.length() - "Tỉnh ủy".length()) + "Thành ủy";
    } else if (body.endsWith("Thành ủy") && !city) {
      body = body.substring(0, body.length() - "Thành ủy".length()) + "Tỉnh ủy";
    }
    Places.PlaceMatch next = new Places.PlaceMatch(p.successor().name(), p.successor().unit(),
        p.successor().en(), p.end(), p.successor(), null, null);
    return new String[] {p.ended(), body + " " + next.canonical(org.place())};
  }

  private String english() {
    if (org == null) {
      return roleEn;
    }
    String orgEn = org.en();
    // A local place read from the text is written without diacritics, as English news does.
    String placeEn = place == null ? "" : plain(place.en());
    orgEn = orgEn.replace("{place}", placeEn).strip();
    if (roleEnglish != null) {
      return roleEnglish.replace("{place}", placeEn).replace("  ", " ").replace("the  ", "the ")
          .strip();
    }
    String ministry = "Ministry of ";
    String out;
    int shared = sharedEnding(roleEn, orgEn);
    if (shared >= 0) {
      // "Chief of the Office" + "Office of the Party Central Committee"
      out = roleEn.substring(0, shared) + orgEn;
    } else if (orgEn.startsWith(ministry) && roleEn.contains("Minister")) {
      out = roleEn + " of " + orgEn.substring(ministry.length());
    } else if (org.name().equals(org.en())) {
      // A name read from the text has no English of its own: a brand or an acronym reads the
      // same in English ("Chairman of Vingroup"); a Vietnamese name is not rendered half in
      // Vietnamese, so the role stands alone ("Director", not "Director of Học viện …").
      if (!CharMatcher.ascii().matchesAllOf(orgEn)) {
        return roleEn;
      }
      out = roleEn + " of " + orgEn;
    } else {
      out = roleEn + " of the " + orgEn;
    }
    if (party != null) {
      out += " of the " + party.en();
    }
    return out;
  }

  /** A name without its Vietnamese diacritics, case kept: "Nam Đàn" → "Nam Dan". */
  private static String plain(String s) {
    if (CharMatcher.ascii().matchesAllOf(s)) {
      return s;
    }
    String d = StreamSafe.nfd(s.replace('đ', 'd').replace('Đ', 'D'));
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Sets the organization; tokens [k, roleEnd) are shared by role and organization. */
  void attach(TitleText x, Org o, int k, int roleEnd) {
    org = o;
    orgPart = o.name();
    int shared = roleEnd - k;
    if (shared == 0) {
      return;
    }
    List<String> orgWords = x.lex.words(o.name());
    List<String> roleWords = x.lex.words(role);
    boolean orgStarts = orgWords.size() > shared;
    boolean roleEnds = roleWords.size() > shared;
    for (int s = 0; s < shared; s++) {
      String w = x.get(k + s).folded();
      orgStarts &= orgStarts && orgWords.get(s).equals(w);
      roleEnds &= roleEnds && roleWords.get(roleWords.size() - shared + s).equals(w);
    }
    if (orgStarts) {
      orgPart = dropWords(o.name(), shared);
    } else if (roleEnds) {
      role = keepWords(role, roleWords.size() - shared);
    }
  }

  /** Where a word-final part of {@code role} begins that {@code org} also begins with, or -1. */
  private static int sharedEnding(String role, String org) {
    for (int k = role.indexOf(' '); k >= 0; k = role.indexOf(' ', k + 1)) {
      String tail = role.substring(k + 1);
      if (org.startsWith(tail + " ")) {
        return k + 1;
      }
    }
    return -1;
  }

  private static String dropWords(String s, int n) {
    String[] parts = s.split(" ");
    return String.join(" ", Arrays.asList(parts).subList(Math.min(n, parts.length),
        parts.length));
  }

  private static String keepWords(String s, int n) {
    String[] parts = s.split(" ");
    return n <= 0 ? s
        : String.join(" ", Arrays.asList(parts).subList(0, Math.min(n, parts.length)));
  }
}
