package nl.frontoffice.domain.contact;

/**
 * Where a {@link CallbackRequest} stands. Stored by name in column {@code status}.
 */
public enum CallbackStatus {

    /** Someone of the team still has to call the citizen back. */
    OPEN,
    /** A team member called back (or tried to) and recorded how it went. */
    DONE;

    /** @return the resource-bundle key of the status's name, e.g. {@code callback.status.OPEN} */
    public String getMessageKey() {
        return "callback.status." + name();
    }
}
