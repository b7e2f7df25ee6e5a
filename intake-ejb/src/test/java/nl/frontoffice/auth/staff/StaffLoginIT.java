package nl.frontoffice.auth.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.staff.StaffCredential;
import nl.frontoffice.domain.staff.StaffRole;
import nl.frontoffice.platform.audit.AuditLog;
import nl.frontoffice.testing.ComponentTestDeployment;
import nl.frontoffice.testing.StaffFixture;
import nl.frontoffice.testing.TestClock;

/**
 * The staff identity store on a real container (Payara Micro, its Jakarta Security and PBKDF2
 * implementation) and database: who gets in, with which groups, and the lockout.
 */
@ExtendWith(ArquillianExtension.class)
class StaffLoginIT {

    private static final String PASSWORD = "Een lang wachtwoord 2026";

    @Deployment
    static WebArchive deployment() {
        return ComponentTestDeployment.create(StaffLoginIT.class, TestClock.class, StaffFixture.class);
    }

    @Inject
    private StaffIdentityStore store;

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Inject
    private StaffLoginFeedback feedback;

    @EJB
    private StaffFixture fixture;

    @EJB
    private StaffPasswordService passwords;

    @EJB
    private StaffDirectory directory;

    @Inject
    private TestClock clock;

    private final List<String> auditLines = new CopyOnWriteArrayList<>();
    private final Handler auditCapture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            auditLines.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /**
     * Held strongly: the log manager keeps loggers only weakly, and the server may reconfigure logging
     * while the tests run, which drops handlers; {@link #captureTheAuditLog()} puts ours back.
     */
    private final Logger auditLogger = Logger.getLogger(AuditLog.LOGGER_NAME);

    @BeforeEach
    void captureTheAuditLog() {
        if (!java.util.Arrays.asList(auditLogger.getHandlers()).contains(auditCapture)) {
            auditLogger.addHandler(auditCapture);
        }
    }

    @AfterEach
    void cleanUp() {
        auditLogger.removeHandler(auditCapture);
        clock.reset();
    }

    private CredentialValidationResult login(String username, String password) {
        captureTheAuditLog();
        return store.validate(new UsernamePasswordCredential(username, password));
    }

