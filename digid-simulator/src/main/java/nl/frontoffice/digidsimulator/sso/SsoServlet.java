package nl.frontoffice.digidsimulator.sso;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.digidsimulator.Simulator;
import nl.frontoffice.digidsimulator.saml.RedirectBinding;
import nl.frontoffice.digidsimulator.saml.SamlException;
import nl.frontoffice.digidsimulator.web.ErrorPage;

/**
 * The SingleSignOnService: {@code GET /sso} (HTTP-Redirect binding) and {@code POST /sso} (HTTP-POST binding).
 * An accepted AuthnRequest is kept server-side and the browser goes on to the login page with only an opaque id;
 * a refused one gets the error page (HTTP 400) with the reason.
 */
@WebServlet(urlPatterns = "/sso")
public class SsoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SsoServlet.class.getName());

    @Inject
    transient Simulator simulator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            proceed(request, response, simulator.authnRequests().acceptRedirect(request.getQueryString()));
        } catch (SamlException e) {
            refuse(request, response, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        try {
            proceed(request, response, simulator.authnRequests().acceptPost(request.getParameter("SAMLRequest"),
                    request.getParameter("RelayState")));
        } catch (SamlException e) {
            refuse(request, response, e);
        }
    }

    private void proceed(HttpServletRequest request, HttpServletResponse response, PendingAuthentication accepted)
            throws IOException {
        if (accepted.passive()) {
            seeOther(response, simulator.responder().noPassive(accepted));
            return;
        }
        String key = simulator.pendingAuthentications().put(accepted);
        seeOther(response, request.getContextPath() + "/login?verzoek=" + RedirectBinding.urlEncode(key));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, SamlException e)
            throws IOException {
        LOG.warning(() -> "AuthnRequest refused: " + e.getMessage());
        ErrorPage.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "Het inlogverzoek is geweigerd",
                e.getMessage());
    }

    static void seeOther(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }
}
