package nl.frontoffice.auth.saml;

import static nl.frontoffice.auth.saml.TestIdentityProvider.CLOCK;
import static nl.frontoffice.auth.saml.TestIdentityProvider.NOW;
import static nl.frontoffice.auth.saml.TestIdentityProvider.SLO;
import static nl.frontoffice.auth.saml.TestIdentityProvider.SP_ENTITY_ID;
import static nl.frontoffice.auth.saml.TestIdentityProvider.SP_SLO;
import static nl.frontoffice.auth.saml.TestIdentityProvider.decodedQuery;
import static nl.frontoffice.auth.saml.TestIdentityProvider.inflate;
import static nl.frontoffice.auth.saml.TestIdentityProvider.metadata;
import static nl.frontoffice.auth.saml.TestIdentityProvider.queryVerifies;
import static nl.frontoffice.auth.saml.TestIdentityProvider.spSettings;
import static nl.frontoffice.auth.saml.TestXml.ASSERTION;
import static nl.frontoffice.auth.saml.TestXml.PROTOCOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;
import nl.frontoffice.auth.saml.TestIdentityProvider.LogoutRequestBuilder;
import nl.frontoffice.domain.citizen.Bsn;

/**
 * IdP-initiated single logout: DigiD's LogoutRequest by HTTP-Redirect, made and signed by the test
 * IdP, is accepted once and answered with our signed LogoutResponse; forged, weak, misdirected,
 * foreign, stale, replayed requests and bad NameIDs are refused with their reason.
 */
class LogoutRequestHandlerTest {

    private static SamlTestKeys keys;
    private static ServiceProviderSettings sp;
    private static IdentityProviderMetadata idp;
    private InMemoryReplayCache replayCache;

    @BeforeAll
    static void setUpKeys() {
        keys = SamlTestKeys.get();
        sp = spSettings(keys).singleLogoutService(SP_SLO).build();
        idp = metadata(keys.idp.certificate());
    }

    @BeforeEach
    void setUp() {
        replayCache = new InMemoryReplayCache(CLOCK);
    }

    private IdpLogoutRequest handle(String query) throws SamlValidationException {
        return new LogoutRequestHandler(sp, idp, replayCache, CLOCK).handle(query);
    }

    private static String query(Consumer<LogoutRequestBuilder> change) {
        return TestIdentityProvider.logoutRequest(keys.idp).with(change).query();
    }

    private Reason refusal(Consumer<LogoutRequestBuilder> change) {
        return catchThrowableOfType(() -> handle(query(change)), SamlValidationException.class).reason();
    }

    @Test
    void aValidRequestNamesTheCitizenAndIsAnsweredWithASignedSuccess() throws Exception {
        LogoutRequestBuilder builder = TestIdentityProvider.logoutRequest(keys.idp);

        IdpLogoutRequest request = handle(builder.query());

        assertThat(request.requestId()).isEqualTo(builder.id);
        assertThat(request.bsn()).isEqualTo(Bsn.of(TestIdentityProvider.BSN));
        assertThat(request.sessionIndexes()).containsExactly("session-1");
        assertThat(request.toString()).doesNotContain(TestIdentityProvider.BSN).doesNotContain("SAMLResponse");

        String rawQuery = request.responseLocation().getRawQuery();
        assertThat(request.responseLocation().toString()).startsWith(SLO + "?SAMLResponse=");
        assertThat(queryVerifies(rawQuery, "SAMLResponse", keys.sp.certificate().getPublicKey())).isTrue();
        Map<String, String> query = decodedQuery(rawQuery);
        assertThat(query.get("RelayState")).isEqualTo("idp-state");
        Element response = TestXml.parse(inflate(query.get("SAMLResponse"))).getDocumentElement();
        assertThat(response.getLocalName()).isEqualTo("LogoutResponse");
        assertThat(response.getAttribute("InResponseTo")).isEqualTo(builder.id);
        assertThat(response.getAttribute("Destination")).isEqualTo(SLO.toString());
        assertThat(response.getAttribute("IssueInstant")).isEqualTo("2025-03-10T09:00:00Z");
        assertThat(TestXml.child(response, ASSERTION, "Issuer").getTextContent()).isEqualTo(SP_ENTITY_ID);
        assertThat(TestXml.child(TestXml.child(response, PROTOCOL, "Status"), PROTOCOL, "StatusCode").getAttribute("Value"))
                .isEqualTo("urn:oasis:names:tc:SAML:2.0:status:Success");
        assertThat(inflate(query.get("SAMLResponse"))).doesNotContain(TestIdentityProvider.BSN);
    }

