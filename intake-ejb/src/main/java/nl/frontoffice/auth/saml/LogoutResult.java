package nl.frontoffice.auth.saml;

import java.util.Objects;
import java.util.Optional;

/**
 * What the IdP said in a LogoutResponse that passed every check: Success, or another status
 * (e.g. Responder with second-level PartialLogout), which the caller reports rather than ignores.
 *
 * @param statusCode            the top-level StatusCode value
 * @param secondLevelStatusCode the nested StatusCode value, or {@code null} when there is none
 * @param relayState            the RelayState that came back with the response, or {@code null};
 *                              covered by the signature but chosen by whoever started the logout,
 *                              so the caller still checks it is a local path
 */
public record LogoutResult(String statusCode, String secondLevelStatusCode, String relayState) {

    /** The top-level status that confirms the logout. */
    public static final String SUCCESS = Saml.STATUS_SUCCESS;

    public LogoutResult {
        Objects.requireNonNull(statusCode, "statusCode");
    }

    /** @return whether the IdP confirmed the logout (top-level status Success) */
    public boolean success() {
        return SUCCESS.equals(statusCode);
    }

    /** @return the nested status code, if any */
    public Optional<String> secondLevelStatus() {
        return Optional.ofNullable(secondLevelStatusCode);
    }
}
