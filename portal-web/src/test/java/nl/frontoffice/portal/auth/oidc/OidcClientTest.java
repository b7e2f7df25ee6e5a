package nl.frontoffice.portal.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.frontoffice.portal.auth.oidc.OidcClient.AuthorizationRequest;
import nl.frontoffice.portal.auth.oidc.OidcLoginException.Reason;

/**
 * The relying party against a real (test) provider over HTTP on 127.0.0.1: a good login and every
 * way a login must fail. The ID tokens are real JWS, signed with keys generated per test.
 */
class OidcClientTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    private FakeOidcProvider provider;
    private OidcClient client;

    @BeforeEach
    void start() throws Exception {
        provider = new FakeOidcProvider(clock);
        client = new OidcClient(provider.settings("PT2S"), clock);
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    /** The browser goes to the provider, logs in and comes back: the answer's parameters. */
    private Map<String, String> loginAtProvider(AuthorizationRequest request) {
        return provider.login(request.location());
    }

    private VerifiedIdToken completeWith(AuthorizationRequest request, Map<String, String> answer)
            throws OidcLoginException {
        return client.complete(request.pending(), answer::get);
    }

    private Reason failure(AuthorizationRequest request, Map<String, String> answer) {
        try {
            completeWith(request, answer);
        } catch (OidcLoginException e) {
            assertThat(e.getMessage()).doesNotContain("eyJ"); // never token content in the message
            return e.reason();
        }
        throw new AssertionError("the login was accepted");
    }

    @Test
    void goodLoginUsesPkceStateAndNonceAndYieldsTheUsernameClaim() throws Exception {
        AuthorizationRequest request = client.begin("/medewerker/zaken.xhtml?id=7");

        Map<String, String> query = FakeOidcProvider.query(request.location().getRawQuery());
        assertThat(request.location().toString()).startsWith(provider.issuer() + "/protocol/openid-connect/auth?");
        assertThat(query).containsEntry("response_type", "code")
                .containsEntry("client_id", FakeOidcProvider.CLIENT_ID)
                .containsEntry("redirect_uri", "http://localhost:8080/portal/medewerker/oidc/callback")
                .containsEntry("scope", "openid profile email")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("state", request.pending().state())
                .containsEntry("nonce", request.pending().nonce())
                .containsEntry("code_challenge", OidcClient.codeChallenge(request.pending().codeVerifier()));
        assertThat(request.pending().state()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(request.pending().nonce());
        assertThat(request.location().toString()).doesNotContain(request.pending().codeVerifier());
        assertThat(request.pending().returnPath()).isEqualTo("/medewerker/zaken.xhtml?id=7");

        VerifiedIdToken token = completeWith(request, loginAtProvider(request));

        assertThat(token.username()).isEqualTo("j.devries");
        assertThat(token.subject()).isEqualTo("6f1b2c3d-0000-4000-8000-000000000001");
        assertThat(provider.tokenRequestProblems).isEmpty();
        assertThat(provider.jwksFetches).hasValue(1);

        // a second login uses the cached key set
        AuthorizationRequest second = client.begin("/medewerker/index.xhtml");
        assertThat(second.pending().state()).isNotEqualTo(request.pending().state());
        assertThat(completeWith(second, loginAtProvider(second)).username()).isEqualTo("j.devries");
        assertThat(provider.jwksFetches).hasValue(1);
    }

    @Test
    void es256TokensAreAcceptedToo() throws Exception {
        FakeOidcProvider.EcKey ec = FakeOidcProvider.ecKey("ec-1");
        provider.jwks = FakeOidcProvider.jwks(provider.key1, ec);
        provider.idTokens = authorization -> FakeOidcProvider.signEs256(ec,
                provider.standardClaims(authorization.nonce()).add("preferred_username", "a.bakker").build());
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");

        assertThat(completeWith(request, loginAtProvider(request)).username()).isEqualTo("a.bakker");
    }

    @Test
    void theAnswerMustCarryTheStateOfThisSessionsLogin() throws Exception {
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        Map<String, String> answer = loginAtProvider(request);
        answer.put("state", request.pending().state() + "x");

        assertThat(failure(request, answer)).isEqualTo(Reason.STATE_MISMATCH);
        answer.remove("state");
        assertThat(failure(request, answer)).isEqualTo(Reason.STATE_MISMATCH);

        // the answer of another login (another tab, or an attacker's own login) does not fit this one
        AuthorizationRequest other = client.begin("/medewerker/index.xhtml");
        assertThat(failure(request, loginAtProvider(other))).isEqualTo(Reason.STATE_MISMATCH);
        assertThat(provider.tokenRequests).hasValue(0); // refused before the code was redeemed
    }

    @Test
    void withoutAPendingLoginNothingIsAccepted() {
        assertThatThrownBy(() -> client.complete(null, Map.of("state", "s", "code", "c")::get))
                .isInstanceOfSatisfying(OidcLoginException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_PENDING_LOGIN));
    }

    @Test
    void aReplayedCodeIsRefusedByTheProviderAndReported() throws Exception {
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        Map<String, String> answer = loginAtProvider(request);
        completeWith(request, answer);

        assertThat(failure(request, answer)).isEqualTo(Reason.TOKEN_REQUEST_FAILED);
        assertThat(provider.tokenRequestProblems).containsExactly("unknown or used code");
    }

    @Test
    void aLoginThatStayedTooLongAtTheProviderExpires() throws Exception {
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        Map<String, String> answer = loginAtProvider(request);
        clock.advance(Duration.ofMinutes(OidcClient.LOGIN_TIMEOUT_MINUTES).plusSeconds(1));

        assertThat(failure(request, answer)).isEqualTo(Reason.LOGIN_EXPIRED);
    }

    @Test
    void anErrorOfTheProviderSuchAsAccessDeniedEndsTheLogin() throws Exception {
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        Map<String, String> answer = new java.util.HashMap<>(Map.of("state", request.pending().state(),
                "error", "access_denied", "error_description", "User cancelled"));

        assertThat(failure(request, answer)).isEqualTo(Reason.PROVIDER_ERROR);
        answer.remove("error");
        assertThat(failure(request, answer)).isEqualTo(Reason.MISSING_CODE);
        assertThat(provider.tokenRequests).hasValue(0);
    }

    @Test
    void anIssParameterOfAnotherIssuerIsRefused() throws Exception {
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        Map<String, String> answer = loginAtProvider(request);
        answer.put("iss", "https://evil.example/realms/gemeente");

        assertThat(failure(request, answer)).isEqualTo(Reason.WRONG_ISSUER);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        provider.idTokens = authorization -> FakeOidcProvider.signRs256(provider.key1,
                provider.standardClaims(authorization.nonce()).add("iss", provider.issuer() + "/").build());
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");

        assertThat(failure(request, loginAtProvider(request))).isEqualTo(Reason.WRONG_ISSUER);
    }

    @Test
    void aTokenForAnotherClientIsRefused() throws Exception {
        provider.idTokens = authorization -> FakeOidcProvider.signRs256(provider.key1,
                provider.standardClaims(authorization.nonce()).add("aud", "other-app").add("azp", "other-app").build());
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        assertThat(failure(request, loginAtProvider(request))).isEqualTo(Reason.WRONG_AUDIENCE);

        // several audiences: our client among them, but azp names another party
        provider.idTokens = authorization -> FakeOidcProvider.signRs256(provider.key1,
                provider.standardClaims(authorization.nonce())
                        .add("aud", Json.createArrayBuilder().add("other-app").add(FakeOidcProvider.CLIENT_ID))
                        .add("azp", "other-app").build());
        AuthorizationRequest second = client.begin("/medewerker/index.xhtml");
        assertThat(failure(second, loginAtProvider(second))).isEqualTo(Reason.WRONG_AUDIENCE);

        // several audiences and no azp
        provider.idTokens = authorization -> FakeOidcProvider.signRs256(provider.key1,
                provider.standardClaims(authorization.nonce())
                        .add("aud", Json.createArrayBuilder().add("other-app").add(FakeOidcProvider.CLIENT_ID))
                        .remove("azp").build());
        AuthorizationRequest third = client.begin("/medewerker/index.xhtml");
        assertThat(failure(third, loginAtProvider(third))).isEqualTo(Reason.WRONG_AUDIENCE);

        // several audiences with azp = our client: fine
        provider.idTokens = authorization -> FakeOidcProvider.signRs256(provider.key1,
                provider.standardClaims(authorization.nonce())
                        .add("aud", Json.createArrayBuilder().add("other-app").add(FakeOidcProvider.CLIENT_ID)).build());
        AuthorizationRequest fourth = client.begin("/medewerker/index.xhtml");
        assertThat(completeWith(fourth, loginAtProvider(fourth)).username()).isEqualTo("j.devries");
    }

    @Test
    void anExpiredTokenIsRefusedBeyondTheClockSkew() throws Exception {
        long now = clock.instant().getEpochSecond();
        // expired 30 seconds ago: within the default skew of a minute
        provider.idTokens = authorization -> FakeOidcProvider.signRs256(provider.key1,
                provider.standardClaims(authorization.nonce()).add("iat", now - 330).add("exp", now - 30).build());
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        assertThat(completeWith(request, loginAtProvider(request)).username()).isEqualTo("j.devries");

        provider.idTokens = authorization -> FakeOidcProvider.signRs256(provider.key1,
                provider.standardClaims(authorization.nonce()).add("iat", now - 400).add("exp", now - 61).build());
        AuthorizationRequest second = client.begin("/medewerker/index.xhtml");
        assertThat(failure(second, loginAtProvider(second))).isEqualTo(Reason.EXPIRED);

        provider.idTokens = authorization -> FakeOidcProvider.signRs256(provider.key1,
                provider.standardClaims(authorization.nonce()).remove("exp").build());
        AuthorizationRequest third = client.begin("/medewerker/index.xhtml");
        assertThat(failure(third, loginAtProvider(third))).isEqualTo(Reason.MALFORMED_TOKEN);
    }

    @Test
    void aTokenFromTheFutureIsRefused() throws Exception {
        long now = clock.instant().getEpochSecond();
        provider.idTokens = authorization -> FakeOidcProvider.signRs256(provider.key1,
                provider.standardClaims(authorization.nonce()).add("iat", now + 120).add("exp", now + 420).build());
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        assertThat(failure(request, loginAtProvider(request))).isEqualTo(Reason.NOT_YET_VALID);

        provider.idTokens = authorization -> FakeOidcProvider.signRs256(provider.key1,
                provider.standardClaims(authorization.nonce()).add("nbf", now + 120).build());
        AuthorizationRequest second = client.begin("/medewerker/index.xhtml");
        assertThat(failure(second, loginAtProvider(second))).isEqualTo(Reason.NOT_YET_VALID);
    }

    @Test
    void aTokenWithAnotherNonceIsRefused() throws Exception {
        provider.idTokens = authorization -> FakeOidcProvider.signRs256(provider.key1,
                provider.standardClaims(authorization.nonce() + "x").build());
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        assertThat(failure(request, loginAtProvider(request))).isEqualTo(Reason.WRONG_NONCE);

        provider.idTokens = authorization -> FakeOidcProvider.signRs256(provider.key1,
                provider.standardClaims(authorization.nonce()).remove("nonce").build());
        AuthorizationRequest second = client.begin("/medewerker/index.xhtml");
        assertThat(failure(second, loginAtProvider(second))).isEqualTo(Reason.WRONG_NONCE);
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        provider.idTokens = authorization -> FakeOidcProvider.b64(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + FakeOidcProvider.b64(provider.standardClaims(authorization.nonce()).build().toString()
                        .getBytes(StandardCharsets.UTF_8)) + ".";
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        assertThat(failure(request, loginAtProvider(request))).isEqualTo(Reason.UNSUPPORTED_ALGORITHM);

        // "None" with a signature part taken from a real token does not help either
        provider.idTokens = authorization -> {
            String good = FakeOidcProvider.signRs256(provider.key1, provider.standardClaims(authorization.nonce()).build());
            return FakeOidcProvider.b64("{\"alg\":\"None\",\"kid\":\"key-1\"}".getBytes(StandardCharsets.UTF_8))
                    + good.substring(good.indexOf('.'));
        };
        AuthorizationRequest second = client.begin("/medewerker/index.xhtml");
        assertThat(failure(second, loginAtProvider(second))).isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void hs256WithThePublicKeyAsSecretIsRefused() throws Exception {
        // the classic confusion attack: HMAC "signed" with the provider's public key, which anyone can fetch
        provider.idTokens = authorization -> {
            JsonObject header = Json.createObjectBuilder().add("alg", "HS256").add("kid", "key-1").build();
            JsonObject claims = provider.standardClaims(authorization.nonce()).add("preferred_username", "beheerder").build();
            return FakeOidcProvider.signHs256(header, claims, provider.key1.publicKey().getEncoded());
        };
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        assertThat(failure(request, loginAtProvider(request))).isEqualTo(Reason.UNSUPPORTED_ALGORITHM);

        // the same with the JWK's modulus bytes as the secret
        provider.idTokens = authorization -> {
            JsonObject header = Json.createObjectBuilder().add("alg", "HS256").add("kid", "key-1").build();
            return FakeOidcProvider.signHs256(header, provider.standardClaims(authorization.nonce()).build(),
                    provider.jwks.toString().getBytes(StandardCharsets.UTF_8));
        };
        AuthorizationRequest second = client.begin("/medewerker/index.xhtml");
        assertThat(failure(second, loginAtProvider(second))).isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        // claims changed after signing: another username
        provider.idTokens = authorization -> {
            String good = FakeOidcProvider.signRs256(provider.key1, provider.standardClaims(authorization.nonce()).build());
            String[] parts = good.split("\\.");
            String forged = FakeOidcProvider.b64(provider.standardClaims(authorization.nonce())
                    .add("preferred_username", "beheerder").build().toString().getBytes(StandardCharsets.UTF_8));
            return parts[0] + "." + forged + "." + parts[2];
        };
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        assertThat(failure(request, loginAtProvider(request))).isEqualTo(Reason.BAD_SIGNATURE);

        // one bit of the signature flipped
        provider.idTokens = authorization -> {
            String good = FakeOidcProvider.signRs256(provider.key1, provider.standardClaims(authorization.nonce()).build());
            String[] parts = good.split("\\.");
            byte[] signature = java.util.Base64.getUrlDecoder().decode(parts[2]);
            signature[10] ^= 0x01;
            return parts[0] + "." + parts[1] + "." + FakeOidcProvider.b64(signature);
        };
        AuthorizationRequest second = client.begin("/medewerker/index.xhtml");
        assertThat(failure(second, loginAtProvider(second))).isEqualTo(Reason.BAD_SIGNATURE);

        // signed by a key of someone else that claims the provider's kid
        FakeOidcProvider.RsaKey attacker = FakeOidcProvider.rsaKey("key-1");
        provider.idTokens = authorization -> FakeOidcProvider.signRs256(attacker,
                provider.standardClaims(authorization.nonce()).build());
        AuthorizationRequest third = client.begin("/medewerker/index.xhtml");
        assertThat(failure(third, loginAtProvider(third))).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void aKeyCarriedInTheTokenHeaderIsIgnored() throws Exception {
        FakeOidcProvider.RsaKey attacker = FakeOidcProvider.rsaKey("attacker");
        provider.idTokens = authorization -> {
            JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("kid", "attacker")
                    .add("jwk", FakeOidcProvider.jwk(attacker))
                    .add("jku", "http://127.0.0.1:1/evil-jwks").build();
            return FakeOidcProvider.sign(header, provider.standardClaims(authorization.nonce()).build(),
                    "SHA256withRSA", attacker.pair().getPrivate());
        };
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        assertThat(failure(request, loginAtProvider(request))).isEqualTo(Reason.UNKNOWN_KEY);
    }

    @Test
    void anUnknownKeyIdMakesTheKeySetBeFetchedAgainAtMostOnceAMinute() throws Exception {
        AuthorizationRequest first = client.begin("/medewerker/index.xhtml");
        completeWith(first, loginAtProvider(first));
        assertThat(provider.jwksFetches).hasValue(1);

        // the provider rolls over to a new key
        clock.advance(Duration.ofMinutes(2));
        FakeOidcProvider.RsaKey key2 = FakeOidcProvider.rsaKey("key-2");
        provider.jwks = FakeOidcProvider.jwks(provider.key1, key2);
        provider.idTokens = authorization -> FakeOidcProvider.signRs256(key2,
                provider.standardClaims(authorization.nonce()).add("preferred_username", "a.bakker").build());
        AuthorizationRequest second = client.begin("/medewerker/index.xhtml");
        assertThat(completeWith(second, loginAtProvider(second)).username()).isEqualTo("a.bakker");
        assertThat(provider.jwksFetches).hasValue(2);

        // a token with a kid nobody knows, right after: refused without hammering the provider
        FakeOidcProvider.RsaKey unknown = FakeOidcProvider.rsaKey("key-3");
        provider.idTokens = authorization -> FakeOidcProvider.signRs256(unknown,
                provider.standardClaims(authorization.nonce()).build());
        AuthorizationRequest third = client.begin("/medewerker/index.xhtml");
        assertThat(failure(third, loginAtProvider(third))).isEqualTo(Reason.UNKNOWN_KEY);
        AuthorizationRequest fourth = client.begin("/medewerker/index.xhtml");
        assertThat(failure(fourth, loginAtProvider(fourth))).isEqualTo(Reason.UNKNOWN_KEY);
        assertThat(provider.jwksFetches).hasValue(2);

        // a minute later one more fetch is allowed; the key is still unknown
        clock.advance(Duration.ofSeconds(61));
        AuthorizationRequest fifth = client.begin("/medewerker/index.xhtml");
        assertThat(failure(fifth, loginAtProvider(fifth))).isEqualTo(Reason.UNKNOWN_KEY);
        assertThat(provider.jwksFetches).hasValue(3);
    }

    @Test
    void aTokenEndpointThatFailsEndsTheLogin() throws Exception {
        provider.tokenStatus = 500;
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        assertThat(failure(request, loginAtProvider(request))).isEqualTo(Reason.PROVIDER_UNAVAILABLE);

        provider.tokenStatus = 400;
        AuthorizationRequest second = client.begin("/medewerker/index.xhtml");
        assertThat(failure(second, loginAtProvider(second))).isEqualTo(Reason.TOKEN_REQUEST_FAILED);
    }

    @Test
    void aTokenEndpointThatDoesNotAnswerTimesOut() throws Exception {
        provider.tokenDelayMillis = 5_000;
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        Map<String, String> answer = loginAtProvider(request);

        long started = System.nanoTime();
        assertThat(failure(request, answer)).isEqualTo(Reason.PROVIDER_UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(4_500));
    }

    @Test
    void aTokenWithoutTheUsernameClaimIsRefused() throws Exception {
        provider.idTokens = authorization -> FakeOidcProvider.signRs256(provider.key1,
                provider.standardClaims(authorization.nonce()).remove("preferred_username").build());
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        assertThat(failure(request, loginAtProvider(request))).isEqualTo(Reason.NO_USERNAME);
    }

    @Test
    void aTokenThatIsNoJwsIsRefused() throws Exception {
        provider.idTokens = authorization -> "not-a-token";
        AuthorizationRequest request = client.begin("/medewerker/index.xhtml");
        assertThat(failure(request, loginAtProvider(request))).isEqualTo(Reason.MALFORMED_TOKEN);
    }

    @Test
    void aDiscoveryDocumentOfAnotherIssuerIsRefused() throws Exception {
        provider.discovery = Json.createObjectBuilder(provider.discovery).add("issuer", "https://evil.example").build();

        assertThatThrownBy(() -> client.begin("/medewerker/index.xhtml"))
                .isInstanceOfSatisfying(OidcLoginException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.PROVIDER_MISCONFIGURED));
    }

    @Test
    void anUnreachableProviderIsReportedAsUnavailable() throws Exception {
        URI issuer = URI.create(provider.issuer());
        provider.close();

        assertThatThrownBy(() -> client.begin("/medewerker/index.xhtml"))
                .isInstanceOfSatisfying(OidcLoginException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.PROVIDER_UNAVAILABLE));
        assertThat(issuer.getHost()).isEqualTo("127.0.0.1");
    }
}
