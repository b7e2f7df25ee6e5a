package nl.frontoffice.auth.saml;

import static nl.frontoffice.auth.saml.TestIdentityProvider.ACS;
import static nl.frontoffice.auth.saml.TestIdentityProvider.CLOCK;
import static nl.frontoffice.auth.saml.TestIdentityProvider.NOW;
import static nl.frontoffice.auth.saml.TestIdentityProvider.SP_ENTITY_ID;
import static nl.frontoffice.auth.saml.TestIdentityProvider.SSO;
import static nl.frontoffice.auth.saml.TestIdentityProvider.metadata;
import static nl.frontoffice.auth.saml.TestIdentityProvider.spSettings;
import static nl.frontoffice.auth.saml.TestXml.ASSERTION;
import static nl.frontoffice.auth.saml.TestXml.DSIG;
import static nl.frontoffice.auth.saml.TestXml.PROTOCOL;
import static nl.frontoffice.auth.saml.TestXml.first;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Inflater;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.XMLSignature;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Our AuthnRequests as DigiD receives them: the HTTP-Redirect encoding decoded, inflated and its
 * query-string signature verified with our certificate (SAML bindings §3.4.4.1); the HTTP-POST
 * form value decoded and its XML signature verified.
 */
class AuthnRequestsTest {

    private static SamlTestKeys keys;
    private static AuthnRequests requests;

    @BeforeAll
    static void setUp() {
        keys = SamlTestKeys.get();
        requests = new AuthnRequests(spSettings(keys).build(), metadata(keys.idp.certificate()), CLOCK);
    }

