package nl.frontoffice.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The password of a {@link StaffMember}, kept apart from the staff member himself: a hash (never the
 * password), when it was set, and the lockout after repeated wrong passwords.
 *
 * <p>The rules: after {@value #MAX_FAILED_ATTEMPTS} wrong passwords in a row the account is locked
 * for {@link #LOCK_DURATION 15 minutes}. While it is locked no password is checked at all (not even
 * the right one) and attempts do not extend the lock. When the lock has expired the count starts
 * again from zero. A successful login, or a new password, clears count and lock.
 *
 * <p>This class does not hash: the hash comes from Jakarta Security's {@code Pbkdf2PasswordHash}
 * in the EJB module. The hash string is never shown by {@link #toString()}.
 *
 * <p>Usage: {@code new StaffCredential(member.getId(), hash, now)}; at a login
 * {@code isLockedAt(now)}, then {@code recordFailedAttempt(now)} or {@code recordSuccessfulLogin(now)}.
 */
@Entity
@Table(name = "staff_credential")
public class StaffCredential implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Wrong passwords in a row that lock the account. */
    public static final int MAX_FAILED_ATTEMPTS = 5;

    /** How long a locked account stays locked. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @Column(name = "staff_member_id")
    private Long staffMemberId;

    @NotBlank
    @Size(max = 512)
    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @PositiveOrZero
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected StaffCredential() {
    }

    /**
     * @param staffMemberId the database id of the (stored) staff member
     * @param passwordHash  the hash of the new password, as {@code Pbkdf2PasswordHash} encodes it
     * @param now           the moment the password is set
     */
    public StaffCredential(long staffMemberId, String passwordHash, Instant now) {
        this.staffMemberId = staffMemberId;
        changePassword(passwordHash, now);
    }

    /**
     * Replaces the password hash. This also unlocks the account: a functional administrator who
     * sets a new password helps a locked-out colleague.
     *
     * @param newPasswordHash the hash of the new password
     * @param now             the moment the password is set
     */
    public void changePassword(String newPasswordHash, Instant now) {
        if (newPasswordHash == null || newPasswordHash.isBlank()) {
            throw new IllegalArgumentException("passwordHash is required");
        }
        this.passwordHash = newPasswordHash;
        this.changedAt = Objects.requireNonNull(now, "now");
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /**
     * Rehashes the same password with stronger parameters (after a successful login), without
     * counting as a password change.
     *
     * @param strongerHash the new hash of the password that was just verified
     */
    public void upgradeHash(String strongerHash) {
        if (strongerHash == null || strongerHash.isBlank()) {
            throw new IllegalArgumentException("passwordHash is required");
        }
        this.passwordHash = strongerHash;
    }

    /**
     * @param now the current moment
     * @return whether the account is locked at that moment; no password may be checked then
     */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong password. The {@value #MAX_FAILED_ATTEMPTS}th in a row locks the account for
     * {@link #LOCK_DURATION}. Do not call this while {@link #isLockedAt(Instant) locked}.
     *
     * @param now the moment of the attempt
     * @return whether this attempt locked the account
     */
    public boolean recordFailedAttempt(Instant now) {
        if (isLockedAt(now)) {
            throw new IllegalStateException("The account is locked: no password is checked");
        }
        if (lockedUntil != null) {
            // an expired lock: a fresh series of attempts
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCK_DURATION);
            return true;
        }
        return false;
    }

    /**
     * A successful login: the count of wrong passwords starts again.
     *
     * @param now the moment of the login
     */
    public void recordSuccessfulLogin(Instant now) {
        if (isLockedAt(now)) {
            throw new IllegalStateException("The account is locked: no login can succeed");
        }
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public Long getStaffMemberId() {
        return staffMemberId;
    }

    /** @return the encoded hash, for verification only; never show or log it */
    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** @return wrong passwords since the last successful login (or the last expired lock) */
    public int getFailedAttempts() {
        return failedAttempts;
    }

    /** @return until when the account is (or was) locked */
    public Optional<Instant> getLockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    /** @return the last successful login */
    public Optional<Instant> getLastLoginAt() {
        return Optional.ofNullable(lastLoginAt);
    }

    @Override
    public String toString() {
        return "StaffCredential[staffMemberId=" + staffMemberId + ", failedAttempts=" + failedAttempts
                + ", lockedUntil=" + lockedUntil + "]";
    }
}
