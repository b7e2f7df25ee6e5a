package nl.frontoffice.mailcatcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * One received mail: the SMTP envelope, the raw message, and what a tester wants to see of it (headers, text and HTML
 * body, attachments), parsed once at receipt. A message that cannot be parsed is still kept, with its raw text.
 *
 * @param id                 the number the catcher gave it (1, 2, ...)
 * @param receivedAt         when the DATA ended
 * @param envelopeFrom       the MAIL FROM address (may be empty: a bounce)
 * @param envelopeRecipients the RCPT TO addresses
 * @param from               the From header, decoded
 * @param to                 the To header's addresses, decoded
 * @param subject            the subject, decoded
 * @param messageId          the Message-ID header
 * @param text               the first text/plain part (line ends as LF), or empty
 * @param html               the first text/html part (line ends as LF), or empty
 * @param attachments        the parts with a file name or the attachment disposition
 * @param raw                the message as received (after dot-unstuffing)
 */
public record CaughtMail(long id, Instant receivedAt, String envelopeFrom, List<String> envelopeRecipients,
                         String from, List<String> to, String subject, String messageId, String text, String html,
                         List<Attachment> attachments, byte[] raw) {

    public CaughtMail {
        envelopeRecipients = List.copyOf(envelopeRecipients);
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
    }

    /**
     * An attachment.
     *
     * @param name        its file name (decoded), or {@code bijlage-<n>} when it has none
     * @param contentType its content type, without parameters
     * @param content     its bytes
     */
    public record Attachment(String name, String contentType, byte[] content) {
    }

    /** Parses a received message. */
    public static CaughtMail parse(long id, Instant receivedAt, String envelopeFrom, List<String> recipients,
                                   byte[] raw) {
        Parts parts = new Parts();
        String from = "";
        List<String> to = new ArrayList<>();
        String subject = "";
        String messageId = "";
        try (InputStream in = new ByteArrayInputStream(raw)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            Address[] senders = message.getFrom();
            from = senders == null || senders.length == 0 ? "" : decode(senders[0].toString());
            Address[] recipientsTo = message.getRecipients(jakarta.mail.Message.RecipientType.TO);
            if (recipientsTo != null) {
                for (Address address : recipientsTo) {
                    to.add(decode(address.toString()));
                }
            }
            subject = message.getSubject() == null ? "" : message.getSubject();
            messageId = message.getMessageID() == null ? "" : message.getMessageID();
            parts.walk(message);
        } catch (MessagingException | IOException | RuntimeException e) {
            if (parts.text.isEmpty()) {
                parts.text = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        }
        return new CaughtMail(id, receivedAt, envelopeFrom, recipients, from, to, subject, messageId, parts.text,
                parts.html, parts.attachments, raw);
    }

    /** SMTP carries CRLF line ends; testers and JSON readers expect LF. */
    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }

    private static String decode(String header) {
        try {
            return MimeUtility.decodeText(header);
        } catch (java.io.UnsupportedEncodingException e) {
            return header;
        }
    }

    private static final class Parts {
        private String text = "";
        private String html = "";
        private final List<Attachment> attachments = new ArrayList<>();

        void walk(Part part) throws MessagingException, IOException {
            String fileName = part.getFileName();
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
            if (!attachment && part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
            } else if (!attachment && part.isMimeType("text/plain") && text.isEmpty()) {
                text = lines(String.valueOf(part.getContent()));
            } else if (!attachment && part.isMimeType("text/html") && html.isEmpty()) {
                html = lines(String.valueOf(part.getContent()));
            } else if (attachment || !part.isMimeType("text/*")) {
                String name = fileName == null ? "bijlage-" + (attachments.size() + 1) : decode(fileName);
                String type = part.getContentType() == null ? "application/octet-stream"
                        : part.getContentType().split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
                try (InputStream in = part.getInputStream()) {
                    attachments.add(new Attachment(name, type, in.readAllBytes()));
                }
            }
        }
    }
}
