package org.vietparse.date;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vietparse.date.LunarCalendar.LunarDate;
import org.vietparse.date.LunarCalendar.MonthTable;

class LunarCalendarTest {

    private static final String DIFFERENCES_RESOURCE = "lunar-differences-vs-chinese.tsv";

    /** Hanoi midnight (UTC+7) and Beijing midnight (UTC+8), as times of day in UTC. */
    private static final LocalTime HANOI_MIDNIGHT_UTC = LocalTime.of(17, 0);
    private static final LocalTime BEIJING_MIDNIGHT_UTC = LocalTime.of(16, 0);

    /**
     * How far ICU's {@code CalendarAstronomer} (low-precision solar and lunar theories) is allowed
     * to be from our instants. Its worst miss over 1900–2100 is about 20 minutes (the 120° term of
     * July 1922).
     */
    private static final Duration ICU_TOLERANCE = Duration.ofMinutes(30);

    @Test
    void tetDates() {
        assertAll(
                () -> assertTet(1985, "1985-01-21"),
                () -> assertTet(2007, "2007-02-17"),
                () -> assertTet(2024, "2024-02-10"),
                () -> assertTet(2025, "2025-01-29"),
                () -> assertTet(2026, "2026-02-17"),
                () -> assertTet(2000, "2000-02-05"),
                () -> assertTet(1968, "1968-01-29"),
                () -> assertTet(1900, "1900-01-31"));
    }

    /** The years above where China's new year fell on another day, as ICU's calendar has them. */
    @Test
    void chineseNewYearDiffersInTheDocumentedYears() {
        IcuChinese icu = new IcuChinese();
        assertAll(
                () -> assertEquals(LocalDate.parse("1985-02-20"), icu.newYear(1985)),
                () -> assertEquals(LocalDate.parse("2007-02-18"), icu.newYear(2007)),
                () -> assertEquals(LocalDate.parse("1968-01-30"), icu.newYear(1968)),
                () -> assertEquals(LocalDate.parse("2024-02-10"), icu.newYear(2024)),
                () -> assertEquals(LocalDate.parse("2025-01-29"), icu.newYear(2025)));
    }

    @Test
    void knownLeapMonths() {
        assertAll(
                () -> assertEquals(4, LunarCalendar.leapMonth(2001)),
                () -> assertEquals(2, LunarCalendar.leapMonth(2004)),
                () -> assertEquals(7, LunarCalendar.leapMonth(2006)),
                () -> assertEquals(5, LunarCalendar.leapMonth(2009)),
                () -> assertEquals(4, LunarCalendar.leapMonth(2012)),
                () -> assertEquals(9, LunarCalendar.leapMonth(2014)),
                () -> assertEquals(6, LunarCalendar.leapMonth(2017)),
                () -> assertEquals(4, LunarCalendar.leapMonth(2020)),
                () -> assertEquals(2, LunarCalendar.leapMonth(2023)),
                () -> assertEquals(6, LunarCalendar.leapMonth(2025)),
                () -> assertEquals(11, LunarCalendar.leapMonth(2033)),
                // The Hanoi solstice of 21 December 1984 (23:23 local) makes month 11 begin a month
                // earlier than in China, so Vietnam's leap month moved from 1984 into 1985.
                () -> assertEquals(0, LunarCalendar.leapMonth(1984)),
                () -> assertEquals(2, LunarCalendar.leapMonth(1985)),
                () -> assertEquals(0, LunarCalendar.leapMonth(2024)));
    }

    /** The same method at UTC+8 must reproduce the Chinese calendar where it is documented. */
    @Test
    void utc8ComputationReproducesChineseLeapMonths() {
        MonthTable china = LunarCalendar.computeTable(ZoneOffset.ofHours(8));
        assertAll(
                () -> assertEquals(10, china.leapMonth(1984)),
                () -> assertEquals(0, china.leapMonth(1985)),
                // ICU 77 says 7 here: it puts the 150° term of 1987-08-24 00:10 Beijing time on the
                // 23rd. The Chinese almanac has leap month 6, as do we.
                () -> assertEquals(6, china.leapMonth(1987)),
                () -> assertEquals(2, china.leapMonth(2023)),
                () -> assertEquals(11, china.leapMonth(2033)),
                () -> assertEquals(Optional.of(LocalDate.parse("1985-02-20")), china.toSolar(1985, 1, 1, false)),
                () -> assertEquals(Optional.of(LocalDate.parse("2007-02-18")), china.toSolar(2007, 1, 1, false)));
    }

