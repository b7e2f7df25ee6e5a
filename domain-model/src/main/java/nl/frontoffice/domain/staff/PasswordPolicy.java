package nl.frontoffice.domain.staff;

import nl.frontoffice.domain.shared.DomainException;

/**
 * What a staff password must be: at least {@value #MIN_LENGTH} characters (a passphrase is
 * welcome) and at most {@value #MAX_LENGTH}, and not the username. No rules about digits or
 * special characters: length is what makes a password strong (NIST SP 800-63B, BIO).
 */
public final class PasswordPolicy {

    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 12;

    /** The longest password accepted; bounds the work of hashing. */
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /**
     * @param username the staff member's username
     * @param password the new password; not kept
     * @throws DomainException {@code staff.password.short}, {@code staff.password.long} or
     *                         {@code staff.password.username}
     */
    public static void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new DomainException("staff.password.short", MIN_LENGTH);
        }
        if (password.length > MAX_LENGTH) {
            throw new DomainException("staff.password.long", MAX_LENGTH);
        }
        if (username != null && String.valueOf(password).strip().equalsIgnoreCase(username.strip())) {
            throw new DomainException("staff.password.username");
        }
    }
}
