package nl.frontoffice.auth.digid;

import java.util.Optional;

import jakarta.ejb.ApplicationException;

import nl.frontoffice.auth.saml.AssuranceLevel;
import nl.frontoffice.auth.saml.SamlValidationException.Reason;

/**
 * A DigiD login that did not succeed, with what the portal needs to show the right page: the
 * {@link #reason()} code, whether the citizen {@link #cancelled()} at DigiD, and for
 * {@link Reason#LEVEL_TOO_LOW} the level the citizen did log in with. Carries no BSN, NameID or
 * message content.
 */
@ApplicationException(rollback = false)
public class DigidLoginException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final AssuranceLevel requestedLevel;
    private final AssuranceLevel receivedLevel;

    public DigidLoginException(Reason reason, AssuranceLevel requestedLevel, AssuranceLevel receivedLevel, Throwable cause) {
        super("DigiD login failed: " + reason, cause);
        this.reason = reason;
        this.requestedLevel = requestedLevel;
        this.receivedLevel = receivedLevel;
    }

    /** @return the check that failed */
    public Reason reason() {
        return reason;
    }

    /** @return whether the citizen cancelled the login at DigiD (not an error: show "you cancelled") */
    public boolean cancelled() {
        return reason == Reason.CANCELLED_BY_USER;
    }

    /** @return whether the citizen logged in with a lower level than needed; see {@link #receivedLevel()} */
    public boolean levelTooLow() {
        return reason == Reason.LEVEL_TOO_LOW;
    }

    /** @return the level the login asked for, if a pending login was known */
    public Optional<AssuranceLevel> requestedLevel() {
        return Optional.ofNullable(requestedLevel);
    }

    /** @return for {@link Reason#LEVEL_TOO_LOW}: the level the citizen did log in with */
    public Optional<AssuranceLevel> receivedLevel() {
        return Optional.ofNullable(receivedLevel);
    }
}
