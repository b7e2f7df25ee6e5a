package nl.frontoffice.digidsimulator.artifact;

import static nl.frontoffice.digidsimulator.saml.SamlNames.ASSERTION_NS;
import static nl.frontoffice.digidsimulator.saml.SamlNames.PROTOCOL_NS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.frontoffice.digidsimulator.Simulator;
import nl.frontoffice.digidsimulator.saml.SamlNames;
import nl.frontoffice.digidsimulator.saml.SecureXml;
import nl.frontoffice.digidsimulator.sso.AssuranceLevel;
import nl.frontoffice.digidsimulator.sso.PendingAuthentication;
import nl.frontoffice.digidsimulator.testing.JdkSignatures;
import nl.frontoffice.digidsimulator.testing.TestKeys;
import nl.frontoffice.digidsimulator.testing.TestServiceProvider;
import nl.frontoffice.digidsimulator.testing.TestSimulators;

class ArtifactResolutionServiceTest {

    private final Simulator simulator = TestSimulators.simulator();

    @Test
    void resolves_a_login_artifact_into_a_signed_artifact_response_with_the_signed_assertion() throws Exception {
        Map<String, String> redirect = login("_authn-1", "/mijn/zaken");
        assertThat(redirect).containsEntry("RelayState", "/mijn/zaken").containsKey("SAMLart");

        ArtifactResolutionService.Result result = resolve("_resolve-1", redirect.get("SAMLart"),
                TestKeys.sp());

        assertThat(result.httpStatus()).isEqualTo(200);
        Element artifactResponse = artifactResponse(result);
        assertThat(artifactResponse.getAttribute("InResponseTo")).isEqualTo("_resolve-1");
        assertThat(artifactResponse.getAttribute("Version")).isEqualTo("2.0");
        assertThat(firstChild(artifactResponse, ASSERTION_NS, "Issuer").getTextContent())
                .isEqualTo(TestServiceProvider.IDP.entityId());
        assertThat(status(artifactResponse)).isEqualTo(SamlNames.STATUS_SUCCESS);
        assertThat(JdkSignatures.verifies(artifactResponse, TestKeys.idp().certificate())).isTrue();
        assertThat(JdkSignatures.verifies(artifactResponse, TestKeys.sp().certificate())).isFalse();

        Element response = firstChild(artifactResponse, PROTOCOL_NS, "Response");
        assertThat(response.getAttribute("InResponseTo")).isEqualTo("_authn-1");
        assertThat(status(response)).isEqualTo(SamlNames.STATUS_SUCCESS);
        Element assertion = firstChild(response, ASSERTION_NS, "Assertion");
        assertThat(assertion.getElementsByTagNameNS(ASSERTION_NS, "NameID").item(0).getTextContent())
                .isEqualTo("s00000000:999993847");
        assertThat(assertion.getElementsByTagNameNS(ASSERTION_NS, "AuthnContextClassRef").item(0).getTextContent())
                .isEqualTo(AssuranceLevel.MIDDEN.classRef());
        assertThat(JdkSignatures.verifies(assertion, TestKeys.idp().certificate())).isTrue();
    }

    @Test
    void an_artifact_is_resolved_once_the_second_time_success_without_message() throws Exception {
        String artifact = login("_authn-2", null).get("SAMLart");
        resolve("_resolve-a", artifact, TestKeys.sp());

        Element second = artifactResponse(resolve("_resolve-b", artifact, TestKeys.sp()));

        assertThat(status(second)).isEqualTo(SamlNames.STATUS_SUCCESS);
        assertThat(second.getElementsByTagNameNS(PROTOCOL_NS, "Response").getLength()).isZero();
        assertThat(JdkSignatures.verifies(second, TestKeys.idp().certificate())).isTrue();
    }

    @Test
    void a_cancelled_login_resolves_to_authn_failed_without_assertion() throws Exception {
        PendingAuthentication pending = accept("_authn-3");
        String artifact = TestSimulators.queryParameters(simulator.responder().cancel(pending)).get("SAMLart");

        Element response = firstChild(artifactResponse(resolve("_resolve-3", artifact, TestKeys.sp())), PROTOCOL_NS,
                "Response");

        Element topLevel = firstChild(firstChild(response, PROTOCOL_NS, "Status"), PROTOCOL_NS, "StatusCode");
        assertThat(topLevel.getAttribute("Value")).isEqualTo(SamlNames.STATUS_RESPONDER);
        assertThat(firstChild(topLevel, PROTOCOL_NS, "StatusCode").getAttribute("Value"))
                .isEqualTo(SamlNames.STATUS_AUTHN_FAILED);
        assertThat(response.getElementsByTagNameNS(ASSERTION_NS, "Assertion").getLength()).isZero();
    }

    @Test
    void an_artifact_resolve_with_a_bad_signature_is_denied_and_the_artifact_stays_for_the_real_sp()
            throws Exception {
        String artifact = login("_authn-4", null).get("SAMLart");

        Element denied = artifactResponse(resolve("_attack", artifact, TestKeys.attacker()));

        assertThat(status(denied)).isEqualTo(SamlNames.STATUS_REQUESTER);
        assertThat(denied.getElementsByTagNameNS(PROTOCOL_NS, "Response").getLength()).isZero();
        assertThat(denied.getElementsByTagNameNS(PROTOCOL_NS, "StatusMessage").item(0).getTextContent())
                .contains("klopt niet");
        assertThat(firstChild(artifactResponse(resolve("_real", artifact, TestKeys.sp())), PROTOCOL_NS, "Response"))
                .isNotNull();
    }

