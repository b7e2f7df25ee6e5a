package nl.frontoffice.portal.auth.oidc;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import nl.frontoffice.portal.auth.oidc.OidcLoginException.Reason;

/**
 * Validates an ID token (OpenID Connect Core 1.0, section 3.1.3.7) in compact JWS form: only RS256
 * and ES256 signatures, checked against the provider's published keys (never a key named or
 * carried by the token: {@code jku}, {@code jwk}, {@code x5u}, {@code x5c} are ignored), so
 * {@code alg=none} and HS256 (the "public key as HMAC secret" confusion) are refused before any
 * key is looked at. Then {@code iss} exactly, {@code aud} containing our client id ({@code azp}
 * equal to it when present, required when there are several audiences), {@code exp}, {@code iat}
 * and {@code nbf} with the allowed clock skew, {@code nonce}, {@code sub} and the username claim.
 */
final class IdTokenValidator {

    static final String RS256 = "RS256";
    static final String ES256 = "ES256";

    /** Longer tokens are refused unread. */
    static final int MAX_TOKEN_LENGTH = 16 * 1024;

    private static final Set<String> SUPPORTED = Set.of(RS256, ES256);

    /** JSON-P readers that refuse duplicate member names (a classic source of parser disagreement). */
    static final JsonReaderFactory JSON = Json.createReaderFactory(
            Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    /** Where the provider's keys come from (the cached JWK Set, re-fetched for an unknown key id). */
    @FunctionalInterface
    interface KeySource {
        /**
         * @param kid the token's key id, or {@code null}
         * @param alg RS256 or ES256
         * @return the key
         * @throws OidcLoginException {@link Reason#UNKNOWN_KEY} or {@link Reason#PROVIDER_UNAVAILABLE}
         */
        JsonWebKeys.SigningKey key(String kid, String alg) throws OidcLoginException;
    }

    /**
     * What the expected values are.
     *
     * @param issuer        the configured issuer
     * @param clientId      our client id
     * @param usernameClaim the claim with the username
     * @param skew          allowed clock skew
     */
    record Expectations(String issuer, String clientId, String usernameClaim, Duration skew) {
    }

    private IdTokenValidator() {
    }

    /**
     * @param token  the ID token from the token endpoint
     * @param nonce  the nonce of the login in this session
     * @param expect issuer, client id, username claim, skew
     * @param now    the current time
     * @param keys   the provider's keys
     * @return the verified login
     * @throws OidcLoginException with the first reason the token fails
     */
    static VerifiedIdToken validate(String token, String nonce, Expectations expect, Instant now, KeySource keys)
            throws OidcLoginException {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            throw new OidcLoginException(Reason.MALFORMED_TOKEN, "missing or too long");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new OidcLoginException(Reason.MALFORMED_TOKEN, "not a compact JWS (encrypted or unsigned?)");
        }
        JsonObject header = jsonPart(parts[0], "header");
        String alg = string(header, "alg");
        if (alg == null || !SUPPORTED.contains(alg)) {
            throw new OidcLoginException(Reason.UNSUPPORTED_ALGORITHM,
                    "alg " + (alg == null ? "missing" : printable(alg)) + ", only RS256 and ES256 are accepted");
        }
        if (header.containsKey("crit")) {
            throw new OidcLoginException(Reason.MALFORMED_TOKEN, "critical header extensions are not supported");
        }
        JsonValue kidValue = header.get("kid");
        if (kidValue != null && !(kidValue instanceof JsonString)) {
            throw new OidcLoginException(Reason.MALFORMED_TOKEN, "kid is not a string");
        }
        String kid = kidValue == null ? null : ((JsonString) kidValue).getString();
        JsonWebKeys.SigningKey key = keys.key(kid, alg);
        verifySignature(alg, key, parts);

        JsonObject claims = jsonPart(parts[1], "payload");
        if (!expect.issuer().equals(string(claims, "iss"))) {
            throw new OidcLoginException(Reason.WRONG_ISSUER, "iss is not the configured issuer");
        }
        checkAudience(claims, expect.clientId());
        checkTimes(claims, now, expect.skew());
        String tokenNonce = string(claims, "nonce");
        if (tokenNonce == null || !MessageDigest.isEqual(tokenNonce.getBytes(StandardCharsets.UTF_8),
                nonce.getBytes(StandardCharsets.UTF_8))) {
            throw new OidcLoginException(Reason.WRONG_NONCE, tokenNonce == null ? "nonce missing" : "nonce differs");
        }
        String subject = string(claims, "sub");
        if (subject == null || subject.isBlank()) {
            throw new OidcLoginException(Reason.MALFORMED_TOKEN, "sub missing");
        }
        String username = string(claims, expect.usernameClaim());
        if (username == null || username.isBlank()) {
            throw new OidcLoginException(Reason.NO_USERNAME, "claim " + expect.usernameClaim() + " missing or empty");
        }
        return new VerifiedIdToken(username.strip(), subject);
    }

