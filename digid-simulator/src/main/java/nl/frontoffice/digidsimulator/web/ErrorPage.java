package nl.frontoffice.digidsimulator.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page shown when the simulator refuses a request (HTTP 400): what went wrong, in Dutch, with the technical
 * reason, since the reader is a developer or tester.
 */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String title,
                            String reason) throws IOException {
        String main = """
                <h1>%s</h1>
                <div class="foutoverzicht" role="alert">
                <p>%s</p>
                </div>
                <p>De simulator heeft het verzoek niet uitgevoerd. Ga terug naar de dienst en probeer het opnieuw.
                Blijft het misgaan, kijk dan in het serverlog of naar de instellingen van de dienstverlener
                en de simulator.</p>
                """.formatted(Html.escape(title), Html.escape(reason));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(Html.page(request.getContextPath(), "Fout: " + title, main));
    }
}
