package nl.frontoffice.platform.mail;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import nl.frontoffice.platform.persistence.DatabaseMigration;

/**
 * The one way the application sends e-mail: {@link #queue} writes the mail into the outbox in the caller's
 * transaction. When that transaction commits the mail is sent right away (asynchronously) and, should that fail, by
 * the sender's timer with retries; when it rolls back, the mail was never there.
 *
 * <p>Usage, in a service that already runs in a transaction:
 * <pre>{@code
 * @EJB MailOutbox outbox;
 * ...
 * outbox.queue(OutgoingMail.text("case-status:" + caseId + ":" + changeId, MailCategory.CASE_STATUS_CHANGED,
 *         email, subject, body));
 * }</pre>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    /**
     * How long the timer leaves a new mail to the send right after the commit, so that the two do not race for it;
     * should that send not happen (the server stopped), the timer sends the mail after this.
     */
    static final Duration AFTER_COMMIT_GRACE = Duration.ofSeconds(10);

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Inject
    private Event<MailQueued> queued;

    /**
     * Queues the mail in the current transaction (there must be one).
     *
     * @param mail the mail
     * @return {@code true} if queued now, {@code false} if a mail with the same idempotency key was queued before
     *         (then nothing changes: the event never mails twice)
     * @throws MailOutboxException when the database fails (the caller's transaction is rolled back)
     */
    public boolean queue(OutgoingMail mail) {
        Objects.requireNonNull(mail, "mail");
        OptionalLong id;
        try (Connection connection = dataSource.getConnection()) {
            Instant now = clock.instant();
            id = OutboxTable.insert(connection, mail, now, now.plus(AFTER_COMMIT_GRACE));
        } catch (SQLException e) {
            throw new MailOutboxException("Could not queue a mail of category " + mail.category()
                    + " (SQLState " + e.getSQLState() + ")", e);
        }
        if (id.isEmpty()) {
            LOG.fine(() -> "Mail of category " + mail.category() + " already queued under its key: not queued again");
            return false;
        }
        LOG.fine(() -> "Mail " + id.getAsLong() + " (" + mail.category() + ") queued");
        queued.fire(new MailQueued(id.getAsLong()));
        return true;
    }

    /**
     * @param idempotencyKey the key the mail was queued with
     * @return where that mail is, without its content; empty if it was never queued (or its transaction rolled back)
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<OutboxEntry> find(String idempotencyKey) {
        try (Connection connection = dataSource.getConnection()) {
            return OutboxTable.find(connection, idempotencyKey);
        } catch (SQLException e) {
            throw new MailOutboxException("Could not read the outbox (SQLState " + e.getSQLState() + ")", e);
        }
    }
}
