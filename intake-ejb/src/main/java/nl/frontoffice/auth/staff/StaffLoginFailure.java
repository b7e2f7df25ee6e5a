package nl.frontoffice.auth.staff;

/**
 * Why a login failed: the reason code in the audit log. Never shown to the person who tried.
 */
public enum StaffLoginFailure {

    /** Username or password left empty. */
    EMPTY_CREDENTIALS,
    /** No staff member has that username. */
    UNKNOWN_USER,
    /** The staff member no longer works with the application. */
    INACTIVE,
    /** The staff member has no password (yet). */
    NO_PASSWORD,
    /** The password does not match. */
    WRONG_PASSWORD,
    /** The account is locked after too many wrong passwords; the password was not checked. */
    ACCOUNT_LOCKED
}
