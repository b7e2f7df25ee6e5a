package nl.frontoffice.mailcatcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged WAR on Payara Micro: its SMTP server listens on a free loopback port chosen here; a mail sent to it
 * with Jakarta Mail is read back through the JSON API, the HTML pages and the attachment download, and cleared.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailCatcherIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final int SMTP_PORT = freePort();

    @ArquillianResource
    private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "mail-catcher.war")
                .importFrom(new File(System.getProperty("mail-catcher.war")))
                .as(WebArchive.class)
                .addAsResource(new StringAsset("mail-catcher.smtp.port=" + SMTP_PORT + "\nmail-catcher.max-messages=50\n"),
                        "META-INF/microprofile-config.properties");
    }

    @Test
    void a_mail_sent_by_smtp_can_be_read_as_json_and_html_and_cleared() throws Exception {
        assertThat(get("api/berichten", "DELETE").statusCode()).isEqualTo(204);
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, (byte) 0xfe};
        send("Uw aanvraag is ontvangen <Z-2026-0001>", "Beste mevrouw Kooyman,\nUw referentie is Z-2026-0001.\n", pdf);

        HttpResponse<String> list = get("api/berichten", "GET");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        String json = list.body();
        assertThat(json).startsWith("[{").endsWith("}]")
                .contains("\"subject\":\"Uw aanvraag is ontvangen <Z-2026-0001>\"")
                .contains("\"from\":\"Gemeente Voorbeeldstad <noreply@voorbeeldstad.example>\"")
                .contains("\"to\":[\"m.kooyman@example.org\"]")
                .contains("\"envelopeRecipients\":[\"m.kooyman@example.org\"]")
                .contains("\"text\":\"Beste mevrouw Kooyman,\\nUw referentie is Z-2026-0001.\\n\"")
                .contains("\"html\":\"<p>Uw referentie is <strong>Z-2026-0001</strong>.</p>\"")
                .contains("\"name\":\"ontvangstbewijs Z-2026-0001.pdf\"")
                .contains("\"contentType\":\"application/pdf\"")
                .contains("\"size\":" + pdf.length);
        long id = Long.parseLong(group(json, "\"id\":(\\d+)"));
        assertThat(get("api/berichten/" + id, "GET").body()).contains("\"id\":" + id);
        assertThat(get("api/berichten/999999", "GET").statusCode()).isEqualTo(404);

        HttpResponse<String> inbox = get("", "GET");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'none'").doesNotContain("script-src");
        assertThat(inbox.body()).contains("<html lang=\"nl\">").contains("Ontvangen berichten")
                .contains("Uw aanvraag is ontvangen &lt;Z-2026-0001&gt;")
                .contains("/mail-catcher/bericht?id=" + id).contains("127.0.0.1:" + SMTP_PORT)
                .doesNotContain("<script");

        HttpResponse<String> detail = get("bericht?id=" + id, "GET");
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("<h1>Uw aanvraag is ontvangen &lt;Z-2026-0001&gt;</h1>")
                .contains("Uw referentie is Z-2026-0001.")
                .contains("&lt;strong&gt;Z-2026-0001&lt;/strong&gt;")
                .contains("ontvangstbewijs Z-2026-0001.pdf");
        String download = group(detail.body(), "href=\"/mail-catcher/(bijlage\\?bericht=\\d+&amp;nr=0)\"")
                .replace("&amp;", "&");
        HttpResponse<byte[]> attachment = HTTP.send(HttpRequest.newBuilder(url(download)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(attachment.statusCode()).isEqualTo(200);
        assertThat(attachment.body()).isEqualTo(pdf);
        assertThat(attachment.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment;");
        assertThat(get("bericht?id=999999", "GET").statusCode()).isEqualTo(404);

        HttpResponse<String> clear = HTTP.send(HttpRequest.newBuilder(url("leegmaken"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(clear.statusCode()).isEqualTo(303);
        assertThat(clear.headers().firstValue("Location")).contains("/mail-catcher/");
        assertThat(get("api/berichten", "GET").body()).isEqualTo("[]");
        assertThat(get("", "GET").body()).contains("Er zijn nog geen berichten ontvangen.");
    }

    private static void send(String subject, String text, byte[] pdf) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(SMTP_PORT));
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "10000");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("noreply@voorbeeldstad.example", "Gemeente Voorbeeldstad", "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, "m.kooyman@example.org");
        message.setSubject(subject, "UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        alternative.addBodyPart(plain);
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>Uw referentie is <strong>Z-2026-0001</strong>.</p>", "UTF-8", "html");
        alternative.addBodyPart(html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        attachment.setFileName("ontvangstbewijs Z-2026-0001.pdf");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        Transport.send(message);
    }

    private HttpResponse<String> get(String path, String method) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url(path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The deployment's URL on loopback (Payara Micro reports the machine's network address). */
    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + deployment.getPort() + "/mail-catcher/" + path);
    }

    private static String group(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in the response", regex).isTrue();
        return matcher.group(1);
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
