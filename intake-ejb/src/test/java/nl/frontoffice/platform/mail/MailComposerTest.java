package nl.frontoffice.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.Test;

/** The MIME structure, written out and parsed back as a mail client would. */
class MailComposerTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final InternetAddress FROM = from();

    private static InternetAddress from() {
        try {
            return new InternetAddress("Gemeente Voorbeeldstad <noreply@voorbeeldstad.example>");
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OutgoingMail mail(String key) {
        return OutgoingMail.text(key, MailCategory.CASE_STATUS_CHANGED, "m.kooyman@example.org",
                "Uw zaak is in behandeling – één stap verder", "Beste mevrouw Kooyman,\n\nUw zaak is in behandeling.\n");
    }

    private static MimeMessage roundTrip(OutgoingMail mail) throws Exception {
        MimeMessage composed = MailComposer.compose(SESSION, FROM, mail, NOW);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        composed.writeTo(bytes);
        return new MimeMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void a_text_mail_is_plain_utf8_with_headers() throws Exception {
        MimeMessage message = roundTrip(mail("case-status:1:2"));

        assertThat(message.isMimeType("text/plain")).isTrue();
        assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(message.getContent().toString()).isEqualTo("Beste mevrouw Kooyman,\n\nUw zaak is in behandeling.\n");
        assertThat(message.getSubject()).isEqualTo("Uw zaak is in behandeling – één stap verder");
        assertThat(message.getFrom()).containsExactly(FROM);
        assertThat(message.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("m.kooyman@example.org"));
        assertThat(message.getSentDate()).isEqualTo(Date.from(NOW));
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    }

    @Test
    void the_message_id_follows_from_the_idempotency_key() throws Exception {
        String id = roundTrip(mail("case-status:1:2")).getMessageID();

        assertThat(id).matches("<frontoffice\\.[0-9a-f]{32}@voorbeeldstad\\.example>")
                .isEqualTo(roundTrip(mail("case-status:1:2")).getMessageID())
                .isNotEqualTo(roundTrip(mail("case-status:1:3")).getMessageID());
    }

    @Test
    void html_makes_an_alternative_with_the_text_first() throws Exception {
        MimeMessage message = roundTrip(mail("k").withHtml("<p>Uw zaak is <em>in behandeling</em>.</p>"));

        assertThat(message.isMimeType("multipart/alternative")).isTrue();
        Multipart alternative = (Multipart) message.getContent();
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(alternative.getBodyPart(1).getContent().toString()).contains("<em>in behandeling</em>");
    }

    @Test
    void attachments_make_a_mixed_message_with_the_body_first() throws Exception {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        MimeMessage message = roundTrip(mail("k").withHtml("<p>zie bijlage</p>")
                .withAttachment(new OutgoingMail.Attachment("ontvangstbewijs Z-1.pdf", "application/pdf", pdf))
                .withAttachment(new OutgoingMail.Attachment("foto's van de woning.png", "image/png", png)));

        assertThat(message.isMimeType("multipart/mixed")).isTrue();
        Multipart mixed = (Multipart) message.getContent();
        assertThat(mixed.getCount()).isEqualTo(3);
        assertThat(mixed.getBodyPart(0).isMimeType("multipart/alternative")).isTrue();
        Part first = mixed.getBodyPart(1);
        assertThat(first.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(first.isMimeType("application/pdf")).isTrue();
        assertThat(MimeUtility.decodeText(first.getFileName())).isEqualTo("ontvangstbewijs Z-1.pdf");
        assertThat(first.getInputStream().readAllBytes()).isEqualTo(pdf);
        Part second = mixed.getBodyPart(2);
        assertThat(MimeUtility.decodeText(second.getFileName())).isEqualTo("foto's van de woning.png");
        assertThat(second.getInputStream().readAllBytes()).isEqualTo(png);
    }

    @Test
    void a_text_mail_with_an_attachment_has_the_plain_text_first() throws Exception {
        MimeMessage message = roundTrip(mail("k")
                .withAttachment(new OutgoingMail.Attachment("a.txt", "text/plain; charset=UTF-8",
                        "bijlage".getBytes(StandardCharsets.UTF_8))));

        Multipart mixed = (Multipart) message.getContent();
        assertThat(mixed.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(mixed.getBodyPart(0).getDisposition()).isNull();
        assertThat(mixed.getBodyPart(1).getDisposition()).isEqualTo(Part.ATTACHMENT);
    }
}
