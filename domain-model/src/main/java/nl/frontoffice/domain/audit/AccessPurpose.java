package nl.frontoffice.domain.audit;

/**
 * Why a staff member looks at a citizen's personal data (doelbinding): the staff member chooses
 * one for every search and timeline, and it is stored with each audit row. {@link #OTHER} needs
 * an explanation in words.
 */
public enum AccessPurpose {

    /** The citizen calls the contact centre. */
    PHONE_CONTACT,
    /** The citizen is at the counter. */
    COUNTER_VISIT,
    /** Handling a case of the citizen. */
    CASE_HANDLING,
    /** Calling the citizen back. */
    CALLBACK,
    /** Answering a letter or e-mail of the citizen. */
    CORRESPONDENCE,
    /** Something else, explained in words. */
    OTHER;

    /** @return the resource-bundle key of the purpose's name, e.g. {@code audit.purpose.PHONE_CONTACT} */
    public String getMessageKey() {
        return "audit.purpose." + name();
    }
}
