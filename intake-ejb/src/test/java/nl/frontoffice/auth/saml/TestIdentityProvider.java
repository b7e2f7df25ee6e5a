package nl.frontoffice.auth.saml;

import static nl.frontoffice.auth.saml.TestXml.ASSERTION;
import static nl.frontoffice.auth.saml.TestXml.DSIG;
import static nl.frontoffice.auth.saml.TestXml.METADATA;
import static nl.frontoffice.auth.saml.TestXml.PROTOCOL;
import static nl.frontoffice.auth.saml.TestXml.SOAP;
import static nl.frontoffice.auth.saml.TestXml.append;
import static nl.frontoffice.auth.saml.TestXml.appendText;
import static nl.frontoffice.auth.saml.TestXml.attribute;
import static nl.frontoffice.auth.saml.TestXml.declare;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.frontoffice.auth.saml.SamlTestKeys.KeyMaterial;

/**
 * A test-only DigiD: publishes metadata, makes artifacts, and builds REAL signed messages (a SOAP
 * ArtifactResponse holding a Response holding a signed Assertion) with the JDK's XML signature API,
 * independently of the code under test. Every knob of a message can be turned, and two hooks let a
 * test tamper with the DOM after the assertion is signed (before the ArtifactResponse is signed)
 * and after everything is signed, which is how the attacks are made.
 */
public final class TestIdentityProvider {

    static final String ENTITY_ID = "https://idp.digid.test/saml/idp/metadata";
    static final URI SSO = URI.create("https://idp.digid.test/saml/idp/request_authentication");
    static final URI ARTIFACT_RESOLUTION = URI.create("https://idp.digid.test/saml/idp/resolve_artifact");
    static final URI ARTIFACT_RESOLUTION_2 = URI.create("https://idp2.digid.test/saml/idp/resolve_artifact");
    static final URI SLO = URI.create("https://idp.digid.test/saml/idp/request_logout");

    static final String SP_ENTITY_ID = "urn:nl:frontoffice:test:sp";
    static final URI ACS = URI.create("https://portal.frontoffice.test/saml/acs");
    static final URI SP_SLO = URI.create("https://portal.frontoffice.test/saml/logout");

    static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final String BSN = "999993847";

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestIdentityProvider() {
    }

    // ---- metadata and settings ----

    public static String metadataXml(X509Certificate... signingCertificates) {
        Document document = TestXml.newDocument();
        Element entity = document.createElementNS(METADATA, "md:EntityDescriptor");
        declare(entity, "md", METADATA);
        declare(entity, "ds", DSIG);
        attribute(entity, "entityID", ENTITY_ID);
        attribute(entity, "ID", "_metadata");
        document.appendChild(entity);
        Element idp = append(entity, METADATA, "md:IDPSSODescriptor");
        attribute(idp, "WantAuthnRequestsSigned", "true");
        attribute(idp, "protocolSupportEnumeration", PROTOCOL);
        for (X509Certificate certificate : signingCertificates) {
            Element keyDescriptor = append(idp, METADATA, "md:KeyDescriptor");
            attribute(keyDescriptor, "use", "signing");
            Element x509Data = append(append(keyDescriptor, DSIG, "ds:KeyInfo"), DSIG, "ds:X509Data");
            appendText(x509Data, DSIG, "ds:X509Certificate", base64(certificate));
        }
        endpoint(idp, "md:ArtifactResolutionService", Binding.SOAP, ARTIFACT_RESOLUTION, 0);
        endpoint(idp, "md:ArtifactResolutionService", Binding.SOAP, ARTIFACT_RESOLUTION_2, 1);
        endpoint(idp, "md:SingleLogoutService", Binding.HTTP_REDIRECT, SLO, null);
        endpoint(idp, "md:SingleSignOnService", Binding.HTTP_REDIRECT, SSO, null);
        endpoint(idp, "md:SingleSignOnService", Binding.HTTP_POST, SSO, null);
        return TestXml.toString(document);
    }

    private static void endpoint(Element parent, String name, Binding binding, URI location, Integer index) {
        Element endpoint = append(parent, METADATA, name);
        attribute(endpoint, "Binding", binding.uri());
        attribute(endpoint, "Location", location);
        attribute(endpoint, "index", index);
    }

