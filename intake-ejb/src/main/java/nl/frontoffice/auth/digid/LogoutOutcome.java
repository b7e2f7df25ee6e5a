package nl.frontoffice.auth.digid;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * DigiD's answer to our LogoutRequest, after every check passed: whether DigiD confirmed the
 * logout, or reported another status (then the citizen may still have a DigiD session elsewhere:
 * tell them to close the browser).
 *
 * @param confirmed             whether the top-level status was Success
 * @param statusCode            the top-level StatusCode value
 * @param secondLevelStatusCode the nested StatusCode value (e.g. {@code …:status:PartialLogout}), or {@code null}
 * @param relayState            where to send the browser now: the RelayState that came back if it is a
 *                              local path, else {@value DigidLogin#DEFAULT_LOGOUT_RELAY_STATE}
 */
public record LogoutOutcome(boolean confirmed, String statusCode, String secondLevelStatusCode, String relayState)
        implements Serializable {

    public LogoutOutcome {
        Objects.requireNonNull(statusCode, "statusCode");
        Objects.requireNonNull(relayState, "relayState");
    }

    /** @return the nested status code, if DigiD gave one */
    public Optional<String> secondLevelStatus() {
        return Optional.ofNullable(secondLevelStatusCode);
    }
}
