package nl.frontoffice.portal.staff;

import java.io.IOException;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.cases.work.CaseIntakeService;
import nl.frontoffice.intake.AttachmentDownload;
import nl.frontoffice.portal.cases.Downloads;

/**
 * A file the citizen sent with the intake of a case, for staff ({@value #PATH}{@code ?zaak=…&bestand=…}): only
 * under {@code /medewerker/} (the staff roles, see web.xml), and only when {@link CaseIntakeService#findAttachment}
 * gives it to the caller, i.e. when he may see the case's details and the file belongs to the case's intake.
 * Anything else (another team's case, a KCC member without the domain, a file of another intake, a malformed
 * parameter, a role without access to cases) is 404, exactly like a file that does not exist. The service writes
 * the download to the audit trail.
 *
 * <p>Sent as a download ({@code Content-Disposition: attachment}) with the media type found from the content when
 * it was received and {@code X-Content-Type-Options: nosniff}, never rendered inline, never cached.
 */
@WebServlet(urlPatterns = StaffAttachmentServlet.PATH)
public class StaffAttachmentServlet extends HttpServlet {

    /** Where staff download attachments. */
    public static final String PATH = "/medewerker/bijlage";

    private static final long serialVersionUID = 1L;

    /** The form of a case reference, e.g. {@code Z-2026-000012}. */
    private static final String REFERENCE = "[A-Z]{1,3}-\\d{4}-\\d{1,12}";

    @EJB
    private transient CaseIntakeService caseIntakes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("zaak");
        String file = request.getParameter("bestand");
        if (reference == null || !reference.matches(REFERENCE) || file == null || !file.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<AttachmentDownload> download;
        try {
            download = caseIntakes.findAttachment(reference, Long.parseLong(file));
        } catch (EJBAccessException e) {
            download = Optional.empty();
        }
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, download.get());
    }
}
