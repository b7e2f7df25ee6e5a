package nl.frontoffice.auth.staff;

import java.time.Clock;
import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.staff.PasswordPolicy;
import nl.frontoffice.domain.staff.StaffCredential;
import nl.frontoffice.domain.staff.StaffCredentialRepository;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffMemberRepository;
import nl.frontoffice.platform.audit.AuditEvent;
import nl.frontoffice.platform.audit.AuditLog;

/**
 * Sets and changes staff passwords: checked against the {@link PasswordPolicy} (at least 12
 * characters), hashed with {@link StaffPasswords}, audited. A new password also unlocks a locked
 * account.
 *
 * <p>No screen uses this yet: the functional administrator's account management and the "change
 * my password" page come with a later increment, which must guard {@link #setPassword} with the
 * BEHEERDER role in its view. The quick start's demo data uses it.
 */
@Stateless
public class StaffPasswordService {

    @Inject
    private StaffMemberRepository staff;

    @Inject
    private StaffCredentialRepository credentials;

    @Inject
    private StaffPasswords passwords;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /**
     * Gives a staff member a (new) password, e.g. a first password or a reset by a functional
     * administrator.
     *
     * @throws DomainException {@code staff.unknown}, or a {@link PasswordPolicy} key
     */
    public void setPassword(@NotBlank String username, @NotNull char[] newPassword) {
        StaffMember member = staff.findByUsername(username.strip())
                .orElseThrow(() -> new DomainException("staff.unknown"));
        store(member, newPassword);
        audit.record(AuditEvent.STAFF_PASSWORD_SET, member.getUsername());
    }

    /**
     * A staff member changes his own password.
     *
     * @throws DomainException {@code staff.unknown}, {@code staff.password.current} when the current
     *                         password is wrong, or a {@link PasswordPolicy} key
     */
    public void changePassword(@NotBlank String username, @NotNull char[] currentPassword,
            @NotNull char[] newPassword) {
        StaffMember member = staff.findByUsername(username.strip())
                .filter(StaffMember::isActive)
                .orElseThrow(() -> new DomainException("staff.unknown"));
        StaffCredential credential = credentials.findForUpdate(member.getId())
                .orElseThrow(() -> new DomainException("staff.password.current"));
        if (credential.isLockedAt(clock.instant())
                || !passwords.verify(currentPassword, credential.getPasswordHash())) {
            throw new DomainException("staff.password.current");
        }
        store(member, newPassword);
        audit.record(AuditEvent.STAFF_PASSWORD_CHANGED, member.getUsername());
    }

    /** @return whether the staff member has a password */
    public boolean hasPassword(@NotBlank String username) {
        return staff.findByUsername(username.strip())
                .flatMap(member -> credentials.findByStaffMemberId(member.getId()))
                .isPresent();
    }

    private void store(StaffMember member, char[] newPassword) {
        PasswordPolicy.check(member.getUsername(), newPassword);
        String hash = passwords.hash(newPassword);
        Instant now = clock.instant();
        credentials.findForUpdate(member.getId()).ifPresentOrElse(
                credential -> credential.changePassword(hash, now),
                () -> credentials.save(new StaffCredential(member.getId(), hash, now)));
    }
}
