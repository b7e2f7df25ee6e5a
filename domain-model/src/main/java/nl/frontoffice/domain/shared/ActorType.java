package nl.frontoffice.domain.shared;

/**
 * The kind of {@link Actor}: who did something.
 */
public enum ActorType {

    /** The citizen himself, e.g. through the portal. */
    CITIZEN,
    /** A staff member of the municipality, possibly acting for a citizen. */
    STAFF,
    /** The system itself, e.g. a scheduled job. */
    SYSTEM
}
