package nl.frontoffice.domain.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The public holidays of the Algemene termijnenwet per year, and Easter.
 *
 * <p>Usage: {@code DutchPublicHolidays.isPublicHoliday(LocalDate.of(2026, 4, 6))} is {@code true}
 * (Tweede Paasdag); {@code DutchPublicHolidays.datesIn(2026)} lists the eight dates of 2026.
 */
public final class DutchPublicHolidays {

    private static final ConcurrentMap<Integer, Map<PublicHoliday, LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private DutchPublicHolidays() {
    }

    /**
     * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
     *
     * @param year a year of the Gregorian calendar
     * @return Easter Sunday of that year, e.g. 5 April 2026
     */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * @param year the year
     * @return the dates of the public holidays in that year, in date order (Bevrijdingsdag and
     *         Hemelvaartsdag sometimes fall on the same day, so there may be fewer than eight)
     */
    public static NavigableSet<LocalDate> datesIn(int year) {
        return Collections.unmodifiableNavigableSet(new TreeSet<>(holidaysIn(year).values()));
    }

    /**
     * @param year the year
     * @return each public holiday with its date in that year
     */
    public static Map<PublicHoliday, LocalDate> holidaysIn(int year) {
        return BY_YEAR.computeIfAbsent(year, DutchPublicHolidays::compute);
    }

    /**
     * @param date any date
     * @return whether the date is a public holiday of the Algemene termijnenwet
     */
    public static boolean isPublicHoliday(LocalDate date) {
        return holidaysIn(date.getYear()).containsValue(date);
    }

    /**
     * @param date any date
     * @return the holiday on that date (Bevrijdingsdag when it coincides with Hemelvaartsdag)
     */
    public static Optional<PublicHoliday> holidayOn(LocalDate date) {
        return holidaysIn(date.getYear()).entrySet().stream()
                .filter(entry -> entry.getValue().equals(date))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Map<PublicHoliday, LocalDate> compute(int year) {
        Map<PublicHoliday, LocalDate> dates = new EnumMap<>(PublicHoliday.class);
        for (PublicHoliday holiday : PublicHoliday.values()) {
            dates.put(holiday, holiday.dateIn(year));
        }
        return Collections.unmodifiableMap(dates);
    }
}
