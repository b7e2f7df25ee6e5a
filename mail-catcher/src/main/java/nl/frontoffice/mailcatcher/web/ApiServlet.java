package nl.frontoffice.mailcatcher.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.mailcatcher.CaughtMail;

/**
 * The JSON API for system tests.
 * <ul>
 * <li>{@code GET /api/berichten}: all mails, newest first, with bodies and attachment metadata;</li>
 * <li>{@code GET /api/berichten/<id>}: one mail (404 if gone);</li>
 * <li>{@code DELETE /api/berichten}: forget all mails (204).</li>
 * </ul>
 * A mail: {@code id, receivedAt (ISO-8601), envelopeFrom, envelopeRecipients[], from, to[], subject, messageId, text,
 * html, attachments[{index, name, contentType, size, url}]}; {@code url} is the download path under the context root.
 */
@WebServlet(urlPatterns = {"/api/berichten", "/api/berichten/*"})
public class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String context = request.getContextPath();
        if (path == null || path.equals("/")) {
            List<CaughtMail> mails = Requests.mailbox(getServletContext()).list();
            JsonArrayBuilder array = Json.createArrayBuilder();
            mails.forEach(mail -> array.add(json(mail, context)));
            write(response, array.build().toString());
            return;
        }
        OptionalLong id = Requests.number(path.substring(1));
        Optional<CaughtMail> mail = id.isPresent()
                ? Requests.mailbox(getServletContext()).find(id.getAsLong())
                : Optional.empty();
        if (mail.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            write(response, Json.createObjectBuilder().add("error", "Bericht niet gevonden").build().toString());
            return;
        }
        write(response, json(mail.get(), context).toString());
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getPathInfo();
        if (path != null && !path.equals("/")) {
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Requests.mailbox(getServletContext()).clear();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    static JsonObject json(CaughtMail mail, String contextPath) {
        JsonArrayBuilder envelopeRecipients = Json.createArrayBuilder();
        mail.envelopeRecipients().forEach(envelopeRecipients::add);
        JsonArrayBuilder to = Json.createArrayBuilder();
        mail.to().forEach(to::add);
        JsonArrayBuilder attachments = Json.createArrayBuilder();
        for (int i = 0; i < mail.attachments().size(); i++) {
            CaughtMail.Attachment attachment = mail.attachments().get(i);
            attachments.add(Json.createObjectBuilder()
                    .add("index", i)
                    .add("name", attachment.name())
                    .add("contentType", attachment.contentType())
                    .add("size", attachment.content().length)
                    .add("url", contextPath + "/bijlage?bericht=" + mail.id() + "&nr=" + i));
        }
        JsonObjectBuilder object = Json.createObjectBuilder()
                .add("id", mail.id())
                .add("receivedAt", DateTimeFormatter.ISO_INSTANT.format(mail.receivedAt()))
                .add("envelopeFrom", mail.envelopeFrom() == null ? "" : mail.envelopeFrom())
                .add("envelopeRecipients", envelopeRecipients)
                .add("from", mail.from())
                .add("to", to)
                .add("subject", mail.subject())
                .add("messageId", mail.messageId())
                .add("text", mail.text())
                .add("html", mail.html())
                .add("attachments", attachments);
        return object.build();
    }

    private static void write(HttpServletResponse response, String json) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(json);
    }
}
