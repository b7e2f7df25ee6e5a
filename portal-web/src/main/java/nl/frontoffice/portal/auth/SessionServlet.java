package nl.frontoffice.portal.auth;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the session warning dialog ({@code WEB-INF/includes/session-warning.xhtml},
 * {@code resources/js/session-warning.js}) posts to:
 * <ul>
 * <li>{@code POST /sessie/actief}: "Ingelogd blijven": the request itself keeps the session alive;
 * 204, or 401 when there is no login any more (the page then shows that the session ended);</li>
 * <li>{@code POST /sessie/einde} with {@code reden=inactief}: the page's countdown ran out
 * ({@link SessionEnd#idle}); with {@code reden=uitloggen}: the dialog's logout button
 * ({@link SessionEnd#logout}). Both answer with a redirect (303) to the page to show.</li>
 * </ul>
 * POST only: another site cannot end a session by a link or an image (and the session cookie is
 * SameSite=Lax, so it does not travel with a cross-site POST).
 */
@WebServlet(urlPatterns = {SessionServlet.KEEP_ALIVE_PATH, SessionServlet.END_PATH})
public class SessionServlet extends HttpServlet {

    /** Keeps the session alive. */
    public static final String KEEP_ALIVE_PATH = "/sessie/actief";

    /** Ends the session. */
    public static final String END_PATH = "/sessie/einde";

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SessionEnd sessionEnd;

    @Inject
    private transient PortalLoginConfiguration configuration;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        if (KEEP_ALIVE_PATH.equals(request.getServletPath())) {
            boolean loggedIn = PortalIdentity.in(request.getSession(false)).isPresent();
            response.setStatus(loggedIn ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String target = "uitloggen".equals(request.getParameter("reden"))
                ? sessionEnd.logout(request)
                : sessionEnd.idle(request, configuration.settings().idleTimeout());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", SessionEnd.location(request, target));
    }
}