    /** @return the query parameters as sent, still URL-encoded, in order */
    private static Map<String, String> rawQuery(URI location) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : location.getRawQuery().split("&")) {
            int at = pair.indexOf('=');
            parameters.put(pair.substring(0, at), pair.substring(at + 1));
        }
        return parameters;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String inflate(byte[] deflated) throws Exception {
        Inflater inflater = new Inflater(true);
        inflater.setInput(deflated);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && inflater.needsInput()) {
                break;
            }
            out.write(buffer, 0, n);
        }
        inflater.end();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean queryVerifies(Map<String, String> raw, PublicKey key) throws Exception {
        StringBuilder signed = new StringBuilder("SAMLRequest=").append(raw.get("SAMLRequest"));
        if (raw.containsKey("RelayState")) {
            signed.append("&RelayState=").append(raw.get("RelayState"));
        }
        signed.append("&SigAlg=").append(raw.get("SigAlg"));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(signed.toString().getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(decode(raw.get("Signature"))));
    }

    @Test
    void redirectEncodingIsVerifiableWithOurCertificate() throws Exception {
        RedirectAuthnRequest redirect = requests.redirect(AssuranceLevel.MIDDEN, "/mijn/zaken?tab=1&x=é");

        URI location = redirect.location();
        assertThat(location.toString()).startsWith(SSO + "?SAMLRequest=");
        Map<String, String> raw = rawQuery(location);
        assertThat(raw.keySet()).containsExactly("SAMLRequest", "RelayState", "SigAlg", "Signature");
        assertThat(decode(raw.get("SigAlg"))).isEqualTo(SignatureMethod.RSA_SHA256);
        assertThat(decode(raw.get("RelayState"))).isEqualTo("/mijn/zaken?tab=1&x=é");
        assertThat(queryVerifies(raw, keys.sp.certificate().getPublicKey())).isTrue();
        assertThat(queryVerifies(raw, keys.spNext.certificate().getPublicKey())).isFalse();

        String xml = inflate(Base64.getDecoder().decode(decode(raw.get("SAMLRequest"))));
        Element request = TestXml.parse(xml).getDocumentElement();
        assertThat(request.getNamespaceURI()).isEqualTo(PROTOCOL);
        assertThat(request.getLocalName()).isEqualTo("AuthnRequest");
        assertThat(request.getAttribute("ID")).isEqualTo(redirect.pending().authnRequestId()).matches("[A-Za-z_].*");
        assertThat(request.getAttribute("Version")).isEqualTo("2.0");
        assertThat(request.getAttribute("IssueInstant")).isEqualTo("2025-03-10T09:00:00Z");
        assertThat(request.getAttribute("Destination")).isEqualTo(SSO.toString());
        assertThat(request.getAttribute("AssertionConsumerServiceIndex")).isEqualTo("1");
        assertThat(request.hasAttribute("ProtocolBinding")).as("mutually exclusive with the index").isFalse();
        assertThat(first(request, ASSERTION, "Issuer").getTextContent()).isEqualTo(SP_ENTITY_ID);
        Element context = first(request, PROTOCOL, "RequestedAuthnContext");
        assertThat(context.getAttribute("Comparison")).isEqualTo("minimum");
        assertThat(first(context, ASSERTION, "AuthnContextClassRef").getTextContent())
                .isEqualTo(AssuranceLevel.MIDDEN.classRef());
        assertThat(TestXml.all(request, DSIG, "Signature")).as("the redirect binding signs the query, not the XML").isEmpty();
        assertThat(redirect.pending().requestedLevel()).isEqualTo(AssuranceLevel.MIDDEN);
        assertThat(redirect.pending().issuedAt()).isEqualTo(NOW);
    }

    @Test
    void tamperedRedirectQueryNoLongerVerifies() throws Exception {
        Map<String, String> raw = rawQuery(requests.redirect(AssuranceLevel.MIDDEN, "/a").location());
        raw.put("RelayState", "%2Fb");

        assertThat(queryVerifies(raw, keys.sp.certificate().getPublicKey())).isFalse();
    }

    @Test
    void redirectWithoutRelayState() throws Exception {
        Map<String, String> raw = rawQuery(requests.redirect(AssuranceLevel.HOOG, null).location());

        assertThat(raw.keySet()).containsExactly("SAMLRequest", "SigAlg", "Signature");
        assertThat(queryVerifies(raw, keys.sp.certificate().getPublicKey())).isTrue();
        String xml = inflate(Base64.getDecoder().decode(decode(raw.get("SAMLRequest"))));
        assertThat(xml).contains(AssuranceLevel.HOOG.classRef());
    }

    @Test
    void theLevelAskedIsRaisedToTheConfiguredMinimum() {
        assertThat(requests.redirect(AssuranceLevel.BASIS, null).pending().requestedLevel()).isEqualTo(AssuranceLevel.MIDDEN);
        assertThat(requests.redirect(AssuranceLevel.SUBSTANTIEEL, null).pending().requestedLevel())
                .isEqualTo(AssuranceLevel.SUBSTANTIEEL);
    }

    @Test
    void everyRequestHasAFreshId() {
        assertThat(requests.redirect(AssuranceLevel.MIDDEN, null).pending().authnRequestId())
                .isNotEqualTo(requests.redirect(AssuranceLevel.MIDDEN, null).pending().authnRequestId());
    }

    @Test
    void assertionConsumerServiceByUrlWithTheArtifactBinding() throws Exception {
        AuthnRequests byUrl = new AuthnRequests(spSettings(keys).requestAcsByUrl().build(),
                metadata(keys.idp.certificate()), CLOCK);
        Map<String, String> raw = rawQuery(byUrl.redirect(AssuranceLevel.MIDDEN, null).location());

        Element request = TestXml.parse(inflate(Base64.getDecoder().decode(decode(raw.get("SAMLRequest"))))).getDocumentElement();

        assertThat(request.getAttribute("AssertionConsumerServiceURL")).isEqualTo(ACS.toString());
        assertThat(request.getAttribute("ProtocolBinding")).isEqualTo(Binding.HTTP_ARTIFACT.uri());
        assertThat(request.hasAttribute("AssertionConsumerServiceIndex")).isFalse();
    }

    @Test
    void relayStateOver80BytesIsRefused() {
        assertThatThrownBy(() -> requests.redirect(AssuranceLevel.MIDDEN, "/" + "a".repeat(80)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void postBindingCarriesAnEnvelopedSignatureVerifiableWithOurCertificate() {
        PostAuthnRequest post = requests.post(AssuranceLevel.MIDDEN, "/mijn");

        assertThat(post.action()).isEqualTo(SSO);
        assertThat(post.relayState()).contains("/mijn");
        Document document = TestXml.parse(new String(Base64.getDecoder().decode(post.samlRequest()), StandardCharsets.UTF_8));
        Element request = document.getDocumentElement();
        assertThat(request.getAttribute("ID")).isEqualTo(post.pending().authnRequestId());
        assertThat(request.getAttribute("Destination")).isEqualTo(SSO.toString());

        XMLSignature signature = TestSignatures.verify(request, keys.sp.certificate().getPublicKey());

        assertThat(signature.getSignedInfo().getSignatureMethod().getAlgorithm()).isEqualTo(SignatureMethod.RSA_SHA256);
        assertThat(signature.getSignedInfo().getCanonicalizationMethod().getAlgorithm()).isEqualTo(CanonicalizationMethod.EXCLUSIVE);
        Reference reference = (Reference) signature.getSignedInfo().getReferences().get(0);
        assertThat(reference.getURI()).isEqualTo("#" + post.pending().authnRequestId());
        assertThat(reference.getDigestMethod().getAlgorithm()).isEqualTo(DigestMethod.SHA256);
        Element issuer = first(request, ASSERTION, "Issuer");
        assertThat(TestXml.child(request, DSIG, "Signature").getPreviousSibling()).as("Signature follows Issuer").isSameAs(issuer);
    }
}
