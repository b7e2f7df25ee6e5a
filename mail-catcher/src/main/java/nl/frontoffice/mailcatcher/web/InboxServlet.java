package nl.frontoffice.mailcatcher.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.mailcatcher.CaughtMail;
import nl.frontoffice.mailcatcher.SmtpServer;

/** The start page ({@code /mail-catcher/}): the received mails, newest first, and a button to clear them. */
@WebServlet(urlPatterns = "")
public class InboxServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<CaughtMail> mails = Requests.mailbox(getServletContext()).list();
        SmtpServer server = Requests.server(getServletContext());
        String context = Html.escape(request.getContextPath());
        StringBuilder main = new StringBuilder();
        main.append("<h1>Ontvangen berichten</h1>\n");
        main.append("<p>De mailvanger ontvangt mail via SMTP op <code>").append(Html.escape(server.host())).append(':')
                .append(server.port()).append("</code> en bewaart de laatste ")
                .append(Requests.mailbox(getServletContext()).capacity()).append(" berichten in het geheugen.</p>\n");
        if (mails.isEmpty()) {
            main.append("<p class=\"leeg\">Er zijn nog geen berichten ontvangen.</p>\n");
        } else {
            main.append("""
                    <table>
                    <caption>%d %s, nieuwste eerst</caption>
                    <thead><tr><th scope="col">Ontvangen</th><th scope="col">Van</th><th scope="col">Aan</th>\
                    <th scope="col">Onderwerp</th><th scope="col">Bijlagen</th></tr></thead>
                    <tbody>
                    """.formatted(mails.size(), mails.size() == 1 ? "bericht" : "berichten"));
            for (CaughtMail mail : mails) {
                String subject = mail.subject().isBlank() ? "(geen onderwerp)" : mail.subject();
                main.append("<tr><td>").append(Html.escape(Html.TIME.format(mail.receivedAt())))
                        .append("</td><td>").append(Html.escape(mail.from()))
                        .append("</td><td>").append(Html.escape(String.join(", ", recipients(mail))))
                        .append("</td><td><a href=\"").append(context).append("/bericht?id=").append(mail.id())
                        .append("\">").append(Html.escape(subject)).append("</a>")
                        .append("</td><td>").append(mail.attachments().size()).append("</td></tr>\n");
            }
            main.append("</tbody>\n</table>\n");
            main.append("""
                    <form method="post" action="%s/leegmaken">
                    <button type="submit" class="knop secundair">Alle berichten verwijderen</button>
                    </form>
                    """.formatted(context));
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(Html.page(request.getContextPath(), "Ontvangen berichten", main.toString()));
    }

    static List<String> recipients(CaughtMail mail) {
        return mail.to().isEmpty() ? mail.envelopeRecipients() : mail.to();
    }
}
