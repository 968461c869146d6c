package org.vietparse.date;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Conversion between Gregorian dates and the Vietnamese lunisolar calendar (âm lịch) for lunar
 * years {@value #MIN_YEAR}–{@value #MAX_YEAR}.
 *
 * <p>The calendar is not tabulated but computed from astronomy, the way the Vietnamese almanac is
 * defined:
 *
 * <ul>
 *   <li>A month begins on the civil day, in the reference time zone, that contains the instant of
 *       an astronomical new moon. New moons come from the lunation series of Jean Meeus,
 *       <i>Astronomical Algorithms</i> (2nd ed., ch. 49), including the planetary terms.
 *   <li>The sun's apparent geocentric longitude comes from the truncated VSOP87 Earth theory
 *       (Meeus, ch. 32 and appendix III) with the FK5 correction, nutation in longitude (ch. 22,
 *       short series) and aberration. The instants when it reaches a multiple of 30° are the twelve
 *       major solar terms (trung khí); 270° is the winter solstice (Đông chí).
 *   <li>Month 11 is the month containing the day of the winter solstice. When thirteen months lie
 *       between one month 11 and the next, the first of them (after the first month 11) that
 *       contains no major solar term is the leap month and repeats the number of the month before
 *       it.
 *   <li>Dynamical time is turned into universal time with the Espenak–Meeus polynomials for ΔT.
 * </ul>
 *
 * <p>The method is the same as the Chinese calendar's; only the reference meridian differs. Vietnam
 * has reckoned with UTC+7 (105°E, near Hanoi) since 1968, while the Chinese calendar uses UTC+8
 * (120°E). A new moon or solar term falling between 16:00 and 17:00 UTC is therefore on different
 * civil days in the two calendars, which moves a month start by one day or, through the solstice
 * and leap-month rules, moves whole months: Tết 1985 fell on 21 January in Vietnam and on 20
 * February in China. This class applies UTC+7 to the whole range, as modern Vietnamese almanacs do;
 * almanacs actually printed in the North before 1968 followed the Chinese reckoning and may differ.
 *
 * <p>All month boundaries of the supported range are computed once, on first use, into an
 * immutable table, so conversions afterwards are array look-ups. The class is stateless apart from
 * that table and is safe to use from any thread.
 */
final class LunarCalendar {

    /** First supported lunar year; its first day is 1900-01-31. */
    static final int MIN_YEAR = 1900;

    /** Last supported lunar year; it ends the day before Tết 2101. */
    static final int MAX_YEAR = 2100;

    /** The reference time zone of the Vietnamese calendar. */
    static final ZoneOffset VIETNAM_OFFSET = ZoneOffset.ofHours(7);

    private LunarCalendar() {
        throw new AssertionError("no instances");
    }

    /**
     * A date in the lunar calendar.
     *
     * @param year lunar year; the year that mostly overlaps the Gregorian year of the same number
     * @param month month number 1–12
     * @param day day of the month 1–30
     * @param leap whether the month is the leap (nhuận) month repeating {@code month}
     */
    record LunarDate(int year, int month, int day, boolean leap) {
        LunarDate {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("lunar month out of range: " + month);
            }
            if (day < 1 || day > 30) {
                throw new IllegalArgumentException("lunar day out of range: " + day);
            }
        }
    }

    /**
     * Converts a lunar date to the Gregorian calendar.
     *
     * @return the Gregorian date, or empty if the year is outside {@value #MIN_YEAR}–{@value
     *     #MAX_YEAR} or no such date exists (day 30 of a 29-day month, a leap month the year does
     *     not have, or numbers out of range)
     */
    static Optional<LocalDate> toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        return Vietnam.TABLE.toSolar(lunarYear, lunarMonth, lunarDay, leapMonth);
    }

    /**
     * Converts a Gregorian date to the lunar calendar.
     *
     * @return the lunar date, or empty if the date lies outside lunar years {@value #MIN_YEAR}–{@value
     *     #MAX_YEAR}
     */
    static Optional<LunarDate> toLunar(LocalDate solar) {
        Objects.requireNonNull(solar, "solar");
        return Vietnam.TABLE.toLunar(solar);
    }

    /**
     * Returns the number of the month that is doubled by a leap month in {@code lunarYear}, or 0 if
     * the year has twelve months.
     *
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}–{@value #MAX_YEAR}
     */
    static int leapMonth(int lunarYear) {
        return Vietnam.TABLE.leapMonth(lunarYear);
    }

    /**
     * Returns the length (29 or 30) of a lunar month, or 0 if the year has no such month.
     *
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}–{@value #MAX_YEAR}
     */
    static int monthLength(int lunarYear, int lunarMonth, boolean leapMonth) {
        return Vietnam.TABLE.monthLength(lunarYear, lunarMonth, leapMonth);
    }

    /**
     * Computes the calendar for another reference offset. Only the tests use this, to show that the
     * differences from the Chinese calendar come from the time zone and nothing else.
     */
    static MonthTable computeTable(ZoneOffset offset) {
        return MonthTable.build(Objects.requireNonNull(offset, "offset"));
    }

    /**
     * Returns the instant (UT) of the new moon of the lunation nearest to the given date's noon in
     * the Vietnamese time zone. For tests that explain calendar differences.
     */
    static Instant newMoonNear(LocalDate date) {
        Objects.requireNonNull(date, "date");
        double jd = date.toEpochDay() + Astro.JD_UNIX_EPOCH + 0.5 - 7 / 24.0;
        long k = Math.round((jd - Astro.NEW_MOON_EPOCH_JDE) / Astro.SYNODIC_MONTH);
        double best = Astro.newMoonJde(k);
        for (long candidate = k - 1; candidate <= k + 1; candidate++) {
            double jde = Astro.newMoonJde(candidate);
            if (Math.abs(jde - jd) < Math.abs(best - jd)) {
                best = jde;
            }
        }
        return Astro.toInstant(best);
    }

    /**
     * Returns the instant (UT) when the sun's apparent longitude reaches {@code longitudeDegrees}
     * nearest to the given date. For tests that explain calendar differences.
     */
    static Instant solarTermNear(LocalDate date, int longitudeDegrees) {
        Objects.requireNonNull(date, "date");
        double guess = date.toEpochDay() + Astro.JD_UNIX_EPOCH + 0.5;
        double lambda = Astro.sunApparentLongitude(guess);
        guess += Astro.normalize180(longitudeDegrees - lambda) * Astro.TROPICAL_YEAR / 360;
        return Astro.toInstant(Astro.jdeOfSunLongitude(longitudeDegrees, guess));
    }

    /** Holder so that the table is built on first use, once, with the JVM's class-init locking. */
    private static final class Vietnam {
        static final MonthTable TABLE = MonthTable.build(VIETNAM_OFFSET);
    }

    /**
     * The months of lunar years {@value #MIN_YEAR}–{@value #MAX_YEAR} for one reference offset.
     * Immutable: the arrays never leave this object.
     */
    static final class MonthTable {
        /** First day (epoch day) of every month, plus the first day after the range. */
        private final long[] starts;
        private final int[] years;
        private final byte[] months;
        private final boolean[] leaps;
        /** Index into {@link #starts} of month 1 of each year, plus one past the last year. */
        private final int[] yearFirstMonth;
        private final byte[] yearLeapMonth;

        private MonthTable(
                long[] starts,
                int[] years,
                byte[] months,
                boolean[] leaps,
                int[] yearFirstMonth,
                byte[] yearLeapMonth) {
            this.starts = starts;
            this.years = years;
            this.months = months;
            this.leaps = leaps;
            this.yearFirstMonth = yearFirstMonth;
            this.yearLeapMonth = yearLeapMonth;
        }

        /** Number of months in the table. */
        int size() {
            return years.length;
        }

        /** The lunar date of day 1 of the {@code index}-th month of the range. */
        LunarDate month(int index) {
            Objects.checkIndex(index, size());
            return new LunarDate(years[index], months[index], 1, leaps[index]);
        }

        /** The Gregorian date of day 1 of the {@code index}-th month of the range. */
        LocalDate monthStart(int index) {
            Objects.checkIndex(index, size());
            return LocalDate.ofEpochDay(starts[index]);
        }

        Optional<LocalDate> toSolar(int year, int month, int day, boolean leap) {
            if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 30) {
                return Optional.empty();
            }
            int index = monthIndex(year, month, leap);
            if (index < 0 || day > starts[index + 1] - starts[index]) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.ofEpochDay(starts[index] + day - 1));
        }

        Optional<LunarDate> toLunar(LocalDate solar) {
            long day = solar.toEpochDay();
            if (day < starts[0] || day >= starts[starts.length - 1]) {
                return Optional.empty();
            }
            int found = Arrays.binarySearch(starts, day);
            // A miss returns -(insertion point) - 1; the month is the one before the insertion point.
            int index = found >= 0 ? found : -found - 2;
            return Optional.of(new LunarDate(
                    years[index], months[index], (int) (day - starts[index]) + 1, leaps[index]));
        }

        int leapMonth(int year) {
            checkYear(year);
            return yearLeapMonth[year - MIN_YEAR];
        }

        int monthLength(int year, int month, boolean leap) {
            checkYear(year);
            if (month < 1 || month > 12) {
                return 0;
            }
            int index = monthIndex(year, month, leap);
            return index < 0 ? 0 : (int) (starts[index + 1] - starts[index]);
        }

        private int monthIndex(int year, int month, boolean leap) {
            int leapOfYear = yearLeapMonth[year - MIN_YEAR];
            if (leap && leapOfYear != month) {
                return -1;
            }
            boolean afterLeap = leapOfYear != 0 && (month > leapOfYear || leap);
            return yearFirstMonth[year - MIN_YEAR] + month - 1 + (afterLeap ? 1 : 0);
        }

        private static void checkYear(int year) {
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT,
                        "lunar year %d outside %d-%d",
                        year,
                        MIN_YEAR,
                        MAX_YEAR));
            }
        }

        static MonthTable build(ZoneOffset offset) {
            int offsetSeconds = offset.getTotalSeconds();

            // December solstices of the Gregorian years MIN_YEAR-1 .. MAX_YEAR+1: each consecutive
            // pair brackets one "solstice year" whose months are numbered together.
            int solsticeCount = MAX_YEAR - MIN_YEAR + 3;
            double[] solsticeJde = new double[solsticeCount];
            long[] solsticeDay = new long[solsticeCount];
            for (int i = 0; i < solsticeCount; i++) {
                double guess = LocalDate.of(MIN_YEAR - 1 + i, 12, 21).toEpochDay() + Astro.JD_UNIX_EPOCH + 0.5;
                solsticeJde[i] = Astro.jdeOfSunLongitude(270, guess);
                solsticeDay[i] = Astro.localEpochDay(solsticeJde[i], offsetSeconds);
            }

            // Only the civil day of a term matters: a month holds a term when the term's day is one of
            // its days, even if the term comes later on that day than the new moon.
            int termCount = 12 * (solsticeCount - 1) + 1;
            long[] termDays = new long[termCount];
            for (int n = 0; n < termCount; n++) {
                double guess = solsticeJde[0] + n * Astro.TROPICAL_YEAR / 12;
                double jde = Astro.jdeOfSunLongitude((270 + 30 * n) % 360, guess);
                termDays[n] = Astro.localEpochDay(jde, offsetSeconds);
            }

            // Two spare lunations at each end, so that the months holding both end solstices and the
            // month after the last one are always present.
            long firstK = (long) Math.floor(
                    (solsticeJde[0] - 2 * Astro.SYNODIC_MONTH - Astro.NEW_MOON_EPOCH_JDE) / Astro.SYNODIC_MONTH);
            long lastK = (long) Math.ceil(
                    (solsticeJde[solsticeCount - 1] + 2 * Astro.SYNODIC_MONTH - Astro.NEW_MOON_EPOCH_JDE)
                            / Astro.SYNODIC_MONTH);
            long[] newMoonDays = new long[(int) (lastK - firstK + 1)];
            for (int i = 0; i < newMoonDays.length; i++) {
                newMoonDays[i] = Astro.localEpochDay(Astro.newMoonJde(firstK + i), offsetSeconds);
                if (i > 0 && newMoonDays[i] <= newMoonDays[i - 1]) {
                    throw new IllegalStateException("new moons out of order near k=" + (firstK + i));
                }
            }

            // Comparing days, not instants: a solstice late on a month's first day still falls in it.
            int[] month11 = new int[solsticeCount];
            for (int i = 0; i < solsticeCount; i++) {
                month11[i] = floorIndex(newMoonDays, solsticeDay[i]);
            }

            int capacity = month11[solsticeCount - 1] - month11[0];
            long[] starts = new long[capacity + 1];
            int[] years = new int[capacity];
            byte[] months = new byte[capacity];
            boolean[] leaps = new boolean[capacity];
            int[] yearFirstMonth = new int[MAX_YEAR - MIN_YEAR + 2];
            byte[] yearLeapMonth = new byte[MAX_YEAR - MIN_YEAR + 1];
            int size = 0;

            for (int i = 1; i < solsticeCount; i++) {
                int first = month11[i - 1];
                int count = month11[i] - first;
                if (count != 12 && count != 13) {
                    throw new IllegalStateException(count + " months between solstices before " + (MIN_YEAR - 1 + i));
                }
                int leapPosition = -1;
                if (count == 13) {
                    // Twelve major terms for thirteen months: the first month without one is the leap.
                    for (int p = 1; p < count; p++) {
                        if (!containsTerm(termDays, newMoonDays[first + p], newMoonDays[first + p + 1])) {
                            leapPosition = p;
                            break;
                        }
                    }
                    if (leapPosition < 0) {
                        throw new IllegalStateException("no leap month found before " + (MIN_YEAR - 1 + i));
                    }
                }
                int solsticeYear = MIN_YEAR - 1 + i;
                for (int p = 0; p < count; p++) {
                    int ordinal = leapPosition >= 0 && p >= leapPosition ? p - 1 : p;
                    int month = (10 + ordinal) % 12 + 1;
                    // Months 11 and 12 after a December solstice still belong to that year's lunar year.
                    int year = ordinal <= 1 ? solsticeYear - 1 : solsticeYear;
                    boolean leap = p == leapPosition;
                    if (year < MIN_YEAR) {
                        continue;
                    }
                    if (year > MAX_YEAR) {
                        starts[size] = newMoonDays[first + p];
                        yearFirstMonth[MAX_YEAR - MIN_YEAR + 1] = size;
                        return new MonthTable(
                                Arrays.copyOf(starts, size + 1),
                                Arrays.copyOf(years, size),
                                Arrays.copyOf(months, size),
                                Arrays.copyOf(leaps, size),
                                yearFirstMonth,
                                yearLeapMonth);
                    }
                    if (month == 1 && !leap) {
                        yearFirstMonth[year - MIN_YEAR] = size;
                    }
                    if (leap) {
                        yearLeapMonth[year - MIN_YEAR] = (byte) month;
                    }
                    starts[size] = newMoonDays[first + p];
                    years[size] = year;
                    months[size] = (byte) month;
                    leaps[size] = leap;
                    size++;
                }
            }
            throw new IllegalStateException("solstice range too short for lunar year " + MAX_YEAR);
        }

        /** Index of the last element {@code <= key} in a strictly increasing array. */
        private static int floorIndex(long[] sorted, long key) {
            int found = Arrays.binarySearch(sorted, key);
            int index = found >= 0 ? found : -found - 2;
            if (index < 0) {
                throw new IllegalStateException("no new moon before epoch day " + key);
            }
            return index;
        }

        /** Whether any term day lies in {@code [fromDay, toDay)}. */
        private static boolean containsTerm(long[] termDays, long fromDay, long toDay) {
            int found = Arrays.binarySearch(termDays, fromDay);
            int next = found >= 0 ? found : -found - 1;
            return next < termDays.length && termDays[next] < toDay;
        }
    }

    /**
     * The astronomy, in Julian Ephemeris Days (dynamical time) unless a name says otherwise. Only the
     * series needed for solar terms and new moons to within about a minute are kept.
     */
    static final class Astro {
        static final double JD_UNIX_EPOCH = 2440587.5;
        static final double J2000 = 2451545.0;
        /** Meeus's lunation 0, the new moon of 2000-01-06. */
        static final double NEW_MOON_EPOCH_JDE = 2451550.09766;
        static final double SYNODIC_MONTH = 29.530588861;
        static final double TROPICAL_YEAR = 365.242189;

        private static final double RAD = Math.PI / 180;

        private Astro() {}

        /** Meeus ch. 49: the k-th new moon after (or, negative, before) that of 2000-01-06. */
        static double newMoonJde(long k) {
            double t = k / 1236.85;
            double t2 = t * t;
            double t3 = t2 * t;
            double t4 = t3 * t;
            double jde = NEW_MOON_EPOCH_JDE + SYNODIC_MONTH * k
                    + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
            // Eccentricity of Earth's orbit, which scales the terms in the Sun's anomaly.
            double e = 1 - 0.002516 * t - 0.0000074 * t2;
            double m = RAD * (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
            double mp = RAD * (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3
                    - 0.000000058 * t4);
            double f = RAD * (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3
                    + 0.000000011 * t4);
            double omega = RAD * (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

            double c = -0.40720 * Math.sin(mp)
                    + 0.17241 * e * Math.sin(m)
                    + 0.01608 * Math.sin(2 * mp)
                    + 0.01039 * Math.sin(2 * f)
                    + 0.00739 * e * Math.sin(mp - m)
                    - 0.00514 * e * Math.sin(mp + m)
                    + 0.00208 * e * e * Math.sin(2 * m)
                    - 0.00111 * Math.sin(mp - 2 * f)
                    - 0.00057 * Math.sin(mp + 2 * f)
                    + 0.00056 * e * Math.sin(2 * mp + m)
                    - 0.00042 * Math.sin(3 * mp)
                    + 0.00042 * e * Math.sin(m + 2 * f)
                    + 0.00038 * e * Math.sin(m - 2 * f)
                    - 0.00024 * e * Math.sin(2 * mp - m)
                    - 0.00017 * Math.sin(omega)
                    - 0.00007 * Math.sin(mp + 2 * m)
                    + 0.00004 * Math.sin(2 * mp - 2 * f)
                    + 0.00004 * Math.sin(3 * m)
                    + 0.00003 * Math.sin(mp + m - 2 * f)
                    + 0.00003 * Math.sin(2 * mp + 2 * f)
                    - 0.00003 * Math.sin(mp + m + 2 * f)
                    + 0.00003 * Math.sin(mp - m + 2 * f)
                    - 0.00002 * Math.sin(mp - m - 2 * f)
                    - 0.00002 * Math.sin(3 * mp + m)
                    + 0.00002 * Math.sin(4 * mp);

            double planetary = 0;
            for (int i = 0; i < PLANETARY.length; i += 4) {
                double arg = PLANETARY[i + 1] + PLANETARY[i + 2] * k + PLANETARY[i + 3] * t2;
                planetary += PLANETARY[i] * Math.sin(RAD * arg);
            }
            return jde + c + planetary;
        }

        /** Planetary perturbations of the new moon (Meeus ch. 49): coefficient, A0, A1·k, A2·T². */
        private static final double[] PLANETARY = {
            0.000325, 299.77, 0.107408, -0.009173,
            0.000165, 251.88, 0.016321, 0,
            0.000164, 251.83, 26.651886, 0,
            0.000126, 349.42, 36.412478, 0,
            0.000110, 84.66, 18.206239, 0,
            0.000062, 141.74, 53.303771, 0,
            0.000060, 207.14, 2.453732, 0,
            0.000056, 154.84, 7.306860, 0,
            0.000047, 34.52, 27.261239, 0,
            0.000042, 207.19, 0.121824, 0,
            0.000040, 291.34, 1.844379, 0,
            0.000037, 161.72, 24.198154, 0,
            0.000035, 239.56, 25.513099, 0,
            0.000023, 331.55, 3.592518, 0,
        };

        /** Apparent geocentric ecliptic longitude of the Sun, degrees in [0, 360). */
        static double sunApparentLongitude(double jde) {
            double tau = (jde - J2000) / 365250;
            double l = series(tau, L0, L1, L2, L3, L4, L5);
            double r = series(tau, R0, R1, R2);
            double t = tau * 10;
            // Geocentric = heliocentric Earth + 180°; then FK5 frame, nutation and aberration.
            double longitude = Math.toDegrees(l) + 180 - 0.09033 / 3600;
            double omega = RAD * (125.04452 - 1934.136261 * t);
            double sunMean = RAD * (280.4665 + 36000.7698 * t);
            double moonMean = RAD * (218.3165 + 481267.8813 * t);
            double nutation = -17.20 * Math.sin(omega) - 1.32 * Math.sin(2 * sunMean)
                    - 0.23 * Math.sin(2 * moonMean) + 0.21 * Math.sin(2 * omega);
            longitude += (nutation - 20.4898 / r) / 3600;
            return normalize360(longitude);
        }

        /**
         * The instant when the Sun's apparent longitude equals {@code targetDegrees}, starting from a
         * guess within a few weeks of it.
         */
        static double jdeOfSunLongitude(double targetDegrees, double guessJde) {
            double jde = guessJde;
            for (int i = 0; i < 50; i++) {
                double step = normalize180(targetDegrees - sunApparentLongitude(jde)) * TROPICAL_YEAR / 360;
                jde += step;
                // About 10 ms, far below the precision of the theory itself.
                if (Math.abs(step) < 1e-7) {
                    return jde;
                }
            }
            throw new IllegalStateException("solar longitude did not converge at JDE " + guessJde);
        }

        /** ΔT = TT - UT in seconds: Espenak and Meeus (2006) polynomials, valid 1860-2150. */
        static double deltaTSeconds(double jde) {
            double y = 2000 + (jde - J2000) / 365.2425;
            if (y < 1900) {
                double t = y - 1860;
                return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t
                        - 0.0004473624 * Math.pow(t, 4) + Math.pow(t, 5) / 233174;
            }
            if (y < 1920) {
                double t = y - 1900;
                return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * Math.pow(t, 4);
            }
            if (y < 1941) {
                double t = y - 1920;
                return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
            }
            if (y < 1961) {
                double t = y - 1950;
                return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
            }
            if (y < 1986) {
                double t = y - 1975;
                return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
            }
            if (y < 2005) {
                double t = y - 2000;
                return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                        + 0.000651814 * Math.pow(t, 4) + 0.00002373599 * Math.pow(t, 5);
            }
            if (y < 2050) {
                double t = y - 2000;
                return 62.92 + 0.32217 * t + 0.005589 * t * t;
            }
            double u = (y - 1820) / 100;
            return -20 + 32 * u * u - 0.5628 * (2150 - y);
        }

        /** The civil day (epoch day) containing the instant, at the given offset from UT. */
        static long localEpochDay(double jde, int offsetSeconds) {
            double jdUt = jde - deltaTSeconds(jde) / 86400;
            return (long) Math.floor(jdUt - JD_UNIX_EPOCH + offsetSeconds / 86400.0);
        }

        static Instant toInstant(double jde) {
            double jdUt = jde - deltaTSeconds(jde) / 86400;
            return Instant.ofEpochMilli(Math.round((jdUt - JD_UNIX_EPOCH) * 86_400_000));
        }

        static double normalize360(double degrees) {
            double d = degrees % 360;
            return d < 0 ? d + 360 : d;
        }

        static double normalize180(double degrees) {
            double d = normalize360(degrees);
            return d >= 180 ? d - 360 : d;
        }

        /** Evaluates a VSOP87 variable: the sum over powers of tau of sums of A·cos(B + C·tau). */
        private static double series(double tau, double[]... terms) {
            double sum = 0;
            double power = 1;
            for (double[] term : terms) {
                double s = 0;
                for (int i = 0; i < term.length; i += 3) {
                    s += term[i] * Math.cos(term[i + 1] + term[i + 2] * tau);
                }
                sum += s * power;
                power *= tau;
            }
            return sum / 1e8;
        }

        // VSOP87 heliocentric ecliptic longitude of the Earth, truncated as in Meeus, appendix III:
        // triples of amplitude (1e-8 rad), phase (rad) and frequency (rad per Julian millennium).
        private static final double[] L0 = {
            175347046, 0, 0,
            3341656, 4.6692568, 6283.0758500,
            34894, 4.62610, 12566.15170,
            3497, 2.7441, 5753.3849,
            3418, 2.8289, 3.5231,
            3136, 3.6277, 77713.7715,
            2676, 4.4181, 7860.4194,
            2343, 6.1352, 3930.2097,
            1324, 0.7425, 11506.7698,
            1273, 2.0371, 529.6910,
            1199, 1.1096, 1577.3435,
            990, 5.233, 5884.927,
            902, 2.045, 26.298,
            857, 3.508, 398.149,
            780, 1.179, 5223.694,
            753, 2.533, 5507.553,
            505, 4.583, 18849.228,
            492, 4.205, 775.523,
            357, 2.920, 0.067,
            317, 5.849, 11790.629,
            284, 1.899, 796.298,
            271, 0.315, 10977.079,
            243, 0.345, 5486.778,
            206, 4.806, 2544.314,
            205, 1.869, 5573.143,
            202, 2.458, 6069.777,
            156, 0.833, 213.299,
            132, 3.411, 2942.463,
            126, 1.083, 20.775,
            115, 0.645, 0.980,
            103, 0.636, 4694.003,
            102, 0.976, 15720.839,
            102, 4.267, 7.114,
            99, 6.21, 2146.17,
            98, 0.68, 155.42,
            86, 5.98, 161000.69,
            85, 1.30, 6275.96,
            85, 3.67, 71430.70,
            80, 1.81, 17260.15,
            79, 3.04, 12036.46,
            75, 1.76, 5088.63,
            74, 3.50, 3154.69,
            74, 4.68, 801.82,
            70, 0.83, 9437.76,
            62, 3.98, 8827.39,
            61, 1.82, 7084.90,
            57, 2.78, 6286.60,
            56, 4.39, 14143.50,
            56, 3.47, 6279.55,
            52, 0.19, 12139.55,
            52, 1.33, 1748.02,
            51, 0.28, 5856.48,
            49, 0.49, 1194.45,
            41, 5.37, 8429.24,
            41, 2.40, 19651.05,
            39, 6.17, 10447.39,
            37, 6.04, 10213.29,
            37, 2.57, 1059.38,
            36, 1.71, 2352.87,
            36, 1.78, 6812.77,
            33, 0.59, 17789.85,
            30, 0.44, 83996.85,
            30, 2.74, 1349.87,
            25, 3.16, 4690.48,
        };
        private static final double[] L1 = {
            628331966747.0, 0, 0,
            206059, 2.678235, 6283.075850,
            4303, 2.6351, 12566.1517,
            425, 1.590, 3.523,
            119, 5.796, 26.298,
            109, 2.966, 1577.344,
            93, 2.59, 18849.23,
            72, 1.14, 529.69,
            68, 1.87, 398.15,
            67, 4.41, 5507.55,
            59, 2.89, 5223.69,
            56, 2.17, 155.42,
            45, 0.40, 796.30,
            36, 0.47, 775.52,
            29, 2.65, 7.11,
            21, 5.34, 0.98,
            19, 1.85, 5486.78,
            19, 4.97, 213.30,
            17, 2.99, 6275.96,
            16, 0.03, 2544.31,
            16, 1.43, 2146.17,
            15, 1.21, 10977.08,
            12, 2.83, 1748.02,
            12, 3.26, 5088.63,
            12, 5.27, 1194.45,
            12, 2.08, 4694.00,
            11, 0.77, 553.57,
            10, 1.30, 6286.60,
            10, 4.24, 1349.87,
            9, 2.70, 242.73,
            9, 5.64, 951.72,
            8, 5.30, 2352.87,
            6, 2.65, 9437.76,
            6, 4.67, 4690.48,
        };
        private static final double[] L2 = {
            52919, 0, 0,
            8720, 1.0721, 6283.0758,
            309, 0.867, 12566.152,
            27, 0.05, 3.52,
            16, 5.19, 26.30,
            16, 3.68, 155.42,
            10, 0.76, 18849.23,
            9, 2.06, 77713.77,
            7, 0.83, 775.52,
            5, 4.66, 1577.34,
            4, 1.03, 7.11,
            4, 3.44, 5573.14,
            3, 5.14, 796.30,
            3, 6.05, 5507.55,
            3, 1.19, 242.73,
            3, 6.12, 529.69,
            3, 0.31, 398.15,
            3, 2.28, 553.57,
            2, 4.38, 5223.69,
            2, 3.75, 0.98,
        };
        private static final double[] L3 = {
            289, 5.844, 6283.076,
            35, 0, 0,
            17, 5.49, 12566.15,
            3, 5.20, 155.42,
            1, 4.72, 3.52,
            1, 5.30, 18849.23,
            1, 5.97, 242.73,
        };
        private static final double[] L4 = {
            114, 3.142, 0,
            8, 4.13, 6283.08,
            1, 3.84, 12566.15,
        };
        private static final double[] L5 = {
            1, 3.14, 0,
        };

        // Radius vector (AU), only for the aberration term, which it changes by under 0.4".
        private static final double[] R0 = {
            100013989, 0, 0,
            1670700, 3.0984635, 6283.0758500,
            13956, 3.05525, 12566.15170,
            3084, 5.1985, 77713.7715,
            1628, 1.1739, 5753.3849,
            1576, 2.8469, 7860.4194,
        };
        private static final double[] R1 = {
            103019, 1.107490, 6283.075850,
            1721, 1.0644, 12566.1517,
        };
        private static final double[] R2 = {
            4359, 5.7846, 6283.0758,
        };
    }
}
