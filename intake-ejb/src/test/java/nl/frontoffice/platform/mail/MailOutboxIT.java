package nl.frontoffice.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import javax.naming.InitialContext;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.Team;
import nl.frontoffice.testing.ComponentTestDeployment;

/**
 * The outbox on Payara Micro with the real database and Angus Mail, sending to a GreenMail SMTP server on a free
 * loopback port (started inside the server's JVM, where the tests run). The sender is tuned to be quick: timer every
 * 500 ms, 3 attempts, backoff 1 s then 2 s. The outbox writes with JDBC on the datasource the persistence unit uses;
 * one test shows that both share the caller's transaction. What the outbox logs is captured: it names ids and
 * categories, never an address, subject or body.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /** The SMTP server, in the server's JVM; restarted by the tests that take it down. */
    private static GreenMail smtp;

    @Deployment
    static WebArchive deployment() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String config = String.join("\n",
                "frontoffice.mail.smtp.host=127.0.0.1",
                "frontoffice.mail.smtp.port=" + port,
                "frontoffice.mail.smtp.starttls=off",
                "frontoffice.mail.smtp.connect-timeout=2s",
                "frontoffice.mail.smtp.timeout=5s",
                "frontoffice.mail.from=Gemeente Voorbeeldstad <noreply@voorbeeldstad.example>",
                "frontoffice.mail.send-interval=500ms",
                "frontoffice.mail.max-attempts=3",
                "frontoffice.mail.retry.initial-delay=1s",
                "frontoffice.mail.retry.max-delay=2s", "");
        return ComponentTestDeployment.create(MailOutboxIT.class)
                .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties")
                .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
    }

    @EJB
    private MailOutbox outbox;

    @PersistenceContext(unitName = "frontoffice")
    private EntityManager em;

    /** What the outbox logs, captured in the server's JVM (FINE and up). */
    private static final Logger MAIL_LOG = Logger.getLogger("nl.frontoffice.platform.mail");
    private static final List<String> LOGGED = new CopyOnWriteArrayList<>();
    private static Handler capture;

    @BeforeEach
    void smtpUpAndLogCaptured() {
        startSmtp();
        synchronized (MailOutboxIT.class) {
            if (capture == null) {
                capture = new Handler() {
                    @Override
                    public void publish(LogRecord record) {
                        LOGGED.add(new SimpleFormatter().formatMessage(record));
                    }

                    @Override
                    public void flush() {
                    }

                    @Override
                    public void close() {
                    }
                };
                capture.setLevel(Level.ALL);
                MAIL_LOG.setLevel(Level.FINE);
                MAIL_LOG.addHandler(capture);
            }
        }
    }

    @AfterEach
    void nothingPersonalWasLogged() {
        assertThat(LOGGED).allSatisfy(line -> assertThat(line)
                .doesNotContain("@").doesNotContain("aanvraag").doesNotContain("Beste").doesNotContain("Kooyman"));
    }

    @Test
    void a_mail_queued_in_a_committed_transaction_arrives_with_its_html_and_attachment() throws Exception {
        String key = key();
        byte[] pdf = "%PDF-1.7 ontvangstbewijs".getBytes(StandardCharsets.US_ASCII);
        OutgoingMail mail = OutgoingMail.text(key, MailCategory.INTAKE_CONFIRMATION, "m.kooyman@example.org",
                        "Wij hebben uw aanvraag ontvangen " + key, "Beste inwoner,\n\nUw referentie is Z-2026-0001.\n")
                .withHtml("<p>Beste inwoner,</p><p>Uw referentie is <strong>Z-2026-0001</strong>.</p>")
                .withAttachment(new OutgoingMail.Attachment("ontvangstbewijs Z-2026-0001.pdf", "application/pdf", pdf));

        inTransaction(() -> assertThat(outbox.queue(mail)).isTrue());

        MimeMessage received = awaitMessage(mail.subject());
        assertThat(received.getFrom()[0].toString()).isEqualTo("Gemeente Voorbeeldstad <noreply@voorbeeldstad.example>");
        assertThat(received.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("m.kooyman@example.org");
        assertThat(received.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        assertThat(received.getMessageID()).endsWith("@voorbeeldstad.example>");
        Multipart mixed = (Multipart) received.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getBodyPart(0).getContent().toString()).contains("Uw referentie is Z-2026-0001.");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        Part attachment = mixed.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("ontvangstbewijs Z-2026-0001.pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);

        await(() -> outbox.find(key).map(entry -> entry.state() == MailState.SENT).orElse(false));
        OutboxEntry entry = outbox.find(key).orElseThrow();
        assertThat(entry.attempts()).isEqualTo(1);
        // the citizen did not wait for the timer
        await(() -> LOGGED.contains("Mail " + entry.id() + " (INTAKE_CONFIRMATION) sent right after commit, attempt 1"));
        assertThat(entry.category()).isEqualTo(MailCategory.INTAKE_CONFIRMATION);
        assertThat(entry.sentAt()).isPresent();
        assertThat(entry.lastError()).isEmpty();
    }

    @Test
    void a_mail_queued_in_a_rolled_back_transaction_is_never_sent() throws Exception {
        String rolledBack = key();
        UserTransaction tx = userTransaction();
        tx.begin();
        assertThat(outbox.queue(mail(rolledBack))).isTrue();
        tx.rollback();

        // a later mail has gone through the outbox: the rolled-back one would have gone before it
        String later = key();
        inTransaction(() -> outbox.queue(mail(later)));
        awaitMessage(subject(later));
        await(() -> outbox.find(later).map(entry -> entry.state() == MailState.SENT).orElse(false));

        assertThat(outbox.find(rolledBack)).isEmpty();
        assertThat(messages(subject(rolledBack))).isEmpty();
    }

    @Test
    void the_same_idempotency_key_is_sent_once() throws Exception {
        String key = key();
        inTransaction(() -> {
            assertThat(outbox.queue(mail(key))).isTrue();
            // in the same transaction
            assertThat(outbox.queue(mail(key))).isFalse();
        });
        awaitMessage(subject(key));
        // in a later transaction, even with other content
        inTransaction(() -> assertThat(outbox.queue(OutgoingMail.text(key, MailCategory.CASE_STATUS_CHANGED,
                "ander@example.org", "Een tweede poging " + key, "tekst"))).isFalse());

        String marker = key();
        inTransaction(() -> outbox.queue(mail(marker)));
        awaitMessage(subject(marker));

        assertThat(messages(subject(key))).hasSize(1);
        assertThat(messages("Een tweede poging " + key)).isEmpty();
        assertThat(outbox.find(key).orElseThrow().category()).isEqualTo(MailCategory.INTAKE_CONFIRMATION);
    }

    @Test
    void a_mail_queued_while_the_smtp_server_is_down_is_retried_and_delivered_when_it_is_back() throws Exception {
        stopSmtp();
        String key = key();
        inTransaction(() -> outbox.queue(mail(key)));

        await(() -> outbox.find(key).map(entry -> entry.attempts() >= 1 && entry.state() == MailState.QUEUED)
                .orElse(false));
        OutboxEntry waiting = outbox.find(key).orElseThrow();
        assertThat(waiting.lastError()).get().asString().isNotBlank().doesNotContain("@");
        assertThat(waiting.nextAttemptAt()).isAfter(waiting.createdAt());
        startSmtp();

        awaitMessage(subject(key));
        await(() -> outbox.find(key).map(entry -> entry.state() == MailState.SENT).orElse(false));
        OutboxEntry sent = outbox.find(key).orElseThrow();
        assertThat(sent.attempts()).isBetween(2, 3);
        assertThat(sent.lastError()).isEmpty();
        assertThat(LOGGED).anyMatch(line -> line.startsWith("Mail " + sent.id() + " (INTAKE_CONFIRMATION) attempt 1"
                + " right after commit failed (MailConnectException"));
        await(() -> LOGGED.stream().anyMatch(line -> line.startsWith("Mail " + sent.id() + " (INTAKE_CONFIRMATION) sent by the timer")));
    }

    @Test
    void a_mail_that_cannot_be_sent_fails_after_the_configured_attempts() throws Exception {
        stopSmtp();
        String key = key();
        inTransaction(() -> outbox.queue(mail(key)));

        await(() -> outbox.find(key).map(entry -> entry.state() == MailState.FAILED).orElse(false));
        OutboxEntry failed = outbox.find(key).orElseThrow();
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).isPresent();
        assertThat(failed.sentAt()).isEmpty();
        // the line is logged just after the state is committed: wait for it rather than race it
        await(() -> LOGGED.stream().anyMatch(line -> line.startsWith("Mail " + failed.id()
                + " (INTAKE_CONFIRMATION) FAILED after 3 attempt(s) (MailConnectException")));

        startSmtp();
        String marker = key();
        inTransaction(() -> outbox.queue(mail(marker)));
        awaitMessage(subject(marker));
        assertThat(messages(subject(key))).isEmpty();
        assertThat(outbox.find(key).orElseThrow().state()).isEqualTo(MailState.FAILED);
    }

    @Test
    void the_mail_commits_and_rolls_back_with_the_entities_of_the_same_transaction() throws Exception {
        String committedKey = key();
        String committedTeam = "Mailteam " + committedKey;
        inTransaction(() -> {
            em.persist(new Team(committedTeam, Set.of(SocialDomain.WMO)));
            em.flush();
            assertThat(outbox.queue(mail(committedKey))).isTrue();
        });
        String rolledBackKey = key();
        String rolledBackTeam = "Mailteam " + rolledBackKey;
        UserTransaction tx = userTransaction();
        tx.begin();
        em.persist(new Team(rolledBackTeam, Set.of(SocialDomain.JEUGD)));
        em.flush();
        assertThat(outbox.queue(mail(rolledBackKey))).isTrue();
        tx.rollback();

        awaitMessage(subject(committedKey));
        assertThat(teams(committedTeam)).isEqualTo(1);
        assertThat(teams(rolledBackTeam)).isZero();
        assertThat(outbox.find(rolledBackKey)).isEmpty();
        assertThat(messages(subject(rolledBackKey))).isEmpty();
    }

    private long teams(String name) {
        return em.createQuery("SELECT COUNT(t) FROM Team t WHERE t.name = :name", Long.class)
                .setParameter("name", name).getSingleResult();
    }

    @Test
    void queueing_needs_the_callers_transaction() {
        assertThatThrownBy(() -> outbox.queue(mail(key()))).isInstanceOf(EJBTransactionRequiredException.class);
    }

    // --- helpers

    private static String key() {
        return "mail-it:" + UUID.randomUUID();
    }

    private static String subject(String key) {
        return "Uw aanvraag " + key;
    }

    private static OutgoingMail mail(String key) {
        return OutgoingMail.text(key, MailCategory.INTAKE_CONFIRMATION, "inwoner@example.org", subject(key),
                "Wij hebben uw aanvraag ontvangen.");
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void inTransaction(Work work) throws Exception {
        UserTransaction tx = userTransaction();
        tx.begin();
        try {
            work.run();
            tx.commit();
        } catch (Exception | AssertionError e) {
            tx.rollback();
            throw e;
        }
    }

    private static UserTransaction userTransaction() throws Exception {
        return InitialContext.doLookup("java:comp/UserTransaction");
    }

    private static synchronized void startSmtp() {
        if (smtp == null) {
            int port = ConfigProvider.getConfig().getValue("frontoffice.mail.smtp.port", Integer.class);
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    private static synchronized void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    private static synchronized List<MimeMessage> messages(String subject) {
        if (smtp == null) {
            return List.of();
        }
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return subject.equals(message.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage awaitMessage(String subject) throws InterruptedException {
        await(() -> !messages(subject).isEmpty());
        return messages(subject).get(0);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        fail("Not within " + PATIENCE.toSeconds() + " s");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
