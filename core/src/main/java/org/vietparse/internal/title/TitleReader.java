package org.vietparse.internal.title;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vietparse.internal.PhraseTrie;
import org.vietparse.internal.title.TitleLexicon.Country;
import org.vietparse.internal.title.TitleLexicon.Office;
import org.vietparse.internal.title.TitleLexicon.Org;
import org.vietparse.internal.title.TitleLexicon.Place;
import org.vietparse.internal.title.TitleLexicon.Role;
import org.vietparse.internal.title.TitleLexicon.StatusWord;
import org.vietparse.internal.title.TitleLexicon.Use;
import org.vietparse.title.Title;

/**
 * Reads one title at a token, left to right:
 * {@code [status] (office | role [organization [place]] ) [party] [country] [posting] [status]}.
 * The organization comes from the lexicon, from a ministry's short name, or from the text
 * ({@link NamedBodies}); the place from {@link Places}.
 */
final class TitleReader {
  private final TitleText x;
  private final TitleLexicon lex;
  private final NamedBodies bodies;
  private final Places places;

  TitleReader(TitleText x) {
    this.x = x;
    this.lex = x.lex;
    this.bodies = new NamedBodies(x);
    this.places = new Places(x);
  }

  /** The title starting at token i, or null. */
  @Nullable TitleDraft title(int i) {
    int j = i;
    Title.Status status = null;
    PhraseTrie.Match<StatusWord> sw = x.match(lex.statuses, j);
    if (sw != null && sw.value().before()) {
      status = sw.value().status();
      j = sw.end();
    }
    PhraseTrie.Match<Role> rm = x.match(lex.roles, j);
    PhraseTrie.Match<Office> om = x.match(lex.offices, j);
    if (rm != null && splitsWord(rm)) {
      rm = null;
    }
    if (rm != null) {
      rm = qualified(rm);
    }
    if (om != null && x.splitsWord(om.start(), om.end())) {
      om = null;
    }
    TitleDraft best = null;
    if (om != null) {
      best = new TitleDraft();
      best.office = om.value();
      best.end = om.end();
      best.inherit = false;
      extend(best, false);
    }
    if (rm != null) {
      TitleDraft f = fromRole(rm);
      if (f != null && (best == null || f.end > best.end)) {
        best = f;
      }
    }
    if (best == null) {
      return null;
    }
    best.start = i;
    if (best.status == null) {
      best.status = status;
    }
    return best;
  }

