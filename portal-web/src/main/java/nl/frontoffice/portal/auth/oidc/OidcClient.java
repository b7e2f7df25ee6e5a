package nl.frontoffice.portal.auth.oidc;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import nl.frontoffice.portal.auth.oidc.OidcLoginException.Reason;

/**
 * The OpenID Connect relying party for staff login, free of servlet and CDI so that it can be tested
 * against a real HTTP server: the authorization code flow with PKCE (S256), {@code state} and
 * {@code nonce}.
 *
 * <ol>
 * <li>{@link #begin} reads the provider's discovery document (cached for an hour), and returns the
 * authorization URL and the {@link PendingOidcLogin} to keep in the browser's session.</li>
 * <li>{@link #complete} checks the answer against that pending login ({@code state} in constant
 * time, at most {@value #LOGIN_TIMEOUT_MINUTES} minutes old, the optional {@code iss} parameter of
 * RFC 9207), redeems the code at the token endpoint (client_secret_basic, the PKCE verifier, the
 * JDK {@link HttpClient} with timeouts, no redirects followed) and validates the ID token
 * ({@link IdTokenValidator}) against the provider's JWK Set. The key set is cached and fetched again
 * for a token whose key id it does not know, at most once a minute.</li>
 * </ol>
 * Thread-safe: one instance serves all logins.
 */
public class OidcClient {

    /** How long a login may stay at the provider. */
    static final long LOGIN_TIMEOUT_MINUTES = 10;

    /** How long the discovery document is trusted before it is read again. */
    static final Duration DISCOVERY_MAX_AGE = Duration.ofHours(1);

    /** The key set is fetched again for an unknown key id at most this often. */
    static final Duration JWKS_MIN_REFRESH_INTERVAL = Duration.ofMinutes(1);

    /** Longer answers of the provider are refused. */
    static final int MAX_RESPONSE_BYTES = 512 * 1024;

    private static final Logger LOG = Logger.getLogger(OidcClient.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OidcSettings settings;
    private final Clock clock;
    private final HttpClient http;

    private ProviderMetadata metadata;
    private Instant metadataReadAt;
    private JsonWebKeys keys;
    private Instant keysReadAt;

    /**
     * @param settings enabled settings
     * @param clock    the time
     */
    public OidcClient(OidcSettings settings, Clock clock) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("OpenID Connect is not enabled");
        }
        this.settings = settings;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.httpTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Where to send the browser to log in, and what to remember until it comes back.
     *
     * @param location the provider's authorization URL with our request
     * @param pending  to keep in the HTTP session
     */
    public record AuthorizationRequest(URI location, PendingOidcLogin pending) {
    }