    @Test
    void toLunarOfKnownDays() {
        assertAll(
                // Giáp Thìn's last month had 29 days: the 2025 New Year's Eve was the 29th, with no "30 Tết".
                () -> assertEquals(Optional.of(new LunarDate(2024, 12, 29, false)),
                        LunarCalendar.toLunar(LocalDate.parse("2025-01-28"))),
                () -> assertEquals(29, LunarCalendar.monthLength(2024, 12, false)),
                () -> assertEquals(Optional.of(new LunarDate(2025, 6, 1, true)),
                        LunarCalendar.toLunar(LocalDate.parse("2025-07-25"))),
                () -> assertEquals(Optional.of(new LunarDate(2025, 8, 15, false)),
                        LunarCalendar.toLunar(LocalDate.parse("2025-10-06"))),
                () -> assertEquals(Optional.of(LocalDate.parse("2025-08-23")),
                        LunarCalendar.toSolar(2025, 7, 1, false)));
    }

    /** Every day of the range converts to a lunar date and back, and consecutive days are consecutive. */
    @Test
    void roundTripEveryDay() {
        LocalDate end = LocalDate.of(2100, 12, 31);
        LunarDate previous = null;
        for (LocalDate day = LocalDate.of(1900, 2, 1); !day.isAfter(end); day = day.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(day).orElseThrow(AssertionError::new);
            Optional<LocalDate> back = LunarCalendar.toSolar(lunar.year(), lunar.month(), lunar.day(), lunar.leap());
            if (!back.equals(Optional.of(day))) {
                fail(day + " -> " + lunar + " -> " + back);
            }
            if (previous != null && !follows(previous, lunar)) {
                fail(lunar + " on " + day + " does not follow " + previous);
            }
            previous = lunar;
        }
    }

    @Test
    void everyMonthHas29Or30Days() {
        for (int year = LunarCalendar.MIN_YEAR; year <= LunarCalendar.MAX_YEAR; year++) {
            int leap = LunarCalendar.leapMonth(year);
            for (int month = 1; month <= 12; month++) {
                int length = LunarCalendar.monthLength(year, month, false);
                assertTrue(length == 29 || length == 30, year + "/" + month + ": " + length);
                int leapLength = LunarCalendar.monthLength(year, month, true);
                if (month == leap) {
                    assertTrue(leapLength == 29 || leapLength == 30, year + "/leap " + month + ": " + leapLength);
                } else {
                    assertEquals(0, leapLength, year + "/leap " + month);
                }
            }
        }
    }

    @Test
    void rangeEnds() {
        LocalDate nextNewYear = LunarCalendar.toSolar(2100, 12, 1, false).orElseThrow()
                .plusDays(LunarCalendar.monthLength(2100, 12, false));
        assertAll(
                () -> assertEquals(Optional.empty(), LunarCalendar.toLunar(LocalDate.of(1900, 1, 30))),
                () -> assertEquals(Optional.of(new LunarDate(1900, 1, 1, false)),
                        LunarCalendar.toLunar(LocalDate.of(1900, 1, 31))),
                () -> assertEquals(LocalDate.of(2101, 1, 29), nextNewYear),
                () -> assertTrue(LunarCalendar.toLunar(nextNewYear.minusDays(1)).isPresent()),
                () -> assertEquals(Optional.empty(), LunarCalendar.toLunar(nextNewYear)),
                () -> assertEquals(Optional.empty(), LunarCalendar.toLunar(LocalDate.MIN)),
                () -> assertEquals(Optional.empty(), LunarCalendar.toLunar(LocalDate.MAX)),
                () -> assertEquals(Optional.empty(), LunarCalendar.toSolar(1899, 12, 1, false)),
                () -> assertEquals(Optional.empty(), LunarCalendar.toSolar(2101, 1, 1, false)),
                () -> assertThrows(IllegalArgumentException.class, () -> LunarCalendar.leapMonth(1899)),
                () -> assertThrows(IllegalArgumentException.class, () -> LunarCalendar.monthLength(2101, 1, false)));
    }

