package nl.frontoffice.auth.digid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import nl.frontoffice.auth.saml.ReplayCache;
import nl.frontoffice.platform.persistence.DatabaseMigration;

/**
 * Remembers accepted SAML artifacts and assertion ids in the database (table {@code saml_replay}),
 * so a replay is refused by every cluster member and after a restart. Each use is recorded in a
 * transaction of its own: a login that fails later still has used up its artifact. Only a SHA-256 of
 * the identifier is stored.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DatabaseReplayCache implements ReplayCache {

    private static final Logger LOG = Logger.getLogger(DatabaseReplayCache.class.getName());
    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Override
    public boolean firstUse(String kind, String id, Instant expiresAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO saml_replay (kind, message_id, expires_at) VALUES (?, ?, ?)")) {
            insert.setString(1, kind);
            insert.setString(2, sha256(id));
            insert.setTimestamp(3, Timestamp.from(expiresAt));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
                return false;
            }
            throw new IllegalStateException("Replay cache unavailable (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** Forgets what has expired anyway; runs every quarter of an hour on each member. */
    @Schedule(hour = "*", minute = "*/15", persistent = false)
    public void purgeExpired() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM saml_replay WHERE expires_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant()));
            int purged = delete.executeUpdate();
            if (purged > 0) {
                LOG.fine(() -> "Purged " + purged + " expired replay-cache entries");
            }
        } catch (SQLException e) {
            LOG.warning(() -> "Could not purge the replay cache (SQLState " + e.getSQLState() + ")");
        }
    }

    private static String sha256(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
