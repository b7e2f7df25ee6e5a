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

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

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
