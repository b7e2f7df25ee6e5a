package nl.frontoffice.digidsimulator.idp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.digidsimulator.Simulator;

/** {@code GET /metadata}: the IdP's SAML metadata ({@code application/samlmetadata+xml}). */
@WebServlet(urlPatterns = "/metadata")
public class MetadataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Simulator simulator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] metadata = simulator.metadata().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/samlmetadata+xml;charset=UTF-8");
        response.setContentLength(metadata.length);
        response.getOutputStream().write(metadata);
    }
}
