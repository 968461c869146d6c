package org.vietparse.internal.title;

import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.vietparse.TitleMention;
import org.vietparse.VietParse;
import org.vietparse.internal.Tsv;
import org.vietparse.title.Title;

/** Properties over titles built from the lexicons. */
class TitlePropertiesTest {
  private static final String DIR = "/org/vietparse/title/";

  private static List<List<String>> rows(String file) {
    Tsv t = Tsv.load(DIR + file);
    List<List<String>> out = new ArrayList<>();
    for (List<String> r : t.rows()) {
      out.add(r);
    }
    return out;
  }

  /** Roles that stand alone (name, canonical role). */
  private static Gen<List<String>> roles() {
    List<List<String>> out = new ArrayList<>();
    for (List<String> r : rows("roles.tsv")) {
      if (!r.get(3).contains("needs-org") && Character.isUpperCase(r.get(0).charAt(0))) {
        out.add(r);
      }
    }
    return Generate.pick(out);
  }

  /** Organizations without a place and without a country of their own. */
  private static Gen<List<String>> orgs() {
    List<List<String>> out = new ArrayList<>();
    for (List<String> r : rows("organizations.tsv")) {
      if (r.get(3).equals("-") && r.get(5).equals("-") && !r.get(2).equals("PARTY")) {
        out.add(r);
      }
    }
    return Generate.pick(out);
  }

  private static Gen<String> statusWords() {
    return Generate.pick(List.of("", "cựu ", "nguyên ", "tân ", "quyền "));
  }

  @Test
  void theCanonicalFormReadsBackAsItself() {
    qt().withExamples(500).forAll(statusWords(), roles(), orgs()).check((status, role, org) -> {
      Optional<Title> t = VietParse.parseTitle(status + role.get(0) + " " + org.get(0));
      if (t.isEmpty()) {
        return false;
      }
      Optional<Title> again = VietParse.parseTitle(t.get().canonical());
      return again.isPresent() && again.get().canonical().equals(t.get().canonical())
          && again.get().organization().equals(t.get().organization());
    });
  }

  @Test
  void aRoleWithAnOrganizationNamesBoth() {
    qt().withExamples(500).forAll(roles(), orgs()).check((role, org) -> {
      Title t = VietParse.parseTitle(role.get(0) + " " + org.get(0)).orElse(null);
      String orgName = org.get(1);
      String lastWord = orgName.substring(orgName.lastIndexOf(' ') + 1);
      String firstWord = role.get(1).split(" ")[0];
      // The organization may share words with the role ("Chánh Thanh tra" + "Chính phủ" is the
      // chief of "Thanh tra Chính phủ"), so it is checked by its ends.
      return t != null && t.organization().orElse("").endsWith(lastWord)
          && t.canonical().startsWith(firstWord) && t.canonical().endsWith(lastWord);
    });
  }

  @Test
  void aForeignOfficeCarriesTheCountryCode() {
    Gen<String> offices = Generate.pick(List.of("Tổng thống", "Thủ tướng", "Ngoại trưởng",
        "Quốc vương", "Phó Tổng thống", "Chủ tịch Thượng viện", "Bộ trưởng Quốc phòng"));
    qt().withExamples(500).forAll(offices, Generate.pick(rows("countries.tsv")))
        .check((office, country) -> {
          Title t = VietParse.parseTitle(office + " " + country.get(0)).orElse(null);
          return t != null && t.countryCode().orElse("").equals(country.get(1))
              && t.country().orElse("").equals(country.get(2))
              && !t.canonical().contains(country.get(0));
        });
  }

  @Test
  void everyProvinceNamesItsPeoplesCommittee() {
    Gen<String> orgs = Generate.pick(List.of("UBND", "HĐND", "Ủy ban nhân dân", "Sở Y tế"));
    qt().withExamples(300).forAll(orgs, Generate.pick(rows("provinces.tsv")))
        .check((org, province) -> {
          String unit = province.get(1).equals("thành phố") ? "TP" : "tỉnh";
          Title t = VietParse.parseTitle("Chủ tịch " + org + " " + unit + " " + province.get(0))
              .orElse(null);
          String place = province.get(1).equals("thành phố") ? "Thành phố " : "tỉnh ";
          return t != null && t.canonical().endsWith(" " + place + province.get(0));
        });
  }

