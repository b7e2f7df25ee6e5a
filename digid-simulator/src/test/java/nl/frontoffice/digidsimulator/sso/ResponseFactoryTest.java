package nl.frontoffice.digidsimulator.sso;

import static nl.frontoffice.digidsimulator.saml.SamlNames.ASSERTION_NS;
import static nl.frontoffice.digidsimulator.saml.SamlNames.PROTOCOL_NS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.frontoffice.digidsimulator.idp.IdpCredential;
import nl.frontoffice.digidsimulator.saml.SamlNames;
import nl.frontoffice.digidsimulator.testing.JdkSignatures;
import nl.frontoffice.digidsimulator.testing.TestKeys;
import nl.frontoffice.digidsimulator.testing.TestServiceProvider;

class ResponseFactoryTest {

    private static final Instant NOW = Instant.parse("2025-05-01T09:30:00Z");

    private final ResponseFactory factory = new ResponseFactory(TestServiceProvider.IDP,
            new IdpCredential(TestKeys.idp().privateKey(), TestKeys.idp().certificate()),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private final PendingAuthentication request = new PendingAuthentication("_request-1",
            TestServiceProvider.ENTITY_ID, TestServiceProvider.ACS, AssuranceLevel.MIDDEN, Optional.of("/start"),
            false, NOW);

    @Test
    void a_login_gives_a_response_with_one_signed_assertion_as_digid_sends_it() {
        Document document = TestServiceProvider.parse(
                factory.success(request, "999993653", AssuranceLevel.SUBSTANTIEEL, "_session-1"));

        Element response = document.getDocumentElement();
        assertThat(response.getNamespaceURI()).isEqualTo(PROTOCOL_NS);
        assertThat(response.getLocalName()).isEqualTo("Response");
        assertThat(response.getAttribute("Version")).isEqualTo("2.0");
        assertThat(response.getAttribute("ID")).startsWith("_");
        assertThat(response.getAttribute("InResponseTo")).isEqualTo("_request-1");
        assertThat(response.getAttribute("Destination")).isEqualTo(TestServiceProvider.ACS);
        assertThat(response.getAttribute("IssueInstant")).isEqualTo("2025-05-01T09:30:00Z");
        assertThat(text(response, ASSERTION_NS, "Issuer")).isEqualTo(TestServiceProvider.IDP.entityId());
        assertThat(first(response, PROTOCOL_NS, "StatusCode").getAttribute("Value"))
                .isEqualTo(SamlNames.STATUS_SUCCESS);

        assertThat(document.getElementsByTagNameNS(ASSERTION_NS, "Assertion").getLength()).isEqualTo(1);
        Element assertion = first(response, ASSERTION_NS, "Assertion");
        assertThat(assertion.getAttribute("ID")).isNotEqualTo(response.getAttribute("ID")).startsWith("_");
        assertThat(text(assertion, ASSERTION_NS, "NameID")).isEqualTo("s00000000:999993653");

        Element confirmation = first(assertion, ASSERTION_NS, "SubjectConfirmation");
        assertThat(confirmation.getAttribute("Method")).isEqualTo("urn:oasis:names:tc:SAML:2.0:cm:bearer");
        Element data = first(confirmation, ASSERTION_NS, "SubjectConfirmationData");
        assertThat(data.getAttribute("Recipient")).isEqualTo(TestServiceProvider.ACS);
        assertThat(data.getAttribute("InResponseTo")).isEqualTo("_request-1");
        assertThat(data.getAttribute("NotOnOrAfter")).isEqualTo("2025-05-01T09:35:00Z");

        Element conditions = first(assertion, ASSERTION_NS, "Conditions");
        assertThat(conditions.getAttribute("NotBefore")).isEqualTo("2025-05-01T09:30:00Z");
        assertThat(conditions.getAttribute("NotOnOrAfter")).isEqualTo("2025-05-01T09:35:00Z");
        assertThat(text(conditions, ASSERTION_NS, "Audience")).isEqualTo(TestServiceProvider.ENTITY_ID);

        Element statement = first(assertion, ASSERTION_NS, "AuthnStatement");
        assertThat(statement.getAttribute("SessionIndex")).isEqualTo("_session-1");
        assertThat(statement.getAttribute("AuthnInstant")).isEqualTo("2025-05-01T09:30:00Z");
        assertThat(text(statement, ASSERTION_NS, "AuthnContextClassRef"))
                .isEqualTo("urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard");

        // the signature sits right after the assertion's Issuer, as the schema requires
        Element afterIssuer = (Element) first(assertion, ASSERTION_NS, "Issuer").getNextSibling();
        assertThat(afterIssuer.getLocalName()).isEqualTo("Signature");
        assertThat(JdkSignatures.verifies(assertion, TestKeys.idp().certificate())).isTrue();
        assertThat(JdkSignatures.verifies(assertion, TestKeys.attacker().certificate())).isFalse();
    }

    @Test
    void each_level_has_the_class_ref_digid_uses() {
        assertThat(AssuranceLevel.BASIS.classRef())
                .isEqualTo("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport");
        assertThat(AssuranceLevel.MIDDEN.classRef())
                .isEqualTo("urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract");
        assertThat(AssuranceLevel.SUBSTANTIEEL.classRef())
                .isEqualTo("urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard");
        assertThat(AssuranceLevel.HOOG.classRef()).isEqualTo("urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI");
    }

    @Test
    void a_tampered_assertion_no_longer_verifies() {
        String xml = factory.success(request, "999993653", AssuranceLevel.MIDDEN, "_s")
                .replace("s00000000:999993653", "s00000000:999993847");
        Element assertion = first(TestServiceProvider.parse(xml).getDocumentElement(), ASSERTION_NS, "Assertion");

        assertThat(JdkSignatures.verifies(assertion, TestKeys.idp().certificate())).isFalse();
    }

    @Test
    void a_cancel_gives_responder_authn_failed_without_assertion() {
        Document document = TestServiceProvider.parse(factory.failure(request, SamlNames.STATUS_RESPONDER,
                SamlNames.STATUS_AUTHN_FAILED, "Authentication cancelled"));

        Element response = document.getDocumentElement();
        Element topLevel = first(response, PROTOCOL_NS, "StatusCode");
        assertThat(topLevel.getAttribute("Value")).isEqualTo("urn:oasis:names:tc:SAML:2.0:status:Responder");
        assertThat(first(topLevel, PROTOCOL_NS, "StatusCode").getAttribute("Value"))
                .isEqualTo("urn:oasis:names:tc:SAML:2.0:status:AuthnFailed");
        assertThat(response.getAttribute("InResponseTo")).isEqualTo("_request-1");
        assertThat(document.getElementsByTagNameNS(ASSERTION_NS, "Assertion").getLength()).isZero();
    }

    static Element first(Element parent, String namespace, String localName) {
        return (Element) parent.getElementsByTagNameNS(namespace, localName).item(0);
    }

    static String text(Element parent, String namespace, String localName) {
        return first(parent, namespace, localName).getTextContent();
    }
}
