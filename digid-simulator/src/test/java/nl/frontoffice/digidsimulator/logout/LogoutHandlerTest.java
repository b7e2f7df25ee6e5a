package nl.frontoffice.digidsimulator.logout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import nl.frontoffice.digidsimulator.idp.IdpCredential;
import nl.frontoffice.digidsimulator.saml.RedirectBinding;
import nl.frontoffice.digidsimulator.saml.SamlException;
import nl.frontoffice.digidsimulator.saml.SamlNames;
import nl.frontoffice.digidsimulator.sp.ServiceProviderDirectory;
import nl.frontoffice.digidsimulator.sso.AssuranceLevel;
import nl.frontoffice.digidsimulator.sso.SimulatedSessions;
import nl.frontoffice.digidsimulator.testing.TestKeys;
import nl.frontoffice.digidsimulator.testing.TestServiceProvider;
import nl.frontoffice.digidsimulator.testing.TestSimulators;

class LogoutHandlerTest {

    private static final String NAME_ID = "s00000000:999993653";

    private final SimulatedSessions sessions = new SimulatedSessions(Clock.systemUTC());
    private final ServiceProviderDirectory directory = ServiceProviderDirectory.of(
            List.of(TestServiceProvider.serviceProvider(TestKeys.sp().certificate())));
    private final LogoutHandler handler = new LogoutHandler(TestServiceProvider.IDP,
            new IdpCredential(TestKeys.idp().privateKey(), TestKeys.idp().certificate()), directory, sessions,
            Optional.empty(), Clock.systemUTC());

    @Test
    void a_signed_logout_request_ends_the_session_and_redirects_with_a_signed_logout_response() throws Exception {
        sessions.start("_session-1", TestServiceProvider.ENTITY_ID, NAME_ID, AssuranceLevel.MIDDEN);
        String query = TestServiceProvider.redirectQuery(
                TestServiceProvider.logoutRequest("_logout-1", NAME_ID, "_session-1"), "/afgemeld",
                TestKeys.sp().privateKey());

        String location = handler.handle(query);

        assertThat(sessions.isActive("_session-1")).isFalse();
        assertThat(location).startsWith(TestServiceProvider.SLO_RESPONSE + "?SAMLResponse=");
        Map<String, String> parameters = TestSimulators.queryParameters(location);
        assertThat(parameters).containsEntry("RelayState", "/afgemeld")
                .containsEntry("SigAlg", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");

        String rawQuery = location.substring(location.indexOf('?') + 1);
        String signed = rawQuery.substring(0, rawQuery.indexOf("&Signature="));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(TestKeys.idp().certificate().getPublicKey());
        verifier.update(signed.getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getDecoder().decode(parameters.get("Signature")))).isTrue();

        Element response = TestServiceProvider.parse(RedirectBinding.inflate(parameters.get("SAMLResponse")))
                .getDocumentElement();
        assertThat(response.getLocalName()).isEqualTo("LogoutResponse");
        assertThat(response.getAttribute("InResponseTo")).isEqualTo("_logout-1");
        assertThat(response.getAttribute("Destination")).isEqualTo(TestServiceProvider.SLO_RESPONSE);
        assertThat(((Element) response.getElementsByTagNameNS(SamlNames.PROTOCOL_NS, "StatusCode").item(0))
                .getAttribute("Value")).isEqualTo(SamlNames.STATUS_SUCCESS);
    }

    @Test
    void an_unsigned_or_forged_logout_request_is_refused_and_the_session_stays() {
        sessions.start("_session-2", TestServiceProvider.ENTITY_ID, NAME_ID, AssuranceLevel.MIDDEN);
        String xml = TestServiceProvider.logoutRequest("_logout-2", NAME_ID, "_session-2");

        assertThatThrownBy(() -> handler.handle(TestServiceProvider.unsignedQuery(xml, null)))
                .isInstanceOf(SamlException.class).hasMessageContaining("niet ondertekend");
        assertThatThrownBy(() -> handler.handle(
                TestServiceProvider.redirectQuery(xml, null, TestKeys.attacker().privateKey())))
                .isInstanceOf(SamlException.class).hasMessageContaining("klopt niet");
        assertThat(sessions.isActive("_session-2")).isTrue();
    }

    @Test
    void a_configured_logout_url_wins_over_the_metadata() throws Exception {
        LogoutHandler configured = new LogoutHandler(TestServiceProvider.IDP,
                new IdpCredential(TestKeys.idp().privateKey(), TestKeys.idp().certificate()), directory, sessions,
                Optional.of("http://localhost:9090/uitgelogd?x=1"), Clock.systemUTC());

        String location = configured.handle(TestServiceProvider.redirectQuery(
                TestServiceProvider.logoutRequest("_logout-3", NAME_ID, "_none"), null, TestKeys.sp().privateKey()));

        assertThat(location).startsWith("http://localhost:9090/uitgelogd?x=1&SAMLResponse=");
    }
}
