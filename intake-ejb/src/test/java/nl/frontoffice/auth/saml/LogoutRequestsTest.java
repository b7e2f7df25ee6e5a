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
import static nl.frontoffice.auth.saml.TestXml.DSIG;
import static nl.frontoffice.auth.saml.TestXml.PROTOCOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import javax.xml.crypto.dsig.SignatureMethod;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import nl.frontoffice.domain.citizen.Bsn;

/**
 * Our LogoutRequests as DigiD receives them by HTTP-Redirect: the query decoded and inflated, its
 * signature verified with our certificate over the exact query string (SAML bindings §3.4.4.1),
 * and the request naming the citizen's DigiD NameID and session.
 */
class LogoutRequestsTest {

    private static SamlTestKeys keys;
    private static LogoutRequests requests;
    private static final AuthenticatedCitizen CITIZEN = new AuthenticatedCitizen(Bsn.of(TestIdentityProvider.BSN),
            AssuranceLevel.MIDDEN, "session-4711", "_assertion", NOW.plusSeconds(120));

    @BeforeAll
    static void setUp() {
        keys = SamlTestKeys.get();
        requests = new LogoutRequests(spSettings(keys).singleLogoutService(SP_SLO).build(),
                metadata(keys.idp.certificate()), CLOCK);
    }

    @Test
    void aSignedLogoutRequestToTheIdpsSingleLogoutService() {
        assertThat(requests.supported()).isTrue();

        RedirectLogoutRequest redirect = requests.redirect(CITIZEN, "/uitgelogd?x=1&y=é");

        assertThat(redirect.location().toString()).startsWith(SLO + "?SAMLRequest=");
        String rawQuery = redirect.location().getRawQuery();
        Map<String, String> query = decodedQuery(rawQuery);
        assertThat(query.keySet()).containsExactly("SAMLRequest", "RelayState", "SigAlg", "Signature");
        assertThat(query.get("RelayState")).isEqualTo("/uitgelogd?x=1&y=é");
        assertThat(query.get("SigAlg")).isEqualTo(SignatureMethod.RSA_SHA256);
        assertThat(queryVerifies(rawQuery, "SAMLRequest", keys.sp.certificate().getPublicKey())).isTrue();
        assertThat(queryVerifies(rawQuery, "SAMLRequest", keys.spNext.certificate().getPublicKey())).isFalse();
        assertThat(queryVerifies(rawQuery.replace("RelayState=%2F", "RelayState=%2Fx"), "SAMLRequest",
                keys.sp.certificate().getPublicKey())).as("tampered").isFalse();

        Element request = TestXml.parse(inflate(query.get("SAMLRequest"))).getDocumentElement();
        assertThat(request.getNamespaceURI()).isEqualTo(PROTOCOL);
        assertThat(request.getLocalName()).isEqualTo("LogoutRequest");
        assertThat(request.getAttribute("ID")).isEqualTo(redirect.pending().logoutRequestId()).matches("_[0-9a-f]{40}");
        assertThat(request.getAttribute("Version")).isEqualTo("2.0");
        assertThat(request.getAttribute("IssueInstant")).isEqualTo("2025-03-10T09:00:00Z");
        assertThat(request.getAttribute("NotOnOrAfter")).isEqualTo("2025-03-10T09:05:00Z");
        assertThat(request.getAttribute("Destination")).isEqualTo(SLO.toString());
        assertThat(TestXml.child(request, ASSERTION, "Issuer").getTextContent()).isEqualTo(SP_ENTITY_ID);
        assertThat(TestXml.child(request, ASSERTION, "NameID").getTextContent())
                .isEqualTo("s00000000:" + TestIdentityProvider.BSN);
        assertThat(TestXml.child(request, PROTOCOL, "SessionIndex").getTextContent()).isEqualTo("session-4711");
        assertThat(TestXml.all(request, DSIG, "Signature")).as("the redirect binding signs the query, not the XML").isEmpty();
        assertThat(redirect.pending().issuedAt()).isEqualTo(Instant.parse("2025-03-10T09:00:00Z"));
    }

    @Test
    void withoutRelayStateAndAlwaysAFreshId() {
        RedirectLogoutRequest first = requests.redirect(CITIZEN, null);
        String rawQuery = first.location().getRawQuery();

        assertThat(decodedQuery(rawQuery).keySet()).containsExactly("SAMLRequest", "SigAlg", "Signature");
        assertThat(queryVerifies(rawQuery, "SAMLRequest", keys.sp.certificate().getPublicKey())).isTrue();
        assertThat(requests.redirect(CITIZEN, null).pending().logoutRequestId())
                .isNotEqualTo(first.pending().logoutRequestId());
    }

    @Test
    void theLocationIsNeverPrintedWithItsQuery() {
        RedirectLogoutRequest redirect = requests.redirect(CITIZEN, "/");

        assertThat(redirect.toString()).contains(SLO.toString()).doesNotContain("SAMLRequest").doesNotContain("Signature");
    }

    @Test
    void relayStateOver80BytesIsRefused() {
        assertThatThrownBy(() -> requests.redirect(CITIZEN, "/" + "a".repeat(80)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notSupportedWithoutOurSingleLogoutServiceOrTheIdps() {
        LogoutRequests withoutOurs = new LogoutRequests(spSettings(keys).build(), metadata(keys.idp.certificate()), CLOCK);
        assertThat(withoutOurs.supported()).isFalse();
        assertThatThrownBy(() -> withoutOurs.redirect(CITIZEN, null)).isInstanceOf(IllegalStateException.class);

        IdentityProviderMetadata withoutSlo = TestIdentityProvider.metadataWithout("SingleLogoutService",
                keys.idp.certificate());
        LogoutRequests withoutTheirs = new LogoutRequests(spSettings(keys).singleLogoutService(SP_SLO).build(),
                withoutSlo, CLOCK);
        assertThat(withoutTheirs.supported()).isFalse();
        assertThatThrownBy(() -> withoutTheirs.redirect(CITIZEN, null)).isInstanceOf(IllegalStateException.class);
    }
}
