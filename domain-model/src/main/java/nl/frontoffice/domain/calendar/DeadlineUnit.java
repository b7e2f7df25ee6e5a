package nl.frontoffice.domain.calendar;

/**
 * The unit in which a {@link DeadlineRule} is expressed. Stored by name.
 */
public enum DeadlineUnit {

    /** Calendar days; the end is moved to a working day (Algemene termijnenwet art. 1 and 3). */
    CALENDAR_DAYS,
    /** Weeks of seven days; the end is moved to a working day (Algemene termijnenwet art. 1). */
    WEEKS,
    /** Working days, counted from the day after the start. */
    WORKING_DAYS
}