    @Test
    void theAnswerGoesToTheResponseLocationWhenTheMetadataHasOne() throws Exception {
        String withResponseLocation = TestIdentityProvider.metadataXml(keys.idp.certificate())
                .replace("Location=\"" + SLO + "\"",
                        "Location=\"" + SLO + "\" ResponseLocation=\"https://idp.digid.test/saml/idp/logout_response\"");
        IdentityProviderMetadata metadata = IdentityProviderMetadata.parse(withResponseLocation);

        IdpLogoutRequest request = new LogoutRequestHandler(sp, metadata, replayCache, CLOCK).handle(query(r -> { }));

        assertThat(request.responseLocation().toString()).startsWith("https://idp.digid.test/saml/idp/logout_response?");
    }

    @Test
    void whichSessionsEnd() throws Exception {
        IdpLogoutRequest one = handle(query(r -> { }));
        IdpLogoutRequest all = handle(query(r -> r.sessionIndexes = List.of()));
        AuthenticatedCitizen citizen = new AuthenticatedCitizen(Bsn.of(TestIdentityProvider.BSN), AssuranceLevel.MIDDEN,
                "session-1", "_a", NOW);
        AuthenticatedCitizen otherSession = new AuthenticatedCitizen(Bsn.of(TestIdentityProvider.BSN),
                AssuranceLevel.MIDDEN, "session-2", "_a", NOW);
        AuthenticatedCitizen otherCitizen = new AuthenticatedCitizen(Bsn.of("999990019"), AssuranceLevel.MIDDEN,
                "session-1", "_a", NOW);

        assertThat(one.ends(citizen)).isTrue();
        assertThat(one.ends(otherSession)).isFalse();
        assertThat(one.ends(otherCitizen)).isFalse();
        assertThat(one.ends(null)).isFalse();
        assertThat(all.sessionIndexes()).isEmpty();
        assertThat(all.ends(otherSession)).isTrue();
    }

    @Test
    void forgedUnsignedAndWeaklySignedRequestsAreRefused() {
        assertThat(refusal(r -> r.key = keys.attacker.privateKey())).isEqualTo(Reason.SIGNATURE_INVALID);
        assertThat(refusal(r -> {
            r.sigAlg = null;
            r.jcaAlgorithm = null;
        })).isEqualTo(Reason.SIGNATURE_MISSING);
        assertThat(refusal(r -> {
            r.sigAlg = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
            r.jcaAlgorithm = "SHA1withRSA";
        })).isEqualTo(Reason.WEAK_ALGORITHM);
    }

    @Test
    void aDoctypeIsRefusedEvenWhenSigned() {
        assertThat(refusal(r -> r.prolog = "<!DOCTYPE r [<!ENTITY x \"x\">]>")).isEqualTo(Reason.DOCTYPE_PRESENT);
    }

    @Test
    void aWrongIssuerOrDestinationIsRefused() {
        assertThat(refusal(r -> r.issuer = "https://evil.example/idp")).isEqualTo(Reason.ISSUER_MISMATCH);
        assertThat(refusal(r -> r.destination = "https://other.example/slo")).isEqualTo(Reason.DESTINATION_MISMATCH);
        assertThat(refusal(r -> r.destination = null)).isEqualTo(Reason.DESTINATION_MISMATCH);
    }

    @Test
    void staleOrFutureRequestsAreRefused() {
        assertThat(refusal(r -> r.notOnOrAfter = NOW.minus(Duration.ofMinutes(3)))).isEqualTo(Reason.EXPIRED);
        assertThat(refusal(r -> {
            r.issueInstant = NOW.minus(Duration.ofMinutes(10));
            r.notOnOrAfter = null;
        })).isEqualTo(Reason.EXPIRED);
        assertThat(refusal(r -> r.issueInstant = NOW.plus(Duration.ofMinutes(3)))).isEqualTo(Reason.NOT_YET_VALID);
    }

    @Test
    void theNameIdMustBeDigidsFormWithAValidBsnReadAsFullText() {
        assertThat(refusal(r -> r.nameIdXml = null)).isEqualTo(Reason.NAMEID_FORMAT);
        assertThat(refusal(r -> r.nameIdXml = "s00000000:99999384<!-- -->7")).isEqualTo(Reason.NAMEID_FORMAT);
        assertThat(refusal(r -> r.nameIdXml = TestIdentityProvider.BSN)).isEqualTo(Reason.NAMEID_FORMAT);
        assertThat(refusal(r -> r.nameIdXml = "s00000000:123456789")).isEqualTo(Reason.BSN_INVALID);
    }

    @Test
    void aReplayedRequestIsRefused() throws Exception {
        String query = query(r -> { });
        handle(query);

        assertThat(catchThrowableOfType(() -> handle(query), SamlValidationException.class).reason())
                .isEqualTo(Reason.REPLAYED_MESSAGE);
    }

    @Test
    void withoutOurSingleLogoutServiceThereIsNothingToHandle() {
        LogoutRequestHandler handler = new LogoutRequestHandler(spSettings(keys).build(), idp, replayCache, CLOCK);

        assertThatThrownBy(() -> handler.handle(query(r -> { }))).isInstanceOf(IllegalStateException.class);
    }
}
