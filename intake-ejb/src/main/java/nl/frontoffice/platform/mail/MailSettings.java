package nl.frontoffice.platform.mail;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How the outbox sends mail, read from MicroProfile Config at start-up (system properties, environment variables in
 * capitals with underscores, e.g. {@code FRONTOFFICE_MAIL_SMTP_HOST}, or {@code microprofile-config.properties}).
 * Durations are ISO-8601 ({@code PT30S}) or a number with a unit: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h},
 * {@code 30d}; a bare number is seconds.
 *
 * <table>
 * <caption>Properties</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code frontoffice.mail.enabled}</td><td>{@code true}</td><td>{@code false}: mails are queued, never sent</td></tr>
 * <tr><td>{@code frontoffice.mail.smtp.host}</td><td>none</td><td>the SMTP server; without it mails stay queued</td></tr>
 * <tr><td>{@code frontoffice.mail.smtp.port}</td><td>{@code 587}</td><td>its port</td></tr>
 * <tr><td>{@code frontoffice.mail.smtp.username}</td><td>none</td><td>SMTP AUTH user; with a password</td></tr>
 * <tr><td>{@code frontoffice.mail.smtp.password}</td><td>none</td><td>SMTP AUTH password; never logged</td></tr>
 * <tr><td>{@code frontoffice.mail.smtp.starttls}</td><td>{@code required}</td><td>{@code required}, {@code optional}
 * or {@code off} ({@link StartTls})</td></tr>
 * <tr><td>{@code frontoffice.mail.smtp.connect-timeout}</td><td>{@code 10s}</td><td>to connect to the server</td></tr>
 * <tr><td>{@code frontoffice.mail.smtp.timeout}</td><td>{@code 30s}</td><td>for each read and write on the
 * connection</td></tr>
 * <tr><td>{@code frontoffice.mail.from}</td><td>{@code Gemeente Voorbeeldstad <noreply@voorbeeldstad.example>}</td>
 * <td>sender of every mail (also the envelope sender)</td></tr>
 * <tr><td>{@code frontoffice.mail.send-interval}</td><td>{@code 30s}</td><td>how often the timer sends what is
 * due</td></tr>
 * <tr><td>{@code frontoffice.mail.batch-size}</td><td>{@code 50}</td><td>most mails per timer run</td></tr>
 * <tr><td>{@code frontoffice.mail.max-attempts}</td><td>{@code 10}</td><td>attempts before status FAILED</td></tr>
 * <tr><td>{@code frontoffice.mail.retry.initial-delay}</td><td>{@code 1m}</td><td>wait after the first failure,
 * doubling after each next one</td></tr>
 * <tr><td>{@code frontoffice.mail.retry.max-delay}</td><td>{@code 1h}</td><td>longest wait between attempts</td></tr>
 * <tr><td>{@code frontoffice.mail.claim-timeout}</td><td>{@code 5m}</td><td>after this a mail claimed by a member that
 * did not finish may be claimed again</td></tr>
 * <tr><td>{@code frontoffice.mail.retention}</td><td>{@code 30d}</td><td>after this the content of sent and failed
 * mails is erased (the row stays)</td></tr>
 * </table>
 *
 * @param enabled        whether mail is sent at all
 * @param host           the SMTP server, if configured
 * @param port           its port
 * @param username       the SMTP AUTH user, if any
 * @param password       the SMTP AUTH password ({@code null} without a user)
 * @param startTls       the STARTTLS mode
 * @param from           the sender, e.g. {@code Gemeente Voorbeeldstad <noreply@voorbeeldstad.example>}
 * @param connectTimeout the connect timeout
 * @param timeout        the read/write timeout
 * @param sendInterval   the timer interval
 * @param batchSize      most mails per timer run
 * @param retry          attempts and backoff
 * @param claimTimeout   the lease of a claim
 * @param retention      how long content is kept after sending or giving up
 */
