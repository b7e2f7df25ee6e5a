package nl.frontoffice.portal.auth;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import nl.frontoffice.platform.audit.AuditEvent;
import nl.frontoffice.platform.audit.AuditLog;

/**
 * Logs out: tells the container ({@code HttpServletRequest.logout()}, which reaches the
 * mechanism's {@code cleanSubject}), throws the whole HTTP session away, audits it and goes to the
 * staff login page with the message "U bent uitgelogd". Used by a POST form (a button), never a link,
 * so another site cannot log someone out.
 *
 * <p>The DigiD increment adds the citizen case here (and the LogoutRequest to DigiD).
 */
@Named
@RequestScoped
public class LogoutAction {

    @Inject
    private AuditLog audit;

    /** Action of the logout button. */
    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession(false);
        var identity = PortalIdentity.in(session);

        request.logout();
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // gone already
            }
        }
        identity.filter(who -> who.kind() == PortalIdentity.Kind.STAFF)
                .ifPresent(who -> audit.record(AuditEvent.STAFF_LOGOUT, who.name()));
        external.redirect(external.getRequestContextPath() + PortalArea.STAFF_LOGIN_PAGE + "?uitgelogd=true");
    }
}
