package nl.frontoffice.digidsimulator.sso;

import static nl.frontoffice.digidsimulator.testing.TestServiceProvider.IDP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.frontoffice.digidsimulator.saml.SamlException;
import nl.frontoffice.digidsimulator.sp.ServiceProviderDirectory;
import nl.frontoffice.digidsimulator.testing.TestKeys;
import nl.frontoffice.digidsimulator.testing.TestServiceProvider;
import nl.frontoffice.digidsimulator.testing.TestServiceProvider.AuthnRequest;

class AuthnRequestHandlerTest {

    private final AuthnRequestHandler handler = new AuthnRequestHandler(IDP,
            ServiceProviderDirectory.of(List.of(TestServiceProvider.serviceProvider(TestKeys.sp().certificate()))),
            Clock.systemUTC());

    @Test
    void accepts_a_correctly_signed_redirect_request_and_reads_id_acs_level_and_relay_state() throws Exception {
        AuthnRequest request = new AuthnRequest();
        request.id = "_abc123";

        PendingAuthentication accepted = handler.acceptRedirect(
                TestServiceProvider.redirectQuery(request.xml(), "/mijn/zaken?x=1&y=2", TestKeys.sp().privateKey()));

        assertThat(accepted.requestId()).isEqualTo("_abc123");
        assertThat(accepted.spEntityId()).isEqualTo(TestServiceProvider.ENTITY_ID);
        assertThat(accepted.acsUrl()).isEqualTo(TestServiceProvider.ACS);
        assertThat(accepted.minimumLevel()).isEqualTo(AssuranceLevel.MIDDEN);
        assertThat(accepted.relayState()).contains("/mijn/zaken?x=1&y=2");
        assertThat(accepted.passive()).isFalse();
    }

    @Test
    void takes_the_lowest_listed_level_as_the_minimum_and_basis_when_none_is_asked() throws Exception {
        AuthnRequest request = new AuthnRequest();
        request.classRefs = List.of(AssuranceLevel.HOOG.classRef(), AssuranceLevel.SUBSTANTIEEL.classRef());
        assertThat(accept(request).minimumLevel()).isEqualTo(AssuranceLevel.SUBSTANTIEEL);

        request.classRefs = List.of();
        assertThat(accept(request).minimumLevel()).isEqualTo(AssuranceLevel.BASIS);
    }

    @Test
    void finds_the_acs_by_index_or_by_url_or_takes_the_default() throws Exception {
        AuthnRequest request = new AuthnRequest();
        request.acsAttributes = "AssertionConsumerServiceIndex=\"2\"";
        assertThat(accept(request).acsUrl()).isEqualTo(TestServiceProvider.ACS_2);

        request.acsAttributes = "AssertionConsumerServiceURL=\"" + TestServiceProvider.ACS_2 + "\"";
        assertThat(accept(request).acsUrl()).isEqualTo(TestServiceProvider.ACS_2);

        request.acsAttributes = "";
        assertThat(accept(request).acsUrl()).isEqualTo(TestServiceProvider.ACS);
    }

    @Test
    void accepts_a_post_request_with_an_enveloped_signature() throws Exception {
        AuthnRequest request = new AuthnRequest();
        String posted = TestServiceProvider.postedRequest(request.xml(), TestKeys.sp().privateKey(),
                TestKeys.sp().certificate());

        PendingAuthentication accepted = handler.acceptPost(posted, "state");

        assertThat(accepted.requestId()).isEqualTo(request.id);
        assertThat(accepted.relayState()).contains("state");
    }

    @Test
    void refuses_an_unsigned_redirect_request() {
        String query = TestServiceProvider.unsignedQuery(new AuthnRequest().xml(), "state");

        assertThatThrownBy(() -> handler.acceptRedirect(query))
                .isInstanceOf(SamlException.class).hasMessageContaining("niet ondertekend");
    }

    @Test
    void refuses_an_unsigned_post_request() {
        String posted = java.util.Base64.getEncoder().encodeToString(new AuthnRequest().xml().getBytes());

        assertThatThrownBy(() -> handler.acceptPost(posted, null))
                .isInstanceOf(SamlException.class).hasMessageContaining("niet ondertekend");
    }

    @Test
    void refuses_a_tampered_request_relay_state_or_signature_algorithm() {
        String signed = TestServiceProvider.redirectQuery(new AuthnRequest().xml(), "/start",
                TestKeys.sp().privateKey());
        AuthnRequest other = new AuthnRequest();
        other.classRefs = List.of(AssuranceLevel.BASIS.classRef());
        String otherMessage = TestServiceProvider.unsignedQuery(other.xml(), null);

        String swappedMessage = otherMessage + signed.substring(signed.indexOf("&RelayState="));
        String changedRelayState = signed.replace("RelayState=%2Fstart", "RelayState=%2Fevil");
        String droppedRelayState = signed.replace("&RelayState=%2Fstart", "");

        for (String tampered : List.of(swappedMessage, changedRelayState, droppedRelayState)) {
            assertThatThrownBy(() -> handler.acceptRedirect(tampered))
                    .isInstanceOf(SamlException.class).hasMessageContaining("klopt niet");
        }
    }

