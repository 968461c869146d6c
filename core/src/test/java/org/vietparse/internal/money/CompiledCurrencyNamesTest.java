package org.vietparse.internal.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vietparse.internal.compiled.CompiledLexicons;

/** The currency names compiled at build time are ICU's, as the pinned ICU4J gives them now. */
class CompiledCurrencyNamesTest {
  @Test
  void compiledNamesAreIcusNames() {
    List<String> compiled = CompiledLexicons.list(MoneyLexicon.ICU_NAMES, () -> {
      throw new AssertionError("the build compiles ICU's currency names");
    });
    List<String> icu = MoneyLexicon.icuNameList();
    assertEquals(icu, compiled);
    assertTrue(icu.contains("đô la australia") && icu.contains("australian dollars"),
        "ICU's names: " + icu.size());
  }
}