    static IdentityProviderMetadata metadata(X509Certificate... signingCertificates) {
        try {
            return IdentityProviderMetadata.parse(metadataXml(signingCertificates));
        } catch (SamlValidationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the metadata without the endpoints of this name (e.g. {@code SingleLogoutService}) */
    static IdentityProviderMetadata metadataWithout(String endpoint, X509Certificate... signingCertificates) {
        Document document = TestXml.parse(metadataXml(signingCertificates));
        TestXml.all(document, METADATA, endpoint).forEach(TestXml::remove);
        try {
            return IdentityProviderMetadata.parse(TestXml.toString(document));
        } catch (SamlValidationException e) {
            throw new IllegalStateException(e);
        }
    }

    static ServiceProviderSettings.Builder spSettings(SamlTestKeys keys) {
        return ServiceProviderSettings.builder()
                .entityId(SP_ENTITY_ID)
                .assertionConsumerService(ACS, 1)
                .signing(keys.sp.privateKey(), keys.sp.certificate())
                .minimumLevel(AssuranceLevel.MIDDEN);
    }

    static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- artifacts ----

    static byte[] sourceId(String entityId) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(entityId.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a SAMLart of type 0x0004 for endpoint index 0 from this IdP, with a fresh message handle */
    public static String artifact() {
        return artifact(0x0004, 0, sourceId(ENTITY_ID));
    }

    static String artifact(int typeCode, int endpointIndex, byte[] sourceId) {
        byte[] handle = new byte[20];
        RANDOM.nextBytes(handle);
        ByteBuffer bytes = ByteBuffer.allocate(44);
        bytes.putShort((short) typeCode).putShort((short) endpointIndex).put(sourceId).put(handle);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    // ---- signing ----

    /** How the test IdP signs: key, certificate put in KeyInfo, algorithms and transforms. */
    record Signer(PrivateKey key, X509Certificate certificate, String signatureMethod, String digestMethod,
            List<String> transforms, String canonicalization) {

        static Signer of(KeyMaterial material) {
            boolean ec = "EC".equals(material.privateKey().getAlgorithm());
            return new Signer(material.privateKey(), material.certificate(),
                    ec ? SignatureMethod.ECDSA_SHA256 : SignatureMethod.RSA_SHA256, DigestMethod.SHA256,
                    List.of(Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE), CanonicalizationMethod.EXCLUSIVE);
        }

        Signer withSignatureMethod(String algorithm) {
            return new Signer(key, certificate, algorithm, digestMethod, transforms, canonicalization);
        }

        Signer withDigestMethod(String algorithm) {
            return new Signer(key, certificate, signatureMethod, algorithm, transforms, canonicalization);
        }

        Signer withTransforms(String... algorithms) {
            return new Signer(key, certificate, signatureMethod, digestMethod, List.of(algorithms), canonicalization);
        }

        Signer withCanonicalization(String algorithm) {
            return new Signer(key, certificate, signatureMethod, digestMethod, transforms, algorithm);
        }

        /** Signs {@code element} (enveloped, over its ID), the signature right after its Issuer or else first. */
        void sign(Element element) {
            String id = element.getAttributeNS(null, "ID");
            element.setIdAttributeNS(null, "ID", true);
            try {
                XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
                List<Transform> transformList = new ArrayList<>();
                for (String algorithm : transforms) {
                    transformList.add(factory.newTransform(algorithm, (TransformParameterSpec) null));
                }
                Reference reference = factory.newReference("#" + id,
                        factory.newDigestMethod(digestMethod, null), transformList, null, null);
                SignedInfo signedInfo = factory.newSignedInfo(
                        factory.newCanonicalizationMethod(canonicalization, (C14NMethodParameterSpec) null),
                        factory.newSignatureMethod(signatureMethod, null), List.of(reference));
                KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
                KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(certificate))));
                DOMSignContext context = new DOMSignContext(key, element);
                context.setDefaultNamespacePrefix("ds");
                List<Element> issuers = TestXml.all(element, ASSERTION, "Issuer").stream()
                        .filter(issuer -> issuer.getParentNode() == element).toList();
                context.setNextSibling(issuers.isEmpty() ? element.getFirstChild() : issuers.get(0).getNextSibling());
                factory.newXMLSignature(signedInfo, keyInfo).sign(context);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- messages ----

    /**
     * @return a builder of a valid answer to {@code artifactResolveId} for the login {@code pending},
     *         signed (assertion and ArtifactResponse) with {@code signingKey}
     */
    public static ArtifactResponseBuilder response(PendingLogin pending, String artifactResolveId, KeyMaterial signingKey) {
        return new ArtifactResponseBuilder(pending.authnRequestId(), artifactResolveId, Signer.of(signingKey));
    }

    static String newId() {
        return "_" + UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * @return a builder of a valid LogoutResponse (Success) answering our LogoutRequest {@code pending},
     *         signed over the HTTP-Redirect query string with {@code signingKey}
     */
    public static LogoutResponseBuilder logoutResponse(PendingLogout pending, KeyMaterial signingKey) {
        return new LogoutResponseBuilder(pending.logoutRequestId(), signingKey.privateKey());
    }

    /**
     * Builds the query string of a LogoutResponse sent by HTTP-Redirect (SAML bindings §3.4.4.1),
     * written and signed with the JDK directly, independently of the code under test. Every field is
     * valid by default and may be changed or nulled (omitted).
     */
    public static final class LogoutResponseBuilder {

        public String id = newId();
        public String inResponseTo;
        public String issuer = ENTITY_ID;
        public String destination = SP_SLO.toString();
        public Instant issueInstant = NOW;
        public String status = "urn:oasis:names:tc:SAML:2.0:status:Success";
        public String secondLevelStatus;
        public String relayState = "/uitgelogd";
        /** The SigAlg URI sent; {@code null} sends none. */
        public String sigAlg = SignatureMethod.RSA_SHA256;
        /** The JCA algorithm the signature is made with; {@code null} sends no Signature. */
        public String jcaAlgorithm = "SHA256withRSA";
        /** Text put before the root element (e.g. a DOCTYPE). */
        public String prolog = "";
        /** The root element's local name. */
        public String rootName = "LogoutResponse";
        public PrivateKey key;

        private LogoutResponseBuilder(String inResponseTo, PrivateKey key) {
            this.inResponseTo = inResponseTo;
            this.key = key;
        }

        public LogoutResponseBuilder with(Consumer<LogoutResponseBuilder> change) {
            change.accept(this);
            return this;
        }

        public String xml() {
            Document document = TestXml.newDocument();
            Element response = document.createElementNS(PROTOCOL, "samlp:" + rootName);
            declare(response, "samlp", PROTOCOL);
            declare(response, "saml", ASSERTION);
            document.appendChild(response);
            attribute(response, "ID", id);
            attribute(response, "Version", "2.0");
            attribute(response, "IssueInstant", issueInstant);
            attribute(response, "Destination", destination);
            attribute(response, "InResponseTo", inResponseTo);
            if (issuer != null) {
                appendText(response, ASSERTION, "saml:Issuer", issuer);
            }
            Element statusElement = append(response, PROTOCOL, "samlp:Status");
            Element code = append(statusElement, PROTOCOL, "samlp:StatusCode");
            attribute(code, "Value", status);
            if (secondLevelStatus != null) {
                attribute(append(code, PROTOCOL, "samlp:StatusCode"), "Value", secondLevelStatus);
            }
            return prolog + TestXml.toString(document);
        }

        /** @return {@code SAMLResponse=…[&RelayState=…][&SigAlg=…][&Signature=…]}, URL-encoded as a browser brings it */
        public String query() {
            return signedQuery("SAMLResponse", xml(), relayState, sigAlg, jcaAlgorithm, key);
        }
    }

    /** @return a builder of a valid IdP-initiated LogoutRequest, signed over the query string with {@code signingKey} */
    public static LogoutRequestBuilder logoutRequest(KeyMaterial signingKey) {
        return new LogoutRequestBuilder(signingKey.privateKey());
    }

    /**
     * Builds the query string of an IdP-initiated LogoutRequest sent by HTTP-Redirect, written and
     * signed with the JDK directly. Every field is valid by default and may be changed or nulled.
     */
    public static final class LogoutRequestBuilder {

        public String id = newId();
        public String issuer = ENTITY_ID;
        public String destination = SP_SLO.toString();
        public Instant issueInstant = NOW;
        public Instant notOnOrAfter = NOW.plus(Duration.ofMinutes(2));
        /** The NameID as XML text (so a test can put a comment into it); {@code null} omits it. */
        public String nameIdXml = "s00000000:" + BSN;
        public List<String> sessionIndexes = List.of("session-1");
        public String relayState = "idp-state";
        public String sigAlg = SignatureMethod.RSA_SHA256;
        public String jcaAlgorithm = "SHA256withRSA";
        public String prolog = "";
        public PrivateKey key;

        private LogoutRequestBuilder(PrivateKey key) {
            this.key = key;
        }

        public LogoutRequestBuilder with(Consumer<LogoutRequestBuilder> change) {
            change.accept(this);
            return this;
        }

        public String xml() {
            StringBuilder xml = new StringBuilder(prolog)
                    .append("<samlp:LogoutRequest xmlns:samlp=\"").append(PROTOCOL)
                    .append("\" xmlns:saml=\"").append(ASSERTION).append('"');
            xmlAttribute(xml, "ID", id);
            xmlAttribute(xml, "Version", "2.0");
            xmlAttribute(xml, "IssueInstant", issueInstant);
            xmlAttribute(xml, "Destination", destination);
            xmlAttribute(xml, "NotOnOrAfter", notOnOrAfter);
            xml.append('>');
            if (issuer != null) {
                xml.append("<saml:Issuer>").append(issuer).append("</saml:Issuer>");
            }
            if (nameIdXml != null) {
                xml.append("<saml:NameID>").append(nameIdXml).append("</saml:NameID>");
            }
            for (String index : sessionIndexes) {
                xml.append("<samlp:SessionIndex>").append(index).append("</samlp:SessionIndex>");
            }
            return xml.append("</samlp:LogoutRequest>").toString();
        }

        private static void xmlAttribute(StringBuilder xml, String name, Object value) {
            if (value != null) {
                xml.append(' ').append(name).append("=\"").append(value).append('"');
            }
        }

        public String query() {
            return signedQuery("SAMLRequest", xml(), relayState, sigAlg, jcaAlgorithm, key);
        }
    }

    /**
     * @return a query string {@code parameter=…[&RelayState=…][&SigAlg=…][&Signature=…]} with the
     *         message DEFLATEd and base64-encoded, signed with {@code jcaAlgorithm} over the
     *         parameters before {@code &Signature} (no signature when it or the key is {@code null})
     */
    static String signedQuery(String parameter, String xml, String relayState, String sigAlg, String jcaAlgorithm,
            PrivateKey key) {
        StringBuilder query = new StringBuilder(parameter).append('=').append(urlEncode(deflate(xml)));
        if (relayState != null) {
            query.append("&RelayState=").append(urlEncode(relayState));
        }
        if (sigAlg != null) {
            query.append("&SigAlg=").append(urlEncode(sigAlg));
        }
        if (jcaAlgorithm != null && key != null) {
            try {
                Signature signer = Signature.getInstance(jcaAlgorithm);
                signer.initSign(key);
                signer.update(query.toString().getBytes(StandardCharsets.US_ASCII));
                query.append("&Signature=").append(urlEncode(Base64.getEncoder().encodeToString(signer.sign())));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return query.toString();
    }

    static String deflate(String xml) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(xml.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    /** @return the query string's parameters, URL-decoded, in order */
    public static Map<String, String> decodedQuery(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int at = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** @return the DEFLATEd, base64-encoded message inflated */
    public static String inflate(String base64) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(Base64.getDecoder().decode(base64));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("truncated DEFLATE data");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException(e);
        } finally {
            inflater.end();
        }
    }

    /**
     * Verifies a query-string signature the way an IdP does: over {@code parameter=…[&RelayState=…]&SigAlg=…}
     * exactly as received, with {@code SHA256withRSA}.
     */
    public static boolean queryVerifies(String rawQuery, String parameter, PublicKey key) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int at = pair.indexOf('=');
            raw.put(pair.substring(0, at), pair.substring(at + 1));
        }
        StringBuilder signed = new StringBuilder(parameter).append('=').append(raw.get(parameter));
        if (raw.containsKey("RelayState")) {
            signed.append("&RelayState=").append(raw.get("RelayState"));
        }
        signed.append("&SigAlg=").append(raw.get("SigAlg"));
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(signed.toString().getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(Base64.getDecoder().decode(
                    URLDecoder.decode(raw.get("Signature"), StandardCharsets.UTF_8)));
        } catch (Exception e) {
            return false;
        }
    }

    private static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Builds a SOAP ArtifactResponse; every field is valid by default and may be changed or nulled (omitted). */
    public static final class ArtifactResponseBuilder {

        String artifactResponseId = newId();
        String responseId = newId();
        String assertionId = newId();
        String artifactResponseInResponseTo;
        String responseInResponseTo;
        String subjectInResponseTo;
        String artifactResponseIssuer = ENTITY_ID;
        String responseIssuer = ENTITY_ID;
        String assertionIssuer = ENTITY_ID;
        String destination = ACS.toString();
        String recipient = ACS.toString();
        String audience = SP_ENTITY_ID;
        String nameId = "s00000000:" + BSN;
        public String classRef = AssuranceLevel.MIDDEN.classRef();
        String sessionIndex = "session-" + newId();
        String artifactResponseStatus = "urn:oasis:names:tc:SAML:2.0:status:Success";
        public String responseStatus = "urn:oasis:names:tc:SAML:2.0:status:Success";
        public String responseSecondLevelStatus;
        public Instant issueInstant = NOW;
        public Instant notBefore = NOW.minusSeconds(60);
        public Instant notOnOrAfter = NOW.plus(Duration.ofMinutes(2));
        public Instant subjectNotOnOrAfter = NOW.plus(Duration.ofMinutes(2));
        public boolean includeAssertion = true;
        boolean encryptedAssertion;
        Signer assertionSigner;
        Signer artifactResponseSigner;
        Consumer<Element> beforeAssertionSigned = assertion -> { };
        Consumer<Element> afterAssertionSigned = response -> { };
        Consumer<Document> afterSigned = document -> { };

        private ArtifactResponseBuilder(String authnRequestId, String artifactResolveId, Signer signer) {
            this.artifactResponseInResponseTo = artifactResolveId;
            this.responseInResponseTo = authnRequestId;
            this.subjectInResponseTo = authnRequestId;
            this.assertionSigner = signer;
            this.artifactResponseSigner = signer;
        }

        public ArtifactResponseBuilder with(Consumer<ArtifactResponseBuilder> change) {
            change.accept(this);
            return this;
        }

        /** The hook gets the Assertion element before it is signed. */
        ArtifactResponseBuilder beforeAssertionSigned(Consumer<Element> change) {
            this.beforeAssertionSigned = change;
            return this;
        }

        /** The hook gets the Response element after the assertion is signed and before the ArtifactResponse is. */
        ArtifactResponseBuilder afterAssertionSigned(Consumer<Element> tamper) {
            this.afterAssertionSigned = tamper;
            return this;
        }

        /** The hook gets the document after every signature is made. */
        ArtifactResponseBuilder afterSigned(Consumer<Document> tamper) {
            this.afterSigned = tamper;
            return this;
        }

        Document document() {
            Document document = TestXml.newDocument();
            Element envelope = document.createElementNS(SOAP, "soap:Envelope");
            declare(envelope, "soap", SOAP);
            document.appendChild(envelope);
            Element body = append(envelope, SOAP, "soap:Body");

            Element artifactResponse = append(body, PROTOCOL, "samlp:ArtifactResponse");
            declare(artifactResponse, "samlp", PROTOCOL);
            declare(artifactResponse, "saml", ASSERTION);
            attribute(artifactResponse, "ID", artifactResponseId);
            attribute(artifactResponse, "Version", "2.0");
            attribute(artifactResponse, "IssueInstant", issueInstant);
            attribute(artifactResponse, "InResponseTo", artifactResponseInResponseTo);
            issuer(artifactResponse, artifactResponseIssuer);
            status(artifactResponse, artifactResponseStatus, null);

            Element response = append(artifactResponse, PROTOCOL, "samlp:Response");
            declare(response, "samlp", PROTOCOL);
            declare(response, "saml", ASSERTION);
            attribute(response, "ID", responseId);
            attribute(response, "Version", "2.0");
            attribute(response, "IssueInstant", issueInstant);
            attribute(response, "Destination", destination);
            attribute(response, "InResponseTo", responseInResponseTo);
            issuer(response, responseIssuer);
            status(response, responseStatus, responseSecondLevelStatus);

            if (encryptedAssertion) {
                Element encrypted = append(response, ASSERTION, "saml:EncryptedAssertion");
                Element data = append(encrypted, "http://www.w3.org/2001/04/xmlenc#", "xenc:EncryptedData");
                declare(data, "xenc", "http://www.w3.org/2001/04/xmlenc#");
                appendText(append(data, "http://www.w3.org/2001/04/xmlenc#", "xenc:CipherData"),
                        "http://www.w3.org/2001/04/xmlenc#", "xenc:CipherValue", "AAAA");
            } else if (includeAssertion) {
                Element assertion = assertion(response);
                beforeAssertionSigned.accept(assertion);
                if (assertionSigner != null) {
                    assertionSigner.sign(assertion);
                }
            }
            afterAssertionSigned.accept(response);
            if (artifactResponseSigner != null) {
                artifactResponseSigner.sign(artifactResponse);
            }
            afterSigned.accept(document);
            return document;
        }

        public String soap() {
            return TestXml.toString(document());
        }

        private Element assertion(Element response) {
            Element assertion = append(response, ASSERTION, "saml:Assertion");
            declare(assertion, "saml", ASSERTION);
            attribute(assertion, "ID", assertionId);
            attribute(assertion, "Version", "2.0");
            attribute(assertion, "IssueInstant", issueInstant);
            issuer(assertion, assertionIssuer);

            Element subject = append(assertion, ASSERTION, "saml:Subject");
            if (nameId != null) {
                appendText(subject, ASSERTION, "saml:NameID", nameId);
            }
            Element confirmation = append(subject, ASSERTION, "saml:SubjectConfirmation");
            attribute(confirmation, "Method", "urn:oasis:names:tc:SAML:2.0:cm:bearer");
            Element data = append(confirmation, ASSERTION, "saml:SubjectConfirmationData");
            attribute(data, "InResponseTo", subjectInResponseTo);
            attribute(data, "NotOnOrAfter", subjectNotOnOrAfter);
            attribute(data, "Recipient", recipient);

            Element conditions = append(assertion, ASSERTION, "saml:Conditions");
            attribute(conditions, "NotBefore", notBefore);
            attribute(conditions, "NotOnOrAfter", notOnOrAfter);
            if (audience != null) {
                appendText(append(conditions, ASSERTION, "saml:AudienceRestriction"), ASSERTION, "saml:Audience", audience);
            }

            Element statement = append(assertion, ASSERTION, "saml:AuthnStatement");
            attribute(statement, "AuthnInstant", issueInstant);
            attribute(statement, "SessionIndex", sessionIndex);
            Element context = append(statement, ASSERTION, "saml:AuthnContext");
            if (classRef != null) {
                appendText(context, ASSERTION, "saml:AuthnContextClassRef", classRef);
            }
            return assertion;
        }

        private static void issuer(Element parent, String value) {
            if (value != null) {
                appendText(parent, ASSERTION, "saml:Issuer", value);
            }
        }

        private static void status(Element parent, String code, String secondLevel) {
            Element status = append(parent, PROTOCOL, "samlp:Status");
            Element statusCode = append(status, PROTOCOL, "samlp:StatusCode");
            attribute(statusCode, "Value", code);
            if (secondLevel != null) {
                attribute(append(statusCode, PROTOCOL, "samlp:StatusCode"), "Value", secondLevel);
            }
        }
    }
}
