package nl.frontoffice.portal.auth.oidc;

import java.util.Objects;

/**
 * What a valid ID token vouches for.
 *
 * @param username the value of the configured username claim: a username in our staff database (to be checked)
 * @param subject  the provider's stable id of the person ({@code sub})
 */
public record VerifiedIdToken(String username, String subject) {

    public VerifiedIdToken {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(subject, "subject");
    }
}