  @Test
  void aProvinceThatEndedNamesItsSuccessor() {
    Gen<String> orgs = Generate.pick(List.of("UBND", "Ủy ban nhân dân", "HĐND"));
    qt().withExamples(300).forAll(orgs, Generate.pick(rows("provinces.tsv")))
        .check((org, p) -> {
          String unit = p.get(1).equals("thành phố") ? "TP" : "tỉnh";
          Title t = VietParse.parseTitle("Chủ tịch " + org + " " + unit + " " + p.get(0))
              .orElse(null);
          if (t == null) {
            return false;
          }
          if (p.get(4).equals("-")) {
            return t.defunct().isEmpty() && t.successor().isEmpty();
          }
          String body = org.equals("HĐND") ? "Hội đồng nhân dân" : "Ủy ban nhân dân";
          return t.defunct().equals(java.util.Optional.of(p.get(4)))
              && t.successor().orElse("").startsWith(body + " ")
              && t.successor().orElse("").endsWith(" " + p.get(5));
        });
  }

  @Test
  void aPartySecretaryNamedWithTheProvinceAloneIsTheCommittees() {
    qt().withExamples(200).forAll(Generate.pick(rows("provinces.tsv")))
        .check(p -> {
          Title t = VietParse.parseTitle("Bí thư " + p.get(0)).orElse(null);
          String committee = p.get(1).equals("thành phố") ? "Thành ủy " : "Tỉnh ủy ";
          return t != null && t.canonical().equals("Bí thư " + committee + p.get(6));
        });
  }

  @Test
  void decomposedAndOldToneTextReadsTheSame() {
    qt().withExamples(300).forAll(roles(), orgs(), Generate.pick(rows("countries.tsv")))
        .check((role, org, country) -> {
          String s = "Hôm qua, " + role.get(0) + " " + org.get(0) + " và Tổng thống "
              + country.get(0) + " đã hội đàm.";
          List<String> nfc = canonicals(s);
          return nfc.size() == 2
              && nfc.equals(canonicals(Normalizer.normalize(s, Normalizer.Form.NFD)))
              && nfc.equals(canonicals(LexiconCoverageTest.oldTones(s)));
        });
  }

  @Test
  void mentionsAreOrderedDisjointAndTrueToTheText() {
    List<String> pieces = new ArrayList<>(List.of(", ", " và ", " các ", " tại ", " (", ")", "\n",
        " cựu ", " đắc cử ", " TP ", " tỉnh ", "\u00a0", " 109 ", "Uỷ", "\uD800", " Đảng "));
    for (List<String> r : rows("roles.tsv")) {
      pieces.add(r.get(0));
    }
    for (List<String> r : rows("organizations.tsv")) {
      pieces.add(r.get(0));
    }
    for (List<String> r : rows("countries.tsv")) {
      pieces.add(r.get(0));
    }
    Gen<String> text = Generate.intArrays(Generate.range(0, 12),
        Generate.range(0, pieces.size() - 1)).map(ix -> {
          StringBuilder b = new StringBuilder();
          for (int k : ix) {
            b.append(pieces.get(k)).append(' ');
          }
          return b.toString();
        });
    qt().withExamples(1000).forAll(text).check(s -> {
      List<TitleMention> ms = VietParse.extract(s).titles();
      int last = 0;
      for (TitleMention m : ms) {
        if (m.span().start() < last || m.span().end() > s.length()
            || !s.substring(m.span().start(), m.span().end()).equals(m.text())) {
          return false;
        }
        last = m.span().end();
      }
      return true;
    });
  }

  private static List<String> canonicals(String s) {
    return VietParse.extract(s).titles().stream().map(m -> m.title().canonical())
        .collect(Collectors.toList());
  }
}
