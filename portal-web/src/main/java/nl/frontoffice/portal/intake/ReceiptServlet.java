package nl.frontoffice.portal.intake;

import java.io.IOException;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.intake.IntakeService;
import nl.frontoffice.portal.citizen.LoggedInCitizen;
import nl.frontoffice.portal.i18n.RequestLocales;

/**
 * The PDF receipt of an intake ({@value #PATH}{@code ?referentie=…}): everything the citizen sent,
 * for the citizen logged in only (under {@code /mijn/}, so the container requires role CITIZEN;
 * the service checks that the intake is theirs). Never cached.
 */
@WebServlet(urlPatterns = ReceiptServlet.PATH)
public class ReceiptServlet extends HttpServlet {

    /** Where the receipt is served. */
    public static final String PATH = "/mijn/aanvraag/ontvangstbewijs";

    private static final long serialVersionUID = 1L;

    @EJB
    private transient IntakeService intakes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var citizen = LoggedInCitizen.of(request);
        String reference = request.getParameter("referentie");
        if (citizen.isEmpty() || reference == null || !reference.matches("[A-Z0-9-]{1,40}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            Locale locale = RequestLocales.of(request);
            pdf = intakes.receiptPdf(reference, citizen.get().bsn(), locale);
        } catch (DomainException notTheirsOrUnknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"ontvangstbewijs-" + reference + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