    @Test
    void unsigned_tampered_and_wrapped_artifact_resolves_are_denied() throws Exception {
        String artifact = login("_authn-5", null).get("SAMLart");

        byte[] unsigned = TestServiceProvider.artifactResolve("_unsigned", artifact, null, null);
        assertThat(status(artifactResponse(simulator.artifactResolution().resolve(unsigned))))
                .isEqualTo(SamlNames.STATUS_REQUESTER);

        String other = login("_authn-6", null).get("SAMLart");
        String signedForOther = new String(TestServiceProvider.artifactResolve("_signed", other,
                TestKeys.sp().privateKey(), TestKeys.sp().certificate()), StandardCharsets.UTF_8);
        byte[] tampered = signedForOther.replace(other, artifact).getBytes(StandardCharsets.UTF_8);
        assertThat(status(artifactResponse(simulator.artifactResolution().resolve(tampered))))
                .isEqualTo(SamlNames.STATUS_REQUESTER);

        // signature wrapping: a new ArtifactResolve for our artifact, carrying the signature of a genuine one
        Document genuine = SecureXml.parse(signedForOther);
        Element genuineResolve = (Element) genuine.getElementsByTagNameNS(PROTOCOL_NS, "ArtifactResolve").item(0);
        Element forged = (Element) genuineResolve.cloneNode(true);
        forged.setAttribute("ID", "_forged");
        forged.getElementsByTagNameNS(PROTOCOL_NS, "Artifact").item(0).setTextContent(artifact);
        Element extensions = genuine.createElementNS(PROTOCOL_NS, "samlp:Extensions");
        extensions.appendChild(genuineResolve.cloneNode(true));
        forged.insertBefore(extensions, forged.getElementsByTagNameNS(PROTOCOL_NS, "Artifact").item(0));
        genuineResolve.getParentNode().replaceChild(forged, genuineResolve);
        Element wrapped = artifactResponse(simulator.artifactResolution().resolve(
                SecureXml.toString(genuine).getBytes(StandardCharsets.UTF_8)));
        assertThat(status(wrapped)).isEqualTo(SamlNames.STATUS_REQUESTER);

        // the artifact was never handed out
        assertThat(firstChild(artifactResponse(resolve("_real", artifact, TestKeys.sp())), PROTOCOL_NS, "Response"))
                .isNotNull();
    }

    @Test
    void an_unknown_artifact_gives_success_without_message() throws Exception {
        String foreign = Artifact.issue("https://other-idp.example/metadata", 0).encoded();

        Element response = artifactResponse(resolve("_r", foreign, TestKeys.sp()));

        assertThat(status(response)).isEqualTo(SamlNames.STATUS_SUCCESS);
        assertThat(response.getElementsByTagNameNS(PROTOCOL_NS, "Response").getLength()).isZero();
    }

    @Test
    void what_is_not_a_soap_artifact_resolve_gets_a_soap_fault() {
        for (String body : new String[] {"not xml", "<samlp:ArtifactResolve xmlns:samlp=\"" + PROTOCOL_NS + "\"/>",
                "<!DOCTYPE lol [<!ENTITY lol \"lol\">]><soap:Envelope xmlns:soap=\"" + SamlNames.SOAP11_NS
                        + "\"><soap:Body>&lol;</soap:Body></soap:Envelope>"}) {
            ArtifactResolutionService.Result result = simulator.artifactResolution()
                    .resolve(body.getBytes(StandardCharsets.UTF_8));
            assertThat(result.httpStatus()).isEqualTo(500);
            assertThat(result.soapEnvelope()).contains("Fault").contains("soap:Client");
        }
    }

    private Map<String, String> login(String requestId, String relayState) throws Exception {
        TestServiceProvider.AuthnRequest request = new TestServiceProvider.AuthnRequest();
        request.id = requestId;
        PendingAuthentication pending = simulator.authnRequests().acceptRedirect(
                TestServiceProvider.redirectQuery(request.xml(), relayState, TestKeys.sp().privateKey()));
        String location = simulator.responder().login(pending, "999993847", AssuranceLevel.MIDDEN);
        assertThat(location).startsWith(TestServiceProvider.ACS + "?SAMLart=");
        return TestSimulators.queryParameters(location);
    }

    private PendingAuthentication accept(String requestId) throws Exception {
        TestServiceProvider.AuthnRequest request = new TestServiceProvider.AuthnRequest();
        request.id = requestId;
        return simulator.authnRequests().acceptRedirect(
                TestServiceProvider.redirectQuery(request.xml(), null, TestKeys.sp().privateKey()));
    }

    private ArtifactResolutionService.Result resolve(String id, String artifact, TestKeys.KeyPair key) {
        return simulator.artifactResolution().resolve(
                TestServiceProvider.artifactResolve(id, artifact, key.privateKey(), key.certificate()));
    }

    private static Element artifactResponse(ArtifactResolutionService.Result result) throws Exception {
        Document document = SecureXml.parse(result.soapEnvelope());
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(SamlNames.SOAP11_NS);
        return (Element) document.getElementsByTagNameNS(PROTOCOL_NS, "ArtifactResponse").item(0);
    }

    private static String status(Element message) {
        return firstChild(firstChild(message, PROTOCOL_NS, "Status"), PROTOCOL_NS, "StatusCode").getAttribute("Value");
    }

    private static Element firstChild(Element parent, String namespace, String localName) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && namespace.equals(child.getNamespaceURI())
                    && localName.equals(child.getLocalName())) {
                return child;
            }
        }
        return null;
    }
}
