package nl.frontoffice.systemtest.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the system tests' own PostgreSQL database, empty, before the EAR is deployed, so every run
 * starts from a clean schema that the application's Flyway migrations build.
 */
public class SystemTestDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String url = System.getProperty("systemtest.db.url");
        if (url == null) {
            return; // not run through Maven failsafe
        }
        String user = System.getProperty("systemtest.db.user", "postgres");
        String name = url.substring(url.lastIndexOf('/') + 1);
        String serverUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(serverUrl, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
            System.out.println("[system-test] PostgreSQL " + connection.getMetaData().getDatabaseProductVersion()
                    + ": created empty database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("The system tests need PostgreSQL at " + serverUrl
                    + " (user " + user + ", trust authentication): " + e.getMessage(), e);
        }
    }
}
