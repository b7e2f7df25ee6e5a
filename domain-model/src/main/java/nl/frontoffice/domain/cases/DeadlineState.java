package nl.frontoffice.domain.cases;

import java.time.LocalDate;
import java.util.Objects;

import nl.frontoffice.domain.calendar.WorkingDayCalendar;

/**
 * Where an open case stands against its deadline, for the worklist ("on track", "due within N
 * working days", "overdue") and the deadline watch.
 *
 * <p>Rules, for a day {@code today} and a number of working days {@code n}:
 * <ul>
 *   <li>a closed case is {@link #CLOSED}; a suspended case is {@link #SUSPENDED} (its deadline does
 *       not run);</li>
 *   <li>{@link #OVERDUE}: the deadline is before today;</li>
 *   <li>{@link #DUE_SOON}: at most {@code n} working days after today up to the deadline (the
 *       deadline today counts as 0);</li>
 *   <li>{@link #ON_TRACK}: otherwise.</li>
 * </ul>
 * Usage: {@code DeadlineState.of(deadline, today, open, suspended, 5, WorkingDayCalendar.netherlands())}.
 */
public enum DeadlineState {

    /** More than N working days left. */
    ON_TRACK,
    /** At most N working days left (the deadline may be today). */
    DUE_SOON,
    /** The deadline has passed. */
    OVERDUE,
    /** Waiting for the citizen: the deadline stands still. */
    SUSPENDED,
    /** The case is closed. */
    CLOSED;

    /**
     * @param deadline          the case's deadline
     * @param today             the day to judge on (Europe/Amsterdam)
     * @param open              whether the case is open
     * @param suspended         whether the case is suspended
     * @param dueSoonWorkingDays N, zero or more
     * @param calendar          the working-day calendar
     * @return the state
     */
    public static DeadlineState of(LocalDate deadline, LocalDate today, boolean open, boolean suspended,
                                   int dueSoonWorkingDays, WorkingDayCalendar calendar) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(calendar, "calendar");
        if (dueSoonWorkingDays < 0) {
            throw new IllegalArgumentException("dueSoonWorkingDays must not be negative");
        }
        if (!open) {
            return CLOSED;
        }
        if (suspended) {
            return SUSPENDED;
        }
        if (deadline.isBefore(today)) {
            return OVERDUE;
        }
        return deadline.isBefore(dueSoonLimit(today, dueSoonWorkingDays, calendar)) ? DUE_SOON : ON_TRACK;
    }

    /**
     * The first day whose deadline is no longer "due soon": deadlines from today up to the day
     * before this one are {@link #DUE_SOON}. For queries: {@code deadline >= today AND deadline < limit}.
     *
     * @return the (N+1)-th working day after today
     */
    public static LocalDate dueSoonLimit(LocalDate today, int dueSoonWorkingDays, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(today, dueSoonWorkingDays + 1);
    }

    /** @return the bundle key of the state's name, e.g. {@code deadlinestate.OVERDUE} */
    public String getMessageKey() {
        return "deadlinestate." + name();
    }
}
