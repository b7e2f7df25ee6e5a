package nl.frontoffice.auth.saml;

import static nl.frontoffice.auth.saml.SamlAssertions.assertRejected;
import static nl.frontoffice.auth.saml.TestIdentityProvider.ACS;
import static nl.frontoffice.auth.saml.TestIdentityProvider.BSN;
import static nl.frontoffice.auth.saml.TestIdentityProvider.CLOCK;
import static nl.frontoffice.auth.saml.TestIdentityProvider.NOW;
import static nl.frontoffice.auth.saml.TestIdentityProvider.metadata;
import static nl.frontoffice.auth.saml.TestIdentityProvider.newId;
import static nl.frontoffice.auth.saml.TestIdentityProvider.spSettings;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;
import nl.frontoffice.auth.saml.TestIdentityProvider.ArtifactResponseBuilder;
import nl.frontoffice.domain.citizen.Bsn;

/**
 * The ArtifactResponse validator against real signed messages from the {@link TestIdentityProvider}:
 * a valid answer is accepted, and each protocol check rejects with its own reason. Signature,
 * wrapping and XML attacks have their own test classes.
 */
class ArtifactResponseValidatorTest {

    private static SamlTestKeys keys;

    private ServiceProviderSettings sp;
    private InMemoryReplayCache replayCache;
    private ArtifactResponseValidator validator;
    private PendingLogin pending;
    private String artifactResolveId;

    @BeforeAll
    static void keys() {
        keys = SamlTestKeys.get();
    }

    @BeforeEach
    void setUp() {
        sp = spSettings(keys).build();
        replayCache = new InMemoryReplayCache(CLOCK);
        validator = new ArtifactResponseValidator(sp, metadata(keys.idp.certificate()), replayCache, CLOCK);
        pending = new PendingLogin(newId(), AssuranceLevel.MIDDEN, NOW.minusSeconds(30));
        artifactResolveId = newId();
    }

    private ArtifactResponseBuilder valid() {
        return TestIdentityProvider.response(pending, artifactResolveId, keys.idp);
    }

    private AuthenticatedCitizen validate(ArtifactResponseBuilder message) throws SamlValidationException {
        return validator.validate(message.soap(), artifactResolveId, pending);
    }

    private SamlValidationException rejected(ArtifactResponseBuilder message, Reason reason) {
        String soap = message.soap();
        return assertRejected(() -> validator.validate(soap, artifactResolveId, pending), reason);
    }

    @Test
    void acceptsAValidResponse() throws SamlValidationException {
        ArtifactResponseBuilder message = valid();

        AuthenticatedCitizen citizen = validate(message);

        assertThat(citizen.bsn()).isEqualTo(Bsn.of(BSN));
        assertThat(citizen.level()).isEqualTo(AssuranceLevel.MIDDEN);
        assertThat(citizen.sessionIndex()).isEqualTo(message.sessionIndex);
        assertThat(citizen.assertionId()).isEqualTo(message.assertionId);
        assertThat(citizen.notOnOrAfter()).isEqualTo(message.notOnOrAfter);
        assertThat(citizen.toString()).doesNotContain(BSN);
    }

    @Test
    void acceptsAHigherLevelThanAsked() throws SamlValidationException {
        AuthenticatedCitizen citizen = validate(valid().with(m -> m.classRef = AssuranceLevel.HOOG.classRef()));

        assertThat(citizen.level()).isEqualTo(AssuranceLevel.HOOG);
    }

    @Test
    void levelDowngradeBasisWhenMiddenWasAskedIsRejectedWithTheLevelReceived() {
        SamlValidationException rejection = rejected(valid().with(m -> m.classRef = AssuranceLevel.BASIS.classRef()),
                Reason.LEVEL_TOO_LOW);

        assertThat(rejection.receivedLevel()).contains(AssuranceLevel.BASIS);
    }

    @Test
    void theConfiguredMinimumLevelHoldsEvenWhenTheRequestAskedLess() {
        pending = new PendingLogin(pending.authnRequestId(), AssuranceLevel.BASIS, pending.issuedAt());

        rejected(valid().with(m -> m.classRef = AssuranceLevel.BASIS.classRef()), Reason.LEVEL_TOO_LOW);
    }

    @Test
    void levelAboveTheMinimumIsRequiredWhenTheRequestAskedMore() {
        pending = new PendingLogin(pending.authnRequestId(), AssuranceLevel.SUBSTANTIEEL, pending.issuedAt());

        SamlValidationException rejection = rejected(valid(), Reason.LEVEL_TOO_LOW);
        assertThat(rejection.receivedLevel()).contains(AssuranceLevel.MIDDEN);
    }

    @Test
    void unknownAuthnContextClassRef() {
        rejected(valid().with(m -> m.classRef = "urn:oasis:names:tc:SAML:2.0:ac:classes:Password"),
                Reason.AUTHN_CONTEXT_MISSING);
        rejected(valid().with(m -> m.classRef = null), Reason.AUTHN_CONTEXT_MISSING);
    }

