/**
 * E-mail to citizens and staff, reliably: an outbox in the database.
 *
 * <p>A service that wants to send an e-mail calls {@link nl.frontoffice.platform.mail.MailOutbox#queue} inside its own
 * transaction. The mail is a row in {@code mail_outbox} (and {@code mail_outbox_attachment}) of that transaction:
 * a rolled-back transaction sends nothing, a committed one always sends, and the same idempotency key is queued only
 * once. Right after the commit {@link nl.frontoffice.platform.mail.MailAfterCommit} asks
 * {@link nl.frontoffice.platform.mail.MailDelivery} to send it asynchronously, so the citizen does not wait; the timer
 * of {@link nl.frontoffice.platform.mail.MailSchedule} is the safety net that sends what is due and retries failures
 * with exponential backoff ({@link nl.frontoffice.platform.mail.RetryPolicy}) until it gives up (status FAILED).
 *
 * <p>Several cluster members may run the sender: a row is claimed by an update of its status and version, so one
 * member sends it. A member that dies while sending leaves the claim to expire; the mail may then go out twice (at
 * least once, never lost).
 *
 * <p>Settings come from MicroProfile Config ({@link nl.frontoffice.platform.mail.MailSettings}). Without an SMTP host
 * mails stay queued and the start-up logs one WARNING. Logs name the outbox id, the category and an error code, never
 * an address, a subject or a body.
 */
package nl.frontoffice.platform.mail;
