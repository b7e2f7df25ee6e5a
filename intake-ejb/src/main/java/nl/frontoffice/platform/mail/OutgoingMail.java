package nl.frontoffice.platform.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.ParseException;

/**
 * An e-mail to queue in the {@link MailOutbox}: one recipient, a subject, a plain-text body, optionally an HTML
 * alternative and attachments. The sender ({@code frontoffice.mail.from}) is the same for all mails.
 *
 * <p>Usage:
 * <pre>{@code
 * outbox.queue(OutgoingMail.text("intake-confirmation:" + intake.getId(), MailCategory.INTAKE_CONFIRMATION,
 *         citizenEmail, "Wij hebben uw aanvraag ontvangen", body)
 *     .withAttachment(new OutgoingMail.Attachment("ontvangstbewijs.pdf", "application/pdf", pdf)));
 * }</pre>
 *
 * <p>The record checks its content when built (an {@link IllegalArgumentException} names the rule, never the value).
 * Its {@link #toString()} shows the category and sizes only: an address or body never ends up in a log by accident.
 *
 * @param idempotencyKey what makes the mail unique: the same key is queued once, whatever happens (1-200 printable
 *                       characters, e.g. {@code case-status:4711:3}); never put a BSN or an e-mail address in it
 * @param category       why the mail is sent (audit, logs)
 * @param recipient      the recipient's address, e.g. {@code j.jansen@example.org} (a bare address, no name)
 * @param subject        the subject, one line of at most {@value #MAX_SUBJECT_LENGTH} characters
 * @param textBody       the plain-text body (always present: every mail can be read without HTML)
 * @param htmlBody       an HTML alternative of the same text, or {@code null}
 * @param attachments    the attachments, in order; may be empty
 */
public record OutgoingMail(String idempotencyKey, MailCategory category, String recipient, String subject,
                           String textBody, String htmlBody, List<Attachment> attachments) {

    /** Longest idempotency key. */
    public static final int MAX_KEY_LENGTH = 200;
    /** Longest subject. */
    public static final int MAX_SUBJECT_LENGTH = 500;
    /** Longest body (text or HTML), in characters. */
    public static final int MAX_BODY_LENGTH = 1_000_000;
    /** Most attachments in one mail. */
    public static final int MAX_ATTACHMENTS = 10;
    /** Most bytes of all attachments of one mail together. */
    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

    public OutgoingMail {
        require(idempotencyKey != null && !idempotencyKey.isBlank() && idempotencyKey.length() <= MAX_KEY_LENGTH
                && idempotencyKey.chars().noneMatch(Character::isISOControl),
                "the idempotency key must be 1-" + MAX_KEY_LENGTH + " printable characters");
        Objects.requireNonNull(category, "category");
        require(isAddress(recipient), "the recipient must be one e-mail address");
        require(subject != null && !subject.isBlank() && subject.length() <= MAX_SUBJECT_LENGTH
                && subject.chars().noneMatch(Character::isISOControl),
                "the subject must be one line of 1-" + MAX_SUBJECT_LENGTH + " characters");
        require(textBody != null && !textBody.isBlank() && textBody.length() <= MAX_BODY_LENGTH,
                "the text body must be 1-" + MAX_BODY_LENGTH + " characters");
        require(htmlBody == null || (!htmlBody.isBlank() && htmlBody.length() <= MAX_BODY_LENGTH),
                "the HTML body, if any, must be 1-" + MAX_BODY_LENGTH + " characters");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        require(attachments.size() <= MAX_ATTACHMENTS, "at most " + MAX_ATTACHMENTS + " attachments");
        long total = attachments.stream().mapToLong(Attachment::size).sum();
        require(total <= MAX_ATTACHMENT_BYTES, "attachments of at most " + MAX_ATTACHMENT_BYTES + " bytes together");
        recipient = recipient.trim();
    }

    /** A plain-text mail without attachments; add to it with {@link #withHtml} and {@link #withAttachment}. */
    public static OutgoingMail text(String idempotencyKey, MailCategory category, String recipient, String subject,
                                    String textBody) {
        return new OutgoingMail(idempotencyKey, category, recipient, subject, textBody, null, List.of());
    }

    /** @return this mail with an HTML alternative of its text */
    public OutgoingMail withHtml(String html) {
        return new OutgoingMail(idempotencyKey, category, recipient, subject, textBody, html, attachments);
    }

    /** @return this mail with one more attachment */
    public OutgoingMail withAttachment(Attachment attachment) {
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(Objects.requireNonNull(attachment, "attachment"));
        return new OutgoingMail(idempotencyKey, category, recipient, subject, textBody, htmlBody, more);
    }

    /** @return the HTML alternative, if any */
    public Optional<String> html() {
        return Optional.ofNullable(htmlBody);
    }

    @Override
    public String toString() {
        return "OutgoingMail[category=" + category + ", textChars=" + textBody.length()
                + ", html=" + (htmlBody != null) + ", attachments=" + attachments.size() + "]";
    }

    static boolean isAddress(String address) {
        if (address == null || address.isBlank() || address.trim().length() > 254) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(address.trim(), true);
            parsed.validate();
            return parsed.getPersonal() == null && address.trim().equals(parsed.getAddress())
                    && parsed.getAddress().indexOf('@') > 0;
        } catch (AddressException e) {
            return false;
        }
    }

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalArgumentException("Invalid mail: " + rule);
        }
    }

    /**
     * A file attached to a mail.
     *
     * @param fileName    the name the recipient sees, e.g. {@code ontvangstbewijs.pdf} (no path; 1-255 characters)
     * @param contentType the MIME type, e.g. {@code application/pdf}
     * @param content     the bytes (copied; at least one)
     */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            require(fileName != null && !fileName.isBlank() && fileName.length() <= 255
                    && fileName.chars().noneMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\'),
                    "an attachment's file name must be 1-255 characters without a path");
            require(isContentType(contentType), "an attachment's content type must be a MIME type like application/pdf");
            require(content != null && content.length > 0, "an attachment must have content");
            content = content.clone();
        }

        /** @return a copy of the bytes */
        @Override
        public byte[] content() {
            return content.clone();
        }

        /** @return the number of bytes */
        public int size() {
            return content.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment that && fileName.equals(that.fileName)
                    && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fileName, contentType, Arrays.hashCode(content));
        }

        @Override
        public String toString() {
            return "Attachment[" + contentType + ", " + content.length + " bytes]";
        }

        private static boolean isContentType(String type) {
            if (type == null || type.isBlank() || type.length() > 255) {
                return false;
            }
            try {
                ContentType parsed = new ContentType(type);
                return parsed.getPrimaryType() != null && parsed.getSubType() != null;
            } catch (ParseException e) {
                return false;
            }
        }
    }
}