    @Test
    void missingSessionIndex() {
        rejected(valid().with(m -> m.sessionIndex = null), Reason.SESSION_INDEX_MISSING);
    }

    @Test
    void wrongAudience() {
        rejected(valid().with(m -> m.audience = "urn:nl:other:sp"), Reason.AUDIENCE_MISMATCH);
    }

    @Test
    void missingAudienceRestriction() {
        rejected(valid().with(m -> m.audience = null), Reason.AUDIENCE_MISMATCH);
    }

    @Test
    void unknownConditionMakesTheAssertionInvalid() {
        rejected(valid().beforeAssertionSigned(assertion -> {
            var condition = TestXml.append(TestXml.child(assertion, TestXml.ASSERTION, "Conditions"),
                    "urn:example:conditions", "x:MustUnderstand");
            TestXml.declare(condition, "x", "urn:example:conditions");
        }), Reason.UNSUPPORTED_CONDITION);
    }

    @Test
    void wrongRecipient() {
        rejected(valid().with(m -> m.recipient = "https://evil.example/saml/acs"), Reason.RECIPIENT_MISMATCH);
    }

    @Test
    void wrongDestination() {
        rejected(valid().with(m -> m.destination = "https://evil.example/saml/acs"), Reason.DESTINATION_MISMATCH);
        rejected(valid().with(m -> m.destination = null), Reason.DESTINATION_MISMATCH);
    }

    @Test
    void wrongIssuerOfTheAssertion() {
        rejected(valid().with(m -> m.assertionIssuer = "https://evil.example/idp"), Reason.ISSUER_MISMATCH);
    }

    @Test
    void wrongIssuerOfTheResponse() {
        rejected(valid().with(m -> m.responseIssuer = "https://evil.example/idp"), Reason.ISSUER_MISMATCH);
    }

    @Test
    void wrongOrMissingIssuerOfTheArtifactResponse() {
        rejected(valid().with(m -> m.artifactResponseIssuer = "https://evil.example/idp"), Reason.ISSUER_MISMATCH);
        rejected(valid().with(m -> m.artifactResponseIssuer = null), Reason.ISSUER_MISMATCH);
    }

    @Test
    void expiredAssertion() {
        rejected(valid().with(m -> m.notOnOrAfter = NOW.minus(sp.clockSkew()).minusSeconds(1)), Reason.EXPIRED);
    }

    @Test
    void expiredSubjectConfirmation() {
        rejected(valid().with(m -> m.subjectNotOnOrAfter = NOW.minus(sp.clockSkew())), Reason.EXPIRED);
    }

    @Test
    void expiryWithinTheClockSkewIsAccepted() throws SamlValidationException {
        validate(valid().with(m -> {
            m.notOnOrAfter = NOW.minus(sp.clockSkew()).plusSeconds(1);
            m.subjectNotOnOrAfter = NOW.minusSeconds(1);
        }));
    }

    @Test
    void notYetValidBeyondTheClockSkew() {
        rejected(valid().with(m -> m.notBefore = NOW.plus(sp.clockSkew()).plusSeconds(1)), Reason.NOT_YET_VALID);
    }

    @Test
    void issuedInTheFutureBeyondTheClockSkew() {
        rejected(valid().with(m -> {
            m.issueInstant = NOW.plus(Duration.ofMinutes(5));
            m.notBefore = null;
        }), Reason.NOT_YET_VALID);
    }

    @Test
    void notBeforeWithinTheClockSkewIsAccepted() throws SamlValidationException {
        validate(valid().with(m -> m.notBefore = NOW.plus(sp.clockSkew())));
    }

    @Test
    void unsolicitedResponseWithoutInResponseTo() {
        rejected(valid().with(m -> {
            m.responseInResponseTo = null;
            m.subjectInResponseTo = null;
        }), Reason.IN_RESPONSE_TO_MISMATCH);
    }

    @Test
    void responseToAnotherAuthnRequest() {
        rejected(valid().with(m -> m.responseInResponseTo = newId()), Reason.IN_RESPONSE_TO_MISMATCH);
    }

    @Test
    void subjectConfirmationForAnotherAuthnRequest() {
        rejected(valid().with(m -> m.subjectInResponseTo = newId()), Reason.IN_RESPONSE_TO_MISMATCH);
    }

    @Test
    void artifactResponseToAnotherArtifactResolve() {
        rejected(valid().with(m -> m.artifactResponseInResponseTo = newId()), Reason.IN_RESPONSE_TO_MISMATCH);
    }

    @Test
    void responseStatusNotSuccess() {
        rejected(valid().with(m -> {
            m.responseStatus = "urn:oasis:names:tc:SAML:2.0:status:Responder";
            m.includeAssertion = false;
        }), Reason.STATUS_NOT_SUCCESS);
    }

