package nl.frontoffice.systemtest.support;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff accounts for the system tests, written straight into the system-test database: the system
 * tests run without demo data, and the production EAR has (and must have) no test back door.
 *
 * <p>The password hash is computed here exactly as Jakarta Security's {@code Pbkdf2PasswordHash}
 * (Soteria's {@code Pbkdf2PasswordHashImpl}) encodes it, with the parameters the application uses:
 * {@code PBKDF2WithHmacSHA256:210000:<base64 32-byte salt>:<base64 32-byte hash>}. A login with
 * it proves that the application reads that format.
 *
 * <p>Call after the EAR is deployed (its Flyway migrations made the tables). Team ids are those of
 * migration V2: 1 Team Wmo, 2 Team Jeugd, 3 Team Werk en Inkomen.
 */
public final class StaffAccounts {

    public static final long TEAM_WMO = 1;
    public static final long TEAM_JEUGD = 2;
    public static final long TEAM_WERK_EN_INKOMEN = 3;

    private static final SecureRandom RANDOM = new SecureRandom();

    private StaffAccounts() {
    }

    /**
     * Creates an active staff member with a password.
     *
     * @return the (fresh, unique) username
     */
    public static String create(String displayName, String password, String role, long... teamIds) {
        // never 8 digits in a row: the audit trail refuses a username that could hold a BSN
        String username = "st.u" + UUID.randomUUID().toString().substring(0, 7);
        try (Connection db = connect()) {
            long id;
            // a block of ids of its own from the application's sequence (INCREMENT BY 50, like EclipseLink takes them)
            try (PreparedStatement next = db.prepareStatement("SELECT nextval('staff_member_seq')");
                    ResultSet row = next.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO staff_member (id, username, display_name, email, active, version) VALUES (?, ?, ?, NULL, TRUE, 1)")) {
                insert.setLong(1, id);
                insert.setString(2, username);
                insert.setString(3, displayName);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO staff_role (staff_member_id, role_code) VALUES (?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, role);
                insert.executeUpdate();
            }
            for (long teamId : teamIds) {
                try (PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO staff_team (staff_member_id, team_id) VALUES (?, ?)")) {
                    insert.setLong(1, id);
                    insert.setLong(2, teamId);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO staff_credential (staff_member_id, password_hash, changed_at, failed_attempts, version)"
                            + " VALUES (?, ?, ?, 0, 1)")) {
                insert.setLong(1, id);
                insert.setString(2, pbkdf2(password.toCharArray()));
                insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a staff account in the system-test database", e);
        }
        return username;
    }

    /** @return the number of wrong passwords the database counts for the account */
    public static int failedAttempts(String username) {
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement("SELECT c.failed_attempts FROM staff_credential c"
                        + " JOIN staff_member s ON s.id = c.staff_member_id WHERE s.username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The encoding of Jakarta Security's Pbkdf2PasswordHash: algorithm:iterations:salt:hash. */
    static String pbkdf2(char[] password) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password, salt, 210_000, 32 * 8)).getEncoded();
            return "PBKDF2WithHmacSHA256:210000:" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return Database.connect();
    }
}
