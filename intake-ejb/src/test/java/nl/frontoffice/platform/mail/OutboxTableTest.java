package nl.frontoffice.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The outbox's SQL on both databases the application runs on, after the real migrations: the embedded H2 and
 * PostgreSQL (127.0.0.1:5432, a fresh database per run). On PostgreSQL a second insert of a key must leave the
 * caller's transaction usable (INSERT ... ON CONFLICT DO NOTHING).
 */
class OutboxTableTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:15:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 extends Scenarios {
        OnH2() {
            super("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgreSql extends Scenarios {

        private static final String DATABASE = "mail_outbox_test_" + UUID.randomUUID().toString().replace("-", "");

        OnPostgreSql() throws SQLException {
            super(createDatabase(), "postgres");
        }

        private static String createDatabase() throws SQLException {
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                 Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
            return "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
        }

        @AfterAll
        void dropDatabase() throws SQLException {
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            }
        }
    }

    abstract static class Scenarios {

        private final String url;
        private final String user;

        Scenarios(String url, String user) {
            this.url = url;
            this.user = user;
            Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().migrate();
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, "");
        }

        static OutgoingMail mail(String key) {
            return OutgoingMail.text(key, MailCategory.CASE_STATUS_CHANGED, "m.kooyman@example.org",
                    "Uw zaak is in behandeling", "Beste mevrouw Kooyman, ...");
        }

        @Test
        void a_key_is_inserted_once_and_the_transaction_goes_on() throws SQLException {
            String key = "k-" + UUID.randomUUID();
            String other = "k-" + UUID.randomUUID();
            try (Connection connection = connect()) {
                connection.setAutoCommit(false);
                OptionalLong first = OutboxTable.insert(connection, mail(key), T0, T0);
                OptionalLong again = OutboxTable.insert(connection, mail(key).withHtml("<p>anders</p>"), T0, T0);
                OptionalLong next = OutboxTable.insert(connection, mail(other), T0, T0);
                connection.commit();

                assertThat(first).isPresent();
                assertThat(again).isEmpty();
                assertThat(next).isPresent();
                assertThat(OutboxTable.insert(connection, mail(key), T0, T0)).isEmpty();
                connection.commit();
            }
            try (Connection connection = connect()) {
                assertThat(OutboxTable.find(connection, key)).get().satisfies(entry -> {
                    assertThat(entry.state()).isEqualTo(MailState.QUEUED);
                    assertThat(entry.attempts()).isZero();
                    assertThat(entry.category()).isEqualTo(MailCategory.CASE_STATUS_CHANGED);
                    assertThat(entry.createdAt()).isEqualTo(T0);
                });
            }
        }

        @Test
        void a_rolled_back_insert_leaves_nothing() throws SQLException {
            String key = "k-" + UUID.randomUUID();
            try (Connection connection = connect()) {
                connection.setAutoCommit(false);
                OutboxTable.insert(connection, mail(key).withAttachment(
                        new OutgoingMail.Attachment("a.pdf", "application/pdf", new byte[] {1})), T0, T0);
                connection.rollback();
                assertThat(OutboxTable.find(connection, key)).isEmpty();
            }
        }

