package nl.frontoffice.digidsimulator.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.digidsimulator.Simulator;
import nl.frontoffice.digidsimulator.saml.SecureXml;

/**
 * The ArtifactResolutionService endpoint, {@code POST /artifact} (SOAP 1.1, {@code text/xml}). Published in the
 * metadata with an HTTPS URL: the service provider calls it over TLS with its client certificate, which is pinned
 * when {@code digid-simulator.sp.tls-certificates} is configured.
 */
@WebServlet(urlPatterns = "/artifact")
public class ArtifactResolutionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ArtifactResolutionServlet.class.getName());

    @Inject
    transient Simulator simulator;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        X509Certificate[] chain = (X509Certificate[]) request.getAttribute(ClientCertificateCheck.REQUEST_ATTRIBUTE);
        Optional<String> refused = simulator.clientCertificates().problem(chain);
        if (refused.isPresent()) {
            LOG.warning(() -> "ArtifactResolve refused: " + refused.get());
            send(response, HttpServletResponse.SC_FORBIDDEN, ArtifactResolutionService.fault("Client", refused.get()));
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(SecureXml.MAX_BYTES + 1);
        }
        if (body.length > SecureXml.MAX_BYTES) {
            send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    ArtifactResolutionService.fault("Client", "Het verzoek is te groot."));
            return;
        }
        ArtifactResolutionService.Result result = simulator.artifactResolution().resolve(body);
        send(response, result.httpStatus(), result.soapEnvelope());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                "De ArtifactResolutionService verwacht een SOAP-bericht met POST.");
    }

    private static void send(HttpServletResponse response, int status, String envelope) throws IOException {
        response.setStatus(status);
        response.setContentType("text/xml;charset=UTF-8");
        byte[] bytes = envelope.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
