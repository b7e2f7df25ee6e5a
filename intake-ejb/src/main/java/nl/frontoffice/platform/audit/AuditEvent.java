package nl.frontoffice.platform.audit;

import java.util.logging.Level;

/**
 * What can happen that the audit log records. The names are stable: log analysis depends on them.
 */
public enum AuditEvent {

    /** A staff member logged in with username and password. */
    STAFF_LOGIN_SUCCEEDED(Level.INFO),
    /** A login with username and password failed; the line carries a reason code. */
    STAFF_LOGIN_FAILED(Level.WARNING),
    /** Too many wrong passwords: the account is locked for a while. */
    STAFF_ACCOUNT_LOCKED(Level.WARNING),
    /** A staff member logged out. */
    STAFF_LOGOUT(Level.INFO),
    /** A staff member's password was set (first time, or reset by an administrator). */
    STAFF_PASSWORD_SET(Level.INFO),
    /** A staff member changed his own password. */
    STAFF_PASSWORD_CHANGED(Level.INFO),
    /**
     * A citizen logged in with DigiD; the subject is a non-reversible reference to the citizen
     * (never the BSN), the line carries the assurance level.
     */
    CITIZEN_LOGIN(Level.INFO),
    /** A DigiD login failed or was cancelled; the line carries the reason code. */
    CITIZEN_LOGIN_FAILED(Level.WARNING),
    /** A citizen's session ended (logout, idle timeout, ...); the subject is the citizen reference. */
    CITIZEN_LOGOUT(Level.INFO),
    /**
     * A staff member saw a citizen's personal data; the line carries the kind of view, the purpose and
     * {@code ref}, the id of the row in the database audit trail (never the BSN).
     */
    PERSONAL_DATA_VIEWED(Level.INFO),
    /** A staff member was refused a citizen's data (not his domain); the line carries the reason code. */
    PERSONAL_DATA_REFUSED(Level.WARNING),
    /** A BEHEERDER searched the audit trail; the line says which criteria were used (never their values). */
    AUDIT_TRAIL_SEARCHED(Level.INFO);

    private final Level level;

    AuditEvent(Level level) {
        this.level = level;
    }

    /** @return the log level of the event: failures stand out as warnings */
    public Level level() {
        return level;
    }
}