  /**
   * Whether a role begins inside a compound word: its first word is in lower case, and a later
   * word is capitalized where the role writes it in lower case ("nhiệm vụ Trưởng Đoàn" holds no
   * "Vụ trưởng"; "thành viên Hội đồng thành viên" is a role).
   */
  private boolean splitsWord(PhraseTrie.Match<Role> rm) {
    if (x.folded || x.capitalized(rm.start())) {
      return false;
    }
    List<String> words = lex.roleWords(rm.value().role());
    boolean aligned = words.size() == rm.end() - rm.start();
    for (int k = rm.start() + 1; k < rm.end(); k++) {
      if (x.capitalized(k) && (!aligned
          || !Character.isUpperCase(words.get(k - rm.start()).charAt(0)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The role with a qualifier written after it: "Phó Giám đốc Thường trực" is the standing
   * deputy director, "Phó Thủ tướng Thứ nhất" the first deputy prime minister.
   */
  private PhraseTrie.Match<Role> qualified(PhraseTrie.Match<Role> rm) {
    PhraseTrie.Match<TitleLexicon.Qualifier> q = x.match(lex.qualifiers, rm.end());
    Role r = rm.value();
    if (q == null || x.get(rm.end()).newlineBefore()
        || r.role().endsWith(" " + q.value().canonical())) {
      return rm;
    }
    Role with = new Role(r.role() + " " + q.value().canonical(), r.kind(), r.ministry(),
        r.inherit(), r.envoy(), r.needsOrg(), r.company(), r.delegation(), r.committee(),
        r.unit(), q.value().en() + " " + r.en());
    return new PhraseTrie.Match<>(with, rm.start(), q.end());
  }

  private @Nullable TitleDraft fromRole(PhraseTrie.Match<Role> rm) {
    Role role = rm.value();
    TitleDraft f = new TitleDraft();
    f.role = role.role();
    f.roleEn = role.en();
    f.roleKind = role.kind();
    f.inherit = role.inherit();
    f.end = rm.end();
    PhraseTrie.Match<Org> sm = role.ministry() ? x.match(lex.ministryShort, rm.end()) : null;
    PhraseTrie.Match<Country> cm = x.match(lex.countries, rm.end());
    // The organization may begin inside the role ("Trưởng ban" + "Ban Đối ngoại Trung ương");
    // the reading that runs furthest wins, and among equals the one sharing more words.
    PhraseTrie.Match<Org> best = null;
    for (int k = rm.start() + 1; k <= rm.end(); k++) {
      PhraseTrie.Match<Org> om = x.match(lex.orgs, k);
      boolean other = k == rm.end() && om != null
          && (sm != null && sm.end() >= om.end() || cm != null && cm.end() > om.end());
      if (om != null && !other && (om.end() > rm.end() || k == rm.end())
          && (best == null || om.end() > best.end())) {
        best = om;
      }
    }
    if (best != null) {
      f.attach(x, best.value(), best.start(), rm.end());
      f.end = best.end();
    }
    if (f.org == null && sm != null) {
      f.attach(x, sm.value(), rm.end(), rm.end());
      f.end = sm.end();
    }
    PhraseTrie.Match<TitleLexicon.Province> pm =
        role.committee() ? x.match(lex.provinces, rm.end()) : null;
    if (f.org == null && pm != null && (cm == null || pm.end() > cm.end())) {
      // "Bí thư Lào Cai" is the province's, not Laos'.
      committee(f, rm.end());
      if (f.org != null) {
        cm = null;
      }
    }
    if (f.org == null && cm == null) {
      bodies.read(f, role, rm.end());
      // The name may begin inside the role: "Trưởng Ban Chỉ đạo" is "Trưởng ban" + "Ban Chỉ
      // đạo", as "Trưởng ban Đối ngoại Trung ương" is with a lexicon organization.
      for (int k = rm.end() - 1; f.org == null && k > rm.start(); k--) {
        bodies.read(f, role, k);
      }
    }
    // "Trưởng Đoàn Việt Nam": a country stands for the organization of a delegation.
    boolean countryOnly = role.delegation() && cm != null && x.capitalized(rm.start())
        && x.capitalized(rm.end());
    if (f.org == null && role.needsOrg() && !countryOnly) {
      return null;
    }
    boolean lowerCase = !x.folded;
    for (int k = rm.start(); k < rm.end() && lowerCase; k++) {
      lowerCase = !x.capitalized(k);
    }
    if (f.org != null && f.org.place() != Place.NONE) {
      Places.PlaceMatch p = places.at(f.end, f.org.place());
      if (p != null) {
        f.place = p;
        f.end = p.end();
      }
    }
    extend(f, role.envoy());
    if (f.org != null) {
      f.roleEnglish = lex.roleEnglish(f.org.name(), f.role);
    }
    if (lowerCase && f.org == null && f.country == null && f.postedTo == null) {
      return null;
    }
    return f;
  }

  /**
   * A Party secretary named with the province alone: "Bí thư Nghệ An" is the secretary of the
   * Tỉnh ủy of Nghệ An, "Phó Bí thư Hà Nội" of the Thành ủy of Hà Nội.
   */
  private void committee(TitleDraft f, int q) {
    if (q >= x.size() || !x.capitalized(q) || x.get(q).newlineBefore()) {
      return;
    }
    Places.PlaceMatch p = places.at(q, Place.BARE);
    if (p == null || p.province() == null) {
      return;
    }
    Org org = lex.orgByName.get(p.province().unit().equals("thành phố") ? "Thành ủy" : "Tỉnh ủy");
    if (org == null) {
      return;
    }
    f.attach(x, org, q, q);
    f.place = p;
    f.end = p.end();
  }

  /** Party, country, envoy posting and a trailing status after the head of a title. */
  private void extend(TitleDraft f, boolean envoy) {
    if (f.org != null) {
      party(f);
    }
    PhraseTrie.Match<Country> cm = x.match(lex.countries, f.end);
    if (cm != null && x.capitalized(f.end)) {
      f.country = cm.value();
      f.end = cm.end();
    } else if (f.party != null && f.party.countryCode() != null) {
      f.country = lex.countryByCode.get(f.party.countryCode());
    } else if (f.org != null && f.org.countryCode() != null) {
      f.country = lex.countryByCode.get(f.org.countryCode());
    }
    if (envoy) {
      posting(f);
    }
    PhraseTrie.Match<StatusWord> sw = x.match(lex.statuses, f.end);
    if (sw != null && !sw.value().before()) {
      f.status = sw.value().status();
      f.end = sw.end();
    }
  }

  /** A party named after a party organ: "Ban Chấp hành Trung ương Đảng Cộng sản Cuba". */
  private void party(TitleDraft f) {
    Org org = Objects.requireNonNull(f.org);
    int from = f.end;
    if (from > 0 && x.get(from - 1).foldedIs("dang")) {
      from--;
    }
    PhraseTrie.Match<Org> pm = x.match(lex.orgs, from);
    // A party of one word ("Đảng") after an organization is no qualifier: in text without
    // diacritics it is also "đang".
    if (pm == null || pm.value().kind() != Title.Kind.PARTY || pm.end() <= f.end
        || pm.value() == org || from == f.end && pm.end() - from < 2) {
      return;
    }
    if (from < f.end) {
      String name = org.name();
      String suffix = " Đảng";
      if (name.endsWith(suffix)) {
        Org core = lex.orgByName.get(name.substring(0, name.length() - suffix.length()));
        if (core == null) {
          return;
        }
        f.org = core;
        f.orgPart = f.orgPart != null && f.orgPart.endsWith(suffix)
            ? f.orgPart.substring(0, f.orgPart.length() - suffix.length()) : core.name();
      }
    }
    f.party = pm.value();
    f.end = pm.end();
  }

  /** "tại Lào", "bên cạnh Liên hợp quốc", maybe after "đầu tiên". */
  private void posting(TitleDraft f) {
    int q = f.end;
    PhraseTrie.Match<Use> m = x.match(lex.context, q);
    if (m != null && m.value() == Use.ENVOY_FILLER) {
      q = m.end();
      m = x.match(lex.context, q);
    }
    if (m == null || m.value() != Use.POSTING) {
      return;
    }
    q = m.end();
    PhraseTrie.Match<Country> cm = x.match(lex.countries, q);
    if (cm != null && x.capitalized(q)) {
      f.postedTo = cm.value().name();
      f.end = cm.end();
      return;
    }
    PhraseTrie.Match<Org> om = x.match(lex.orgs, q);
    if (om != null && om.value().kind() == Title.Kind.INTERNATIONAL) {
      f.postedTo = om.value().name();
      f.end = om.end();
    }
  }
}
