package nl.frontoffice.portal.auth.oidc;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small but real OpenID Connect provider for tests, on the JDK's HTTP server at 127.0.0.1 (random
 * port): discovery, JWK Set, and a token endpoint that checks client_secret_basic, the redirect URI,
 * the code (once) and the PKCE verifier against the challenge of the authorization request, and
 * answers with an ID token signed by keys generated here. Tests change what it signs or how it
 * answers.
 */
final class FakeOidcProvider implements AutoCloseable {

    static final String CLIENT_ID = "frontoffice-portal";
    static final String CLIENT_SECRET = "s3cr3t:with&odd=chars";

    /** An RSA signing key with its key id. */
    record RsaKey(String kid, KeyPair pair) {
        RSAPublicKey publicKey() {
            return (RSAPublicKey) pair.getPublic();
        }
    }

    /** An EC (P-256) signing key with its key id. */
    record EcKey(String kid, KeyPair pair) {
    }

    /** What the authorization endpoint got and what code it issued. */
    record Authorization(String code, String nonce, String challenge, String redirectUri) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String issuer;
    private final Clock clock;

    final RsaKey key1 = rsaKey("key-1");
    final AtomicInteger jwksFetches = new AtomicInteger();
    final AtomicInteger tokenRequests = new AtomicInteger();
    final List<String> tokenRequestProblems = new ArrayList<>();

    volatile JsonObject jwks;
    volatile JsonObject discovery;
    volatile int tokenStatus = 200;
    volatile long tokenDelayMillis;
    /** Makes the ID token for an authorization; by default a good token signed with {@link #key1}. */
    volatile Function<Authorization, String> idTokens;

    private final Map<String, Authorization> codes = new ConcurrentHashMap<>();

    FakeOidcProvider(Clock clock) throws IOException {
        this.clock = clock;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/gemeente";
        discovery = Json.createObjectBuilder()
                .add("issuer", issuer)
                .add("authorization_endpoint", issuer + "/protocol/openid-connect/auth")
                .add("token_endpoint", issuer + "/protocol/openid-connect/token")
                .add("jwks_uri", issuer + "/protocol/openid-connect/certs")
                .add("response_types_supported", Json.createArrayBuilder().add("code"))
                .add("code_challenge_methods_supported", Json.createArrayBuilder().add("plain").add("S256"))
                .add("token_endpoint_auth_methods_supported",
                        Json.createArrayBuilder().add("client_secret_basic").add("client_secret_post"))
                .build();
        jwks = jwks(key1);
        idTokens = authorization -> signRs256(key1, standardClaims(authorization.nonce()).build());
        server.createContext("/realms/gemeente/.well-known/openid-configuration",
                exchange -> json(exchange, 200, discovery.toString()));
        server.createContext("/realms/gemeente/protocol/openid-connect/certs", exchange -> {
            jwksFetches.incrementAndGet();
            json(exchange, 200, jwks.toString());
        });
        server.createContext("/realms/gemeente/protocol/openid-connect/token", this::token);
        server.start();
    }

    String issuer() {
        return issuer;
    }

    /** The settings of our portal for this provider. */
    OidcSettings settings(String timeout) {
        Map<String, String> config = new HashMap<>();
        config.put("frontoffice.staff.oidc.enabled", "true");
        config.put("frontoffice.staff.oidc.issuer", issuer);
        config.put("frontoffice.staff.oidc.client-id", CLIENT_ID);
        config.put("frontoffice.staff.oidc.client-secret", CLIENT_SECRET);
        config.put("frontoffice.staff.oidc.redirect-uri", "http://localhost:8080/portal/medewerker/oidc/callback");
        config.put("frontoffice.staff.oidc.http-timeout", timeout);
        return OidcSettings.read(name -> java.util.Optional.ofNullable(config.get(name)));
    }

