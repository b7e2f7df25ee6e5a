package nl.frontoffice.portal.auth.oidc;

import java.util.Objects;

/**
 * An OpenID Connect login that did not succeed, with the {@link Reason} as a code for the log and the
 * audit line. The message never holds a token, a code or a claim value.
 */
public class OidcLoginException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the login failed. */
    public enum Reason {
        /** The provider answered with an error (e.g. {@code access_denied}: the user cancelled or may not use us). */
        PROVIDER_ERROR,
        /** No login of this browser session waits for an answer (expired, another tab, the back button, or forged). */
        NO_PENDING_LOGIN,
        /** The {@code state} does not belong to the login of this session. */
        STATE_MISMATCH,
        /** The login waited longer than allowed for the answer. */
        LOGIN_EXPIRED,
        /** The answer has no authorization code. */
        MISSING_CODE,
        /** Discovery, keys or token endpoint could not be reached, timed out or answered 5xx. */
        PROVIDER_UNAVAILABLE,
        /** The provider's discovery document or key set cannot be used. */
        PROVIDER_MISCONFIGURED,
        /** The token endpoint refused the code (4xx) or answered without a usable ID token. */
        TOKEN_REQUEST_FAILED,
        /** The ID token is not a well-formed JWS. */
        MALFORMED_TOKEN,
        /** The ID token's algorithm is not RS256 or ES256 (e.g. {@code none} or HS256). */
        UNSUPPORTED_ALGORITHM,
        /** No key of the provider matches the token's {@code kid} (after one re-fetch). */
        UNKNOWN_KEY,
        /** The signature does not verify. */
        BAD_SIGNATURE,
        /** {@code iss} is not the configured issuer. */
        WRONG_ISSUER,
        /** {@code aud}/{@code azp} do not name our client. */
        WRONG_AUDIENCE,
        /** {@code exp} has passed (beyond the clock skew). */
        EXPIRED,
        /** {@code nbf} or {@code iat} lies in the future (beyond the clock skew). */
        NOT_YET_VALID,
        /** {@code nonce} does not match the login of this session. */
        WRONG_NONCE,
        /** The username claim is missing or empty. */
        NO_USERNAME
    }

    private final Reason reason;

    /**
     * @param reason why
     * @param detail what exactly, for the log; no token content
     */
    public OidcLoginException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * @param reason why
     * @param detail what exactly, for the log; no token content
     * @param cause  the underlying problem (I/O, crypto)
     */
    public OidcLoginException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why the login failed */
    public Reason reason() {
        return reason;
    }
}
