package nl.frontoffice.platform.persistence;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the application's data lives, read from MicroProfile Config (system properties, environment
 * variables, {@code microprofile-config.properties}) when the first connection is made.
 *
 * <table>
 * <caption>Properties</caption>
 * <tr><th>property</th><th>environment variable</th><th>default</th></tr>
 * <tr><td>{@code frontoffice.db.url}</td><td>{@code FRONTOFFICE_DB_URL}</td>
 * <td>embedded H2 file {@code <domain>/lib/databases/frontoffice}</td></tr>
 * <tr><td>{@code frontoffice.db.user}</td><td>{@code FRONTOFFICE_DB_USER}</td><td>{@code frontoffice} (H2 only)</td></tr>
 * <tr><td>{@code frontoffice.db.password}</td><td>{@code FRONTOFFICE_DB_PASSWORD}</td><td>empty</td></tr>
 * </table>
 */
public record DatabaseSettings(String url, String user, String password) {

    static final String URL = "frontoffice.db.url";
    static final String USER = "frontoffice.db.user";
    static final String PASSWORD = "frontoffice.db.password";

    /** Reads the settings; the embedded database when no URL is configured. */
    public static DatabaseSettings fromConfig() {
        Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
        Optional<String> url = config.getOptionalValue(URL, String.class).filter(s -> !s.isBlank());
        String user = config.getOptionalValue(USER, String.class).orElse(url.isPresent() ? "" : "frontoffice");
        String password = config.getOptionalValue(PASSWORD, String.class).orElse("");
        return new DatabaseSettings(url.orElseGet(DatabaseSettings::embeddedUrl), user, password);
    }

    /** The embedded H2 file database inside the running Payara domain (or the user's home outside one). */
    static String embeddedUrl() {
        String instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
        Path base = instanceRoot != null
                ? Path.of(instanceRoot, "lib", "databases")
                : Path.of(System.getProperty("user.home"), ".frontoffice");
        return "jdbc:h2:" + base.resolve("frontoffice").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without credentials or parameters, safe to log. */
    public String describe() {
        int parameters = url.indexOf('?');
        String safe = parameters < 0 ? url : url.substring(0, parameters);
        int semicolon = safe.indexOf(';');
        return semicolon < 0 ? safe : safe.substring(0, semicolon);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + ", user=" + user + "]";
    }
}
