package nl.frontoffice.platform.mail;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Sends a queued mail as soon as the transaction that queued it has committed, so the citizen does not wait for the
 * timer. Not called after a rollback. If this fails (or the server stops first), the timer sends the mail later.
 */
@ApplicationScoped
public class MailAfterCommit {

    private static final Logger LOG = Logger.getLogger(MailAfterCommit.class.getName());

    @EJB
    private MailDelivery delivery;

    @Inject
    private MailConfiguration configuration;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        if (!configuration.settings().canSend()) {
            return;
        }
        try {
            delivery.deliverSoon(event.outboxId());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "Mail " + event.outboxId() + " left to the timer");
        }
    }
}