    private static void verifySignature(String alg, JsonWebKeys.SigningKey key, String[] parts)
            throws OidcLoginException {
        if (!key.alg().equals(alg)) {
            throw new OidcLoginException(Reason.UNKNOWN_KEY, "the key is not for " + alg);
        }
        byte[] signature;
        try {
            signature = Base64Url.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new OidcLoginException(Reason.MALFORMED_TOKEN, "signature is not base64url");
        }
        try {
            Signature verifier;
            if (alg.equals(RS256)) {
                verifier = Signature.getInstance("SHA256withRSA");
            } else {
                if (signature.length != 64) {
                    throw new OidcLoginException(Reason.BAD_SIGNATURE, "an ES256 signature has 64 bytes");
                }
                verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            }
            verifier.initVerify(key.key());
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(signature)) {
                throw new OidcLoginException(Reason.BAD_SIGNATURE, "signature does not verify with key "
                        + (key.kid() == null ? "(no kid)" : printable(key.kid())));
            }
        } catch (GeneralSecurityException e) {
            throw new OidcLoginException(Reason.BAD_SIGNATURE, "signature cannot be verified", e);
        }
    }

    private static void checkAudience(JsonObject claims, String clientId) throws OidcLoginException {
        JsonValue aud = claims.get("aud");
        int audiences;
        if (aud instanceof JsonString single) {
            if (!single.getString().equals(clientId)) {
                throw new OidcLoginException(Reason.WRONG_AUDIENCE, "aud is not our client id");
            }
            audiences = 1;
        } else if (aud != null && aud.getValueType() == JsonValue.ValueType.ARRAY) {
            boolean ours = aud.asJsonArray().stream()
                    .anyMatch(value -> value instanceof JsonString text && text.getString().equals(clientId));
            if (!ours) {
                throw new OidcLoginException(Reason.WRONG_AUDIENCE, "aud does not contain our client id");
            }
            audiences = aud.asJsonArray().size();
        } else {
            throw new OidcLoginException(Reason.WRONG_AUDIENCE, "aud missing");
        }
        JsonValue azp = claims.get("azp");
        if (azp != null && !(azp instanceof JsonString text && text.getString().equals(clientId))) {
            throw new OidcLoginException(Reason.WRONG_AUDIENCE, "azp is not our client id");
        }
        if (audiences > 1 && azp == null) {
            throw new OidcLoginException(Reason.WRONG_AUDIENCE, "several audiences and no azp");
        }
    }

    private static void checkTimes(JsonObject claims, Instant now, Duration skew) throws OidcLoginException {
        Instant exp = time(claims, "exp", true);
        Instant iat = time(claims, "iat", true);
        Instant nbf = time(claims, "nbf", false);
        if (!now.isBefore(exp.plus(skew))) {
            throw new OidcLoginException(Reason.EXPIRED, "exp " + exp + " has passed at " + now);
        }
        if (iat.isAfter(now.plus(skew))) {
            throw new OidcLoginException(Reason.NOT_YET_VALID, "iat " + iat + " lies in the future at " + now);
        }
        if (nbf != null && nbf.isAfter(now.plus(skew))) {
            throw new OidcLoginException(Reason.NOT_YET_VALID, "nbf " + nbf + " lies in the future at " + now);
        }
    }

    private static Instant time(JsonObject claims, String name, boolean required) throws OidcLoginException {
        JsonValue value = claims.get(name);
        if (value == null) {
            if (required) {
                throw new OidcLoginException(Reason.MALFORMED_TOKEN, name + " missing");
            }
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new OidcLoginException(Reason.MALFORMED_TOKEN, name + " is not a number");
        }
        try {
            return Instant.ofEpochSecond(number.bigDecimalValue().longValue());
        } catch (java.time.DateTimeException e) {
            throw new OidcLoginException(Reason.MALFORMED_TOKEN, name + " is out of range");
        }
    }

    private static JsonObject jsonPart(String part, String what) throws OidcLoginException {
        try (JsonReader reader = JSON.createReader(new StringReader(
                new String(Base64Url.decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (IllegalArgumentException | JsonException | IllegalStateException e) {
            throw new OidcLoginException(Reason.MALFORMED_TOKEN, "the " + what + " is not base64url JSON");
        }
    }

    static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    /** A value from a token or provider, made safe for a log line (codes only, short). */
    static String printable(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) : text;
        return cut.replaceAll("[^A-Za-z0-9_.:-]", "?");
    }
}
