package nl.frontoffice.mailcatcher;

import java.util.Optional;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The catcher's settings (MicroProfile Config; environment variables in capitals with underscores, e.g.
 * {@code MAIL_CATCHER_SMTP_PORT}).
 *
 * @param host            {@code mail-catcher.smtp.host}, default {@code 127.0.0.1}
 * @param port            {@code mail-catcher.smtp.port}, default {@code 2525}
 * @param maxMessages     {@code mail-catcher.max-messages}, default 200: older mails are forgotten
 * @param maxMessageBytes {@code mail-catcher.max-message-bytes}, default 26214400 (25 MiB)
 */
public record CatcherSettings(String host, int port, int maxMessages, int maxMessageBytes) {

    public CatcherSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("mail-catcher.smtp.host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("mail-catcher.smtp.port must be 0-65535");
        }
        if (maxMessages < 1 || maxMessages > 100_000) {
            throw new IllegalArgumentException("mail-catcher.max-messages must be 1-100000");
        }
        if (maxMessageBytes < 1024) {
            throw new IllegalArgumentException("mail-catcher.max-message-bytes must be at least 1024");
        }
    }

    /** Reads the settings from MicroProfile Config. */
    public static CatcherSettings fromConfig() {
        Config config = ConfigProvider.getConfig(CatcherSettings.class.getClassLoader());
        return from(name -> config.getOptionalValue(name, String.class));
    }

    /** Reads the settings from a lookup of property values; blank counts as absent. */
    public static CatcherSettings from(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> value = name -> lookup.apply(name).map(String::trim)
                .filter(s -> !s.isEmpty());
        return new CatcherSettings(
                value.apply("mail-catcher.smtp.host").orElse("127.0.0.1"),
                number(value, "mail-catcher.smtp.port", 2525),
                number(value, "mail-catcher.max-messages", 200),
                number(value, "mail-catcher.max-message-bytes", 25 * 1024 * 1024));
    }

    private static int number(Function<String, Optional<String>> value, String name, int fallback) {
        try {
            return value.apply(name).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number", e);
        }
    }
}
