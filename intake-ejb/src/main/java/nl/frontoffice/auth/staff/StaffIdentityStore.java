package nl.frontoffice.auth.staff;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The Jakarta Security identity store of staff: validates a {@link UsernamePasswordCredential}
 * against the active staff members and their password hashes ({@link StaffAuthentication}).
 *
 * <p>A valid login yields the caller name (the username) and the groups: the staff member's roles
 * ({@code KCC}, {@code CONSULENT}, {@code TEAMLEIDER}, {@code BEHEERDER}). The portal maps every
 * group to the security role of the same name. Other credentials (a citizen's DigiD login in a later
 * increment) are {@link CredentialValidationResult#NOT_VALIDATED_RESULT not validated} here, so
 * their own identity store can answer.
 *
 * <p>The outcome (also "locked") is noted in {@link StaffLoginFeedback} for the login page.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(StaffIdentityStore.class.getName());

    @Inject
    private StaffAuthentication authentication;

    @Inject
    private StaffLoginFeedback feedback;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential usernamePassword)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        StaffLoginResult result = authentication.authenticate(usernamePassword.getCaller(),
                usernamePassword.getPassword().getValue());
        note(result.outcome());
        return result.acceptedAccess()
                .map(access -> new CredentialValidationResult(access.getUsername(), access.getGroups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private void note(StaffLoginOutcome outcome) {
        try {
            feedback.record(outcome);
        } catch (ContextNotActiveException notInARequest) {
            LOG.log(Level.FINE, "Staff login outside an HTTP request: outcome not noted for a page");
        }
    }
}
