package nl.frontoffice.platform.mail;

import java.time.Instant;
import java.util.Optional;

/**
 * What the outbox knows about one mail, without its addresses or content: for status pages, audits and tests.
 *
 * @param id            the outbox id (the one the logs name)
 * @param category      why it was sent
 * @param state         where it is
 * @param attempts      how many attempts were made so far
 * @param createdAt     when it was queued
 * @param nextAttemptAt when the next attempt is due (meaningful while {@link MailState#QUEUED})
 * @param sentAt        when the SMTP server accepted it, if it did
 * @param lastError     the error code of the last failed attempt (exception type and SMTP reply code), if any
 */
public record OutboxEntry(long id, MailCategory category, MailState state, int attempts, Instant createdAt,
                          Instant nextAttemptAt, Optional<Instant> sentAt, Optional<String> lastError) {
}