        @Test
        void a_claim_loads_the_whole_mail_and_only_one_sender_gets_it() throws SQLException {
            String key = "k-" + UUID.randomUUID();
            byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xff};
            byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
            OutgoingMail mail = mail(key).withHtml("<p>Beste</p>")
                    .withAttachment(new OutgoingMail.Attachment("ontvangstbewijs.pdf", "application/pdf", pdf))
                    .withAttachment(new OutgoingMail.Attachment("foto.png", "image/png", png));
            try (Connection connection = connect()) {
                long id = OutboxTable.insert(connection, mail, T0, T0.plusSeconds(10)).getAsLong();

                // the timer leaves it alone during the grace period; the send after commit may take it
                assertThat(OutboxTable.due(connection, T0.plusSeconds(5), 100)).doesNotContain(id);
                assertThat(OutboxTable.claim(connection, id, T0.plusSeconds(5), LEASE, false)).isEmpty();
                OutboxTable.Claim claim = OutboxTable.claim(connection, id, T0, LEASE, true).orElseThrow();

                assertThat(claim.attempt()).isEqualTo(1);
                assertThat(claim.mail()).isEqualTo(mail);
                assertThat(claim.mail().attachments()).extracting(OutgoingMail.Attachment::fileName)
                        .containsExactly("ontvangstbewijs.pdf", "foto.png");
                assertThat(OutboxTable.claim(connection, id, T0, LEASE, true)).isEmpty();
                assertThat(OutboxTable.claim(connection, id, T0.plusSeconds(60), LEASE, false)).isEmpty();
                assertThat(OutboxTable.find(connection, key).orElseThrow().state()).isEqualTo(MailState.SENDING);

                assertThat(OutboxTable.markSent(connection, claim, T0.plusSeconds(1))).isTrue();
                assertThat(OutboxTable.markSent(connection, claim, T0.plusSeconds(1))).isFalse();
                OutboxEntry sent = OutboxTable.find(connection, key).orElseThrow();
                assertThat(sent.state()).isEqualTo(MailState.SENT);
                assertThat(sent.sentAt()).contains(T0.plusSeconds(1));
                assertThat(OutboxTable.due(connection, T0.plus(Duration.ofDays(1)), 1000)).doesNotContain(id);
            }
        }

        @Test
        void a_failed_attempt_is_due_again_later_and_may_fail_for_good() throws SQLException {
            String key = "k-" + UUID.randomUUID();
            try (Connection connection = connect()) {
                long id = OutboxTable.insert(connection, mail(key), T0, T0).getAsLong();
                assertThat(OutboxTable.due(connection, T0, 1000)).contains(id);
                OutboxTable.Claim first = OutboxTable.claim(connection, id, T0, LEASE, false).orElseThrow();
                assertThat(OutboxTable.reschedule(connection, first, T0.plusSeconds(60), "MailConnectException")).isTrue();

                OutboxEntry waiting = OutboxTable.find(connection, key).orElseThrow();
                assertThat(waiting.state()).isEqualTo(MailState.QUEUED);
                assertThat(waiting.attempts()).isEqualTo(1);
                assertThat(waiting.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
                assertThat(waiting.lastError()).contains("MailConnectException");
                assertThat(OutboxTable.due(connection, T0.plusSeconds(59), 1000)).doesNotContain(id);
                assertThat(OutboxTable.claim(connection, id, T0.plusSeconds(1), LEASE, true)).isEmpty();
                assertThat(OutboxTable.due(connection, T0.plusSeconds(60), 1000)).contains(id);

                OutboxTable.Claim second = OutboxTable.claim(connection, id, T0.plusSeconds(60), LEASE, false).orElseThrow();
                assertThat(second.attempt()).isEqualTo(2);
                assertThat(OutboxTable.markFailed(connection, second, "SendFailedException")).isTrue();
                OutboxEntry failed = OutboxTable.find(connection, key).orElseThrow();
                assertThat(failed.state()).isEqualTo(MailState.FAILED);
                assertThat(failed.attempts()).isEqualTo(2);
                assertThat(OutboxTable.due(connection, T0.plus(Duration.ofDays(1)), 1000)).doesNotContain(id);
            }
        }

        @Test
        void a_claim_that_ran_out_is_taken_over_and_the_old_sender_cannot_finish() throws SQLException {
            String key = "k-" + UUID.randomUUID();
            try (Connection connection = connect()) {
                long id = OutboxTable.insert(connection, mail(key), T0, T0).getAsLong();
                OutboxTable.Claim dead = OutboxTable.claim(connection, id, T0, LEASE, false).orElseThrow();

                assertThat(OutboxTable.due(connection, T0.plus(LEASE), 1000)).doesNotContain(id);
                Instant later = T0.plus(LEASE).plusSeconds(1);
                assertThat(OutboxTable.due(connection, later, 1000)).contains(id);
                OutboxTable.Claim takeover = OutboxTable.claim(connection, id, later, LEASE, false).orElseThrow();

                assertThat(takeover.attempt()).isEqualTo(2);
                assertThat(OutboxTable.markSent(connection, dead, later)).isFalse();
                assertThat(OutboxTable.markSent(connection, takeover, later)).isTrue();
            }
        }

        @Test
        void old_content_is_erased_but_the_row_and_its_key_stay() throws SQLException {
            String key = "k-" + UUID.randomUUID();
            Instant longAgo = T0.minus(Duration.ofDays(40));
            try (Connection connection = connect()) {
                long id = OutboxTable.insert(connection, mail(key).withHtml("<p>x</p>").withAttachment(
                        new OutgoingMail.Attachment("a.pdf", "application/pdf", new byte[] {1})), longAgo, longAgo)
                        .getAsLong();
                OutboxTable.Claim claim = OutboxTable.claim(connection, id, longAgo, LEASE, true).orElseThrow();
                OutboxTable.markSent(connection, claim, longAgo);
                String fresh = "k-" + UUID.randomUUID();
                long freshId = OutboxTable.insert(connection, mail(fresh), T0, T0).getAsLong();

                assertThat(OutboxTable.purgeContent(connection, T0.minus(Duration.ofDays(30)), T0)).isPositive();

                try (PreparedStatement select = connection.prepareStatement("SELECT subject, body_text, body_html,"
                        + " (SELECT COUNT(*) FROM mail_outbox_attachment WHERE mail_id = o.id) FROM mail_outbox o"
                        + " WHERE id = ?")) {
                    select.setLong(1, id);
                    try (ResultSet rows = select.executeQuery()) {
                        assertThat(rows.next()).isTrue();
                        assertThat(rows.getString(1)).isEqualTo("-");
                        assertThat(rows.getString(2)).isNull();
                        assertThat(rows.getString(3)).isNull();
                        assertThat(rows.getLong(4)).isZero();
                    }
                }
                assertThat(OutboxTable.find(connection, key).orElseThrow().state()).isEqualTo(MailState.SENT);
                assertThat(OutboxTable.insert(connection, mail(key), T0, T0)).isEmpty();
                assertThat(OutboxTable.find(connection, fresh).orElseThrow().id()).isEqualTo(freshId);
                assertThat(OutboxTable.due(connection, T0, 1000)).contains(freshId);
            }
        }

        @Test
        void due_mails_come_oldest_first_and_at_most_a_batch() throws SQLException {
            try (Connection connection = connect()) {
                Instant base = T0.minus(Duration.ofDays(400));
                long second = OutboxTable.insert(connection, mail("k-" + UUID.randomUUID()), base, base.plusSeconds(2))
                        .getAsLong();
                long first = OutboxTable.insert(connection, mail("k-" + UUID.randomUUID()), base, base.plusSeconds(1))
                        .getAsLong();

                List<Long> due = OutboxTable.due(connection, base.plusSeconds(3), 2);
                assertThat(due).containsExactly(first, second);
                assertThat(OutboxTable.due(connection, base.plusSeconds(3), 1)).containsExactly(first);
            }
        }
    }
}
