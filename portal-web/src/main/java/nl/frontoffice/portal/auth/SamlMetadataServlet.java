package nl.frontoffice.portal.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.auth.digid.DigidConfigurationException;
import nl.frontoffice.auth.digid.DigidLogin;

/**
 * Our SAML metadata at the stable URL {@value #PATH}: entity id, assertion consumer service, single
 * logout service and signing certificate(s), which DigiD (Logius) and the simulator read. 404 when
 * DigiD is off; 503 when it is on but not configured right (the log says what).
 */
@WebServlet(urlPatterns = SamlMetadataServlet.PATH)
public class SamlMetadataServlet extends HttpServlet {

    /** Where the metadata is published. */
    public static final String PATH = "/saml/metadata";

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(SamlMetadataServlet.class.getName());

    @EJB
    private transient DigidLogin digid;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String metadata;
        try {
            if (!digid.enabled()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            metadata = digid.serviceProviderMetadata();
        } catch (DigidConfigurationException | EJBException e) {
            LOG.log(Level.SEVERE, "SAML metadata unavailable: the DigiD configuration is not usable", e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        byte[] body = metadata.getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/samlmetadata+xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
