package org.vietparse.internal.title;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.vietparse.title.Title;

/**
 * The title stage makes each title in one step ({@link TitleMaker}); these check that the one
 * step makes what {@code Title.of} and the chain of {@code with…} copies make, and rejects what
 * they reject.
 */
class TitleMakerTest {
  private static final List<String> TEXTS = Arrays.asList(null, "Bộ trưởng", " Chủ tịch ",
      "Ủy ban nhân dân Thành phố Hà Nội", "", "  ", "Minister of Health");
  private static final List<String> CODES = Arrays.asList(null, "LA", "US", "la", "L");
  private static final List<String> DATES = Arrays.asList(null, "2025-07-01", "1992",
      "2025-13", "mai");

  private static <T> Gen<T> pick(List<T> values) {
    return SourceDSL.integers().between(0, values.size() - 1).map(values::get);
  }

  /** What the chain of copies makes, the way the title stage used to build it. */
  private static Title chained(String[] p, Title.Kind kind, Title.Status status) {
    Title t = Title.of(p[0]);
    if (p[1] != null) {
      t = t.withRole(p[1]);
    }
    if (p[2] != null) {
      t = t.withOrganization(p[2]);
    }
    if (kind != null) {
      t = t.withKind(kind);
    }
    if (p[8] != null) {
      t = t.withEnglish(p[8]);
    }
    if (p[9] != null) {
      t = t.withDefunct(p[9], p[10]);
    }
    if (p[3] != null) {
      t = t.withCountry(p[3], p[4]);
    }
    if (p[5] != null) {
      t = t.withPostedTo(p[5]);
    }
    if (status != null) {
      t = t.withStatus(status);
    }
    return t;
  }

  private static Object outcome(java.util.function.Supplier<Title> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      return e.getClass();
    }
  }

  @Test
  void oneStepMakesWhatTheChainOfCopiesMakes() {
    Gen<String[]> parts = pick(TEXTS).zip(pick(TEXTS), pick(TEXTS), pick(TEXTS), pick(TEXTS),
        (a, b, c, d, e) -> new String[] {a, b, c, d, null, e, null, null, null, null, null})
        .zip(pick(CODES), pick(TEXTS), pick(DATES), pick(TEXTS), (p, code, en, date, succ) -> {
          p[4] = code;
          p[8] = en;
          p[9] = date;
          p[10] = succ;
          return p;
        });
    Gen<Title.Kind> kinds = pick(Arrays.asList(null, Title.Kind.STATE, Title.Kind.BUSINESS));
    Gen<Title.Status> statuses =
        pick(Arrays.asList(null, Title.Status.FORMER, Title.Status.ELECT));
    qt().withExamples(5000).forAll(parts, kinds, statuses).checkAssert((p, kind, status) -> {
      // a country comes with its code, as the title stage hands them over
      if (p[3] == null) {
        p[4] = null;
      } else if (p[4] == null) {
        p[4] = "VN";
      }
      if (p[0] == null) {
        p[0] = "Thứ trưởng";
      }
      Object expected = outcome(() -> chained(p, kind, status));
      Object actual = outcome(() -> TitleMaker.maker().make(p[0], p[1], p[2], p[3], p[4], p[5],
          kind, status, p[8], p[9], p[10]));
      assertEquals(expected, actual);
    });
  }

  @Test
  void aSecondMakerIsRefused() {
    TitleMaker.maker();
    assertThrows(IllegalStateException.class, () -> TitleMaker.register(
        (c, r, o, n, code, p, k, s, e, d, succ) -> Title.of(c)));
  }
}
