package nl.frontoffice.mailcatcher.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.mailcatcher.CaughtMail;

/**
 * One mail ({@code /bericht?id=<n>}): envelope and headers, the text body, the HTML body as source (never rendered),
 * and the attachments with download links.
 */
@WebServlet(urlPatterns = "/bericht")
public class MessageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CaughtMail> found = Requests.number(request.getParameter("id")).stream().boxed()
                .flatMap(id -> Requests.mailbox(getServletContext()).find(id).stream()).findFirst();
        response.setContentType("text/html;charset=UTF-8");
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.getWriter().write(Html.page(request.getContextPath(), "Bericht niet gevonden", """
                    <h1>Bericht niet gevonden</h1>
                    <p>Dit bericht bestaat niet (meer). De mailvanger bewaart alleen de laatste berichten, en ze zijn
                    weg na het leegmaken of een herstart.</p>
                    <p><a href="%s/">Terug naar de ontvangen berichten</a></p>
                    """.formatted(Html.escape(request.getContextPath()))));
            return;
        }
        CaughtMail mail = found.get();
        String context = Html.escape(request.getContextPath());
        String subject = mail.subject().isBlank() ? "(geen onderwerp)" : mail.subject();
        StringBuilder main = new StringBuilder();
        main.append("<p><a href=\"").append(context).append("/\">Terug naar de ontvangen berichten</a></p>\n");
        main.append("<h1>").append(Html.escape(subject)).append("</h1>\n<dl class=\"kenmerken\">\n");
        row(main, "Van", mail.from());
        row(main, "Aan", String.join(", ", mail.to()));
        row(main, "Ontvangen", Html.TIME.format(mail.receivedAt()));
        row(main, "Afzender (envelop)", mail.envelopeFrom());
        row(main, "Ontvangers (envelop)", String.join(", ", mail.envelopeRecipients()));
        row(main, "Message-ID", mail.messageId());
        main.append("</dl>\n<h2>Tekst</h2>\n");
        if (mail.text().isEmpty()) {
            main.append("<p>Dit bericht heeft geen platte tekst.</p>\n");
        } else {
            main.append("<pre class=\"tekst\">").append(Html.escape(mail.text())).append("</pre>\n");
        }
        if (!mail.html().isEmpty()) {
            main.append("<h2>HTML-versie</h2>\n<details>\n<summary>Broncode van de HTML-versie tonen</summary>\n")
                    .append("<pre class=\"tekst\">").append(Html.escape(mail.html())).append("</pre>\n</details>\n");
        }
        main.append("<h2>Bijlagen</h2>\n");
        if (mail.attachments().isEmpty()) {
            main.append("<p>Dit bericht heeft geen bijlagen.</p>\n");
        } else {
            main.append("<ul class=\"bijlagen\">\n");
            for (int i = 0; i < mail.attachments().size(); i++) {
                CaughtMail.Attachment attachment = mail.attachments().get(i);
                main.append("<li><a href=\"").append(context).append("/bijlage?bericht=").append(mail.id())
                        .append("&amp;nr=").append(i).append("\" download>").append(Html.escape(attachment.name()))
                        .append("</a> <span class=\"hint\">(").append(Html.escape(attachment.contentType()))
                        .append(", ").append(size(attachment.content().length)).append(")</span></li>\n");
            }
            main.append("</ul>\n");
        }
        response.getWriter().write(Html.page(request.getContextPath(), subject, main.toString()));
    }

    private static void row(StringBuilder main, String term, String value) {
        main.append("<dt>").append(Html.escape(term)).append("</dt><dd>")
                .append(value == null || value.isEmpty() ? "–" : Html.escape(value)).append("</dd>\n");
    }

    static String size(int bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " kB";
        }
        return String.format(java.util.Locale.forLanguageTag("nl"), "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
