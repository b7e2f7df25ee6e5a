package nl.frontoffice.portal.cases;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.intake.IntakeService;
import nl.frontoffice.portal.citizen.LoggedInCitizen;

/**
 * A file the citizen sent with an intake ({@value #PATH}{@code ?aanvraag=…&bestand=…}), for that
 * citizen only (role CITIZEN under {@code /mijn/}; the service checks the intake is theirs). Sent
 * as a download with the type found from its content when it was received, never rendered inline.
 */
@WebServlet(urlPatterns = AttachmentServlet.PATH)
public class AttachmentServlet extends HttpServlet {

    /** Where attachments are served. */
    public static final String PATH = "/mijn/bijlage";

    private static final long serialVersionUID = 1L;

    @EJB
    private transient IntakeService intakes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var citizen = LoggedInCitizen.of(request);
        String intake = request.getParameter("aanvraag");
        String file = request.getParameter("bestand");
        if (citizen.isEmpty() || intake == null || !intake.matches("[A-Z0-9-]{1,40}") || file == null
                || !file.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var download = intakes.findAttachmentForCitizen(citizen.get().bsn(), intake, Long.parseLong(file));
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, download.get());
    }
}
