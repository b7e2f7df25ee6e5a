package nl.frontoffice.platform.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The SQL of the outbox (tables {@code mail_outbox} and {@code mail_outbox_attachment}, migration V6), on a connection
 * the caller provides: inside the caller's transaction for {@link #insert}, in auto-commit mode for the sender, whose
 * every change is one conditional UPDATE. Portable between H2 and PostgreSQL.
 */
final class OutboxTable {

    private static final String UNIQUE_VIOLATION = "23505";

    private OutboxTable() {
    }

    /** A mail claimed for sending: the version to finish it with, the attempt number, and the mail. */
    record Claim(long id, long version, int attempt, OutgoingMail mail) {
    }

    /**
     * Inserts the mail unless its idempotency key is already there. The timer leaves it alone until
     * {@code timerFrom}: until then it is the send right after the commit that should take it.
     *
     * @return the new outbox id, or empty when the key existed
     */
    static OptionalLong insert(Connection connection, OutgoingMail mail, Instant now, Instant timerFrom)
            throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        if (!postgres && exists(connection, mail.idempotencyKey())) {
            return OptionalLong.empty();
        }
        String sql = "INSERT INTO mail_outbox (idempotency_key, category, recipient, subject, body_text, body_html,"
                + " status, attempts, next_attempt_at, created_at, version) VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?, 0)"
                + (postgres ? " ON CONFLICT (idempotency_key) DO NOTHING" : "");
        long id;
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            insert.setString(1, mail.idempotencyKey());
            insert.setString(2, mail.category().code());
            insert.setString(3, mail.recipient());
            insert.setString(4, mail.subject());
            insert.setString(5, mail.textBody());
            if (mail.htmlBody() == null) {
                insert.setNull(6, Types.VARCHAR);
            } else {
                insert.setString(6, mail.htmlBody());
            }
            insert.setObject(7, utc(timerFrom));
            insert.setObject(8, utc(now));
            if (insert.executeUpdate() == 0) {
                return OptionalLong.empty();
            }
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("No id generated for the outbox row");
                }
                id = keys.getLong(1);
            }
        } catch (SQLException e) {
            if (!postgres && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // a concurrent transaction queued the same key first
                return OptionalLong.empty();
            }
            throw e;
        }
        if (!mail.attachments().isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mail_outbox_attachment"
                    + " (mail_id, attachment_index, file_name, content_type, content) VALUES (?, ?, ?, ?, ?)")) {
                int index = 0;
                for (OutgoingMail.Attachment attachment : mail.attachments()) {
                    insert.setLong(1, id);
                    insert.setInt(2, index++);
                    insert.setString(3, attachment.fileName());
                    insert.setString(4, attachment.contentType());
                    insert.setBytes(5, attachment.content());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        return OptionalLong.of(id);
    }

    private static boolean exists(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM mail_outbox WHERE idempotency_key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Ids of mails due now: queued and due, or claimed by a sender whose claim has run out. Oldest due first. */
    static List<Long> due(Connection connection, Instant now, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM mail_outbox"
                + " WHERE (status = 'QUEUED' AND next_attempt_at <= ?) OR (status = 'SENDING' AND claimed_until < ?)"
                + " ORDER BY next_attempt_at, id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")) {
            select.setObject(1, utc(now));
            select.setObject(2, utc(now));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * Claims the mail if it is due (or, for the send right after the commit, if it was never tried): one UPDATE
     * conditional on the version read, so of several senders exactly one succeeds. The attempt is counted at the
     * claim, so a mail that kills its sender is not tried forever.
     */
    static Optional<Claim> claim(Connection connection, long id, Instant now, Duration lease, boolean firstAttempt)
            throws SQLException {
        long version;
        int attempts;
        String due = firstAttempt
                ? "status = 'QUEUED' AND attempts = 0"
                : "(status = 'QUEUED' AND next_attempt_at <= ?) OR (status = 'SENDING' AND claimed_until < ?)";
        try (PreparedStatement select = connection.prepareStatement("SELECT version, attempts FROM mail_outbox"
                + " WHERE id = ? AND (" + due + ")")) {
            select.setLong(1, id);
            if (!firstAttempt) {
                select.setObject(2, utc(now));
                select.setObject(3, utc(now));
            }
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                version = rows.getLong(1);
                attempts = rows.getInt(2);
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE mail_outbox SET status = 'SENDING',"
                + " attempts = attempts + 1, claimed_until = ?, version = version + 1 WHERE id = ? AND version = ?")) {
            update.setObject(1, utc(now.plus(lease)));
            update.setLong(2, id);
            update.setLong(3, version);
            if (update.executeUpdate() != 1) {
                return Optional.empty();
            }
        }
        Claim claim;
        try {
            claim = new Claim(id, version + 1, attempts + 1, load(connection, id));
        } catch (IllegalArgumentException e) {
            // a row that no longer makes a valid mail (changed by hand?) is given up at once, not retried forever
            markFailed(connection, new Claim(id, version + 1, attempts + 1, null), "UnreadableMail");
            throw new SQLException("Outbox row " + id + " is not a valid mail; marked FAILED", "22000", e);
        }
        return Optional.of(claim);
    }

    private static OutgoingMail load(Connection connection, long id) throws SQLException {
        List<OutgoingMail.Attachment> attachments = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT file_name, content_type, content"
                + " FROM mail_outbox_attachment WHERE mail_id = ? ORDER BY attachment_index")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    attachments.add(new OutgoingMail.Attachment(rows.getString(1), rows.getString(2), rows.getBytes(3)));
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT idempotency_key, category, recipient,"
                + " subject, body_text, body_html FROM mail_outbox WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("Outbox row vanished while claimed");
                }
                return new OutgoingMail(rows.getString(1), MailCategory.of(rows.getString(2)), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6), attachments);
            }
        }
    }

    /** @return whether this claim still held (another sender may have taken over after the lease ran out) */
    static boolean markSent(Connection connection, Claim claim, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE mail_outbox SET status = 'SENT',"
                + " sent_at = ?, claimed_until = NULL, last_error = NULL, version = version + 1"
                + " WHERE id = ? AND version = ?")) {
            update.setObject(1, utc(now));
            update.setLong(2, claim.id());
            update.setLong(3, claim.version());
            return update.executeUpdate() == 1;
        }
    }

    /** Back to QUEUED for another attempt at {@code next}. */
    static boolean reschedule(Connection connection, Claim claim, Instant next, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE mail_outbox SET status = 'QUEUED',"
                + " next_attempt_at = ?, claimed_until = NULL, last_error = ?, version = version + 1"
                + " WHERE id = ? AND version = ?")) {
            update.setObject(1, utc(next));
            update.setString(2, error);
            update.setLong(3, claim.id());
            update.setLong(4, claim.version());
            return update.executeUpdate() == 1;
        }
    }

    /** Given up. */
    static boolean markFailed(Connection connection, Claim claim, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE mail_outbox SET status = 'FAILED',"
                + " claimed_until = NULL, last_error = ?, version = version + 1 WHERE id = ? AND version = ?")) {
            update.setString(1, error);
            update.setLong(2, claim.id());
            update.setLong(3, claim.version());
            return update.executeUpdate() == 1;
        }
    }

    /** Releases a claim without counting the attempt (the sender could not even start, e.g. it is shutting down). */
    static void release(Connection connection, Claim claim) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE mail_outbox SET status = 'QUEUED',"
                + " attempts = attempts - 1, claimed_until = NULL, version = version + 1 WHERE id = ? AND version = ?")) {
            update.setLong(1, claim.id());
            update.setLong(2, claim.version());
            update.executeUpdate();
        }
    }

    static Optional<OutboxEntry> find(Connection connection, String idempotencyKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, category, status, attempts,"
                + " created_at, next_attempt_at, sent_at, last_error FROM mail_outbox WHERE idempotency_key = ?")) {
            select.setString(1, idempotencyKey);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new OutboxEntry(rows.getLong(1), MailCategory.of(rows.getString(2)),
                        MailState.valueOf(rows.getString(3)), rows.getInt(4), instant(rows, 5), instant(rows, 6),
                        Optional.ofNullable(instant(rows, 7)), Optional.ofNullable(rows.getString(8))));
            }
        }
    }

    /**
     * Erases subject, bodies and attachments of mails sent or failed before {@code before}; the rows stay as the
     * record that the mail was sent (and keep their idempotency key, so the event still never mails twice).
     *
     * @return the number of mails erased
     */
    static int purgeContent(Connection connection, Instant before, Instant now) throws SQLException {
        String old = "status IN ('SENT', 'FAILED') AND purged_at IS NULL AND created_at < ?";
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM mail_outbox_attachment"
                + " WHERE mail_id IN (SELECT id FROM mail_outbox WHERE " + old + ")")) {
            delete.setObject(1, utc(before));
            delete.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE mail_outbox SET subject = '-',"
                + " body_text = NULL, body_html = NULL, purged_at = ?, version = version + 1 WHERE " + old)) {
            update.setObject(1, utc(now));
            update.setObject(2, utc(before));
            return update.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
