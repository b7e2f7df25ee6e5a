package nl.frontoffice.digidsimulator.logout;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.digidsimulator.Simulator;
import nl.frontoffice.digidsimulator.saml.SamlException;
import nl.frontoffice.digidsimulator.web.ErrorPage;

/**
 * The SingleLogoutService, {@code GET /logout} (HTTP-Redirect): ends the simulated session and redirects the browser
 * (303) to the service provider with a signed LogoutResponse; a refused LogoutRequest gets the error page (400).
 */
@WebServlet(urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LogoutServlet.class.getName());

    @Inject
    transient Simulator simulator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String location = simulator.logout().handle(request.getQueryString());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", location);
        } catch (SamlException e) {
            LOG.warning(() -> "LogoutRequest refused: " + e.getMessage());
            ErrorPage.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "Het uitlogverzoek is geweigerd",
                    e.getMessage());
        }
    }
}
