package nl.frontoffice.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A legal deadline such as "6 weeks" (Wmo 2015 art. 2.3.2 lid 9) or "3 working days" (Wgs art. 4a),
 * embedded in a case type with its columns renamed ({@code deadline_amount},
 * {@code deadline_unit}).
 *
 * <p>{@link #deadlineFrom(LocalDate, WorkingDayCalendar)} applies the Algemene termijnenwet to
 * periods in weeks or calendar days: a deadline that ends on a Saturday, Sunday or public holiday
 * moves to the next working day (art. 1), and a period of at least three days is extended so that
 * it holds at least two working days (art. 3). A period in working days simply counts working days,
 * starting the day after the start date.
 *
 * <p>Usage: {@code DeadlineRule.weeks(6).deadlineFrom(LocalDate.of(2026, 4, 2), calendar)} is
 * 15 May 2026 (six weeks is Ascension Day, 14 May).
 */
@Embeddable
public class DeadlineRule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Min(1)
    @Max(3660)
    @Column(name = "amount")
    private int amount;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "unit", length = 20)
    private DeadlineUnit unit;

    /** For JPA only. */
    protected DeadlineRule() {
    }

    private DeadlineRule(int amount, DeadlineUnit unit) {
        if (amount < 1) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        this.amount = amount;
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /**
     * @param amount a positive number
     * @param unit   the unit
     * @return the rule "amount unit"
     */
    public static DeadlineRule of(int amount, DeadlineUnit unit) {
        return new DeadlineRule(amount, unit);
    }

    /** @return a deadline of {@code amount} weeks */
    public static DeadlineRule weeks(int amount) {
        return new DeadlineRule(amount, DeadlineUnit.WEEKS);
    }

    /** @return a deadline of {@code amount} calendar days */
    public static DeadlineRule calendarDays(int amount) {
        return new DeadlineRule(amount, DeadlineUnit.CALENDAR_DAYS);
    }

    /** @return a deadline of {@code amount} working days */
    public static DeadlineRule workingDays(int amount) {
        return new DeadlineRule(amount, DeadlineUnit.WORKING_DAYS);
    }

    /**
     * @param start    the day the period starts from, e.g. the day an application was received
     * @param calendar the working-day calendar
     * @return the last day of the period: the day by which the case must be decided
     */
    public LocalDate deadlineFrom(LocalDate start, WorkingDayCalendar calendar) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(calendar, "calendar");
        return switch (unit) {
            case WORKING_DAYS -> calendar.addWorkingDays(start, amount);
            case WEEKS -> applyAlgemeneTermijnenwet(start, start.plusWeeks(amount), calendar);
            case CALENDAR_DAYS -> applyAlgemeneTermijnenwet(start, start.plusDays(amount), calendar);
        };
    }

    private static LocalDate applyAlgemeneTermijnenwet(LocalDate start, LocalDate end, WorkingDayCalendar calendar) {
        LocalDate deadline = end;
        // art. 3: a period of at least three days holds at least two working days
        if (!end.isBefore(start.plusDays(3))) {
            while (calendar.workingDaysBetween(start, deadline) < 2) {
                deadline = deadline.plusDays(1);
            }
        }
        // art. 1: a period ending on a Saturday, Sunday or public holiday ends on the next working day
        return calendar.nextWorkingDayOnOrAfter(deadline);
    }

    public int getAmount() {
        return amount;
    }

    public DeadlineUnit getUnit() {
        return unit;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DeadlineRule that && amount == that.amount && unit == that.unit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, unit);
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
