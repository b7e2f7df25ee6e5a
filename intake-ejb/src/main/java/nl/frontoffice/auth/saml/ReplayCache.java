package nl.frontoffice.auth.saml;

import java.time.Instant;

/**
 * Remembers identifiers that may be used only once (artifacts, assertion ids, logout messages) until
 * they expire.
 * {@link InMemoryReplayCache} serves one server; a cluster needs a shared, database-backed one.
 */
@FunctionalInterface
public interface ReplayCache {

    /** The kind of an artifact's identifier. */
    String ARTIFACT = "artifact";
    /** The kind of an assertion's identifier. */
    String ASSERTION = "assertion";
    /** The kind of a LogoutResponse's identifier. */
    String LOGOUT_RESPONSE = "logout-response";
    /** The kind of the identifier of our LogoutRequest that a LogoutResponse answered. */
    String LOGOUT_ANSWERED = "logout-answered";
    /** The kind of an IdP-initiated LogoutRequest's identifier. */
    String LOGOUT_REQUEST = "logout-request";

    /**
     * Records the use of an identifier, atomically.
     *
     * @param kind      what the identifier is ({@link #ARTIFACT}, {@link #ASSERTION}, ...); ids of different kinds never clash
     * @param id        the identifier
     * @param expiresAt until when it must be remembered (after that it is refused anyway, as expired)
     * @return {@code true} if it was not seen before (and is now recorded), {@code false} if it is a replay
     */
    boolean firstUse(String kind, String id, Instant expiresAt);
}
