package nl.frontoffice.auth.saml;

import static nl.frontoffice.auth.saml.TestIdentityProvider.CLOCK;
import static nl.frontoffice.auth.saml.TestIdentityProvider.NOW;
import static nl.frontoffice.auth.saml.TestIdentityProvider.SP_SLO;
import static nl.frontoffice.auth.saml.TestIdentityProvider.metadata;
import static nl.frontoffice.auth.saml.TestIdentityProvider.spSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import javax.xml.crypto.dsig.SignatureMethod;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;
import nl.frontoffice.auth.saml.TestIdentityProvider.LogoutResponseBuilder;

/**
 * DigiD's LogoutResponse by HTTP-Redirect, made and signed over the query string by the test IdP:
 * a valid one is accepted once, another status is reported, and every forged, unsigned, weakly
 * signed, misdirected, foreign, stale or replayed one is refused with its own reason.
 */
class LogoutResponseValidatorTest {

    private static SamlTestKeys keys;
    private static ServiceProviderSettings sp;
    private static IdentityProviderMetadata idp;

    private InMemoryReplayCache replayCache;
    private PendingLogout pending;

    @BeforeAll
    static void setUpKeys() {
        keys = SamlTestKeys.get();
        sp = spSettings(keys).singleLogoutService(SP_SLO).build();
        idp = metadata(keys.idp.certificate());
    }

    @BeforeEach
    void setUp() {
        replayCache = new InMemoryReplayCache(CLOCK);
        pending = new PendingLogout(TestIdentityProvider.newId(), NOW.minusSeconds(20));
    }

    private LogoutResult validate(String query) throws SamlValidationException {
        return new LogoutResponseValidator(sp, idp, replayCache, CLOCK).validate(query, pending);
    }

    private String query(Consumer<LogoutResponseBuilder> change) {
        return TestIdentityProvider.logoutResponse(pending, keys.idp).with(change).query();
    }

    private Reason refusal(String query) {
        return catchThrowableOfType(() -> validate(query), SamlValidationException.class).reason();
    }

    private Reason refusal(Consumer<LogoutResponseBuilder> change) {
        return refusal(query(change));
    }

    @Test
    void aValidLogoutResponseConfirmsTheLogout() throws Exception {
        LogoutResult result = validate(query(response -> { }));

        assertThat(result.success()).isTrue();
        assertThat(result.statusCode()).isEqualTo(LogoutResult.SUCCESS);
        assertThat(result.secondLevelStatus()).isEmpty();
        assertThat(result.relayState()).isEqualTo("/uitgelogd");
    }

    @Test
    void parametersInAnotherOrderStillVerifyAsTheBindingPrescribes() throws Exception {
        String query = query(response -> { });
        String[] parts = query.split("&");
        String reordered = parts[2] + "&" + parts[3] + "&" + parts[1] + "&" + parts[0];

        assertThat(validate(reordered).success()).isTrue();
    }

    @Test
    void withoutRelayState() throws Exception {
        LogoutResult result = validate(query(response -> response.relayState = null));

        assertThat(result.success()).isTrue();
        assertThat(result.relayState()).isNull();
    }

    @Test
    void anotherStatusIsReportedNotThrownAway() throws Exception {
        LogoutResult result = validate(query(response -> {
            response.status = "urn:oasis:names:tc:SAML:2.0:status:Responder";
            response.secondLevelStatus = "urn:oasis:names:tc:SAML:2.0:status:PartialLogout";
        }));

        assertThat(result.success()).isFalse();
        assertThat(result.statusCode()).isEqualTo("urn:oasis:names:tc:SAML:2.0:status:Responder");
        assertThat(result.secondLevelStatus()).contains("urn:oasis:names:tc:SAML:2.0:status:PartialLogout");
    }

    @Test
    void aResponseSignedByTheNextIdpKeyDuringARolloverIsAccepted() throws Exception {
        idp = metadata(keys.idp.certificate(), keys.idpNext.certificate());
        try {
            assertThat(validate(query(response -> response.key = keys.idpNext.privateKey())).success()).isTrue();
        } finally {
            idp = metadata(keys.idp.certificate());
        }
    }

    // ---- signature ----

