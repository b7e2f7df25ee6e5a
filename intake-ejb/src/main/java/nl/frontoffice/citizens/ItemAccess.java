package nl.frontoffice.citizens;

/**
 * How much of a timeline item the caller may see, decided on the server per item (see {@link CallerScope}).
 */
public enum ItemAccess {

    /** Everything, and the caller may open the details (case page, intake answers, documents). */
    OPEN,
    /** Kind, time, channel, reference, type and status, but not the content; the caller may not open it. */
    SUMMARY,
    /** Only that it exists: kind, time and domain. */
    EXISTENCE;

    /** @return whether the caller may open the item's details */
    public boolean mayOpen() {
        return this == OPEN;
    }

    /** @return the resource-bundle key, e.g. {@code citizens.access.OPEN} */
    public String getMessageKey() {
        return "citizens.access." + name();
    }
}
