package nl.frontoffice.systemtest.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The system-test database (PostgreSQL), for what a test must write or check behind the
 * application's back: staff accounts ({@link StaffAccounts}) and counts of rows.
 */
public final class Database {

    private Database() {
    }

    /** @return a connection to the system-test database (system property {@code systemtest.db.url}) */
    public static Connection connect() throws SQLException {
        String url = System.getProperty("systemtest.db.url");
        if (url == null) {
            throw new IllegalStateException("System property systemtest.db.url is not set: run the system tests through Maven");
        }
        return DriverManager.getConnection(url, System.getProperty("systemtest.db.user", "postgres"), "");
    }

    /** @return the single number a query such as {@code SELECT count(*) …} answers */
    public static long number(String sql, Object... parameters) {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }
}
