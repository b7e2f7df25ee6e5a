package nl.frontoffice.platform.mail;

/** Where a mail in the outbox is. */
public enum MailState {
    /** Waiting for its (next) attempt. */
    QUEUED,
    /** Claimed by a sender that is sending it now. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up: too many failed attempts, or refused permanently by the SMTP server. */
    FAILED
}
