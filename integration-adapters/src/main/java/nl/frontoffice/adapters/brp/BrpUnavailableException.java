package nl.frontoffice.adapters.brp;

import nl.frontoffice.domain.registry.UnavailableReason;

/**
 * The BRP could not be reached (connection refused or reset) or answered with a server error (5xx) or "too many
 * requests" (429): a failure that may pass, so the query (a read, idempotent) is retried a few times.
 */
public class BrpUnavailableException extends BrpCallException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, without personal data
     * @param cause   the cause, or {@code null}
     */
    public BrpUnavailableException(String message, Throwable cause) {
        super(UnavailableReason.UNREACHABLE, message, cause);
    }
}
