package nl.frontoffice.portal.auth.oidc;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The OpenID Connect settings of staff login, read from MicroProfile Config (see
 * {@link OidcConfiguration}). Everything is optional while {@code enabled} is false; once it is
 * true, issuer, client id, client secret and redirect URI are required.
 *
 * <table>
 * <caption>Properties</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code frontoffice.staff.oidc.enabled}</td><td>{@code false}</td><td>offer "log in with your municipality account" on the staff login page</td></tr>
 * <tr><td>{@code frontoffice.staff.oidc.issuer}</td><td>-</td><td>the provider's issuer, exactly as in its ID tokens; https (http only for a loopback address, for development); discovery at {@code <issuer>/.well-known/openid-configuration}</td></tr>
 * <tr><td>{@code frontoffice.staff.oidc.client-id}</td><td>-</td><td>our client id at the provider</td></tr>
 * <tr><td>{@code frontoffice.staff.oidc.client-secret}</td><td>-</td><td>our client secret (client_secret_basic); better a Payara password alias {@code ${ALIAS=name}}</td></tr>
 * <tr><td>{@code frontoffice.staff.oidc.redirect-uri}</td><td>-</td><td>the callback as registered at the provider: {@code https://<host>/<context>}{@value StaffOidcLogin#CALLBACK_PATH}</td></tr>
 * <tr><td>{@code frontoffice.staff.oidc.scopes}</td><td>{@code openid profile email}</td><td>space-separated; {@code openid} is always added</td></tr>
 * <tr><td>{@code frontoffice.staff.oidc.username-claim}</td><td>{@code preferred_username}</td><td>the ID token claim whose value is the staff member's username in our database</td></tr>
 * <tr><td>{@code frontoffice.staff.oidc.allowed-clock-skew}</td><td>{@code PT1M}</td><td>tolerance for {@code exp}, {@code iat} and {@code nbf} (at most PT5M)</td></tr>
 * <tr><td>{@code frontoffice.staff.oidc.http-timeout}</td><td>{@code PT10S}</td><td>connect and response timeout of the calls to the provider (discovery, keys, token)</td></tr>
 * </table>
 *
 * @param enabled          whether staff may log in with the provider
 * @param issuer           the issuer URL (without trailing slash normalisation: compared exactly)
 * @param clientId         our client id
 * @param clientSecret     our client secret; never printed by {@link #toString()}
 * @param redirectUri      the callback URL registered at the provider
 * @param scopes           the scopes asked for, {@code openid} first
 * @param usernameClaim    the claim holding the username
 * @param allowedClockSkew tolerance for the time claims
 * @param httpTimeout      timeout of calls to the provider
 */
public record OidcSettings(boolean enabled, URI issuer, String clientId, String clientSecret, URI redirectUri,
        List<String> scopes, String usernameClaim, Duration allowedClockSkew, Duration httpTimeout) {

    static final String PREFIX = "frontoffice.staff.oidc.";
    static final String ENABLED = PREFIX + "enabled";
    static final String ISSUER = PREFIX + "issuer";
    static final String CLIENT_ID = PREFIX + "client-id";
    static final String CLIENT_SECRET = PREFIX + "client-secret";
    static final String REDIRECT_URI = PREFIX + "redirect-uri";
    static final String SCOPES = PREFIX + "scopes";
    static final String USERNAME_CLAIM = PREFIX + "username-claim";
    static final String ALLOWED_CLOCK_SKEW = PREFIX + "allowed-clock-skew";
    static final String HTTP_TIMEOUT = PREFIX + "http-timeout";

    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    public OidcSettings {
        scopes = List.copyOf(scopes);
    }

    /** @return settings with OpenID Connect switched off */
    public static OidcSettings disabled() {
        return new OidcSettings(false, null, null, null, null, List.of("openid"), "preferred_username",
                Duration.ofMinutes(1), Duration.ofSeconds(10));
    }

    /**
     * Reads the settings.
     *
     * @param config a property lookup (MicroProfile Config in the application, a map in tests)
     * @throws IllegalArgumentException naming the property when a value cannot be used
     */
    public static OidcSettings read(Function<String, Optional<String>> config) {
        String enabledValue = value(config, ENABLED).orElse("false").toLowerCase(Locale.ROOT);
        if (!enabledValue.equals("true") && !enabledValue.equals("false")) {
            throw new IllegalArgumentException(ENABLED + ": '" + enabledValue + "' is not true or false");
        }
        if (enabledValue.equals("false")) {
            return disabled();
        }
        URI issuer = url(config, ISSUER);
        if (issuer.getRawQuery() != null || issuer.getRawFragment() != null) {
            throw new IllegalArgumentException(ISSUER + ": an issuer has no query or fragment");
        }
        String clientId = required(config, CLIENT_ID);
        String clientSecret = required(config, CLIENT_SECRET);
        URI redirectUri = url(config, REDIRECT_URI);
        if (!redirectUri.getPath().endsWith(StaffOidcLogin.CALLBACK_PATH) || redirectUri.getRawQuery() != null
                || redirectUri.getRawFragment() != null) {
            throw new IllegalArgumentException(REDIRECT_URI + ": '" + redirectUri + "' must end with "
                    + StaffOidcLogin.CALLBACK_PATH + " (no query), the path where the portal receives the answer");
        }
        List<String> scopes = Arrays.stream(value(config, SCOPES).orElse("openid profile email").split("[\\s,]+"))
                .filter(scope -> !scope.isBlank()).distinct().toList();
        for (String scope : scopes) {
            if (!scope.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"' && c != '\\')) {
                throw new IllegalArgumentException(SCOPES + ": '" + scope + "' is not a valid scope");
            }
        }
        List<String> withOpenid = new java.util.ArrayList<>();
        withOpenid.add("openid");
        scopes.stream().filter(scope -> !scope.equals("openid")).forEach(withOpenid::add);
        String usernameClaim = value(config, USERNAME_CLAIM).orElse("preferred_username");
        Duration skew = duration(config, ALLOWED_CLOCK_SKEW, "PT1M");
        if (skew.isNegative() || skew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException(ALLOWED_CLOCK_SKEW + ": '" + skew + "' must lie between PT0S and PT5M");
        }
        Duration timeout = duration(config, HTTP_TIMEOUT, "PT10S");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(HTTP_TIMEOUT + " must be a positive duration");
        }
        return new OidcSettings(true, issuer, clientId, clientSecret, redirectUri, withOpenid, usernameClaim, skew,
                timeout);
    }

    /** @return the URL of the provider's discovery document */
    public URI discoveryUri() {
        String base = issuer.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + "/.well-known/openid-configuration");
    }

    /**
     * @param uri a URL of the provider or of ours
     * @return whether it is an absolute https URL, or an http URL of a loopback address (development)
     */
    static boolean isSecureUrl(URI uri) {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return true;
        }
        String host = uri.getHost();
        return scheme.equals("http")
                && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"));
    }

    private static URI url(Function<String, Optional<String>> config, String name) {
        String value = required(config, name);
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a URL", e);
        }
        if (!isSecureUrl(uri)) {
            throw new IllegalArgumentException(name + ": '" + value
                    + "' must be an https URL (http only for 127.0.0.1 or localhost, in development)");
        }
        return uri;
    }

    private static String required(Function<String, Optional<String>> config, String name) {
        return value(config, name).orElseThrow(() -> new IllegalArgumentException(
                name + " is required when " + ENABLED + " is true"));
    }

    private static Optional<String> value(Function<String, Optional<String>> config, String name) {
        return config.apply(name).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Duration duration(Function<String, Optional<String>> config, String name, String fallback) {
        String value = value(config, name).orElse(fallback);
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not an ISO-8601 duration such as PT1M", e);
        }
    }

    @Override
    public String toString() {
        return "OidcSettings[enabled=" + enabled + ", issuer=" + issuer + ", clientId=" + clientId
                + ", clientSecret=" + (clientSecret == null ? "(none)" : "(set)") + ", redirectUri=" + redirectUri
                + ", scopes=" + scopes + ", usernameClaim=" + usernameClaim + ", allowedClockSkew=" + allowedClockSkew
                + ", httpTimeout=" + httpTimeout + "]";
    }
}
