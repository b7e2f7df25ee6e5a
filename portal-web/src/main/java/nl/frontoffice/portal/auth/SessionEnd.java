package nl.frontoffice.portal.auth;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import nl.frontoffice.auth.digid.DigidLogin;
import nl.frontoffice.auth.digid.DigidLogin.LogoutCause;
import nl.frontoffice.auth.digid.LogoutRedirect;
import nl.frontoffice.auth.saml.PendingLogout;
import nl.frontoffice.platform.audit.AuditEvent;
import nl.frontoffice.platform.audit.AuditLog;

/**
 * Ends logins and audits why: the absolute lifetime was reached ({@link #expired}), the session
 * timed out ({@link #idle} from the page's countdown, {@link #timedOut} from the container via
 * {@link SessionEndListener}), or the user logged out ({@link #logout}). Each end is one audit line: citizens through {@link DigidLogin} (with the
 * citizen reference, never the BSN), staff with their username.
 */
@ApplicationScoped
public class SessionEnd {

    /** The session attribute holding a logout sent to DigiD and not answered yet ({@link PendingLogout}). */
    static final String PENDING_LOGOUT_ATTRIBUTE = SessionEnd.class.getName() + ".pendingLogout";

    /** The browser's countdown may run a little ahead of the server's clock of the last request. */
    static final Duration IDLE_SLACK = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(SessionEnd.class.getName());

    @EJB
    private DigidLogin digid;

    @Inject
    private AuditLog audit;

    /** The login reached its absolute lifetime: audits it and invalidates the session. */
    public void expired(HttpServletRequest request, PortalIdentity who) {
        audit(who, LogoutCause.SESSION_EXPIRED);
        HttpSession session = request.getSession(false);
        PortalIdentity.removeFrom(session);
        invalidate(session);
    }

    /**
     * Logs out whoever is logged in in this request's session, by their own choice: audits it, tells
     * the container ({@code HttpServletRequest.logout()}, which reaches the mechanism's
     * {@code cleanSubject}) and throws the whole session away. A citizen is then logged out at
     * DigiD as well: the answer is a redirect to DigiD with a signed LogoutRequest, and a new,
     * anonymous session keeps the pending logout for {@link SingleLogoutServlet}.
     *
     * @return where to send the browser: DigiD (an absolute URL), or "U bent uitgelogd" (a path
     *         within the application): staff on the staff login page, anyone else on the DigiD page
     */
    public String logout(HttpServletRequest request) throws ServletException {
        HttpSession session = request.getSession(false);
        var identity = PortalIdentity.in(session);
        Optional<LogoutRedirect> digidLogout = Optional.empty();
        if (identity.isPresent() && identity.get().kind() == PortalIdentity.Kind.CITIZEN) {
            digidLogout = startDigidLogout(identity.get());   // audits the logout
        } else {
            identity.ifPresent(who -> audit(who, LogoutCause.CITIZEN));
        }
        request.logout();
        invalidate(session);
        if (digidLogout.isPresent()) {
            request.getSession(true).setAttribute(PENDING_LOGOUT_ATTRIBUTE, digidLogout.get().pending());
            return digidLogout.get().location().toString();
        }
        return identity.filter(who -> who.kind() == PortalIdentity.Kind.STAFF).isPresent()
                ? PortalArea.STAFF_LOGIN_PAGE + "?uitgelogd=true" : DigidNotice.LOGGED_OUT.page();
    }

    private Optional<LogoutRedirect> startDigidLogout(PortalIdentity who) {
        try {
            return digid.startLogout(who.citizen(), PortalArea.DIGID_PAGE);
        } catch (RuntimeException e) {
            // the local logout goes on; the citizen is told to close the browser if DigiD is not reached
            LOG.log(Level.SEVERE, "Could not start the logout at DigiD", e);
            return Optional.empty();
        }
    }

    /** @return the browser location for a target of {@link #logout}: an absolute URL as it is, a path within the application with the context path */
    public static String location(HttpServletRequest request, String target) {
        return target.startsWith("/") ? request.getContextPath() + target : target;
    }

    /**
     * Ends the login of this request's session after the page saw no activity for the idle timeout
     * (the browser's countdown), unless the session was used more recently (another tab).
     *
     * @return where to go: the notice that the session ended, or, when the session is still in use,
     *         the start page of the area
     */
    public String idle(HttpServletRequest request, Duration idleTimeout) throws ServletException {
        HttpSession session = request.getSession(false);
        var identity = PortalIdentity.in(session);
        if (identity.isEmpty()) {
            return DigidNotice.SESSION_ENDED.page();
        }
        PortalIdentity who = identity.get();
        long idleMillis = System.currentTimeMillis() - session.getLastAccessedTime();
        if (idleMillis < idleTimeout.toMillis() - IDLE_SLACK.toMillis()) {
            return who.kind() == PortalIdentity.Kind.CITIZEN ? PortalArea.CITIZEN_HOME_PAGE : PortalArea.STAFF_HOME_PAGE;
        }
        audit(who, LogoutCause.IDLE_TIMEOUT);
        PortalIdentity.removeFrom(session);
        request.logout();
        invalidate(session);
        return pageAfterEnd(who);
    }

    /** The container ended the session after the idle timeout while someone was logged in. */
    public void timedOut(PortalIdentity who) {
        audit(who, LogoutCause.IDLE_TIMEOUT);
    }

    /** @return where someone goes whose login just ended without them asking (path within the application) */
    public String pageAfterEnd(PortalIdentity who) {
        return who.kind() == PortalIdentity.Kind.CITIZEN ? DigidNotice.SESSION_ENDED.page()
                : PortalArea.STAFF_LOGIN_PAGE + "?verlopen=true";
    }

    private void audit(PortalIdentity who, LogoutCause cause) {
        try {
            if (who.kind() == PortalIdentity.Kind.CITIZEN) {
                digid.logout(who.citizen(), cause);
            } else if (cause == LogoutCause.CITIZEN) {
                audit.record(AuditEvent.STAFF_LOGOUT, who.name());
            } else {
                audit.record(AuditEvent.STAFF_LOGOUT, who.name(), Map.of("cause", cause));
            }
        } catch (RuntimeException e) {
            // never let auditing keep a session alive; the failure itself is logged
            LOG.log(Level.SEVERE, "Could not audit the end of a session (" + cause + ")", e);
        }
    }

    static void invalidate(HttpSession session) {
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // gone already
            }
        }
    }
}