    @Test
    void aForgedSignatureIsRefused() {
        // the attacker's certificate even has the IdP's subject; only the metadata's key counts
        assertThat(refusal(response -> response.key = keys.attacker.privateKey())).isEqualTo(Reason.SIGNATURE_INVALID);
    }

    @Test
    void aSignatureOfAnotherMessageIsRefused() {
        String genuine = query(response -> { });
        String other = query(response -> response.status = "urn:oasis:names:tc:SAML:2.0:status:Responder");
        String spliced = other.substring(0, other.indexOf("&Signature=")) + genuine.substring(genuine.indexOf("&Signature="));

        assertThat(refusal(spliced)).isEqualTo(Reason.SIGNATURE_INVALID);
    }

    @Test
    void aChangedRelayStateBreaksTheSignature() {
        String query = query(response -> { }).replace("RelayState=%2Fuitgelogd", "RelayState=https%3A%2F%2Fevil.example%2F");

        assertThat(refusal(query)).isEqualTo(Reason.SIGNATURE_INVALID);
    }

    @Test
    void anAddedRelayStateBreaksTheSignature() {
        String query = query(response -> response.relayState = null);
        query = query.replace("&SigAlg=", "&RelayState=%2Felders&SigAlg=");

        assertThat(refusal(query)).isEqualTo(Reason.SIGNATURE_INVALID);
    }

    @Test
    void anUnsignedResponseIsRefused() {
        assertThat(refusal(response -> {
            response.sigAlg = null;
            response.jcaAlgorithm = null;
        })).isEqualTo(Reason.SIGNATURE_MISSING);
    }

    @Test
    void aSignatureWithoutSigAlgIsRefused() {
        String query = query(response -> { });
        String withoutSigAlg = query.replaceAll("&SigAlg=[^&]*", "");

        assertThat(refusal(withoutSigAlg)).isEqualTo(Reason.SIGNATURE_MISSING);
    }

    @Test
    void anRsaSha1SignatureIsRefusedAsWeak() {
        assertThat(refusal(response -> {
            response.sigAlg = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
            response.jcaAlgorithm = "SHA1withRSA";
        })).isEqualTo(Reason.WEAK_ALGORITHM);
    }

    @Test
    void aSigAlgThatLiesAboutTheSignatureIsRefused() {
        // signed with SHA-1 but labelled SHA-256: the signature does not verify as SHA-256
        assertThat(refusal(response -> {
            response.sigAlg = SignatureMethod.RSA_SHA256;
            response.jcaAlgorithm = "SHA1withRSA";
        })).isEqualTo(Reason.SIGNATURE_INVALID);
    }

    @Test
    void aSignatureThatIsNotBase64IsRefused() {
        String query = query(response -> { });
        String broken = query.substring(0, query.indexOf("&Signature=")) + "&Signature=%25%25%25";

        assertThat(refusal(broken)).isEqualTo(Reason.SIGNATURE_INVALID);
    }

    // ---- the XML ----

    @Test
    void aDoctypeIsRefusedEvenWhenSigned() {
        assertThat(refusal(response -> response.prolog = "<!DOCTYPE r [<!ENTITY x \"x\">]>"))
                .isEqualTo(Reason.DOCTYPE_PRESENT);
    }

