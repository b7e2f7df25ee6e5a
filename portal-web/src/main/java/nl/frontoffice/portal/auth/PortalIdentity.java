package nl.frontoffice.portal.auth;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import nl.frontoffice.auth.saml.AssuranceLevel;
import nl.frontoffice.auth.saml.AuthenticatedCitizen;

/**
 * Who is logged in in this HTTP session: kept in the session by the
 * {@link PortalAuthenticationMechanism} at login and handed to the container again on every
 * request. Ends with the session (logout, the idle timeout, or the absolute lifetime of
 * {@link LoginSettings}).
 *
 * @param kind       staff or citizen
 * @param name       the caller name: the username (staff); for a citizen a pseudonym (the citizen
 *                   reference of the audit log), never the BSN, because caller names end up in logs
 * @param groups     the security groups, mapped to roles of the same name
 * @param loggedInAt when the login happened
 * @param citizen    for a citizen: what DigiD vouched for (BSN, level, session index); {@code null} for staff
 */
public record PortalIdentity(Kind kind, String name, Set<String> groups, Instant loggedInAt,
        AuthenticatedCitizen citizen) implements Serializable {

    /** Who can be logged in. */
    public enum Kind {
        /** A staff member, logged in with username and password. */
        STAFF,
        /** A citizen, logged in with DigiD. */
        CITIZEN
    }

    /** The group (and role) of citizens logged in with DigiD. */
    public static final String CITIZEN_GROUP = "CITIZEN";

    /** The session attribute holding the identity. */
    static final String ATTRIBUTE = PortalIdentity.class.getName();

    public PortalIdentity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        groups = Set.copyOf(groups);
        Objects.requireNonNull(loggedInAt, "loggedInAt");
        if ((kind == Kind.CITIZEN) != (citizen != null)) {
            throw new IllegalArgumentException("a citizen identity, and only that, carries the DigiD citizen");
        }
    }

    /** A staff member's identity. */
    public static PortalIdentity staff(String username, Set<String> groups, Instant loggedInAt) {
        return new PortalIdentity(Kind.STAFF, username, groups, loggedInAt, null);
    }

    /** A citizen's identity, group {@value #CITIZEN_GROUP}. */
    public static PortalIdentity citizen(String pseudonym, AuthenticatedCitizen citizen, Instant loggedInAt) {
        return new PortalIdentity(Kind.CITIZEN, pseudonym, Set.of(CITIZEN_GROUP), loggedInAt, citizen);
    }

    /** @return whether this login is older than {@code maxLifetime} at {@code now} */
    public boolean olderThan(Duration maxLifetime, Instant now) {
        return !loggedInAt.plus(maxLifetime).isAfter(now);
    }

    /** @return the citizen's DigiD level, for a citizen */
    public Optional<AssuranceLevel> level() {
        return Optional.ofNullable(citizen).map(AuthenticatedCitizen::level);
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

    /**
     * Starts the session of this login: a new session id (so that an id someone planted before the
     * login is worthless), this identity in it, and the idle timeout of a login.
     */
    void beginSessionOf(HttpServletRequest request, Duration idleTimeout) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        storeIn(session);
        session.setMaxInactiveInterval((int) idleTimeout.toSeconds());
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
