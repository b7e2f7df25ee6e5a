package nl.frontoffice.adapters.brp;

import nl.frontoffice.domain.registry.UnavailableReason;

/**
 * A call to the BRP that gave no usable answer. The message names the HTTP status or the kind of failure, never a
 * BSN or a response body. Not retried; see {@link BrpUnavailableException} for failures that are.
 */
public class BrpCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final UnavailableReason reason;

    /**
     * @param reason  how the look-up reports it
     * @param message what happened, without personal data
     * @param cause   the cause, or {@code null}
     */
    public BrpCallException(UnavailableReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** @return how the look-up reports this failure */
    public UnavailableReason reason() {
        return reason;
    }
}
