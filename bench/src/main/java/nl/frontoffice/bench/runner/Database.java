package nl.frontoffice.bench.runner;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's own PostgreSQL database, created empty for every run (the application's Flyway
 * migration fills it at deployment) and dropped afterwards. Only the name's characters [a-z0-9_] are
 * accepted, so it is safe to put into the statements.
 */
final class Database {

    private final String adminUrl;
    private final String user;
    final String name;
    /** The JDBC URL of the benchmark database. */
    final String url;

    Database(String host, int port, String user, String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Database names are [a-z][a-z0-9_]*: " + name);
        }
        this.adminUrl = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        this.user = user;
        this.name = name;
        this.url = "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    String user() {
        return user;
    }

    /**
     * Drops and creates the database.
     *
     * @param logStatements make PostgreSQL log every statement run in it (to see what a call writes)
     */
    void recreate(boolean logStatements) throws SQLException {
        drop();
        execute("CREATE DATABASE " + name);
        if (logStatements) {
            execute("ALTER DATABASE " + name + " SET log_statement = 'all'");
        }
    }

    /** @return whether the database exists */
    boolean exists() throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, "");
             var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            try (var result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    /** @return the database's comment (how a kept database was made), or empty */
    java.util.Optional<String> comment() throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, "");
             var statement = connection.prepareStatement(
                     "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            try (var result = statement.executeQuery()) {
                return result.next() ? java.util.Optional.ofNullable(result.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Sets the database's comment; only [A-Za-z0-9 =:,.-] are accepted. */
    void comment(String text) throws SQLException {
        if (!text.matches("[A-Za-z0-9 =:,.-]*")) {
            throw new IllegalArgumentException("Not a plain comment: " + text);
        }
        execute("COMMENT ON DATABASE " + name + " IS '" + text + "'");
    }

    /** @return a new connection to the benchmark database (the caller closes it) */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    void drop() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
