package nl.frontoffice.domain.cases;

/**
 * What the deadline watch reports about an open case; stored by name in
 * {@code case_deadline_notice.event}. Each event is reported once per case and deadline.
 */
public enum DeadlineEvent {

    /** The deadline is near: within the configured number of working days. */
    DUE_SOON,
    /** The deadline has passed. */
    OVERDUE;

    /** @return the deadline state this event reports */
    public DeadlineState state() {
        return this == DUE_SOON ? DeadlineState.DUE_SOON : DeadlineState.OVERDUE;
    }
}
