package nl.frontoffice.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The physical datasource behind the container's connection pool for {@code java:app/jdbc/frontoffice}.
 * It connects to the database named by {@link DatabaseSettings} at first use, so that one EAR runs on
 * the embedded database or on PostgreSQL depending on the configuration found at deploy time.
 *
 * <p>The container pools, validates and enlists the connections in JTA transactions; this class only
 * opens them. The JDBC driver is found through {@link java.sql.Driver} service loading of the
 * application's class loader (PostgreSQL travels in the EAR; H2 is part of Payara).
 */
public class ConfiguredDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

    private volatile DatabaseSettings settings;
    private volatile java.sql.Driver driver;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DatabaseSettings settings() {
        DatabaseSettings current = settings;
        if (current == null) {
            synchronized (this) {
                if (settings == null) {
                    settings = DatabaseSettings.fromConfig();
                    LOG.info(() -> "Frontoffice database: " + settings.describe()
                            + (settings.isEmbedded() ? " (embedded; set FRONTOFFICE_DB_URL for PostgreSQL)" : ""));
                }
                current = settings;
            }
        }
        return current;
    }

    private java.sql.Driver driver(String url) throws SQLException {
        java.sql.Driver current = driver;
        if (current == null) {
            current = findDriver(url);
            driver = current;
        }
        return current;
    }

    private static java.sql.Driver findDriver(String url) throws SQLException {
        for (ClassLoader loader : new ClassLoader[] {
                ConfiguredDataSource.class.getClassLoader(), Thread.currentThread().getContextClassLoader() }) {
            if (loader == null) {
                continue;
            }
            for (java.sql.Driver candidate : java.util.ServiceLoader.load(java.sql.Driver.class, loader)) {
                if (candidate.acceptsURL(url)) {
                    return candidate;
                }
            }
        }
        return java.sql.DriverManager.getDriver(url);
    }

    @Override
    public Connection getConnection() throws SQLException {
        DatabaseSettings current = settings();
        return getConnection(current.user(), current.password());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        DatabaseSettings current = settings();
        Properties properties = new Properties();
        if (username != null && !username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        Connection connection = driver(current.url()).connect(current.url(), properties);
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts " + current.describe());
        }
        return connection;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