    @Test
    void nonexistentDatesAreEmpty() {
        int shortMonth = 1;
        while (LunarCalendar.monthLength(2024, shortMonth, false) != 29) {
            shortMonth++;
        }
        int month = shortMonth;
        assertAll(
                () -> assertEquals(Optional.empty(), LunarCalendar.toSolar(2024, month, 30, false)),
                () -> assertTrue(LunarCalendar.toSolar(2024, month, 29, false).isPresent()),
                () -> assertEquals(Optional.empty(), LunarCalendar.toSolar(2024, 4, 1, true)),
                () -> assertEquals(Optional.empty(), LunarCalendar.toSolar(2025, 5, 1, true)),
                () -> assertEquals(Optional.of(LocalDate.parse("2025-07-25")), LunarCalendar.toSolar(2025, 6, 1, true)),
                () -> assertEquals(Optional.empty(), LunarCalendar.toSolar(2024, 13, 1, false)),
                () -> assertEquals(Optional.empty(), LunarCalendar.toSolar(2024, 0, 1, false)),
                () -> assertEquals(Optional.empty(), LunarCalendar.toSolar(2024, 1, 0, false)),
                () -> assertEquals(Optional.empty(), LunarCalendar.toSolar(2024, 1, 31, false)),
                () -> assertEquals(0, LunarCalendar.monthLength(2024, 13, false)),
                () -> assertThrows(IllegalArgumentException.class, () -> new LunarDate(2024, 13, 1, false)),
                () -> assertThrows(IllegalArgumentException.class, () -> new LunarDate(2024, 1, 31, false)));
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> LunarCalendar.toLunar(null));
        assertThrows(NullPointerException.class, () -> LunarCalendar.computeTable(null));
    }

    /**
     * Compares every month start of 1900–2100 with ICU's Chinese calendar (UTC+8) and pins the
     * list of differences.
     *
     * <p>Each differing month label (year, month, leap) is given one cause, and the cause is
     * checked against the astronomy:
     *
     * <ul>
     *   <li>{@code new-moon}: both calendars have the month, China's starts one day later, and the
     *       new moon falls in [16:00, 17:00) UTC, i.e. before midnight in Hanoi but after midnight in
     *       Beijing.
     *   <li>{@code numbering}: the month is numbered differently (it exists in only one calendar or
     *       starts about a month apart). Month numbers of a "solstice year" (from the month 11 that
     *       holds one December solstice to the next) depend only on the civil days of its two
     *       solstices, of the major solar terms between them and of the new moons around them; an
     *       instant's civil day differs between UTC+7 and UTC+8 exactly when it falls in [16:00,
     *       17:00) UTC. So the check is that at least one of those events of the label's solstice
     *       year does. (1985 is the classic case: the solstice of 1984-12-21 16:23 UTC.)
     *   <li>{@code icu-astronomy}: ICU disagrees with this class's own computation for UTC+8, so the
     *       difference is not the time zone but ICU's lower-precision astronomy. The check is that an
     *       event of the solstice year lies within {@link #ICU_TOLERANCE} of Beijing midnight.
     * </ul>
     *
     * <p>For the first two causes ICU must also agree with our UTC+8 computation, which shows that
     * the time zone alone accounts for the difference.
     */
    @Test
    void differencesFromIcuChineseCalendarAreExplainedAndPinned() throws IOException {
        Map<Label, LocalDate> vietnam = months(LunarCalendar.computeTable(LunarCalendar.VIETNAM_OFFSET));
        Map<Label, LocalDate> chinaByUs = months(LunarCalendar.computeTable(ZoneOffset.ofHours(8)));
        Map<Label, LocalDate> icu = new IcuChinese().months();
        assertEquals(vietnam.size(), icu.size(), "number of months 1900-2100");

        TreeSet<Label> labels = new TreeSet<>(Label.ORDER);
        labels.addAll(vietnam.keySet());
        labels.addAll(icu.keySet());
        List<String> actual = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        for (Label label : labels) {
            LocalDate vn = vietnam.get(label);
            LocalDate cn = icu.get(label);
            if (Objects.equals(vn, cn)) {
                continue;
            }
            String cause;
            Optional<String> problem;
            if (!Objects.equals(chinaByUs.get(label), cn)) {
                cause = "icu-astronomy";
                problem = requireEventNear(label, BEIJING_MIDNIGHT_UTC, ICU_TOLERANCE);
            } else if (vn != null && cn != null && cn.equals(vn.plusDays(1))) {
                cause = "new-moon";
                Instant newMoon = LunarCalendar.newMoonNear(vn);
                problem = inTimeZoneWindow(newMoon) && newMoon.atOffset(ZoneOffset.UTC).toLocalDate().equals(vn)
                        ? Optional.empty()
                        : Optional.of("new moon at " + newMoon);
            } else {
                cause = "numbering";
                problem = requireEventInTimeZoneWindow(label);
            }
            problem.ifPresent(p -> unexplained.add(label + " " + vn + " " + cn + " (" + cause + "): " + p));
            actual.add(String.join("\t",
                    Integer.toString(label.year()),
                    Integer.toString(label.month()),
                    label.leap() ? "1" : "0",
                    vn == null ? "-" : vn.toString(),
                    cn == null ? "-" : cn.toString(),
                    cause));
        }

        assertEquals(List.of(), unexplained, "differences the astronomy does not explain");
        assertEquals(readExpectedDifferences(), actual, DIFFERENCES_RESOURCE);
        assertTrue(actual.contains("1985\t1\t0\t1985-01-21\t1985-02-20\tnumbering"), "Tết 1985");
        assertTrue(actual.contains("2007\t1\t0\t2007-02-17\t2007-02-18\tnew-moon"), "Tết 2007");
        assertTrue(actual.contains("1968\t1\t0\t1968-01-29\t1968-01-30\tnew-moon"), "Tết 1968");
    }

    /**
     * Wherever ICU and our UTC+8 computation disagree, including months where ICU's error happens to
     * land on the Vietnamese answer (1914, 1916, 1917, 1920, 1922, 1987, 2018, 2030), some event is
     * close to Beijing midnight, so ICU's precision and not our method is the cause.
     */
    @Test
    void icuDisagreesWithOurUtc8ComputationOnlyNearBeijingMidnight() {
        Map<Label, LocalDate> chinaByUs = months(LunarCalendar.computeTable(ZoneOffset.ofHours(8)));
        Map<Label, LocalDate> icu = new IcuChinese().months();
        TreeSet<Label> labels = new TreeSet<>(Label.ORDER);
        labels.addAll(chinaByUs.keySet());
        labels.addAll(icu.keySet());
        List<String> unexplained = new ArrayList<>();
        int disagreements = 0;
        for (Label label : labels) {
            if (!Objects.equals(chinaByUs.get(label), icu.get(label))) {
                disagreements++;
                requireEventNear(label, BEIJING_MIDNIGHT_UTC, ICU_TOLERANCE)
                        .ifPresent(p -> unexplained.add(label + ": " + p));
            }
        }
        assertEquals(List.of(), unexplained);
        assertTrue(disagreements < 40, "ICU disagrees in " + disagreements + " months");
    }

    private static void assertTet(int year, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), LunarCalendar.toSolar(year, 1, 1, false), "Tết " + year);
        assertEquals(Optional.of(new LunarDate(year, 1, 1, false)), LunarCalendar.toLunar(LocalDate.parse(expected)));
    }

    private static boolean follows(LunarDate previous, LunarDate next) {
        if (next.day() != 1) {
            return next.year() == previous.year()
                    && next.month() == previous.month()
                    && next.leap() == previous.leap()
                    && next.day() == previous.day() + 1;
        }
        if (previous.day() != LunarCalendar.monthLength(previous.year(), previous.month(), previous.leap())) {
            return false;
        }
        if (next.leap()) {
            return next.year() == previous.year() && next.month() == previous.month() && !previous.leap();
        }
        return previous.month() == 12
                ? next.year() == previous.year() + 1 && next.month() == 1
                : next.year() == previous.year() && next.month() == previous.month() + 1;
    }

    private static Map<Label, LocalDate> months(MonthTable table) {
        Map<Label, LocalDate> months = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            LunarDate start = table.month(i);
            months.put(new Label(start.year(), start.month(), start.leap()), table.monthStart(i));
        }
        return months;
    }

    /** Whether the instant is on different civil days in UTC+7 and UTC+8. */
    private static boolean inTimeZoneWindow(Instant instant) {
        LocalTime utc = instant.atOffset(ZoneOffset.UTC).toLocalTime();
        return !utc.isBefore(BEIJING_MIDNIGHT_UTC) && utc.isBefore(HANOI_MIDNIGHT_UTC);
    }

    private static Optional<String> requireEventInTimeZoneWindow(Label label) {
        List<Event> events = solsticeYearEvents(label);
        return events.stream().anyMatch(e -> inTimeZoneWindow(e.instant()))
                ? Optional.empty()
                : Optional.of("no event in [16:00, 17:00) UTC among " + events);
    }

    private static Optional<String> requireEventNear(Label label, LocalTime utcTime, Duration tolerance) {
        List<Event> events = solsticeYearEvents(label);
        for (Event event : events) {
            Instant instant = event.instant();
            LocalDate day = instant.atOffset(ZoneOffset.UTC).toLocalDate();
            for (int shift = -1; shift <= 1; shift++) {
                Instant target = day.plusDays(shift).atTime(utcTime).toInstant(ZoneOffset.UTC);
                if (Duration.between(instant, target).abs().compareTo(tolerance) < 0) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of("no event within " + tolerance + " of " + utcTime + " UTC among " + events);
    }

    /**
     * The events that fix the month numbers of the label's solstice year: months 11 and 12 (and a
     * leap 11 or 12) of lunar year Y follow the December solstice of Y; the others follow that of
     * Y-1. The new moons run from the month holding the first solstice to the one after the month
     * holding the second.
     */
    private static List<Event> solsticeYearEvents(Label label) {
        int solsticeYear = label.month() >= 11 ? label.year() + 1 : label.year();
        Instant first = LunarCalendar.solarTermNear(LocalDate.of(solsticeYear - 1, 12, 21), 270);
        Instant last = LunarCalendar.solarTermNear(LocalDate.of(solsticeYear, 12, 21), 270);
        List<Event> events = new ArrayList<>();
        events.add(new Event("solstice", first));
        LocalDate firstDay = first.atOffset(ZoneOffset.UTC).toLocalDate();
        for (int n = 1; n < 12; n++) {
            int longitude = (270 + 30 * n) % 360;
            LocalDate approximate = firstDay.plusDays(Math.round(n * 30.44));
            events.add(new Event("term " + longitude, LunarCalendar.solarTermNear(approximate, longitude)));
        }
        events.add(new Event("solstice", last));
        LocalDate lastDay = last.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(31);
        Instant newMoon = LunarCalendar.newMoonNear(firstDay.minusDays(30));
        while (!newMoon.atOffset(ZoneOffset.UTC).toLocalDate().isAfter(lastDay)) {
            events.add(new Event("new moon", newMoon));
            newMoon = LunarCalendar.newMoonNear(newMoon.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(29));
        }
        return events;
    }

    private static List<String> readExpectedDifferences() throws IOException {
        try (InputStream in = LunarCalendarTest.class.getResourceAsStream(DIFFERENCES_RESOURCE)) {
            if (in == null) {
                throw new IOException("missing test resource " + DIFFERENCES_RESOURCE);
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .collect(Collectors.toList());
            assertFalse(lines.isEmpty(), "empty " + DIFFERENCES_RESOURCE);
            assertEquals("lunar_year\tmonth\tleap\tvietnam_start\tchinese_start\tcause", lines.get(0));
            return lines.stream().skip(1).filter(line -> !line.isBlank()).collect(Collectors.toList());
        }
    }

    private record Label(int year, int month, boolean leap) {
        static final Comparator<Label> ORDER = Comparator.comparingInt(Label::year)
                .thenComparingInt(Label::month)
                .thenComparing(Label::leap);
    }

    private record Event(String kind, Instant instant) {
        @Override
        public String toString() {
            return kind + " " + instant.truncatedTo(ChronoUnit.SECONDS);
        }
    }

    /** ICU's Chinese calendar read at UTC midnights, so its fields are those of the civil date. */
    private static final class IcuChinese {
        /** ICU counts Chinese years from 2637 BCE. */
        private static final int EXTENDED_YEAR_OFFSET = 2637;

        private final ChineseCalendar calendar = new ChineseCalendar(TimeZone.GMT_ZONE, Locale.ROOT);

        private Label labelOf(LocalDate date) {
            calendar.setTimeInMillis(date.toEpochDay() * 86_400_000L);
            return new Label(
                    calendar.get(Calendar.EXTENDED_YEAR) - EXTENDED_YEAR_OFFSET,
                    calendar.get(Calendar.MONTH) + 1,
                    calendar.get(Calendar.IS_LEAP_MONTH) == 1);
        }

        private int dayOf(LocalDate date) {
            calendar.setTimeInMillis(date.toEpochDay() * 86_400_000L);
            return calendar.get(Calendar.DAY_OF_MONTH);
        }

        LocalDate newYear(int year) {
            LocalDate date = LocalDate.of(year, 1, 20);
            while (!(dayOf(date) == 1 && labelOf(date).equals(new Label(year, 1, false)))) {
                date = date.plusDays(1);
            }
            return date;
        }

        /** Month starts of lunar years 1900–2100, walking from one month's first day to the next. */
        Map<Label, LocalDate> months() {
            Map<Label, LocalDate> months = new HashMap<>();
            LocalDate start = newYear(LunarCalendar.MIN_YEAR);
            while (true) {
                Label label = labelOf(start);
                if (label.year() > LunarCalendar.MAX_YEAR) {
                    return months;
                }
                months.put(label, start);
                LocalDate afterShortMonth = start.plusDays(29);
                start = dayOf(afterShortMonth) == 1 ? afterShortMonth : start.plusDays(30);
                assertEquals(1, dayOf(start), () -> "ICU month after " + label);
            }
        }
    }
}
