package nl.frontoffice.auth.saml;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A login this service provider started and has not finished: the AuthnRequest id and the level it
 * asked for. The HTTP side keeps it in the browser's session when it sends the citizen to the IdP
 * and removes it when the artifact comes back, so each request id is usable once and only from the
 * session that started it; unsolicited responses then have nothing to match.
 *
 * @param authnRequestId the ID of our AuthnRequest, which the Response and the assertion must answer
 * @param requestedLevel the assurance level asked for, which the assertion must reach
 * @param issuedAt       when the request was made
 */
public record PendingLogin(String authnRequestId, AssuranceLevel requestedLevel, Instant issuedAt)
        implements Serializable {

    public PendingLogin {
        Objects.requireNonNull(authnRequestId, "authnRequestId");
        Objects.requireNonNull(requestedLevel, "requestedLevel");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /**
     * @return whether the login was started more than {@code maxAge} ago, so the caller should
     *         refuse to finish it (e.g. 15 minutes: a citizen does not need longer at DigiD)
     */
    public boolean isOlderThan(Duration maxAge, Clock clock) {
        return issuedAt.plus(maxAge).isBefore(clock.instant());
    }
}
