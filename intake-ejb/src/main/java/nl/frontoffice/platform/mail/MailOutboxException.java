package nl.frontoffice.platform.mail;

/**
 * The outbox could not be read or written (the database failed). Thrown from {@link MailOutbox#queue}, it rolls back
 * the caller's transaction: an event whose mail cannot be queued does not happen either.
 */
public class MailOutboxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailOutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
