package nl.frontoffice.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * The generally recognised public holidays of article 3 of the Algemene termijnenwet. Good Friday
 * (Goede Vrijdag) is not one of them; Liberation Day (5 May) is, in every year.
 */
public enum PublicHoliday {

    /** Nieuwjaarsdag, 1 January. */
    NIEUWJAARSDAG,
    /** Tweede Paasdag, Easter Monday. */
    TWEEDE_PAASDAG,
    /**
     * Koningsdag, the King's birthday: 27 April, or 26 April when the 27th is a Sunday. Before 2014
     * Koninginnedag: 30 April, or 29 April when the 30th is a Sunday.
     */
    KONINGSDAG,
    /** Bevrijdingsdag, 5 May, every year as the Algemene termijnenwet says. */
    BEVRIJDINGSDAG,
    /** Hemelvaartsdag, Ascension Day: Easter Sunday + 39 days. */
    HEMELVAARTSDAG,
    /** Tweede Pinksterdag, Whit Monday: Easter Sunday + 50 days. */
    TWEEDE_PINKSTERDAG,
    /** Eerste Kerstdag, 25 December. */
    EERSTE_KERSTDAG,
    /** Tweede Kerstdag, 26 December. */
    TWEEDE_KERSTDAG;

    /**
     * @param year the year
     * @return the date of this holiday in that year
     */
    public LocalDate dateIn(int year) {
        return switch (this) {
            case NIEUWJAARSDAG -> LocalDate.of(year, Month.JANUARY, 1);
            case TWEEDE_PAASDAG -> DutchPublicHolidays.easterSunday(year).plusDays(1);
            case KONINGSDAG -> kingsDay(year);
            case BEVRIJDINGSDAG -> LocalDate.of(year, Month.MAY, 5);
            case HEMELVAARTSDAG -> DutchPublicHolidays.easterSunday(year).plusDays(39);
            case TWEEDE_PINKSTERDAG -> DutchPublicHolidays.easterSunday(year).plusDays(50);
            case EERSTE_KERSTDAG -> LocalDate.of(year, Month.DECEMBER, 25);
            case TWEEDE_KERSTDAG -> LocalDate.of(year, Month.DECEMBER, 26);
        };
    }

    /**
     * @return the resource-bundle key of the holiday's name, e.g. {@code holiday.KONINGSDAG}
     */
    public String getMessageKey() {
        return "holiday." + name();
    }

    private static LocalDate kingsDay(int year) {
        LocalDate birthday = year >= 2014 ? LocalDate.of(year, Month.APRIL, 27) : LocalDate.of(year, Month.APRIL, 30);
        return birthday.getDayOfWeek() == DayOfWeek.SUNDAY ? birthday.minusDays(1) : birthday;
    }
}
