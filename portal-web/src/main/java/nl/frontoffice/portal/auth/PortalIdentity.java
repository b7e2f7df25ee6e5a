package nl.frontoffice.portal.auth;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

/**
 * Who is logged in in this HTTP session: kept in the session by the
 * {@link PortalAuthenticationMechanism} at login and handed to the container again on every
 * request. Ends with the session (logout, 15 minutes of inactivity).
 *
 * @param kind       staff or citizen
 * @param name       the caller name: a username (staff); for citizens the DigiD increment decides
 * @param groups     the security groups, mapped to roles of the same name
 * @param loggedInAt when the login happened
 */
public record PortalIdentity(Kind kind, String name, Set<String> groups, Instant loggedInAt) implements Serializable {

    /** Who can be logged in. */
    public enum Kind {
        /** A staff member, logged in with username and password. */
        STAFF,
        /** A citizen, logged in with DigiD (a later increment). */
        CITIZEN
    }

    /** The session attribute holding the identity. */
    static final String ATTRIBUTE = PortalIdentity.class.getName();

    public PortalIdentity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        groups = Set.copyOf(groups);
        Objects.requireNonNull(loggedInAt, "loggedInAt");
    }

    /** @return the identity in that session, if someone logged in there */
    public static Optional<PortalIdentity> in(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            return session.getAttribute(ATTRIBUTE) instanceof PortalIdentity identity
                    ? Optional.of(identity) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    void storeIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static void removeFrom(HttpSession session) {
        if (session != null) {
            try {
                session.removeAttribute(ATTRIBUTE);
            } catch (IllegalStateException alreadyInvalidated) {
                // nothing to remove
            }
        }
    }
}