    @Test
    void artifactResponseStatusNotSuccess() {
        rejected(valid().with(m -> m.artifactResponseStatus = "urn:oasis:names:tc:SAML:2.0:status:Requester"),
                Reason.STATUS_NOT_SUCCESS);
    }

    @Test
    void cancelledByTheCitizen() {
        rejected(valid().with(m -> {
            m.responseStatus = "urn:oasis:names:tc:SAML:2.0:status:Responder";
            m.responseSecondLevelStatus = "urn:oasis:names:tc:SAML:2.0:status:AuthnFailed";
            m.includeAssertion = false;
        }), Reason.CANCELLED_BY_USER);
        rejected(valid().with(m -> {
            m.responseStatus = "urn:oasis:names:tc:SAML:2.0:status:Requester";
            m.responseSecondLevelStatus = "urn:oasis:names:tc:SAML:2.0:status:RequestDenied";
            m.includeAssertion = false;
        }), Reason.CANCELLED_BY_USER);
    }

    @Test
    void twoAssertions() {
        rejected(valid().afterAssertionSigned(response -> {
            var second = TestXml.copy(TestXml.first(response, TestXml.ASSERTION, "Assertion"));
            second.setAttributeNS(null, "ID", newId());
            response.appendChild(second);
        }), Reason.ASSERTION_COUNT);
    }

    @Test
    void successWithoutAssertion() {
        rejected(valid().with(m -> m.includeAssertion = false), Reason.ASSERTION_COUNT);
    }

    @Test
    void encryptedAssertion() {
        rejected(valid().with(m -> m.encryptedAssertion = true), Reason.ENCRYPTED_ASSERTION_UNSUPPORTED);
    }

    @Test
    void artifactResponseWithoutResponse() {
        rejected(valid().afterAssertionSigned(TestXml::remove), Reason.RESPONSE_COUNT);
    }

    @Test
    void nameIdWithAnotherSector() {
        rejected(valid().with(m -> m.nameId = "s00000001:" + BSN), Reason.NAMEID_FORMAT);
    }

    @Test
    void nameIdWithoutPrefixOrWithExtraCharacters() {
        rejected(valid().with(m -> m.nameId = BSN), Reason.NAMEID_FORMAT);
        rejected(valid().with(m -> m.nameId = "s00000000:" + BSN + " "), Reason.NAMEID_FORMAT);
        rejected(valid().with(m -> m.nameId = "s00000000:99999384"), Reason.NAMEID_FORMAT);
        rejected(valid().with(m -> m.nameId = null), Reason.NAMEID_FORMAT);
    }

    @Test
    void bsnThatFailsTheElevenTest() {
        rejected(valid().with(m -> m.nameId = "s00000000:999993848"), Reason.BSN_INVALID);
    }

    @Test
    void replayOfAnAssertionId() throws SamlValidationException {
        String soap = valid().soap();
        validator.validate(soap, artifactResolveId, pending);

        assertRejected(() -> validator.validate(soap, artifactResolveId, pending), Reason.REPLAYED_ASSERTION);
    }

    @Test
    void replayOfAnAssertionInAFreshArtifactResponse() throws SamlValidationException {
        ArtifactResponseBuilder first = valid();
        validate(first);
        String assertionId = first.assertionId;
        String sessionIndex = first.sessionIndex;

        rejected(valid().with(m -> {
            m.assertionId = assertionId;
            m.sessionIndex = sessionIndex;
        }), Reason.REPLAYED_ASSERTION);
    }

    @Test
    void notSoap() {
        assertRejected(() -> validator.validate("<samlp:ArtifactResponse xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"/>",
                artifactResolveId, pending), Reason.MALFORMED);
        assertRejected(() -> validator.validate("not xml", artifactResolveId, pending), Reason.MALFORMED);
        assertRejected(() -> validator.validate(null, artifactResolveId, pending), Reason.MALFORMED);
    }

    @Test
    void twoElementsInTheSoapBody() {
        rejected(valid().afterSigned(document -> {
            var body = TestXml.first(document, TestXml.SOAP, "Body");
            body.appendChild(document.createElementNS("urn:example", "x:Extra"));
        }), Reason.MALFORMED);
    }

    @Test
    void duplicateIdValues() {
        rejected(valid().with(m -> m.responseId = m.assertionId), Reason.DUPLICATE_ID);
    }

    @Test
    void responseAtAnotherAssertionConsumerService() {
        sp = spSettings(keys).assertionConsumerService(URI.create(ACS + "/other"), 1).build();
        validator = new ArtifactResponseValidator(sp, metadata(keys.idp.certificate()), replayCache, CLOCK);

        rejected(valid(), Reason.DESTINATION_MISMATCH);
    }
}
