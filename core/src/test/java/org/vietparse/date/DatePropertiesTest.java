package org.vietparse.date;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.vietparse.DateMention;
import org.vietparse.Extractor;
import org.vietparse.MentionType;
import org.vietparse.VietParse;

/** Round trips from java.time values through the Vietnamese ways of writing them. */
class DatePropertiesTest {
  private static final int EXAMPLES = 400;
  private static final LocalDate FIRST = LocalDate.of(1000, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2999, 12, 31);
  private static final Extractor DATES = VietParse.extractor().types(MentionType.DATE).build();

  private static Gen<LocalDate> dates() {
    return integers().between(0, (int) (LAST.toEpochDay() - FIRST.toEpochDay()))
        .map(d -> FIRST.plusDays(d));
  }

  private static boolean parsesTo(String text, String timex) {
    Optional<DateValue> v = VietParse.parseDate(text);
    return v.isPresent() && v.get().timex().equals(Optional.of(timex));
  }

  @Test
  void dayAndMonthParseBack() {
    qt().withExamples(EXAMPLES).forAll(dates()).check(d -> parsesTo(
        d.getDayOfMonth() + "/" + d.getMonthValue(),
        "XXXX-" + d.format(DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT))));
  }

  @Test
  void paddedDayMonthYearParsesBack() {
    qt().withExamples(EXAMPLES).forAll(dates()).check(d -> parsesTo(
        d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT)), d.toString()));
  }

  @Test
  void writtenDateParsesBack() {
    qt().withExamples(EXAMPLES).forAll(dates()).check(d -> parsesTo(
        "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear(),
        d.toString()));
  }

  @Test
  void dateAndTimeParseBack() {
    qt().withExamples(EXAMPLES).forAll(dates(), integers().between(0, 23),
        integers().between(0, 59)).check((d, h, m) -> {
          LocalDateTime dt = d.atTime(h, m);
          String text = d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT)) + " "
              + String.format(Locale.ROOT, "%02d:%02d", h, m);
          Optional<DateValue> v = VietParse.parseDate(text);
          return v.isPresent() && v.get().toLocalDateTime().equals(Optional.of(dt));
        });
  }

  @Test
  void invalidDayMonthNeverMakesAMention() {
    // a day past the month's longest (31/4, 30/2) or a month past 12, or a zero
    qt().withExamples(EXAMPLES).forAll(integers().between(0, 99), integers().between(0, 40))
        .check((m, k) -> {
          int d = m >= 1 && m <= 12 ? java.time.Month.of(m).maxLength() + 1 + k % 9 : k;
          return DATES.extract("Sự kiện diễn ra ngày " + d + "/" + m + " tại Hà Nội.").dates()
              .isEmpty()
              && DATES.extract("Chiều " + d + "/" + m + ", đoàn tới thăm.").dates().isEmpty()
              && DATES.extract("ngày " + d + " tháng " + m).dates().isEmpty();
        });
  }

  @Test
  void everyInvalidSmallDayMonthPairIsRejected() {
    for (int m = 0; m <= 20; m++) {
      for (int d = 0; d <= 40; d++) {
        boolean valid = m >= 1 && m <= 12 && d >= 1 && d <= java.time.Month.of(m).maxLength();
        String text = "Hội nghị khai mạc sáng " + d + "/" + m + ".";
        List<DateMention> found = DATES.extract(text).dates();
        if (valid != (found.size() == 1)) {
          throw new AssertionError(text + " → " + found);
        }
      }
    }
  }

  @Test
  void invalidDayOfAKnownYearNeverMakesAMention() {
    qt().withExamples(EXAMPLES).forAll(integers().between(1900, 2100), integers().between(1, 12),
        integers().between(1, 3)).check((y, m, k) -> {
          // a day just past the month's end: 29/2 in a common year, 31/4, 30/2
          int month = YearMonth.of(y, m).lengthOfMonth() == 31 ? 2 : m;
          int d = Math.min(31, YearMonth.of(y, month).lengthOfMonth() + k);
          return DATES.extract("Ngày " + d + "/" + month + "/" + y + ", hội nghị khai mạc.")
              .dates().isEmpty()
              && DATES.extract("ngày " + d + " tháng " + month + " năm " + y).dates().isEmpty();
        });
  }

  @Test
  void timexRoundTripsThroughParse() {
    qt().withExamples(EXAMPLES).forAll(dates(), integers().between(0, 23 * 60 + 59))
        .check((d, minutes) -> {
          DateValue v = DateValue.of(d.atTime(LocalTime.ofSecondOfDay(minutes * 60L)));
          DateValue month = DateValue.of(YearMonth.from(d));
          DateValue noYear = DateValue.of(java.time.MonthDay.from(d))
              .withPartOfDay(PartOfDay.values()[minutes % 5]);
          return DateValue.parse(v.timex().orElseThrow()).equals(v)
              && DateValue.parse(month.timex().orElseThrow()).equals(month)
              && DateValue.parse(noYear.timex().orElseThrow()).equals(noYear);
        });
  }

  /** A value built from a seed: any kind of point or range, with any flags. */
  static DateValue valueOf(int seed) {
    long r = seed & 0xffffffffL;
    java.util.function.LongUnaryOperator next = x -> (x * 6364136223846793005L
        + 1442695040888963407L) >>> 1;
    long[] s = {r};
    java.util.function.IntUnaryOperator pick = bound -> {
      s[0] = next.applyAsLong(s[0] + 1);
      return (int) Math.floorMod(s[0] >>> 7, (long) bound);
    };
    DateValue v;
    if (pick.applyAsInt(5) == 0) {
      int y = 1990 + pick.applyAsInt(40);
      int m = 1 + pick.applyAsInt(12);
      DatePoint b = DateValue.of(YearMonth.of(y, m)).withDay(1 + pick.applyAsInt(28));
      DatePoint e = pick.applyAsInt(2) == 0 ? b : DateValue.of(YearMonth.of(y + 1, m));
      if (pick.applyAsInt(3) == 0) {
        b = DateValue.of(java.time.MonthDay.of(m, 1 + pick.applyAsInt(28)))
            .withWeekday(java.time.DayOfWeek.of(1 + pick.applyAsInt(7)));
        e = DateValue.of(java.time.MonthDay.of(1 + pick.applyAsInt(12), 1));
      }
      v = DateValue.range(b, e);
    } else {
      DatePoint p = DateValue.unknown();
      switch (pick.applyAsInt(6)) {
        case 0 -> {
          if (pick.applyAsInt(2) == 0) {
            p = p.withYear(1990 + pick.applyAsInt(40));
          }
          p = p.withMonth(1 + pick.applyAsInt(12)).withDay(1 + pick.applyAsInt(28));
        }
        case 1 -> p = p.withYear(1990 + pick.applyAsInt(40)).withQuarter(1 + pick.applyAsInt(4));
        case 2 -> p = p.withYear(1990 + pick.applyAsInt(40))
            .withSeason(Season.values()[pick.applyAsInt(4)]);
        case 3 -> {
          p = p.withYear(2000 + pick.applyAsInt(30)).withWeek(1 + pick.applyAsInt(52));
          if (pick.applyAsInt(2) == 0) {
            p = p.withWeekend(true);
          }
        }
        case 4 -> p = p.withMonth(1 + pick.applyAsInt(12));
        default -> {
          // a time alone, a weekday alone, or nothing
        }
      }
      if (p.quarter().isEmpty() && p.season().isEmpty() && !p.isWeekend()) {
        switch (pick.applyAsInt(4)) {
          case 0 -> p = p.withTime(pick.applyAsInt(9) == 0 ? LocalTime.MAX
              : LocalTime.of(pick.applyAsInt(24), pick.applyAsInt(60), pick.applyAsInt(3)));
          case 1 -> p = p.withPartOfDay(PartOfDay.values()[pick.applyAsInt(5)]);
          default -> {
          }
        }
        if (pick.applyAsInt(3) == 0) {
          p = p.withWeekday(java.time.DayOfWeek.of(1 + pick.applyAsInt(7)));
        }
      }
      v = p;
    }
    if (pick.applyAsInt(2) == 0) {
      v = v.withRelative(true);
    }
    if (pick.applyAsInt(3) == 0) {
      v = v.withLocalTime(true);
    }
    if (pick.applyAsInt(4) == 0) {
      v = v.withLunar(true);
    }
    if (pick.applyAsInt(3) == 0) {
      v = v.withModifier(DateModifier.values()[pick.applyAsInt(3)]);
    }
    return v;
  }

  @Test
  void everyValueReadsBackFromItsString() {
    qt().withExamples(EXAMPLES * 4).forAll(integers().all().map(DatePropertiesTest::valueOf))
        .check(v -> DateValue.parse(v.toString()).equals(v));
  }

  @Test
  void anyTextYieldsValidSpansAndNeverThrows() {
    String alphabet = "0123456789/.-:()hg ,ngàytháng năm sáng chiều tối thứ hai từ đến";
    qt().withExamples(EXAMPLES).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40),
        integers().between(0, Integer.MAX_VALUE)).check((s, seed) -> {
          StringBuilder sb = new StringBuilder();
          int r = seed;
          for (int i = 0; i < s.length(); i++) {
            r = r * 1103515245 + 12345;
            sb.append(alphabet.charAt(Math.floorMod(r >>> 8, alphabet.length())));
            if ((r & 7) == 0) {
              sb.append(s.charAt(i));
            }
          }
          String text = sb.toString();
          List<DateMention> found = DATES.extract(text).dates();
          VietParse.parseDate(text);
          int last = 0;
          for (DateMention m : found) {
            if (m.span().start() < last || m.span().end() > text.length()
                || !text.substring(m.span().start(), m.span().end()).equals(m.text())) {
              return false;
            }
            last = m.span().end();
          }
          return true;
        });
  }

  @Test
  void anySequenceOfDateWordsResolvesWithoutThrowing() {
    String[] words = {"ngày", "tháng", "năm", "từ", "đến", "sáng", "chiều", "nay", "mai", "qua",
        "hôm", "thứ", "hai", "bảy", "chủ", "nhật", "tuần", "sau", "trước", "tới", "cùng", "kỳ",
        "quý", "III", "mùng", "rằm", "Tết", "Giêng", "âm", "lịch", "giờ", "h", "phút", "rưỡi",
        "kém", "cuối", "đầu", "nửa", "thập", "niên", "thế", "kỷ", "mùa", "đông", "giai", "đoạn",
        "1", "2", "12", "29", "30", "31", "45", "2024", "2025", "1900", "2100", "9999", "0",
        "/", "-", ".", ":", ",", "(", ")", "\n", "và", "lúc", "khoảng", "giờ địa phương"};
    Extractor withReference = VietParse.extractor().types(MentionType.DATE)
        .referenceDateTime(LocalDateTime.of(2024, 2, 29, 23, 59)).detectDateline()
        .prefer(Preference.FUTURE).build();
    qt().withExamples(EXAMPLES).forAll(integers().between(0, Integer.MAX_VALUE),
        integers().between(1, 24)).check((seed, length) -> {
          StringBuilder sb = new StringBuilder();
          int r = seed;
          for (int i = 0; i < length; i++) {
            r = r * 1103515245 + 12345;
            String w = words[Math.floorMod(r >>> 4, words.length)];
            sb.append(w);
            if ((r & 3) != 0) {
              sb.append(' ');
            }
          }
          String text = sb.toString();
          for (Extractor ex : List.of(DATES, withReference)) {
            int last = 0;
            for (DateMention m : ex.extract(text).dates()) {
              if (m.span().start() < last || !text.substring(m.span().start(), m.span().end())
                  .equals(m.text())) {
                return false;
              }
              last = m.span().end();
              m.value();
            }
          }
          VietParse.parseDate(text);
          return true;
        });
  }
}
