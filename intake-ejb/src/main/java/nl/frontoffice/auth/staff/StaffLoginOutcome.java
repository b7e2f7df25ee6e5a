package nl.frontoffice.auth.staff;

/**
 * What a login attempt tells the person at the keyboard. Deliberately coarse: an unknown username,
 * an inactive account and a wrong password are all {@link #REFUSED}, so the answer does not reveal
 * which usernames exist. The precise reason goes to the audit log only ({@link StaffLoginFailure}).
 */
public enum StaffLoginOutcome {

    /** Username and password are right: logged in. */
    ACCEPTED,
    /** The combination of username and password is not right. */
    REFUSED,
    /** Too many wrong attempts: no login for 15 minutes, whatever the password. */
    LOCKED
}
