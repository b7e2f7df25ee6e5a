package nl.frontoffice.mailcatcher.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.mailcatcher.CaughtMail;

/**
 * An attachment as a download ({@code /bijlage?bericht=<id>&nr=<index>}): always {@code Content-Disposition:
 * attachment}, so that the browser never renders what a mail carried in the catcher's origin.
 */
@WebServlet(urlPatterns = "/bijlage")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = Requests.number(request.getParameter("bericht"));
        OptionalLong index = Requests.number(request.getParameter("nr"));
        Optional<CaughtMail.Attachment> attachment = Optional.empty();
        if (id.isPresent() && index.isPresent()) {
            attachment = Requests.mailbox(getServletContext()).find(id.getAsLong())
                    .filter(mail -> index.getAsLong() < mail.attachments().size())
                    .map(mail -> mail.attachments().get((int) index.getAsLong()));
        }
        if (attachment.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CaughtMail.Attachment found = attachment.get();
        String ascii = found.name().replaceAll("[^A-Za-z0-9._ -]", "_");
        response.setContentType(found.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(found.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(found.content().length);
        response.getOutputStream().write(found.content());
    }
}