    @Test
    void an_active_staff_member_with_the_right_password_gets_in_with_his_roles_as_groups() {
        String username = fixture.staffMember("Team Wmo", PASSWORD, StaffRole.CONSULENT, StaffRole.TEAMLEIDER);

        CredentialValidationResult result = login(username, PASSWORD);

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo(username);
        assertThat(result.getCallerGroups()).containsExactlyInAnyOrder("CONSULENT", "TEAMLEIDER");
        assertThat(feedback.lastOutcome()).contains(StaffLoginOutcome.ACCEPTED);
        assertThat(auditLines).anyMatch(line -> line.startsWith("INFO STAFF_LOGIN_SUCCEEDED subject=\"" + username + "\""));

        // the way the portal's authentication mechanism asks: through the container's handler
        CredentialValidationResult viaHandler = identityStoreHandler.validate(new UsernamePasswordCredential(username, PASSWORD));
        assertThat(viaHandler.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(viaHandler.getCallerGroups()).containsExactlyInAnyOrder("CONSULENT", "TEAMLEIDER");
    }

    @Test
    void the_password_is_stored_as_a_PBKDF2_hash_of_Jakarta_Security_with_210000_iterations_and_a_32_byte_salt() {
        String username = fixture.staffMember(null, PASSWORD, StaffRole.KCC);

        String hash = fixture.credentialOf(username).getPasswordHash();

        String[] parts = hash.split(":");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(hash).doesNotContain(PASSWORD);
        // the same password twice gives two different hashes (a fresh salt each time)
        String other = fixture.staffMember(null, PASSWORD, StaffRole.KCC);
        assertThat(fixture.credentialOf(other).getPasswordHash()).isNotEqualTo(hash);
    }

    @Test
    void a_wrong_password_an_unknown_username_and_an_inactive_account_get_the_same_answer() {
        String username = fixture.staffMember("Team Jeugd", PASSWORD, StaffRole.CONSULENT);
        String inactive = fixture.staffMember("Team Jeugd", PASSWORD, StaffRole.CONSULENT);
        fixture.deactivate(inactive);
        String withoutPassword = fixture.staffMember("Team Jeugd", null, StaffRole.CONSULENT);

        CredentialValidationResult wrongPassword = login(username, "Niet het goede wachtwoord");
        StaffLoginOutcome wrongPasswordOutcome = feedback.lastOutcome().orElseThrow();
        CredentialValidationResult unknown = login("niemand." + username, PASSWORD);
        StaffLoginOutcome unknownOutcome = feedback.lastOutcome().orElseThrow();
        CredentialValidationResult inactiveResult = login(inactive, PASSWORD);
        StaffLoginOutcome inactiveOutcome = feedback.lastOutcome().orElseThrow();
        CredentialValidationResult noPassword = login(withoutPassword, PASSWORD);

        for (CredentialValidationResult result : List.of(wrongPassword, unknown, inactiveResult, noPassword)) {
            assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        }
        assertThat(List.of(wrongPasswordOutcome, unknownOutcome, inactiveOutcome, feedback.lastOutcome().orElseThrow()))
                .containsOnly(StaffLoginOutcome.REFUSED);
        assertThat(fixture.credentialOf(username).getFailedAttempts()).isEqualTo(1);

        // the audit log knows why, and never holds a password
        assertThat(auditLines).anyMatch(line -> line.equals("WARNING STAFF_LOGIN_FAILED subject=\"" + username + "\" reason=WRONG_PASSWORD"));
        assertThat(auditLines).anyMatch(line -> line.equals("WARNING STAFF_LOGIN_FAILED subject=\"niemand." + username + "\" reason=UNKNOWN_USER"));
        assertThat(auditLines).anyMatch(line -> line.equals("WARNING STAFF_LOGIN_FAILED subject=\"" + inactive + "\" reason=INACTIVE"));
        assertThat(auditLines).anyMatch(line -> line.equals("WARNING STAFF_LOGIN_FAILED subject=\"" + withoutPassword + "\" reason=NO_PASSWORD"));
        assertThat(auditLines).noneMatch(line -> line.contains(PASSWORD) || line.contains("Niet het goede"));
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_15_minutes_even_for_the_right_password() {
        clock.set(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, WorkingDayCalendar.TIME_ZONE));
        String username = fixture.staffMember("Team Werk en Inkomen", PASSWORD, StaffRole.KCC);

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(login(username, "fout wachtwoord " + attempt).getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
            assertThat(feedback.lastOutcome()).as("attempt %d", attempt).contains(StaffLoginOutcome.REFUSED);
        }
        assertThat(login(username, "fout wachtwoord 5").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(feedback.lastOutcome()).contains(StaffLoginOutcome.LOCKED);
        assertThat(auditLines).anyMatch(line -> line.startsWith("WARNING STAFF_ACCOUNT_LOCKED subject=\"" + username + "\""));

        clock.set(ZonedDateTime.of(2026, 3, 2, 9, 14, 0, 0, WorkingDayCalendar.TIME_ZONE));
        assertThat(login(username, PASSWORD).getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(feedback.lastOutcome()).contains(StaffLoginOutcome.LOCKED);
        assertThat(auditLines).anyMatch(line -> line.equals("WARNING STAFF_LOGIN_FAILED subject=\"" + username + "\" reason=ACCOUNT_LOCKED"));
        StaffCredential locked = fixture.credentialOf(username);
        assertThat(locked.getLockedUntil()).contains(ZonedDateTime.of(2026, 3, 2, 9, 15, 0, 0, WorkingDayCalendar.TIME_ZONE).toInstant());

        clock.set(ZonedDateTime.of(2026, 3, 2, 9, 15, 1, 0, WorkingDayCalendar.TIME_ZONE));
        CredentialValidationResult afterTheLock = login(username, PASSWORD);
        assertThat(afterTheLock.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(fixture.credentialOf(username).getFailedAttempts()).isZero();
        assertThat(fixture.credentialOf(username).getLastLoginAt()).isPresent();
    }

    @Test
    void an_unknown_username_is_locked_after_five_attempts_as_well_so_the_lock_reveals_nothing() {
        clock.set(ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, WorkingDayCalendar.TIME_ZONE));
        String unknown = "bestaat.niet." + System.nanoTime();

        for (int attempt = 1; attempt <= 4; attempt++) {
            login(unknown, "gok " + attempt);
            assertThat(feedback.lastOutcome()).contains(StaffLoginOutcome.REFUSED);
        }
        login(unknown, "gok 5");
        assertThat(feedback.lastOutcome()).contains(StaffLoginOutcome.LOCKED);
        clock.set(ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, WorkingDayCalendar.TIME_ZONE).plus(Duration.ofMinutes(16)));
        login(unknown, "gok 6");
        assertThat(feedback.lastOutcome()).contains(StaffLoginOutcome.REFUSED);
    }

    @Test
    void a_password_has_at_least_12_characters_and_a_new_one_unlocks_and_replaces_the_old() {
        String username = fixture.staffMember("Team Wmo", PASSWORD, StaffRole.CONSULENT);

        assertThatThrownBy(() -> passwords.setPassword(username, "te kort".toCharArray()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("staff.password.short");

        for (int attempt = 1; attempt <= 5; attempt++) {
            login(username, "fout wachtwoord " + attempt);
        }
        assertThat(feedback.lastOutcome()).contains(StaffLoginOutcome.LOCKED);
        passwords.setPassword(username, "Een nieuw wachtwoord na blokkade".toCharArray());
        assertThat(login(username, "Een nieuw wachtwoord na blokkade").getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(login(username, PASSWORD).getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);

        // a staff member changes his own password: only with the current one
        assertThatThrownBy(() -> passwords.changePassword(username, "niet mijn wachtwoord".toCharArray(),
                "Weer een ander wachtwoord".toCharArray()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("staff.password.current");
        captureTheAuditLog();
        passwords.changePassword(username, "Een nieuw wachtwoord na blokkade".toCharArray(),
                "Weer een ander wachtwoord".toCharArray());
        assertThat(login(username, "Weer een ander wachtwoord").getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(auditLines).anyMatch(line -> line.equals("INFO STAFF_PASSWORD_CHANGED subject=\"" + username + "\""));
        assertThat(auditLines).noneMatch(line -> line.contains("wachtwoord"));
    }

    @Test
    void only_a_caller_in_a_staff_role_may_ask_who_he_is() {
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> directory.current());
        Throwable cause = refused;
        while (cause instanceof EJBException && !(cause instanceof EJBAccessException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(EJBAccessException.class);
    }
}
