package org.vietparse.money;

import org.vietparse.testing.MultiLocaleTest;
import org.vietparse.MentionFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.vietparse.VietParse;

class MoneyTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency VND = Currency.getInstance("VND");

  @Test
  void amountsCompareByValueWhateverTheirWrittenScale() {
    Money a = VietParse.parseMoney("1,3 tỷ USD").orElseThrow();
    Money b = VietParse.parseMoney("1.300 triệu USD").orElseThrow();
    Money c = Money.of(new BigDecimal("1.30E+9"), USD);
    Money d = Money.of(new BigDecimal("1300000000.000"), USD);
    assertEquals(a, b);
    assertEquals(a, c);
    assertEquals(a, d);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a.hashCode(), c.hashCode());
    assertEquals("1300000000", c.amount().orElseThrow().toPlainString());
  }

  @Test
  void everyPartTakesPartInEquality() {
    Money base = Money.of(BigDecimal.TEN, USD);
    assertNotEquals(base, Money.of(BigDecimal.TEN, VND));
    assertNotEquals(base, Money.of(BigDecimal.ONE, USD));
    assertNotEquals(base, base.withModifier(org.vietparse.money.Modifier.APPROX));
    assertNotEquals(base, base.withPer("kg"));
    assertNotEquals(Money.range(BigDecimal.ONE, BigDecimal.TEN, USD), base);
    assertNotEquals(base, "10 USD");
    assertEquals(base, base.withModifier(org.vietparse.money.Modifier.APPROX).withoutModifier());
    assertEquals(base, base.withPer("kg").withoutPer());
    assertNotEquals(base, base.withVague(true));
    assertEquals(base, base.withVague(true).withVague(false));
    assertNotEquals(base.hashCode(), base.withVague(true).hashCode());
  }

  @Test
  void toStringIsShort() {
    assertEquals("1300000000 USD (MORE_THAN)", read("hơn 1,3 tỷ USD").toString());
    assertEquals("500000 VND/lượng (APPROX)",
        read("khoảng nửa triệu đồng/lượng").toString());
    assertEquals("2000000000-3000000000 VND", read("từ 2 đến 3 tỷ đồng").toString());
    assertEquals("2.23 USD", read("2 đô 23 xu").toString());
    assertEquals("10000000 USD (APPROX) vague", read("hàng chục triệu USD").toString());
  }

  @Test
  void formatFieldsAreInOrderAndLeaveOutAbsentOnes() {
    Map<String, ?> m = MentionFormat.fields(VietParse.parseMoney("hơn 1,3 tỷ USD").orElseThrow());
    assertEquals(List.of("amount", "currency", "mod"), List.copyOf(m.keySet()));
    assertEquals(Map.of("amount", "1300000000", "currency", "USD", "mod", "MORE_THAN"), m);

    Map<String, ?> r =
        MentionFormat.fields(VietParse.parseMoney("khoảng 2-3 tỷ đồng/năm").orElseThrow());
    assertEquals(List.of("min", "max", "currency", "mod", "per"), List.copyOf(r.keySet()));
    assertEquals("2000000000", r.get("min"));
    assertEquals("3000000000", r.get("max"));
    assertEquals("năm", r.get("per"));

    Map<String, ?> v = MentionFormat.fields(VietParse.parseMoney("hàng nghìn tỷ đồng").orElseThrow());
    assertEquals(List.of("amount", "currency", "mod", "vague"), List.copyOf(v.keySet()));
    assertEquals(Boolean.TRUE, v.get("vague"));

    assertEquals(Map.of("amount", "100000000000000000000", "currency", "VND"),
        MentionFormat.fields(Money.of(new BigDecimal("1E+20"), VND)), "plain digits, no exponent");
  }

  @Test
  void accessorsTellAmountFromRange() {
    Money one = Money.of(new BigDecimal("5"), USD);
    assertFalse(one.isRange());
    assertEquals(Optional.empty(), one.min());
    assertEquals(Optional.empty(), one.max());
    assertEquals(Optional.empty(), one.modifier());
    assertEquals(Optional.empty(), one.per());
    Money range = Money.range(BigDecimal.ONE, BigDecimal.TEN, USD);
    assertTrue(range.isRange());
    assertEquals(Optional.empty(), range.amount());
    assertEquals(Optional.of(BigDecimal.TEN), range.max());
    assertEquals(VND, range.withCurrency(VND).currency());
  }

  @Test
  void badArgumentsFailFastWithAMessage() {
    assertThrows(NullPointerException.class, () -> Money.of(null, USD));
    assertThrows(NullPointerException.class, () -> Money.of(BigDecimal.ONE, null));
    assertThrows(NullPointerException.class, () -> Money.of(BigDecimal.ONE, USD).withPer(null));
    assertThrows(NullPointerException.class,
        () -> Money.of(BigDecimal.ONE, USD).withModifier(null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Money.range(BigDecimal.TEN, BigDecimal.ONE, USD));
    assertTrue(e.getMessage().contains("10"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Money.range(BigDecimal.ONE, new BigDecimal("1.00"), USD));
    assertThrows(IllegalArgumentException.class, () -> Money.of(BigDecimal.ONE, USD).withPer(" "));
  }

  /** Vietnamese text read as one figure. */
  private static Money read(String text) {
    return VietParse.parseMoney(text).orElseThrow();
  }

  @Test
  void parseReadsWhatToStringWrites() {
    for (String written : List.of("1300000000 USD (MORE_THAN)", "2000000000-3000000000 VND",
        "500000 VND/lượng (APPROX)", "2.23 USD", "-5 EUR", "1 VND/kg (UP_TO)",
        "0.5 JPY/thùng dầu", "10000000 USD (APPROX) vague", "1000 VND vague")) {
      Money m = Money.parse(written);
      assertEquals(written, m.toString());
      assertEquals(m, Money.parse(m.toString()));
    }
    assertEquals(Money.of(new BigDecimal("500000"), VND).withPer("lượng")
        .withModifier(org.vietparse.money.Modifier.APPROX), Money.parse("500000 VND/lượng (APPROX)"));
  }

  @Test
  void parseQuotesTheTextItCannotRead() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Money.parse("hơn 8 triệu người"));
    assertTrue(e.getMessage().contains("hơn 8 triệu người"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Money.parse("5 XYZ"));
    assertTrue(e.getMessage().contains("XYZ"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Money.parse("3-2 USD"));
    assertThrows(IllegalArgumentException.class, () -> Money.parse("hơn 1,3 tỷ USD"));
    String longText = "x".repeat(200);
    e = assertThrows(IllegalArgumentException.class, () -> Money.parse(longText));
    assertTrue(e.getMessage().length() < 100, e.getMessage());
    assertThrows(NullPointerException.class, () -> Money.parse(null));
    assertEquals(Optional.empty(), VietParse.parseMoney(""));
    assertEquals(Optional.empty(), VietParse.parseMoney("hơn 1,3 tỷ USD."));
  }

  @Test
  void isImmutable() {
    assertTrue(Modifier.isFinal(Money.class.getModifiers()));
    for (Field f : Money.class.getDeclaredFields()) {
      assertTrue(Modifier.isFinal(f.getModifiers()), f.getName());
      assertTrue(Modifier.isPrivate(f.getModifiers()), f.getName());
    }
    Money m = Money.of(BigDecimal.ONE, USD);
    Money n = m.withModifier(org.vietparse.money.Modifier.UP_TO).withPer("kg").withCurrency(VND);
    assertEquals("1 USD", m.toString());
    assertEquals("1 VND/kg (UP_TO)", n.toString());
  }

  @Test
  void isSafeToShareAcrossThreads() throws Exception {
    Money m = read("khoảng 2-3 tỷ đồng");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Money>> fs = new java.util.ArrayList<>();
      for (int k = 0; k < 64; k++) {
        fs.add(pool.submit(() -> VietParse.parseMoney("khoảng 2-3 tỷ đồng").orElseThrow()));
      }
      for (Future<Money> f : fs) {
        assertEquals(m, f.get());
        assertEquals(MentionFormat.fields(m), MentionFormat.fields(f.get()));
      }
    } finally {
      pool.shutdown();
    }
  }

  @MultiLocaleTest
  void doesNotDependOnTheDefaultLocale(Locale locale) {
    assertEquals("1300000000 USD (MORE_THAN)", read("HƠN 1,3 TỶ USD").toString());
    assertEquals("1500000 VND", read("1,5 triệu đồng").toString());
    assertEquals("1500000 VND (APPROX)", Money.parse("1500000 VND (APPROX)").toString());
  }
}
