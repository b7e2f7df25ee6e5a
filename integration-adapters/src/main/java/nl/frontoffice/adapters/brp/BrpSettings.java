package nl.frontoffice.adapters.brp;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

/**
 * The adapter's configuration, read from MicroProfile Config (system properties, environment variables such as
 * {@code FRONTOFFICE_BRP_BASE_URL}, {@code microprofile-config.properties}).
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@value #BASE_URL}</td><td>(none)</td><td>base URL of the API, e.g.
 *     {@code http://localhost:8080/brp-stub/haalcentraal/api/brp}; without it every look-up is "unavailable"</td></tr>
 * <tr><td>{@value #API_KEY}</td><td>(none)</td><td>sent as header {@code X-API-KEY}</td></tr>
 * <tr><td>{@value #CONNECT_TIMEOUT}</td><td>2s</td><td>TCP connect timeout ({@code 500ms}, {@code 2s} or ISO-8601
 *     {@code PT2S})</td></tr>
 * <tr><td>{@value #READ_TIMEOUT}</td><td>5s</td><td>time to wait for the answer</td></tr>
 * <tr><td>{@value #DOELBINDING}</td><td>(none)</td><td>header {@code x-doelbinding}: the purpose limitation</td></tr>
 * <tr><td>{@value #VERWERKING}</td><td>{@value #DEFAULT_VERWERKING}</td><td>header {@code x-verwerking}: the
 *     processing activity</td></tr>
 * <tr><td>{@value #GEBRUIKER}</td><td>{@value #DEFAULT_GEBRUIKER}</td><td>header {@code x-gebruiker}: the user or
 *     system on whose behalf the BRP is asked</td></tr>
 * <tr><td>{@value #ORIGIN_OIN}</td><td>(none)</td><td>header {@code x-origin-oin}: the municipality's OIN</td></tr>
 * </table>
 *
 * @param baseUrl        the API's base URL, empty when the BRP is not configured
 * @param apiKey         the API key, empty when none
 * @param connectTimeout the connect timeout
 * @param readTimeout    the read timeout
 * @param protocolHeaders the protocol headers to send, in order, only those with a value
 */
public record BrpSettings(Optional<URI> baseUrl, Optional<String> apiKey, Duration connectTimeout,
        Duration readTimeout, Map<String, String> protocolHeaders) {

    public static final String BASE_URL = "frontoffice.brp.base-url";
    public static final String API_KEY = "frontoffice.brp.api-key";
    public static final String CONNECT_TIMEOUT = "frontoffice.brp.connect-timeout";
    public static final String READ_TIMEOUT = "frontoffice.brp.read-timeout";
    public static final String DOELBINDING = "frontoffice.brp.doelbinding";
    public static final String VERWERKING = "frontoffice.brp.verwerking";
    public static final String GEBRUIKER = "frontoffice.brp.gebruiker";
    public static final String ORIGIN_OIN = "frontoffice.brp.origin-oin";

    static final String DEFAULT_VERWERKING = "Intake sociaal domein";
    static final String DEFAULT_GEBRUIKER = "frontoffice";
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);

    /** Makes an unmodifiable copy of the headers. */
    public BrpSettings {
        protocolHeaders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(protocolHeaders));
    }

    /**
     * @param config the MicroProfile Config to read
     * @return the settings
     * @throws IllegalArgumentException when a value cannot be understood (the message names the key, never a value)
     */
    public static BrpSettings from(Config config) {
        Optional<URI> baseUrl = text(config, BASE_URL).map(value -> uri(value));
        Map<String, String> headers = new LinkedHashMap<>();
        text(config, DOELBINDING).ifPresent(value -> headers.put("x-doelbinding", value));
        headers.put("x-verwerking", text(config, VERWERKING).orElse(DEFAULT_VERWERKING));
        headers.put("x-gebruiker", text(config, GEBRUIKER).orElse(DEFAULT_GEBRUIKER));
        text(config, ORIGIN_OIN).ifPresent(value -> headers.put("x-origin-oin", value));
        return new BrpSettings(baseUrl, text(config, API_KEY),
                text(config, CONNECT_TIMEOUT).map(value -> duration(CONNECT_TIMEOUT, value))
                        .orElse(DEFAULT_CONNECT_TIMEOUT),
                text(config, READ_TIMEOUT).map(value -> duration(READ_TIMEOUT, value)).orElse(DEFAULT_READ_TIMEOUT),
                headers);
    }

    /** @return the settings without the API key's value */
    @Override
    public String toString() {
        return "BrpSettings[baseUrl=" + baseUrl.map(URI::toString).orElse("(not configured)") + ", apiKey="
                + (apiKey.isPresent() ? "(set)" : "(none)") + ", connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + ", protocolHeaders=" + protocolHeaders.keySet() + "]";
    }

    /** @return whether a base URL is configured */
    public boolean isConfigured() {
        return baseUrl.isPresent();
    }

    private static Optional<String> text(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static URI uri(String value) {
        try {
            URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException(BASE_URL + " must be an http or https URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(BASE_URL + " is not a valid URL", e);
        }
    }

    /**
     * @param key   the key, for the message
     * @param value {@code 500ms}, {@code 2s}, {@code 1m}, a number of milliseconds, or ISO-8601 such as {@code PT2S}
     * @return the positive duration
     */
    static Duration duration(String key, String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        try {
            Duration duration;
            if (text.startsWith("pt")) {
                duration = Duration.parse(text.toUpperCase(Locale.ROOT));
            } else if (text.endsWith("ms")) {
                duration = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2).strip()));
            } else if (text.endsWith("s")) {
                duration = Duration.ofMillis(Math.round(Double.parseDouble(text.substring(0, text.length() - 1).strip())
                        * 1000));
            } else if (text.endsWith("m")) {
                duration = Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1).strip()));
            } else {
                duration = Duration.ofMillis(Long.parseLong(text));
            }
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(key + " must be positive");
            }
            return duration;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(key + " is not a duration such as 500ms, 2s or PT2S", e);
        }
    }
}