public record MailSettings(boolean enabled, Optional<String> host, int port, Optional<String> username,
                           String password, StartTls startTls, InternetAddress from, Duration connectTimeout,
                           Duration timeout, Duration sendInterval, int batchSize, RetryPolicy retry,
                           Duration claimTimeout, Duration retention) {

    static final String PREFIX = "frontoffice.mail.";
    static final String DEFAULT_FROM = "Gemeente Voorbeeldstad <noreply@voorbeeldstad.example>";

    private static final Pattern WITH_UNIT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

    public MailSettings {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(PREFIX + "smtp.port must be 1-65535");
        }
        if (username.isPresent() != (password != null)) {
            throw new IllegalArgumentException(PREFIX + "smtp.username and " + PREFIX
                    + "smtp.password must be set together");
        }
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException(PREFIX + "batch-size must be 1-1000");
        }
        for (Duration duration : new Duration[] {connectTimeout, timeout, sendInterval, claimTimeout, retention}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("Mail durations must be positive");
            }
        }
    }

    /** Reads the settings from MicroProfile Config; an invalid value fails with a message naming the property. */
    public static MailSettings fromConfig() {
        Config config = ConfigProvider.getConfig(MailSettings.class.getClassLoader());
        return from(name -> config.getOptionalValue(name, String.class));
    }

    /**
     * Reads the settings from a lookup of property values (full names, e.g. {@code frontoffice.mail.smtp.host}).
     * Blank values count as absent.
     */
    public static MailSettings from(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> value = name -> lookup.apply(PREFIX + name)
                .map(String::trim).filter(s -> !s.isEmpty());
        Optional<String> username = value.apply("smtp.username");
        return new MailSettings(
                bool(value.apply("enabled"), "enabled", true),
                value.apply("smtp.host"),
                integer(value.apply("smtp.port"), "smtp.port", 587),
                username,
                lookup.apply(PREFIX + "smtp.password").filter(s -> !s.isEmpty()).orElse(null),
                value.apply("smtp.starttls").map(StartTls::parse).orElse(StartTls.REQUIRED),
                address(value.apply("from").orElse(DEFAULT_FROM)),
                duration(value.apply("smtp.connect-timeout"), "smtp.connect-timeout", Duration.ofSeconds(10)),
                duration(value.apply("smtp.timeout"), "smtp.timeout", Duration.ofSeconds(30)),
                duration(value.apply("send-interval"), "send-interval", Duration.ofSeconds(30)),
                integer(value.apply("batch-size"), "batch-size", 50),
                retry(value),
                duration(value.apply("claim-timeout"), "claim-timeout", Duration.ofMinutes(5)),
                duration(value.apply("retention"), "retention", Duration.ofDays(30)));
    }

    /** @return whether mails can be sent: enabled and an SMTP host configured */
    public boolean canSend() {
        return enabled && host.isPresent();
    }

    /** A description for the log: server and mode, no user name or password. */
    public String describe() {
        if (!enabled) {
            return "disabled";
        }
        return host.map(h -> "smtp://" + h + ":" + port + " (STARTTLS " + startTls.name().toLowerCase(java.util.Locale.ROOT)
                + (username.isPresent() ? ", with authentication" : "") + ")").orElse("no SMTP host");
    }

    @Override
    public String toString() {
        return "MailSettings[" + describe() + "]";
    }

    private static RetryPolicy retry(Function<String, Optional<String>> value) {
        try {
            return new RetryPolicy(
                    integer(value.apply("max-attempts"), "max-attempts", RetryPolicy.DEFAULT.maxAttempts()),
                    duration(value.apply("retry.initial-delay"), "retry.initial-delay", RetryPolicy.DEFAULT.initialDelay()),
                    duration(value.apply("retry.max-delay"), "retry.max-delay", RetryPolicy.DEFAULT.maxDelay()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + "max-attempts / retry.*: " + e.getMessage(), e);
        }
    }

    static Duration duration(Optional<String> text, String name, Duration fallback) {
        if (text.isEmpty()) {
            return fallback;
        }
        String value = text.get();
        Matcher matcher = WITH_UNIT.matcher(value);
        try {
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                String unit = matcher.group(2) == null ? "s" : matcher.group(2);
                return switch (unit) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    case "d" -> Duration.ofDays(amount);
                    default -> Duration.ofSeconds(amount);
                };
            }
            return Duration.parse(value);
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + name + " must be a duration like 30s, 5m or PT30S", e);
        }
    }

    private static int integer(Optional<String> text, String name, int fallback) {
        try {
            return text.map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + name + " must be a whole number", e);
        }
    }

    private static boolean bool(Optional<String> text, String name, boolean fallback) {
        return text.map(value -> {
            if (value.equalsIgnoreCase("true")) {
                return true;
            }
            if (value.equalsIgnoreCase("false")) {
                return false;
            }
            throw new IllegalArgumentException(PREFIX + name + " must be true or false");
        }).orElse(fallback);
    }

    private static InternetAddress address(String text) {
        try {
            InternetAddress[] addresses = InternetAddress.parse(text, true);
            if (addresses.length != 1) {
                throw new IllegalArgumentException(PREFIX + "from must be one address");
            }
            addresses[0].validate();
            return addresses[0];
        } catch (AddressException e) {
            throw new IllegalArgumentException(PREFIX + "from is not a valid address, e.g. "
                    + "\"Gemeente Voorbeeldstad <noreply@voorbeeldstad.example>\"", e);
        }
    }
}
