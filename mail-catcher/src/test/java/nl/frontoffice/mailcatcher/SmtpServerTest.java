package nl.frontoffice.mailcatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.concurrent.Executors;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMTP server on a free loopback port, spoken to by Jakarta Mail and by hand. */
class SmtpServerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

    private Mailbox mailbox;
    private SmtpServer server;

    @BeforeEach
    void start() throws IOException {
        mailbox = new Mailbox(3, Clock.fixed(NOW, ZoneOffset.UTC));
        server = SmtpServer.start("127.0.0.1", 0, mailbox, 64 * 1024, Executors.defaultThreadFactory());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Session session() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(server.port()));
        properties.setProperty("mail.smtp.connectiontimeout", "2000");
        properties.setProperty("mail.smtp.timeout", "5000");
        return Session.getInstance(properties);
    }

    @Test
    void keeps_what_jakarta_mail_sends_with_bodies_and_attachments() throws Exception {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress("noreply@voorbeeldstad.example", "Gemeente Voorbeeldstad", "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, "m.kooyman@example.org");
        message.setSubject("Uw aanvraag is ontvangen – één", "UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Beste inwoner,\n.\n..regel met punt\n", "UTF-8");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>Beste inwoner</p>", "UTF-8", "html");
        alternative.addBodyPart(html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart pdf = new MimeBodyPart();
        byte[] bytes = {'%', 'P', 'D', 'F', 0, (byte) 0xff};
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, "application/pdf")));
        pdf.setFileName("ontvangstbewijs.pdf");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(pdf);
        message.setContent(mixed);

        Transport.send(message);

        assertThat(mailbox.list()).hasSize(1);
        CaughtMail mail = mailbox.list().get(0);
        assertThat(mail.id()).isEqualTo(1);
        assertThat(mail.receivedAt()).isEqualTo(NOW);
        assertThat(mail.envelopeFrom()).isEqualTo("noreply@voorbeeldstad.example");
        assertThat(mail.envelopeRecipients()).containsExactly("m.kooyman@example.org");
        assertThat(mail.from()).isEqualTo("Gemeente Voorbeeldstad <noreply@voorbeeldstad.example>");
        assertThat(mail.to()).containsExactly("m.kooyman@example.org");
        assertThat(mail.subject()).isEqualTo("Uw aanvraag is ontvangen – één");
        assertThat(mail.text()).isEqualTo("Beste inwoner,\n.\n..regel met punt\n");
        assertThat(mail.html()).isEqualTo("<p>Beste inwoner</p>");
        assertThat(mail.attachments()).hasSize(1);
        assertThat(mail.attachments().get(0).name()).isEqualTo("ontvangstbewijs.pdf");
        assertThat(mail.attachments().get(0).contentType()).isEqualTo("application/pdf");
        assertThat(mail.attachments().get(0).content()).isEqualTo(bytes);
    }

    @Test
    void speaks_smtp_in_order_and_refuses_what_is_too_large() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port());
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            OutputStream out = socket.getOutputStream();
            assertThat(in.readLine()).startsWith("220 ");
            assertThat(send(out, in, "RCPT TO:<a@example.org>")).startsWith("503");
            assertThat(send(out, in, "DATA")).startsWith("503");
            assertThat(send(out, in, "HELO test")).startsWith("250");
            assertThat(send(out, in, "STARTTLS")).startsWith("502");
            assertThat(send(out, in, "MAIL FROM:<> SIZE=10")).startsWith("250");
            assertThat(send(out, in, "RCPT TO:<a@example.org>")).startsWith("250");
            assertThat(send(out, in, "DATA")).startsWith("354");
            out.write(("Subject: te groot\r\n\r\n" + "x".repeat(70 * 1024) + "\r\n.\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(in.readLine()).startsWith("552");
            assertThat(send(out, in, "MAIL FROM:<b@example.org>")).startsWith("250");
            assertThat(send(out, in, "RCPT TO:<c@example.org>")).startsWith("250");
            assertThat(send(out, in, "DATA")).startsWith("354");
            out.write("Subject: klein\r\n\r\n..punt\r\n.\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(in.readLine()).startsWith("250");
            assertThat(send(out, in, "NOOP")).startsWith("250");
            assertThat(send(out, in, "FOO")).startsWith("500");
            assertThat(send(out, in, "QUIT")).startsWith("221");
        }
        assertThat(mailbox.list()).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("klein");
            assertThat(mail.text()).isEqualTo(".punt\n");
            assertThat(mail.envelopeRecipients()).containsExactly("c@example.org");
        });
    }

    @Test
    void keeps_only_the_last_mails_and_forgets_all_when_cleared() throws Exception {
        for (int i = 1; i <= 5; i++) {
            MimeMessage message = new MimeMessage(session());
            message.setFrom("a@example.org");
            message.setRecipients(Message.RecipientType.TO, "b@example.org");
            message.setSubject("bericht " + i);
            message.setText("tekst");
            Transport.send(message);
        }

        assertThat(mailbox.list()).extracting(CaughtMail::subject).containsExactly("bericht 5", "bericht 4", "bericht 3");
        assertThat(mailbox.find(5)).isPresent();
        assertThat(mailbox.find(1)).isEmpty();
        mailbox.clear();
        assertThat(mailbox.list()).isEmpty();
    }

    @Test
    void stops_listening_when_closed() {
        int port = server.port();
        server.close();

        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void an_unparsable_message_is_kept_as_raw_text() {
        CaughtMail mail = CaughtMail.parse(7, NOW, "a@example.org", java.util.List.of("b@example.org"),
                "Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\nkapot".getBytes(StandardCharsets.US_ASCII));

        assertThat(mail.id()).isEqualTo(7);
        assertThat(mail.text()).isNotEmpty();
    }

    private static String send(OutputStream out, BufferedReader in, String command) throws IOException {
        out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String line = in.readLine();
        while (line != null && line.length() > 3 && line.charAt(3) == '-') {
            line = in.readLine();
        }
        return line;
    }
}
