package nl.frontoffice.auth.staff;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * The outcome of the last staff login attempt in this HTTP request, for the login page.
 *
 * <p>Why: Jakarta Security's {@code CredentialValidationResult} only says valid or invalid, but a
 * locked account deserves its own message. The {@link StaffIdentityStore} notes the outcome here;
 * the login page, which started the attempt with {@code SecurityContext.authenticate(...)} in the
 * same request, reads it.
 */
@RequestScoped
public class StaffLoginFeedback {

    private StaffLoginOutcome outcome;

    void record(StaffLoginOutcome latest) {
        this.outcome = latest;
    }

    /** @return the outcome of the last attempt in this request, if there was one */
    public Optional<StaffLoginOutcome> lastOutcome() {
        return Optional.ofNullable(outcome);
    }
}
