package nl.frontoffice.auth.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import nl.frontoffice.domain.staff.StaffCredential;
import nl.frontoffice.domain.staff.StaffCredentialRepository;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffMemberRepository;
import nl.frontoffice.platform.audit.AuditEvent;
import nl.frontoffice.platform.audit.AuditLog;

/**
 * Checks a staff member's username and password: the rules of a staff login. One call is one
 * transaction, which also stores the count of wrong passwords (the row is locked meanwhile, so
 * parallel guesses are counted one by one).
 *
 * <ul>
 * <li>Only an active staff member with a password can log in.</li>
 * <li>Five wrong passwords in a row lock the account for 15 minutes ({@link StaffCredential});
 * while it is locked the password is not even checked.</li>
 * <li>No user enumeration: an unknown username, an inactive account, an account without password
 * and a wrong password all give {@link StaffLoginOutcome#REFUSED}; they cost the same PBKDF2 work,
 * and unknown names are "locked" after five attempts too ({@link UnknownAccountAttempts}).</li>
 * <li>Every attempt is audited: {@link AuditEvent#STAFF_LOGIN_SUCCEEDED} or
 * {@link AuditEvent#STAFF_LOGIN_FAILED} with a {@link StaffLoginFailure reason}, and
 * {@link AuditEvent#STAFF_ACCOUNT_LOCKED} when an attempt locks an account. Never the password.</li>
 * </ul>
 *
 * <p>Used by {@link StaffIdentityStore}; not meant to be called from views.
 */
@Stateless
public class StaffAuthentication {

    @Inject
    private StaffMemberRepository staff;

    @Inject
    private StaffCredentialRepository credentials;

    @Inject
    private StaffPasswords passwords;

    @Inject
    private UnknownAccountAttempts unknownAccounts;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /**
     * @param username the username as typed (surrounding spaces are ignored)
     * @param password the password as typed; not kept
     * @return accepted with the staff member's access, refused, or locked
     */
    public StaffLoginResult authenticate(String username, char[] password) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || password == null || password.length == 0) {
            fail(name, StaffLoginFailure.EMPTY_CREDENTIALS);
            return StaffLoginResult.refused();
        }

        Optional<StaffMember> member = staff.findByUsername(name);
        Optional<StaffCredential> credential = member.filter(StaffMember::isActive)
                .flatMap(active -> credentials.findForUpdate(active.getId()));
        if (credential.isEmpty()) {
            StaffLoginFailure reason = member.isEmpty() ? StaffLoginFailure.UNKNOWN_USER
                    : !member.get().isActive() ? StaffLoginFailure.INACTIVE : StaffLoginFailure.NO_PASSWORD;
            return refuseWithoutAccount(name, password, reason, now);
        }

        StaffCredential stored = credential.get();
        if (stored.isLockedAt(now)) {
            fail(name, StaffLoginFailure.ACCOUNT_LOCKED);
            return StaffLoginResult.locked();
        }
        if (!passwords.verify(password, stored.getPasswordHash())) {
            boolean lockedNow = stored.recordFailedAttempt(now);
            fail(name, StaffLoginFailure.WRONG_PASSWORD);
            if (lockedNow) {
                audit.record(AuditEvent.STAFF_ACCOUNT_LOCKED, name,
                        Map.of("until", stored.getLockedUntil()
                                .map(until -> until.truncatedTo(ChronoUnit.SECONDS).toString()).orElse("")));
                return StaffLoginResult.locked();
            }
            return StaffLoginResult.refused();
        }

        stored.recordSuccessfulLogin(now);
        if (passwords.needsRehash(stored.getPasswordHash())) {
            stored.upgradeHash(passwords.hash(password));
        }
        StaffAccess access = StaffAccess.of(member.get());
        audit.record(AuditEvent.STAFF_LOGIN_SUCCEEDED, access.getUsername(),
                Map.of("roles", String.join(",", access.getGroups())));
        return StaffLoginResult.accepted(access);
    }

    private StaffLoginResult refuseWithoutAccount(String name, char[] password, StaffLoginFailure reason, Instant now) {
        if (unknownAccounts.isLockedAt(name, now)) {
            fail(name, StaffLoginFailure.ACCOUNT_LOCKED);
            return StaffLoginResult.locked();
        }
        passwords.verifyDecoy(password);
        boolean lockedNow = unknownAccounts.recordFailedAttempt(name, now);
        fail(name, reason);
        return lockedNow ? StaffLoginResult.locked() : StaffLoginResult.refused();
    }

    private void fail(String name, StaffLoginFailure reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", reason);
        audit.record(AuditEvent.STAFF_LOGIN_FAILED, name, details);
    }
}
