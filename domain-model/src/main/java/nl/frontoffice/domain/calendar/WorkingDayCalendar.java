package nl.frontoffice.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Working days under the Algemene termijnenwet: every day that is not a Saturday, not a Sunday and
 * not a {@link PublicHoliday public holiday}. Good Friday is a working day.
 *
 * <p>Stateless and thread-safe: use {@link #netherlands()} everywhere (a CDI producer in the EJB
 * module can hand it out).
 *
 * <p>Usage: {@code WorkingDayCalendar.netherlands().addWorkingDays(LocalDate.of(2026, 12, 23), 3)}
 * is Tuesday 29 December 2026 (Christmas and the weekend are skipped).
 */
public final class WorkingDayCalendar {

    /** The time zone in which dates of the municipality are reckoned (e.g. the day an intake arrived). */
    public static final ZoneId TIME_ZONE = ZoneId.of("Europe/Amsterdam");

    private static final WorkingDayCalendar NETHERLANDS = new WorkingDayCalendar();

    private WorkingDayCalendar() {
    }

    /**
     * @return the calendar of the Algemene termijnenwet
     */
    public static WorkingDayCalendar netherlands() {
        return NETHERLANDS;
    }

    /**
     * @param date any date
     * @return whether the date is neither a Saturday, nor a Sunday, nor a public holiday
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !DutchPublicHolidays.isPublicHoliday(date);
    }

    /**
     * Counts working days forward. The first day counted is the day after {@code start}, so three
     * working days from Wednesday 23 December 2026 is Tuesday 29 December 2026.
     *
     * @param start the day the period starts from (not counted itself)
     * @param n     the number of working days, zero or more
     * @return the n-th working day after start; start itself when n is zero
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * @param date any date
     * @return the date itself when it is a working day, otherwise the first working day after it
     */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate candidate = date;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /**
     * Counts the working days after {@code from} up to and including {@code to}, the inverse of
     * {@link #addWorkingDays(LocalDate, int)}: {@code workingDaysBetween(a, addWorkingDays(a, n)) == n}.
     *
     * @param from the first date (not counted)
     * @param to   the last date (counted)
     * @return the number of working days in {@code (from, to]}; negative when {@code to} is before {@code from}
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
