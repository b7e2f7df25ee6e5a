package nl.frontoffice.auth.digid;

import jakarta.ejb.ApplicationException;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;

/**
 * A single logout message from DigiD that was refused: forged, unsigned, replayed, or not the
 * answer to this session's LogoutRequest. The local session has ended anyway; the portal shows the
 * citizen the logged-out page with a hint to close the browser. Carries the {@link #reason()} code
 * only, never message content, NameID or BSN.
 */
@ApplicationException(rollback = false)
public class DigidLogoutException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public DigidLogoutException(Reason reason, Throwable cause) {
        super("DigiD logout message refused: " + reason, cause);
        this.reason = reason;
    }

    /** @return the check that failed */
    public Reason reason() {
        return reason;
    }
}
