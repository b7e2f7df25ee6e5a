package nl.frontoffice.domain.cases;

/**
 * What a {@link CaseStatusChange history entry} of a case records. Stored by name in
 * {@code case_status_change.kind}. For every kind but {@link #STATUS_CHANGED} the from and to status
 * are both the status at that moment.
 */
public enum CaseEventKind {

    /** The case moved to another status (also the first entry: from no status to the initial one). */
    STATUS_CHANGED,
    /** The case got an assignee (detail: the assignee's username). */
    ASSIGNED,
    /** The case waits for the citizen; the deadline stops (reason: what is awaited). */
    SUSPENDED,
    /** The case goes on; the deadline moved by the suspended working days (detail: the new deadline). */
    RESUMED,
    /** The deadline was extended, once (reason: why; detail: the new deadline). */
    EXTENDED,
    /** The decision was recorded (detail: the outcome code). */
    DECISION_RECORDED;

    /** @return the bundle key of the kind's name, e.g. {@code caseevent.SUSPENDED} */
    public String getMessageKey() {
        return "caseevent." + name();
    }
}