    /**
     * Starts a login.
     *
     * @param returnPath the staff page to go to afterwards (already checked)
     * @return the authorization request
     * @throws OidcLoginException when the provider's discovery document cannot be read or used
     */
    public AuthorizationRequest begin(String returnPath) throws OidcLoginException {
        ProviderMetadata provider = metadata();
        String state = random(32);
        String nonce = random(32);
        String verifier = random(32);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", settings.redirectUri().toString());
        query.put("scope", String.join(" ", settings.scopes()));
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", codeChallenge(verifier));
        query.put("code_challenge_method", "S256");
        String endpoint = provider.authorizationEndpoint().toString();
        URI location = URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + form(query));
        return new AuthorizationRequest(location, new PendingOidcLogin(state, nonce, verifier, returnPath,
                clock.instant()));
    }

    /**
     * Finishes a login at the redirect URI.
     *
     * @param pending    the login this browser session started, or {@code null} when there is none
     * @param parameters the query parameters of the answer ({@code code}, {@code state}, {@code error},
     *                   {@code iss}); {@code null} for an absent (or repeated) parameter
     * @return who logged in, per the valid ID token
     * @throws OidcLoginException why the answer or the token is refused
     */
    public VerifiedIdToken complete(PendingOidcLogin pending, Function<String, String> parameters)
            throws OidcLoginException {
        if (pending == null) {
            throw new OidcLoginException(Reason.NO_PENDING_LOGIN, "no login of this session waits for an answer");
        }
        String state = parameters.apply("state");
        if (state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                pending.state().getBytes(StandardCharsets.UTF_8))) {
            throw new OidcLoginException(Reason.STATE_MISMATCH, state == null ? "state missing" : "state differs");
        }
        Instant now = clock.instant();
        if (now.isAfter(pending.startedAt().plus(Duration.ofMinutes(LOGIN_TIMEOUT_MINUTES)))) {
            throw new OidcLoginException(Reason.LOGIN_EXPIRED, "the login started at " + pending.startedAt());
        }
        String error = parameters.apply("error");
        if (error != null) {
            throw new OidcLoginException(Reason.PROVIDER_ERROR, "the provider answered " + IdTokenValidator.printable(error));
        }
        String iss = parameters.apply("iss");
        if (iss != null && !iss.equals(settings.issuer().toString())) {
            throw new OidcLoginException(Reason.WRONG_ISSUER, "the answer's iss parameter is not the configured issuer");
        }
        String code = parameters.apply("code");
        if (code == null || code.isBlank()) {
            throw new OidcLoginException(Reason.MISSING_CODE, "no code in the answer");
        }
        String idToken = redeem(code, pending.codeVerifier());
        return IdTokenValidator.validate(idToken, pending.nonce(),
                new IdTokenValidator.Expectations(settings.issuer().toString(), settings.clientId(),
                        settings.usernameClaim(), settings.allowedClockSkew()),
                clock.instant(), this::key);
    }

    private String redeem(String code, String verifier) throws OidcLoginException {
        ProviderMetadata provider = metadata();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", settings.redirectUri().toString());
        body.put("code_verifier", verifier);
        String credentials = encode(settings.clientId()) + ":" + encode(settings.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(provider.tokenEndpoint())
                .timeout(settings.httpTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                .build();
        Response response = send(request, "token endpoint");
        if (response.status() >= 500) {
            throw new OidcLoginException(Reason.PROVIDER_UNAVAILABLE, "token endpoint answered " + response.status());
        }
        JsonObject json;
        try {
            json = parse(response.body());
        } catch (IllegalArgumentException e) {
            throw new OidcLoginException(Reason.TOKEN_REQUEST_FAILED,
                    "token endpoint answered " + response.status() + " without a JSON object");
        }
        if (response.status() != 200) {
            String error = IdTokenValidator.string(json, "error");
            throw new OidcLoginException(Reason.TOKEN_REQUEST_FAILED, "token endpoint answered " + response.status()
                    + (error == null ? "" : " " + IdTokenValidator.printable(error)));
        }
        String tokenType = IdTokenValidator.string(json, "token_type");
        if (tokenType != null && !tokenType.equalsIgnoreCase("Bearer")) {
            throw new OidcLoginException(Reason.TOKEN_REQUEST_FAILED, "token_type is not Bearer");
        }
        String idToken = IdTokenValidator.string(json, "id_token");
        if (idToken == null) {
            throw new OidcLoginException(Reason.TOKEN_REQUEST_FAILED, "the token response has no id_token");
        }
        return idToken;
    }

    /** The key for a token: from the cached key set, fetched again for an unknown key at most once a minute. */
    JsonWebKeys.SigningKey key(String kid, String alg) throws OidcLoginException {
        JsonWebKeys current;
        boolean mayRefresh;
        synchronized (this) {
            current = keys;
            mayRefresh = keysReadAt == null
                    || !clock.instant().isBefore(keysReadAt.plus(JWKS_MIN_REFRESH_INTERVAL));
        }
        if (current != null) {
            var found = current.find(kid, alg);
            if (found.isPresent()) {
                return found.get();
            }
        }
        if (!mayRefresh) {
            throw new OidcLoginException(Reason.UNKNOWN_KEY, "no " + alg + " key with kid "
                    + (kid == null ? "(none)" : IdTokenValidator.printable(kid)) + "; key set read less than a minute ago");
        }
        JsonWebKeys fresh = fetchKeys();
        return fresh.find(kid, alg).orElseThrow(() -> new OidcLoginException(Reason.UNKNOWN_KEY,
                "no " + alg + " key with kid " + (kid == null ? "(none)" : IdTokenValidator.printable(kid))
                        + " in the provider's key set"));
    }

    private JsonWebKeys fetchKeys() throws OidcLoginException {
        URI jwksUri = metadata().jwksUri();
        synchronized (this) {
            keysReadAt = clock.instant(); // also after a failure: the minute counts from the attempt
        }
        JsonObject json = getJson(jwksUri, "key set");
        JsonWebKeys parsed;
        try {
            parsed = JsonWebKeys.parse(json);
        } catch (IllegalArgumentException e) {
            throw new OidcLoginException(Reason.PROVIDER_MISCONFIGURED, e.getMessage());
        }
        LOG.info(() -> "Read " + parsed.size() + " signing key(s) of the identity provider");
        synchronized (this) {
            keys = parsed;
        }
        return parsed;
    }

    private ProviderMetadata metadata() throws OidcLoginException {
        synchronized (this) {
            if (metadata != null && clock.instant().isBefore(metadataReadAt.plus(DISCOVERY_MAX_AGE))) {
                return metadata;
            }
        }
        JsonObject json = getJson(settings.discoveryUri(), "discovery document");
        ProviderMetadata read;
        try {
            read = ProviderMetadata.from(json, settings.issuer().toString());
        } catch (IllegalArgumentException e) {
            throw new OidcLoginException(Reason.PROVIDER_MISCONFIGURED, e.getMessage());
        }
        synchronized (this) {
            metadata = read;
            metadataReadAt = clock.instant();
        }
        return read;
    }

    private JsonObject getJson(URI uri, String what) throws OidcLoginException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.httpTimeout())
                .header("Accept", "application/json").GET().build();
        Response response = send(request, what);
        if (response.status() >= 500) {
            throw new OidcLoginException(Reason.PROVIDER_UNAVAILABLE, what + " answered " + response.status());
        }
        if (response.status() != 200) {
            throw new OidcLoginException(Reason.PROVIDER_MISCONFIGURED, what + " answered " + response.status());
        }
        try {
            return parse(response.body());
        } catch (IllegalArgumentException e) {
            throw new OidcLoginException(Reason.PROVIDER_MISCONFIGURED, what + " is not a JSON object");
        }
    }

    private record Response(int status, String body) {
    }

    private Response send(HttpRequest request, String what) throws OidcLoginException {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] body = in.readNBytes(MAX_RESPONSE_BYTES + 1);
                if (body.length > MAX_RESPONSE_BYTES) {
                    throw new OidcLoginException(Reason.PROVIDER_MISCONFIGURED, what + " answered too much");
                }
                return new Response(response.statusCode(), new String(body, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new OidcLoginException(Reason.PROVIDER_UNAVAILABLE, what + " could not be reached: "
                    + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcLoginException(Reason.PROVIDER_UNAVAILABLE, what + ": interrupted", e);
        }
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = IdTokenValidator.JSON.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    /** @return the PKCE S256 challenge of a verifier (RFC 7636 section 4.2) */
    static String codeChallenge(String verifier) {
        try {
            return Base64Url.encode(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64Url.encode(value);
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The parts of the provider's discovery document that the login uses.
     *
     * @param authorizationEndpoint where the browser logs in
     * @param tokenEndpoint         where the code is redeemed
     * @param jwksUri               the signing keys
     */
    record ProviderMetadata(URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri) {

        static ProviderMetadata from(JsonObject json, String issuer) {
            if (!issuer.equals(IdTokenValidator.string(json, "issuer"))) {
                throw new IllegalArgumentException("the discovery document's issuer is not the configured issuer");
            }
            if (!lists(json, "code_challenge_methods_supported", "S256")) {
                throw new IllegalArgumentException("the provider does not support PKCE with S256");
            }
            if (!lists(json, "token_endpoint_auth_methods_supported", "client_secret_basic")) {
                throw new IllegalArgumentException("the provider does not support client_secret_basic");
            }
            return new ProviderMetadata(endpoint(json, "authorization_endpoint"), endpoint(json, "token_endpoint"),
                    endpoint(json, "jwks_uri"));
        }

        /** @return true when the member is absent (the default applies) or lists the value */
        private static boolean lists(JsonObject json, String name, String value) {
            JsonValue list = json.get(name);
            return list == null || (list.getValueType() == JsonValue.ValueType.ARRAY && list.asJsonArray().stream()
                    .anyMatch(item -> item instanceof JsonString text && text.getString().equals(value)));
        }

        private static URI endpoint(JsonObject json, String name) {
            String value = IdTokenValidator.string(json, name);
            URI uri;
            try {
                uri = value == null ? null : new URI(value);
            } catch (java.net.URISyntaxException e) {
                uri = null;
            }
            if (!OidcSettings.isSecureUrl(uri)) {
                throw new IllegalArgumentException("the discovery document's " + name
                        + " is missing or not an https URL");
            }
            return uri;
        }
    }
}
