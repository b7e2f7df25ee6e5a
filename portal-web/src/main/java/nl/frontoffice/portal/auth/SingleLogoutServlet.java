package nl.frontoffice.portal.auth;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import nl.frontoffice.auth.digid.DigidConfigurationException;
import nl.frontoffice.auth.digid.DigidLogin;
import nl.frontoffice.auth.digid.DigidLogoutException;
import nl.frontoffice.auth.digid.LogoutOutcome;
import nl.frontoffice.auth.saml.IdpLogoutRequest;
import nl.frontoffice.auth.saml.PendingLogout;

/**
 * Our SAML single logout service ({@value #PATH}, HTTP-Redirect binding, published in our metadata
 * as {@code frontoffice.digid.sp.slo-url}):
 * <ul>
 * <li>{@code ?SAMLResponse=…}: DigiD's answer to the LogoutRequest {@link SessionEnd#logout} sent.
 * The pending logout is taken from the session (usable once) and {@link DigidLogin#completeLogout}
 * checks the answer against the raw query string (the signature covers it exactly as sent). The
 * citizen's session here is gone already; the page says whether DigiD confirmed its part.</li>
 * <li>{@code ?SAMLRequest=…}: DigiD ends the citizen's DigiD session (logged out at another
 * service): when it names the citizen of this browser's session, that session ends too; the
 * browser goes back to DigiD with our signed answer.</li>
 * </ul>
 */
@WebServlet(urlPatterns = SingleLogoutServlet.PATH)
public class SingleLogoutServlet extends HttpServlet {

    /** Where DigiD sends logout messages. */
    public static final String PATH = "/saml/slo";

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(SingleLogoutServlet.class.getName());

    @EJB
    private transient DigidLogin digid;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        String rawQuery = request.getQueryString();
        if (request.getParameter("SAMLRequest") != null) {
            logoutStartedByDigid(request, response, rawQuery);
            return;
        }
        HttpSession session = request.getSession(false);
        PendingLogout pending = null;
        if (session != null) {
            pending = session.getAttribute(SessionEnd.PENDING_LOGOUT_ATTRIBUTE) instanceof PendingLogout p ? p : null;
            SessionEnd.invalidate(session);
        }
        DigidNotice notice = DigidNotice.LOGGED_OUT_UNCONFIRMED;
        try {
            LogoutOutcome outcome = digid.completeLogout(rawQuery, pending);
            if (outcome.confirmed()) {
                notice = DigidNotice.LOGGED_OUT;
            }
        } catch (DigidLogoutException e) {
            LOG.warning(() -> "DigiD logout answer refused: " + e.reason());
        } catch (DigidConfigurationException | EJBException e) {
            LOG.log(Level.SEVERE, "DigiD logout answer could not be checked", e);
        }
        redirect(response, request.getContextPath() + notice.page());
    }

    private void logoutStartedByDigid(HttpServletRequest request, HttpServletResponse response, String rawQuery)
            throws IOException, ServletException {
        IdpLogoutRequest logout;
        try {
            logout = digid.handleLogoutRequest(rawQuery);
        } catch (DigidLogoutException e) {
            LOG.warning(() -> "DigiD logout request refused: " + e.reason());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (DigidConfigurationException | EJBException e) {
            LOG.log(Level.SEVERE, "DigiD logout request could not be handled", e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        HttpSession session = request.getSession(false);
        var identity = PortalIdentity.in(session);
        if (identity.isPresent() && identity.get().kind() == PortalIdentity.Kind.CITIZEN && logout.ends(identity.get().citizen())) {
            PortalIdentity.removeFrom(session);   // DigidLogin audited it as IDP_LOGOUT
            request.logout();
            SessionEnd.invalidate(session);
        }
        redirect(response, logout.responseLocation().toString());
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }
}
