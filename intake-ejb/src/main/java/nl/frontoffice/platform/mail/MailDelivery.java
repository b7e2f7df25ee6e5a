package nl.frontoffice.platform.mail;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import nl.frontoffice.platform.persistence.DatabaseMigration;

/**
 * The sender: claims due mails in the outbox, sends them over SMTP and records the outcome. It runs outside any
 * transaction (an SMTP conversation must not hold a database transaction open); every change to a row is one
 * conditional UPDATE in auto-commit mode, so concurrent senders on several cluster members never send a row twice
 * while its claim holds.
 *
 * <p>After a failure the mail is queued again with backoff ({@link RetryPolicy}); after the last attempt, or when the
 * server refuses the recipient permanently, it is FAILED and a WARNING names the outbox id, category and error code.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private MailConfiguration configuration;

    @Inject
    private Clock clock;

    /** What became of one attempt. */
    enum Outcome { SENT, RETRY, FAILED, NOT_CLAIMED }

    /** What started an attempt (named in the log). */
    enum Trigger {
        AFTER_COMMIT("right after commit"), TIMER("by the timer");

        private final String text;

        Trigger(String text) {
            this.text = text;
        }
    }

    /** Sends one mail now, in the background (right after the commit that queued it). */
    @Asynchronous
    public void deliverSoon(long outboxId) {
        if (configuration.settings().canSend()) {
            deliver(outboxId, Trigger.AFTER_COMMIT);
        }
    }

    /**
     * Sends what is due, at most one batch ({@code frontoffice.mail.batch-size}). Called by the timer.
     *
     * @return the number of mails sent
     */
    public int deliverDue() {
        MailSettings settings = configuration.settings();
        if (!settings.canSend()) {
            return 0;
        }
        List<Long> due;
        try (Connection connection = dataSource.getConnection()) {
            due = OutboxTable.due(connection, clock.instant(), settings.batchSize());
        } catch (SQLException e) {
            LOG.warning(() -> "Could not read the mail outbox (SQLState " + e.getSQLState() + ")");
            return 0;
        }
        int sent = 0;
        int retried = 0;
        for (long id : due) {
            Outcome outcome = deliver(id, Trigger.TIMER);
            if (outcome == Outcome.SENT) {
                sent++;
            } else if (outcome == Outcome.RETRY) {
                retried++;
            }
        }
        if (retried > 0) {
            int failed = retried;
            LOG.warning(() -> failed + " mail(s) could not be sent now and will be tried again"
                    + " (see FINE log of " + MailDelivery.class.getName() + " for ids and error codes)");
        }
        return sent;
    }

    /**
     * Claims and sends one mail, if no other sender has it and it is due (by the timer) or was never tried (right
     * after commit).
     */
    Outcome deliver(long outboxId, Trigger trigger) {
        MailSettings settings = configuration.settings();
        Optional<OutboxTable.Claim> claim;
        try (Connection connection = dataSource.getConnection()) {
            claim = OutboxTable.claim(connection, outboxId, clock.instant(), settings.claimTimeout(),
                    trigger == Trigger.AFTER_COMMIT);
        } catch (SQLException e) {
            LOG.warning(() -> "Could not claim mail " + outboxId + " (SQLState " + e.getSQLState() + ")");
            return Outcome.NOT_CLAIMED;
        }
        if (claim.isEmpty()) {
            return Outcome.NOT_CLAIMED;
        }
        OutboxTable.Claim claimed = claim.get();
        String category = claimed.mail().category().code();
        SmtpMailer.Failure failure = null;
        try {
            configuration.mailer().send(claimed.mail(), clock.instant());
        } catch (SmtpMailer.Failure e) {
            failure = e;
        }
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            if (failure == null) {
                if (!OutboxTable.markSent(connection, claimed, now)) {
                    LOG.warning(() -> "Mail " + outboxId + " (" + category + ") was sent after its claim ran out");
                }
                LOG.info(() -> "Mail " + outboxId + " (" + category + ") sent " + trigger.text + ", attempt "
                        + claimed.attempt());
                return Outcome.SENT;
            }
            String code = failure.code();
            Optional<Instant> next = failure.permanent()
                    ? Optional.empty()
                    : settings.retry().nextAttempt(claimed.attempt(), now);
            if (next.isPresent()) {
                OutboxTable.reschedule(connection, claimed, next.get(), code);
                LOG.fine(() -> "Mail " + outboxId + " (" + category + ") attempt " + claimed.attempt() + " "
                        + trigger.text + " failed (" + code + "); next attempt at " + next.get());
                return Outcome.RETRY;
            }
            OutboxTable.markFailed(connection, claimed, code);
            boolean permanent = failure.permanent();
            LOG.warning(() -> "Mail " + outboxId + " (" + category + ") FAILED after " + claimed.attempt()
                    + " attempt(s)" + (permanent ? ", refused permanently" : "") + " (" + code + ")");
            return Outcome.FAILED;
        } catch (SQLException e) {
            // the claim runs out and the mail is tried again: at least once, never lost
            LOG.warning(() -> "Could not record the outcome of mail " + outboxId + " (SQLState " + e.getSQLState()
                    + ")");
            return Outcome.NOT_CLAIMED;
        }
    }

    /**
     * Erases the content of mails sent or failed longer than {@code frontoffice.mail.retention} ago.
     *
     * @return the number of mails erased
     */
    public int purgeExpiredContent() {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            int purged = OutboxTable.purgeContent(connection, now.minus(configuration.settings().retention()), now);
            if (purged > 0) {
                LOG.info(() -> "Erased the content of " + purged + " old mail(s) in the outbox");
            }
            return purged;
        } catch (SQLException e) {
            LOG.warning(() -> "Could not purge the mail outbox (SQLState " + e.getSQLState() + ")");
            return 0;
        }
    }
}
