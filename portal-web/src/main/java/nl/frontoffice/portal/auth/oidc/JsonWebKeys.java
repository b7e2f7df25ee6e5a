package nl.frontoffice.portal.auth.oidc;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The signing keys of the identity provider, from its JWK Set ({@code jwks_uri}): RSA keys (for
 * RS256) of at least 2048 bits and EC keys on P-256 (for ES256). Keys for encryption
 * ({@code use=enc}), of other types or curves, and keys that cannot be read are skipped (logged),
 * so one odd key does not break the login.
 */
final class JsonWebKeys {

    private static final Logger LOG = Logger.getLogger(JsonWebKeys.class.getName());

    static final int MIN_RSA_BITS = 2048;

    /**
     * One signing key.
     *
     * @param kid the key id, or {@code null}
     * @param alg the JWS algorithm this key is for: RS256 or ES256
     * @param key the public key
     */
    record SigningKey(String kid, String alg, PublicKey key) {
    }

    private final List<SigningKey> keys;

    private JsonWebKeys(List<SigningKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * @param jwks a JWK Set document
     * @return its usable signing keys
     * @throws IllegalArgumentException when it is not a JWK Set
     */
    static JsonWebKeys parse(JsonObject jwks) {
        JsonValue keys = jwks.get("keys");
        if (keys == null || keys.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException("the JWK Set has no 'keys' array");
        }
        List<SigningKey> usable = new ArrayList<>();
        for (JsonValue value : keys.asJsonArray()) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                continue;
            }
            JsonObject jwk = value.asJsonObject();
            try {
                toSigningKey(jwk).ifPresent(usable::add);
            } catch (IllegalArgumentException | GeneralSecurityException e) {
                LOG.warning(() -> "Skipping a key of the identity provider (kid " + string(jwk, "kid") + "): "
                        + e.getMessage());
            }
        }
        return new JsonWebKeys(usable);
    }

    /**
     * @param kid the token's key id, or {@code null} when it names none
     * @param alg the token's algorithm (RS256 or ES256)
     * @return the key: the one with that id and algorithm; without an id, the only key for that algorithm
     */
    Optional<SigningKey> find(String kid, String alg) {
        List<SigningKey> candidates = keys.stream().filter(key -> key.alg().equals(alg))
                .filter(key -> kid == null || kid.equals(key.kid())).toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** @return the number of usable keys */
    int size() {
        return keys.size();
    }

    private static Optional<SigningKey> toSigningKey(JsonObject jwk) throws GeneralSecurityException {
        String kty = string(jwk, "kty");
        String use = string(jwk, "use");
        String alg = string(jwk, "alg");
        String kid = string(jwk, "kid");
        if (use != null && !use.equals("sig")) {
            return Optional.empty();
        }
        if ("RSA".equals(kty)) {
            if (alg != null && !alg.equals(IdTokenValidator.RS256)) {
                return Optional.empty();
            }
            BigInteger n = new BigInteger(1, Base64Url.decode(required(jwk, "n")));
            BigInteger e = new BigInteger(1, Base64Url.decode(required(jwk, "e")));
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
            if (key.getModulus().bitLength() < MIN_RSA_BITS) {
                throw new IllegalArgumentException("RSA key shorter than " + MIN_RSA_BITS + " bits");
            }
            return Optional.of(new SigningKey(kid, IdTokenValidator.RS256, key));
        }
        if ("EC".equals(kty)) {
            if ((alg != null && !alg.equals(IdTokenValidator.ES256)) || !"P-256".equals(string(jwk, "crv"))) {
                return Optional.empty();
            }
            byte[] x = Base64Url.decode(required(jwk, "x"));
            byte[] y = Base64Url.decode(required(jwk, "y"));
            if (x.length != 32 || y.length != 32) {
                throw new IllegalArgumentException("P-256 coordinates must be 32 bytes");
            }
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(
                    new ECPublicKeySpec(new ECPoint(new BigInteger(1, x), new BigInteger(1, y)), spec));
            return Optional.of(new SigningKey(kid, IdTokenValidator.ES256, key));
        }
        return Optional.empty();
    }

    private static String required(JsonObject jwk, String name) {
        String value = string(jwk, name);
        if (value == null) {
            throw new IllegalArgumentException("member '" + name + "' missing");
        }
        return value;
    }

    private static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }
}