    @Test
    void refuses_a_sha1_signed_request() {
        String query = TestServiceProvider.redirectQuery(new AuthnRequest().xml(), "state",
                TestKeys.sp().privateKey(), TestServiceProvider.RSA_SHA1, "SHA1withRSA");

        assertThatThrownBy(() -> handler.acceptRedirect(query))
                .isInstanceOf(SamlException.class).hasMessageContaining("SHA-1");
    }

    @Test
    void refuses_a_request_signed_with_a_key_not_in_the_metadata() {
        String query = TestServiceProvider.redirectQuery(new AuthnRequest().xml(), "state",
                TestKeys.attacker().privateKey());

        assertThatThrownBy(() -> handler.acceptRedirect(query))
                .isInstanceOf(SamlException.class).hasMessageContaining("klopt niet");
    }

    @Test
    void refuses_an_unknown_issuer_wrong_destination_and_bad_acs() {
        AuthnRequest unknownIssuer = new AuthnRequest();
        unknownIssuer.issuer = "https://evil.example/sp";
        assertRefused(unknownIssuer, "onbekend");

        AuthnRequest wrongDestination = new AuthnRequest();
        wrongDestination.destination = "https://digid.example/sso";
        assertRefused(wrongDestination, "Destination");

        AuthnRequest noDestination = new AuthnRequest();
        noDestination.destination = null;
        assertRefused(noDestination, "Destination");

        AuthnRequest foreignAcs = new AuthnRequest();
        foreignAcs.acsAttributes = "AssertionConsumerServiceURL=\"https://evil.example/acs\"";
        assertRefused(foreignAcs, "AssertionConsumerServiceURL");

        AuthnRequest postAcs = new AuthnRequest();
        postAcs.acsAttributes = "AssertionConsumerServiceIndex=\"1\"";
        assertRefused(postAcs, "index 1");

        AuthnRequest postBinding = new AuthnRequest();
        postBinding.protocolBinding = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
        assertRefused(postBinding, "HTTP-Artifact");
    }

    @Test
    void refuses_wrong_version_old_request_and_unknown_level() {
        AuthnRequest old = new AuthnRequest();
        old.issueInstant = Instant.now().minus(Duration.ofMinutes(11));
        assertRefused(old, "IssueInstant");

        AuthnRequest version = new AuthnRequest();
        version.version = "1.1";
        assertRefused(version, "Version");

        AuthnRequest level = new AuthnRequest();
        level.classRefs = List.of("urn:oasis:names:tc:SAML:2.0:ac:classes:X509");
        assertRefused(level, "geen DigiD-niveau");

        AuthnRequest comparison = new AuthnRequest();
        comparison.comparison = "maximum";
        assertRefused(comparison, "Comparison");
    }

    @Test
    void refuses_a_request_with_a_doctype_and_other_messages() {
        String doctype = "<!DOCTYPE x [<!ENTITY e \"e\">]>" + new AuthnRequest().xml();
        assertThatThrownBy(() -> handler.acceptRedirect(
                TestServiceProvider.redirectQuery(doctype, null, TestKeys.sp().privateKey())))
                .isInstanceOf(SamlException.class).hasMessageContaining("DOCTYPE");

        String logout = TestServiceProvider.logoutRequest("_l", "s00000000:999993653", "_s");
        assertThatThrownBy(() -> handler.acceptRedirect(
                TestServiceProvider.redirectQuery(logout, null, TestKeys.sp().privateKey())))
                .isInstanceOf(SamlException.class).hasMessageContaining("geen samlp:AuthnRequest");
    }

    @Test
    void refuses_a_relay_state_longer_than_80_bytes_and_repeated_parameters() {
        String query = TestServiceProvider.redirectQuery(new AuthnRequest().xml(), "x".repeat(81),
                TestKeys.sp().privateKey());
        assertThatThrownBy(() -> handler.acceptRedirect(query)).hasMessageContaining("80 bytes");

        String signed = TestServiceProvider.redirectQuery(new AuthnRequest().xml(), "a", TestKeys.sp().privateKey());
        assertThatThrownBy(() -> handler.acceptRedirect(signed + "&RelayState=b"))
                .hasMessageContaining("meer dan eens");
    }

    @Test
    void reads_is_passive() throws Exception {
        AuthnRequest request = new AuthnRequest();
        request.extraAttributes = "IsPassive=\"true\"";
        assertThat(accept(request).passive()).isTrue();
        assertThat(accept(request).relayState()).isEqualTo(Optional.of("state"));
    }

    private PendingAuthentication accept(AuthnRequest request) throws SamlException {
        return handler.acceptRedirect(TestServiceProvider.redirectQuery(request.xml(), "state",
                TestKeys.sp().privateKey()));
    }

    private void assertRefused(AuthnRequest request, String reason) {
        assertThatThrownBy(() -> accept(request)).isInstanceOf(SamlException.class).hasMessageContaining(reason);
    }
}
