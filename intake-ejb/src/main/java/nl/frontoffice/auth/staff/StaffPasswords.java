package nl.frontoffice.auth.staff;

import java.security.SecureRandom;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Hashes and verifies staff passwords with Jakarta Security's {@link Pbkdf2PasswordHash} (the
 * container's implementation): PBKDF2WithHmacSHA256 with {@value #ITERATIONS} iterations (OWASP's
 * advice for PBKDF2-HMAC-SHA256), a {@value #SALT_BYTES}-byte random salt and a
 * {@value #KEY_BYTES}-byte hash, encoded as
 * {@code PBKDF2WithHmacSHA256:210000:<base64 salt>:<base64 hash>}.
 *
 * <p>Verification reads algorithm, iterations and salt from the stored hash, so raising the
 * parameters later keeps old hashes working; {@link #needsRehash(String)} tells when a hash should
 * be renewed after a successful login.
 *
 * <p>Passwords come in as {@code char[]} and are neither kept nor logged.
 */
@ApplicationScoped
public class StaffPasswords {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 210_000;
    public static final int SALT_BYTES = 32;
    public static final int KEY_BYTES = 32;

    private static final Logger LOG = Logger.getLogger(StaffPasswords.class.getName());

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** A hash of a random password, verified when there is no real hash, so every login costs the same. */
    private volatile String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", Integer.toString(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", Integer.toString(KEY_BYTES)));
    }

    /**
     * @param password the new password (already checked against the password policy)
     * @return its encoded hash, to store
     */
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    /**
     * @param password a password someone typed
     * @param stored   the stored hash
     * @return whether they match; {@code false} for a hash that cannot be read
     */
    public boolean verify(char[] password, String stored) {
        try {
            return pbkdf2.verify(password, stored);
        } catch (IllegalArgumentException unreadable) {
            LOG.warning("A stored staff password hash cannot be read; the login is refused");
            return false;
        }
    }

    /**
     * Does the work of a verification without a real hash, for unknown usernames and accounts
     * without a password: their answer must not come faster than a wrong password's.
     *
     * @param password the password someone typed
     */
    public void verifyDecoy(char[] password) {
        pbkdf2.verify(password == null ? new char[0] : password, decoy());
    }

    /**
     * @param stored a stored hash
     * @return whether it was made with other (weaker) parameters than today's
     */
    public boolean needsRehash(String stored) {
        return stored == null || !stored.startsWith(ALGORITHM + ":" + ITERATIONS + ":");
    }

    private String decoy() {
        String current = decoy;
        if (current == null) {
            char[] random = new char[24];
            SecureRandom generator = new SecureRandom();
            for (int i = 0; i < random.length; i++) {
                random[i] = (char) ('a' + generator.nextInt(26));
            }
            current = pbkdf2.generate(random);
            decoy = current;
        }
        return current;
    }
}
