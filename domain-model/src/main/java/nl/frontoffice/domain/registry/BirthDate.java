package nl.frontoffice.domain.registry;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date of birth as the BRP registers it, which may be incomplete: fully known, only year and
 * month, only the year, or not known at all (the BRP's "Datum", "JaarMaandDatum", "JaarDatum" and
 * "DatumOnbekend").
 *
 * <p>Usage: {@code BirthDate.of(LocalDate.of(1982, 4, 10))}, {@code BirthDate.yearMonth(2003, 11)},
 * {@code BirthDate.year(1950)}, {@code BirthDate.unknown()}; {@link #precision()} tells which.
 *
 * @param year  the year (1-9999), or {@code null} when unknown
 * @param month the month (1-12), or {@code null} when unknown; only with a year
 * @param day   the day of the month, or {@code null} when unknown; only with a month
 */
public record BirthDate(Integer year, Integer month, Integer day) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How much of a {@link BirthDate} is known. */
    public enum Precision {
        /** Year, month and day. */
        DAY,
        /** Year and month. */
        MONTH,
        /** Only the year. */
        YEAR,
        /** Nothing. */
        UNKNOWN
    }

    /**
     * Checks that the known parts form a valid (partial) date.
     *
     * @throws IllegalArgumentException when a part is out of range, a day is given without a month or
     *                                  a month without a year, or year-month-day is not a real date
     */
    public BirthDate {
        if (month != null && year == null || day != null && month == null) {
            throw new IllegalArgumentException("a birth date part without the larger part");
        }
        if (year != null && (year < 1 || year > 9999)) {
            throw new IllegalArgumentException("year out of range");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range");
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("not a date", e);
            }
        }
    }

    /**
     * @param date a complete date
     * @return the birth date
     */
    public static BirthDate of(LocalDate date) {
        return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * @param year  the year
     * @param month the month, 1-12
     * @return a birth date of which the day is unknown
     */
    public static BirthDate yearMonth(int year, int month) {
        return new BirthDate(year, month, null);
    }

    /**
     * @param year the year
     * @return a birth date of which month and day are unknown
     */
    public static BirthDate year(int year) {
        return new BirthDate(year, null, null);
    }

    /** @return a birth date of which nothing is known */
    public static BirthDate unknown() {
        return new BirthDate(null, null, null);
    }

    /** @return how much of the date is known */
    public Precision precision() {
        if (day != null) {
            return Precision.DAY;
        }
        if (month != null) {
            return Precision.MONTH;
        }
        return year != null ? Precision.YEAR : Precision.UNKNOWN;
    }

    /** @return whether at least the year is known */
    public boolean isKnown() {
        return year != null;
    }

    /** @return the date when it is complete, otherwise empty */
    public Optional<LocalDate> toLocalDate() {
        return day == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /**
     * @param reference the date on which to compute the age, e.g. today
     * @return the age in whole years on that date, when the known parts determine it unambiguously
     *         (always for a complete date; for year and month unless the reference is in that month);
     *         otherwise empty
     */
    public OptionalInt ageOn(LocalDate reference) {
        if (day != null) {
            return OptionalInt.of(Period.between(LocalDate.of(year, month, day), reference).getYears());
        }
        if (month != null && reference.getMonthValue() != month) {
            int age = reference.getYear() - year - (reference.getMonthValue() < month ? 1 : 0);
            return OptionalInt.of(age);
        }
        return OptionalInt.empty();
    }

    /** @return ISO-like text of the known parts: "1982-04-10", "2003-11", "1950" or "onbekend" */
    @Override
    public String toString() {
        return switch (precision()) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR -> String.format("%04d", year);
            case UNKNOWN -> "onbekend";
        };
    }
}