    /**
     * The browser at the authorization endpoint: the user logs in and the provider issues a code.
     *
     * @param location the authorization URL our portal sent the browser to
     * @return the query parameters of the answer at the redirect URI
     */
    Map<String, String> login(URI location) {
        Map<String, String> query = query(location.getRawQuery());
        String code = "code-" + codes.size() + "-" + System.nanoTime();
        codes.put(code, new Authorization(code, query.get("nonce"), query.get("code_challenge"),
                query.get("redirect_uri")));
        Map<String, String> answer = new HashMap<>();
        answer.put("code", code);
        answer.put("state", query.get("state"));
        return answer;
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        try {
            if (tokenDelayMillis > 0) {
                Thread.sleep(tokenDelayMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (tokenStatus != 200) {
            exchange.getRequestBody().readAllBytes();
            json(exchange, tokenStatus, tokenStatus >= 500 ? "<html>Bad gateway</html>"
                    : "{\"error\":\"invalid_grant\"}");
            return;
        }
        String expectedAuth = "Basic " + Base64.getEncoder().encodeToString((enc(CLIENT_ID) + ":" + enc(CLIENT_SECRET))
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Authorization authorization = form.get("code") == null ? null : codes.remove(form.get("code"));
        String problem = null;
        if (!"POST".equals(exchange.getRequestMethod())) {
            problem = "method";
        } else if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            problem = "client authentication";
        } else if (!"authorization_code".equals(form.get("grant_type"))) {
            problem = "grant_type";
        } else if (authorization == null) {
            problem = "unknown or used code";
        } else if (!authorization.redirectUri().equals(form.get("redirect_uri"))) {
            problem = "redirect_uri";
        } else if (form.get("code_verifier") == null
                || !OidcClient.codeChallenge(form.get("code_verifier")).equals(authorization.challenge())) {
            problem = "PKCE";
        }
        if (problem != null) {
            tokenRequestProblems.add(problem);
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        json(exchange, 200, Json.createObjectBuilder()
                .add("access_token", "opaque-access-token")
                .add("token_type", "Bearer")
                .add("expires_in", 300)
                .add("id_token", idTokens.apply(authorization))
                .build().toString());
    }

    /** Claims of a good ID token for that nonce, issued now. */
    JsonObjectBuilder standardClaims(String nonce) {
        long now = clock.instant().getEpochSecond();
        return Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", "6f1b2c3d-0000-4000-8000-000000000001")
                .add("aud", CLIENT_ID)
                .add("azp", CLIENT_ID)
                .add("exp", now + 300)
                .add("iat", now)
                .add("auth_time", now)
                .add("nonce", nonce)
                .add("preferred_username", "j.devries")
                .add("email", "j.devries@gemeente.example");
    }

    static RsaKey rsaKey(String kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new RsaKey(kid, generator.generateKeyPair());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static EcKey ecKey(String kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return new EcKey(kid, generator.generateKeyPair());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject jwks(Object... keys) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object key : keys) {
            array.add(jwk(key));
        }
        return Json.createObjectBuilder().add("keys", array).build();
    }

    static JsonObjectBuilder jwk(Object key) {
        if (key instanceof RsaKey rsa) {
            return Json.createObjectBuilder().add("kty", "RSA").add("kid", rsa.kid()).add("use", "sig")
                    .add("alg", "RS256")
                    .add("n", b64(unsigned(rsa.publicKey().getModulus())))
                    .add("e", b64(unsigned(rsa.publicKey().getPublicExponent())));
        }
        EcKey ec = (EcKey) key;
        ECPublicKey publicKey = (ECPublicKey) ec.pair().getPublic();
        return Json.createObjectBuilder().add("kty", "EC").add("kid", ec.kid()).add("use", "sig").add("crv", "P-256")
                .add("x", b64(fixed(publicKey.getW().getAffineX(), 32)))
                .add("y", b64(fixed(publicKey.getW().getAffineY(), 32)));
    }

    /** A compact JWS with the given header, signed RS256 by the key. */
    static String signRs256(RsaKey key, JsonObject claims) {
        JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", key.kid())
                .build();
        return sign(header, claims, "SHA256withRSA", key.pair().getPrivate());
    }

    static String signEs256(EcKey key, JsonObject claims) {
        JsonObject header = Json.createObjectBuilder().add("alg", "ES256").add("kid", key.kid()).build();
        return sign(header, claims, "SHA256withECDSAinP1363Format", key.pair().getPrivate());
    }

    static String sign(JsonObject header, JsonObject claims, String algorithm, PrivateKey key) {
        String input = b64(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + b64(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A compact JWS "signed" with HMAC-SHA256, the secret being the given bytes. */
    static String signHs256(JsonObject header, JsonObject claims, byte[] secret) {
        String input = b64(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + b64(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 && bytes.length > 1 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static byte[] fixed(BigInteger value, int length) {
        byte[] bytes = unsigned(value);
        byte[] out = new byte[length];
        System.arraycopy(bytes, 0, out, length - bytes.length, bytes.length);
        return out;
    }

    static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // the client timed out and closed the connection
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