    @Test
    void aLogoutRequestInPlaceOfTheResponseIsRefused() {
        assertThat(refusal(response -> response.rootName = "LogoutRequest")).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void aResponseWithoutIssueInstantIsRefused() {
        assertThat(refusal(response -> response.issueInstant = null)).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void aDeflateBombIsRefused() {
        String huge = "<samlp:LogoutResponse xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
                + " ".repeat(1_000_000) + "</samlp:LogoutResponse>";
        String query = TestIdentityProvider.signedQuery("SAMLResponse", huge, null, SignatureMethod.RSA_SHA256,
                "SHA256withRSA", keys.idp.privateKey());

        assertThat(refusal(query)).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void aQueryWithAParameterTwiceIsRefused() {
        String query = query(response -> { });

        assertThat(refusal(query + "&RelayState=%2Fx")).isEqualTo(Reason.MALFORMED);
        assertThat(refusal((String) null)).isEqualTo(Reason.MALFORMED);
        assertThat(refusal("RelayState=%2F")).isEqualTo(Reason.MALFORMED);
    }

    // ---- the fields ----

    @Test
    void aWrongIssuerIsRefused() {
        assertThat(refusal(response -> response.issuer = "https://evil.example/idp")).isEqualTo(Reason.ISSUER_MISMATCH);
        assertThat(refusal(response -> response.issuer = null)).isEqualTo(Reason.ISSUER_MISMATCH);
    }

    @Test
    void aWrongDestinationIsRefused() {
        assertThat(refusal(response -> response.destination = "https://other.example/saml/logout"))
                .isEqualTo(Reason.DESTINATION_MISMATCH);
        assertThat(refusal(response -> response.destination = null)).isEqualTo(Reason.DESTINATION_MISMATCH);
    }

    @Test
    void aWrongInResponseToIsRefused() {
        assertThat(refusal(response -> response.inResponseTo = TestIdentityProvider.newId()))
                .isEqualTo(Reason.IN_RESPONSE_TO_MISMATCH);
        assertThat(refusal(response -> response.inResponseTo = null)).isEqualTo(Reason.IN_RESPONSE_TO_MISMATCH);
    }

    @Test
    void anUnsolicitedResponseIsRefused() {
        String query = query(response -> { });
        pending = null;

        assertThat(refusal(query)).isEqualTo(Reason.IN_RESPONSE_TO_MISMATCH);
    }

    @Test
    void aResponseFromTheFutureIsRefused() {
        assertThat(refusal(response -> response.issueInstant = NOW.plus(Duration.ofMinutes(3))))
                .isEqualTo(Reason.NOT_YET_VALID);
        // within the clock skew
        assertThat(catchThrowableOfType(() -> validate(query(response -> response.issueInstant = NOW.plusSeconds(90))),
                SamlValidationException.class)).isNull();
    }

    @Test
    void aResponseIssuedBeforeOurRequestIsRefused() {
        assertThat(refusal(response -> response.issueInstant = pending.issuedAt().minus(Duration.ofMinutes(5))))
                .isEqualTo(Reason.EXPIRED);
    }

    @Test
    void anAnswerLongAfterOurRequestIsRefused() {
        pending = new PendingLogout(pending.logoutRequestId(), NOW.minus(LogoutResponseValidator.MAX_LOGOUT_AGE)
                .minus(sp.clockSkew()));

        assertThat(refusal(response -> { })).isEqualTo(Reason.EXPIRED);
    }

    // ---- once only ----

    @Test
    void aReplayedResponseIsRefused() throws Exception {
        String query = query(response -> { });
        assertThat(validate(query).success()).isTrue();

        assertThat(refusal(query)).isEqualTo(Reason.REPLAYED_MESSAGE);
    }

    @Test
    void aSecondAnswerToTheSameRequestIsRefused() throws Exception {
        assertThat(validate(query(response -> { })).success()).isTrue();

        assertThat(refusal(response -> { })).as("a fresh response id, the same InResponseTo")
                .isEqualTo(Reason.REPLAYED_MESSAGE);
    }

    @Test
    void aRefusedResponseDoesNotUseUpThePendingLogout() throws Exception {
        assertThat(refusal(response -> response.destination = "https://other.example/")).isEqualTo(Reason.DESTINATION_MISMATCH);

        assertThat(validate(query(response -> { })).success()).isTrue();
    }

    @Test
    void theRejectionCarriesNoMessageContent() {
        SamlValidationException refused = catchThrowableOfType(
                () -> validate(query(response -> response.issuer = "s00000000:" + TestIdentityProvider.BSN)),
                SamlValidationException.class);

        assertThat(refused.getMessage()).isEqualTo("ISSUER_MISMATCH at LogoutResponse")
                .doesNotContain(TestIdentityProvider.BSN);
    }

    @Test
    void aFixedClockElsewhereDoesNotMatter() throws Exception {
        // the validator uses the clock it is given, not the system's
        Clock later = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);
        LogoutResult result = new LogoutResponseValidator(sp, idp, new InMemoryReplayCache(later), later)
                .validate(query(response -> { }), pending);

        assertThat(result.success()).isTrue();
    }
}
