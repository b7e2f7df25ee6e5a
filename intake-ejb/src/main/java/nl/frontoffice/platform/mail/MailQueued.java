package nl.frontoffice.platform.mail;

/**
 * CDI event: a mail was queued in the current transaction. {@link MailAfterCommit} observes it after a successful
 * commit to send the mail at once.
 *
 * @param outboxId the outbox id of the new row
 */
public record MailQueued(long outboxId) {
}
