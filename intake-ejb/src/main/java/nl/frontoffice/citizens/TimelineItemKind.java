package nl.frontoffice.citizens;

/** What a {@link TimelineItem} is about. */
public enum TimelineItemKind {

    /** A contact moment (phone, counter, e-mail, letter, web). */
    CONTACT_MOMENT,
    /** An intake (questions for help) was submitted. */
    INTAKE,
    /** A case was opened. */
    CASE_OPENED,
    /** A case moved to another status. */
    CASE_STATUS_CHANGED,
    /** The contact centre asked a team to call the citizen back. */
    CALLBACK_REQUESTED,
    /** A team member called the citizen back. */
    CALLBACK_COMPLETED;

    /** @return the resource-bundle key, e.g. {@code citizens.timeline.CONTACT_MOMENT} */
    public String getMessageKey() {
        return "citizens.timeline." + name();
    }
}
