package nl.frontoffice.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutgoingMailTest {

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    private static OutgoingMail valid() {
        return OutgoingMail.text("intake:1", MailCategory.INTAKE_CONFIRMATION, "m.kooyman@example.org",
                "Wij hebben uw aanvraag ontvangen", "Beste inwoner, ...");
    }

    @Test
    void a_plain_mail_has_no_html_and_no_attachments() {
        OutgoingMail mail = valid();

        assertThat(mail.html()).isEmpty();
        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.withHtml("<p>Beste</p>").html()).contains("<p>Beste</p>");
        assertThat(mail.withAttachment(new OutgoingMail.Attachment("a.pdf", "application/pdf", PDF)).attachments())
                .hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "geen-adres", "Jan <jan@example.org>", "a@example.org, b@example.org",
            "a@example.org\r\nBcc: x@example.org", "@example.org"})
    void the_recipient_is_exactly_one_bare_address(String recipient) {
        assertThatThrownBy(() -> OutgoingMail.text("k", MailCategory.INTAKE_CONFIRMATION, recipient, "s", "b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recipient")
                .hasMessageNotContaining("example.org");
    }

    @Test
    void the_subject_is_one_line_and_the_key_printable() {
        assertThatThrownBy(() -> OutgoingMail.text("k", MailCategory.INTAKE_CONFIRMATION, "a@example.org",
                "Onderwerp\r\nBcc: x@example.org", "b")).hasMessageContaining("subject");
        assertThatThrownBy(() -> OutgoingMail.text(" ", MailCategory.INTAKE_CONFIRMATION, "a@example.org", "s", "b"))
                .hasMessageContaining("idempotency key");
        assertThatThrownBy(() -> OutgoingMail.text("x".repeat(201), MailCategory.INTAKE_CONFIRMATION,
                "a@example.org", "s", "b")).hasMessageContaining("idempotency key");
        assertThatThrownBy(() -> OutgoingMail.text("k", MailCategory.INTAKE_CONFIRMATION, "a@example.org", "s", " "))
                .hasMessageContaining("text body");
    }

    @Test
    void attachments_are_limited_and_named_without_a_path() {
        assertThatThrownBy(() -> new OutgoingMail.Attachment("../etc/passwd", "text/plain", PDF))
                .hasMessageContaining("file name");
        assertThatThrownBy(() -> new OutgoingMail.Attachment("a.pdf", "pdf", PDF)).hasMessageContaining("content type");
        assertThatThrownBy(() -> new OutgoingMail.Attachment("a.pdf", "application/pdf", new byte[0]))
                .hasMessageContaining("content");

        List<OutgoingMail.Attachment> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new OutgoingMail.Attachment(i + ".pdf", "application/pdf", PDF));
        }
        assertThatThrownBy(() -> new OutgoingMail("k", MailCategory.INTAKE_CONFIRMATION, "a@example.org", "s", "b",
                null, eleven)).hasMessageContaining("at most 10 attachments");
        byte[] big = new byte[OutgoingMail.MAX_ATTACHMENT_BYTES / 2 + 1];
        assertThatThrownBy(() -> valid()
                .withAttachment(new OutgoingMail.Attachment("1.bin", "application/octet-stream", big))
                .withAttachment(new OutgoingMail.Attachment("2.bin", "application/octet-stream", big)))
                .hasMessageContaining("bytes together");
    }

    @Test
    void attachment_content_is_copied_and_compared_by_value() {
        byte[] bytes = PDF.clone();
        OutgoingMail.Attachment attachment = new OutgoingMail.Attachment("a.pdf", "application/pdf", bytes);
        bytes[0] = 'X';
        attachment.content()[1] = 'X';

        assertThat(attachment.content()).isEqualTo(PDF);
        assertThat(attachment).isEqualTo(new OutgoingMail.Attachment("a.pdf", "application/pdf", PDF))
                .hasSameHashCodeAs(new OutgoingMail.Attachment("a.pdf", "application/pdf", PDF));
    }

    @Test
    void to_string_shows_no_address_subject_or_body() {
        String text = valid().withHtml("<p>geheim</p>").toString();

        assertThat(text).contains("INTAKE_CONFIRMATION")
                .doesNotContain("kooyman").doesNotContain("aanvraag").doesNotContain("Beste").doesNotContain("geheim");
    }

    @Test
    void categories_are_codes() {
        assertThat(MailCategory.of("CASE_STATUS_CHANGED")).isEqualTo(MailCategory.CASE_STATUS_CHANGED);
        assertThatThrownBy(() -> MailCategory.of("status change")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailCategory.of("X".repeat(51))).isInstanceOf(IllegalArgumentException.class);
    }
}
