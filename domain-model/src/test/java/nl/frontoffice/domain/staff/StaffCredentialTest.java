package nl.frontoffice.domain.staff;

import nl.frontoffice.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lockout rules of a staff password, and what a password must be. */
class StaffCredentialTest {

    private static final Instant SET = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant MORNING = Instant.parse("2026-03-02T09:00:00Z");

    private static StaffCredential credential() {
        return new StaffCredential(7L, "PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==", SET);
    }

    @Test
    void fourWrongPasswordsDoNotLockTheFifthLocksForFifteenMinutes() {
        StaffCredential credential = credential();

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(credential.recordFailedAttempt(MORNING.plusSeconds(attempt))).as("attempt %d", attempt).isFalse();
            assertThat(credential.isLockedAt(MORNING.plusSeconds(attempt))).isFalse();
        }
        Instant fifth = MORNING.plusSeconds(5);
        assertThat(credential.recordFailedAttempt(fifth)).isTrue();

        assertThat(credential.getFailedAttempts()).isEqualTo(5);
        assertThat(credential.getLockedUntil()).contains(fifth.plus(Duration.ofMinutes(15)));
        assertThat(credential.isLockedAt(fifth)).isTrue();
        assertThat(credential.isLockedAt(fifth.plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
        assertThat(credential.isLockedAt(fifth.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void whileLockedNothingIsCheckedOrCountedAndTheLockIsNotExtended() {
        StaffCredential credential = credential();
        for (int attempt = 0; attempt < StaffCredential.MAX_FAILED_ATTEMPTS; attempt++) {
            credential.recordFailedAttempt(MORNING);
        }
        Instant during = MORNING.plus(Duration.ofMinutes(10));

        assertThatThrownBy(() -> credential.recordFailedAttempt(during)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> credential.recordSuccessfulLogin(during)).isInstanceOf(IllegalStateException.class);
        assertThat(credential.getLockedUntil()).contains(MORNING.plus(StaffCredential.LOCK_DURATION));
    }

    @Test
    void afterTheLockExpiresANewSeriesOfFiveStarts() {
        StaffCredential credential = credential();
        for (int attempt = 0; attempt < StaffCredential.MAX_FAILED_ATTEMPTS; attempt++) {
            credential.recordFailedAttempt(MORNING);
        }
        Instant later = MORNING.plus(Duration.ofMinutes(16));

        assertThat(credential.recordFailedAttempt(later)).isFalse();
        assertThat(credential.getFailedAttempts()).isEqualTo(1);
        assertThat(credential.isLockedAt(later)).isFalse();
        assertThat(credential.getLockedUntil()).isEmpty();
    }

    @Test
    void aSuccessfulLoginResetsTheCountAndRemembersTheMoment() {
        StaffCredential credential = credential();
        credential.recordFailedAttempt(MORNING);
        credential.recordFailedAttempt(MORNING);
        credential.recordFailedAttempt(MORNING);

        credential.recordSuccessfulLogin(MORNING.plusSeconds(60));

        assertThat(credential.getFailedAttempts()).isZero();
        assertThat(credential.getLastLoginAt()).contains(MORNING.plusSeconds(60));
        // four more wrong passwords do not lock: the count started again
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(credential.recordFailedAttempt(MORNING.plusSeconds(120))).isFalse();
        }
    }

    @Test
    void aNewPasswordUnlocksTheAccount() {
        StaffCredential credential = credential();
        for (int attempt = 0; attempt < StaffCredential.MAX_FAILED_ATTEMPTS; attempt++) {
            credential.recordFailedAttempt(MORNING);
        }
        Instant reset = MORNING.plus(Duration.ofMinutes(2));

        credential.changePassword("PBKDF2WithHmacSHA256:210000:bmlldXc=:aGFzaA==", reset);

        assertThat(credential.isLockedAt(reset)).isFalse();
        assertThat(credential.getFailedAttempts()).isZero();
        assertThat(credential.getChangedAt()).isEqualTo(reset);
    }

    @Test
    void theHashIsNeverShown() {
        assertThat(credential().toString()).doesNotContain("PBKDF2").doesNotContain("aGFzaA");
    }

    @Test
    void aPasswordHasAtLeastTwelveAndAtMost128CharactersAndIsNotTheUsername() {
        PasswordPolicy.check("j.devries", "twaalf tekns".toCharArray());
        PasswordPolicy.check("j.devries", "x".repeat(128).toCharArray());

        assertThatThrownBy(() -> PasswordPolicy.check("j.devries", "elf tekens!".toCharArray()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).getMessageKey(), e -> ((DomainException) e).getArguments()[0])
                .containsExactly("staff.password.short", 12);
        assertThatThrownBy(() -> PasswordPolicy.check("j.devries", null))
                .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("staff.password.short");
        assertThatThrownBy(() -> PasswordPolicy.check("j.devries", "x".repeat(129).toCharArray()))
                .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("staff.password.long");
        assertThatThrownBy(() -> PasswordPolicy.check("pietje.puk.12", "Pietje.Puk.12".toCharArray()))
                .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("staff.password.username");
    }
}
