package nl.frontoffice.auth.saml;

import static nl.frontoffice.auth.saml.SamlAssertions.assertRejected;
import static nl.frontoffice.auth.saml.TestIdentityProvider.BSN;
import static nl.frontoffice.auth.saml.TestIdentityProvider.CLOCK;
import static nl.frontoffice.auth.saml.TestIdentityProvider.ENTITY_ID;
import static nl.frontoffice.auth.saml.TestIdentityProvider.NOW;
import static nl.frontoffice.auth.saml.TestIdentityProvider.artifact;
import static nl.frontoffice.auth.saml.TestIdentityProvider.metadata;
import static nl.frontoffice.auth.saml.TestIdentityProvider.spSettings;
import static nl.frontoffice.auth.saml.TestXml.ASSERTION;
import static nl.frontoffice.auth.saml.TestXml.PROTOCOL;
import static nl.frontoffice.auth.saml.TestXml.SOAP;
import static nl.frontoffice.auth.saml.TestXml.child;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;

/**
 * The whole login from the service provider's side, with the test IdP behind the back channel: it
 * checks our signed ArtifactResolve with our certificate and answers with a signed ArtifactResponse.
 */
class ArtifactConsumerTest {

    private static SamlTestKeys keys;

    private final List<URI> resolved = new ArrayList<>();
    private ArtifactConsumer consumer;
    private AuthnRequests requests;

    @BeforeAll
    static void keys() {
        keys = SamlTestKeys.get();
    }

    @BeforeEach
    void setUp() {
        ServiceProviderSettings sp = spSettings(keys).build();
        IdentityProviderMetadata idp = metadata(keys.idp.certificate());
        requests = new AuthnRequests(sp, idp, CLOCK);
        consumer = new ArtifactConsumer(sp, idp, this::backChannel, new InMemoryReplayCache(CLOCK), CLOCK);
    }

    /** The test IdP's ArtifactResolutionService: only answers a resolve signed by our key. */
    private PendingLogin lastLogin;

    private String backChannel(URI endpoint, String soapRequest) {
        resolved.add(endpoint);
        Element resolve = child(child(TestXml.parse(soapRequest).getDocumentElement(), SOAP, "Body"), PROTOCOL, "ArtifactResolve");
        TestSignatures.verify(resolve, keys.sp.certificate().getPublicKey());
        assertThat(child(resolve, ASSERTION, "Issuer").getTextContent()).isEqualTo(TestIdentityProvider.SP_ENTITY_ID);
        return TestIdentityProvider.response(lastLogin, resolve.getAttribute("ID"), keys.idp).soap();
    }

    @Test
    void aCitizenLogsIn() throws SamlValidationException {
        lastLogin = requests.redirect(AssuranceLevel.MIDDEN, "/mijn").pending();

        AuthenticatedCitizen citizen = consumer.consume(artifact(), lastLogin);

        assertThat(citizen.bsn().value()).isEqualTo(BSN);
        assertThat(citizen.level()).isEqualTo(AssuranceLevel.MIDDEN);
        assertThat(resolved).containsExactly(TestIdentityProvider.ARTIFACT_RESOLUTION);
    }

    @Test
    void replayOfTheArtifactIsRefusedBeforeItIsResolved() throws SamlValidationException {
        lastLogin = requests.redirect(AssuranceLevel.MIDDEN, null).pending();
        String samlArt = artifact();
        consumer.consume(samlArt, lastLogin);

        assertRejected(() -> consumer.consume(samlArt, lastLogin), Reason.REPLAYED_ARTIFACT);
        assertThat(resolved).hasSize(1);
    }

    @Test
    void anArtifactWithoutALoginInThisSessionIsUnsolicited() {
        assertRejected(() -> consumer.consume(artifact(), null), Reason.IN_RESPONSE_TO_MISMATCH);
        assertThat(resolved).isEmpty();
    }

    @Test
    void aLoginStartedLongAgoIsNotFinished() {
        lastLogin = new PendingLogin("_old", AssuranceLevel.MIDDEN, NOW.minus(Duration.ofHours(1)));

        assertRejected(() -> consumer.consume(artifact(), lastLogin), Reason.EXPIRED);
        assertThat(resolved).isEmpty();
    }

    @Test
    void aForeignArtifactIsNeverResolved() {
        lastLogin = requests.redirect(AssuranceLevel.MIDDEN, null).pending();

        assertRejected(() -> consumer.consume(artifact(0x0004, 0, TestIdentityProvider.sourceId(ENTITY_ID + "/x")), lastLogin),
                Reason.ARTIFACT_SOURCE_ID);
        assertThat(resolved).isEmpty();
    }
}
