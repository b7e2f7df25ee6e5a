package nl.frontoffice.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

class SmtpMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static MailSettings settings(String... keyValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return MailSettings.from(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void the_session_follows_the_settings() {
        Properties required = SmtpMailer.properties(settings("frontoffice.mail.smtp.host", "smtp.example",
                "frontoffice.mail.smtp.connect-timeout", "3s", "frontoffice.mail.smtp.timeout", "20s"));
        assertThat(required).containsEntry("mail.smtp.host", "smtp.example").containsEntry("mail.smtp.port", "587")
                .containsEntry("mail.smtp.starttls.enable", "true").containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtp.connectiontimeout", "3000").containsEntry("mail.smtp.timeout", "20000")
                .containsEntry("mail.smtp.writetimeout", "20000")
                .containsEntry("mail.smtp.from", "noreply@voorbeeldstad.example")
                .doesNotContainKey("mail.smtp.auth");

        Properties optional = SmtpMailer.properties(settings("frontoffice.mail.smtp.starttls", "optional",
                "frontoffice.mail.smtp.username", "u", "frontoffice.mail.smtp.password", "p"));
        assertThat(optional).containsEntry("mail.smtp.starttls.enable", "true")
                .doesNotContainKey("mail.smtp.starttls.required").containsEntry("mail.smtp.auth", "true")
                .doesNotContainValue("p");

        assertThat(SmtpMailer.properties(settings("frontoffice.mail.smtp.starttls", "off")))
                .containsEntry("mail.smtp.starttls.enable", "false");
    }

    @Test
    void sends_with_authentication_to_a_real_smtp_server() throws Exception {
        SMTP.setUser("noreply@voorbeeldstad.example", "frontoffice", "geheim");
        MailSettings settings = settings("frontoffice.mail.smtp.host", "127.0.0.1",
                "frontoffice.mail.smtp.port", Integer.toString(SMTP.getSmtp().getPort()),
                "frontoffice.mail.smtp.starttls", "off",
                "frontoffice.mail.smtp.username", "frontoffice", "frontoffice.mail.smtp.password", "geheim");

        new SmtpMailer(settings).send(OutgoingMail.text("k", MailCategory.DEADLINE_WARNING, "consulent@example.org",
                "Zaak Z-1 nadert de termijn", "Nog 2 werkdagen."), Instant.now());

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Zaak Z-1 nadert de termijn");
    }

    @Test
    void starttls_required_sends_nothing_to_a_server_without_tls_and_tries_again_later() {
        MailSettings settings = settings("frontoffice.mail.smtp.host", "127.0.0.1",
                "frontoffice.mail.smtp.port", Integer.toString(SMTP.getSmtp().getPort()),
                "frontoffice.mail.smtp.starttls", "required");
        // GreenMail offers no STARTTLS: "required" refuses to send in plain text
        assertThatThrownBy(() -> new SmtpMailer(settings).send(OutgoingMail.text("k", MailCategory.DEADLINE_WARNING,
                "consulent@example.org", "s", "b"), Instant.now()))
                .isInstanceOfSatisfying(SmtpMailer.Failure.class, failure -> {
                    assertThat(failure.permanent()).isFalse();
                    assertThat(failure.code()).doesNotContain("@");
                });
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void failures_are_classified_without_addresses() throws Exception {
        Address rejected = new InternetAddress("weg@example.org");
        Address later = new InternetAddress("later@example.org");

        SmtpMailer.Failure refused = SmtpMailer.Failure.of(new SendFailedException("550 <weg@example.org> unknown",
                null, new Address[0], new Address[0], new Address[] {rejected}));
        assertThat(refused.permanent()).isTrue();
        assertThat(refused.code()).isEqualTo("SendFailedException").doesNotContain("@");

        assertThat(SmtpMailer.Failure.of(new SendFailedException("451 try later", null, new Address[0],
                new Address[] {later}, new Address[] {rejected})).permanent()).isFalse();
        assertThat(SmtpMailer.Failure.of(new AddressException("bad", "x@")).permanent()).isTrue();

        SmtpMailer.Failure down = SmtpMailer.Failure.of(new MessagingException("Couldn't connect to host",
                new ConnectException("Connection refused")));
        assertThat(down.permanent()).isFalse();
        assertThat(down.code()).isEqualTo("MessagingException/ConnectException");
        assertThat(down.getMessage()).isEqualTo(down.code());
    }
}
