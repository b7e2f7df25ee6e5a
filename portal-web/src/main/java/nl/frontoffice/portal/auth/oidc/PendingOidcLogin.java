package nl.frontoffice.portal.auth.oidc;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A staff login sent to the identity provider and not yet answered, kept in the HTTP session of the
 * browser that started it and removed at the first answer, so that it is usable once and only there.
 *
 * @param state        the random {@code state} sent along; the answer must carry it back
 * @param nonce        the random {@code nonce}; the ID token must carry it
 * @param codeVerifier the PKCE code verifier, sent only to the token endpoint
 * @param returnPath   the staff page to go to after the login (already checked by {@code ReturnPath})
 * @param startedAt    when the login was sent to the provider
 */
public record PendingOidcLogin(String state, String nonce, String codeVerifier, String returnPath, Instant startedAt)
        implements Serializable {

    public PendingOidcLogin {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(returnPath, "returnPath");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    @Override
    public String toString() {
        return "PendingOidcLogin[returnPath=" + returnPath + ", startedAt=" + startedAt + "]";
    }
}
