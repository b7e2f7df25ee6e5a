package nl.frontoffice.digidsimulator.testing;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.frontoffice.digidsimulator.idp.IdpSettings;
import nl.frontoffice.digidsimulator.saml.SamlException;
import nl.frontoffice.digidsimulator.saml.SamlNames;
import nl.frontoffice.digidsimulator.saml.SecureXml;
import nl.frontoffice.digidsimulator.sp.Endpoint;
import nl.frontoffice.digidsimulator.sp.ServiceProvider;

/**
 * A service provider as the tests play it: its identity and endpoints, and the messages it sends, written as text
 * and signed with the JDK directly (not with the simulator's own code).
 */
public final class TestServiceProvider {

    public static final String ENTITY_ID = "http://localhost:8080/saml/metadata";
    public static final String ACS = "http://localhost:8080/saml/acs";
    public static final String ACS_2 = "http://localhost:8080/saml/acs-2";
    public static final String ACS_POST = "http://localhost:8080/saml/acs-post";
    public static final String SLO = "http://localhost:8080/saml/logout";
    public static final String SLO_RESPONSE = "http://localhost:8080/saml/logout-response";

    public static final IdpSettings IDP = IdpSettings.defaults();

    public static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    public static final String RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";

    private TestServiceProvider() {
    }

    /**
     * The SP as its metadata would describe it: ACS index 0 (artifact, default), index 1 (POST), index 2 (artifact),
     * SLO by HTTP-Redirect with a separate ResponseLocation.
     */
    public static ServiceProvider serviceProvider(X509Certificate... signingCertificates) {
        return new ServiceProvider(ENTITY_ID, List.of(signingCertificates),
                List.of(Endpoint.indexed(SamlNames.BINDING_HTTP_ARTIFACT, ACS, 0, true),
                        Endpoint.indexed(SamlNames.BINDING_HTTP_POST, ACS_POST, 1, false),
                        Endpoint.indexed(SamlNames.BINDING_HTTP_ARTIFACT, ACS_2, 2, false)),
                List.of(new Endpoint(SamlNames.BINDING_HTTP_REDIRECT, SLO, java.util.Optional.of(SLO_RESPONSE), -1,
                        false)));
    }

    /** An AuthnRequest as text; every part can be changed to make a bad one. */
    public static final class AuthnRequest {
        public String id = "_req-" + System.nanoTime();
        public String issuer = ENTITY_ID;
        public String destination = IDP.ssoUrl();
        public Instant issueInstant = Instant.now();
        public String version = "2.0";
        public String acsAttributes = "AssertionConsumerServiceIndex=\"0\"";
        public String protocolBinding = SamlNames.BINDING_HTTP_ARTIFACT;
        public String comparison = "minimum";
        public List<String> classRefs = List.of("urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract");
        public String extraAttributes = "";

        public String xml() {
            StringBuilder xml = new StringBuilder()
                    .append("<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ")
                    .append("xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"").append(id)
                    .append("\" Version=\"").append(version).append("\" IssueInstant=\"").append(issueInstant)
                    .append('"');
            if (destination != null) {
                xml.append(" Destination=\"").append(destination).append('"');
            }
            if (protocolBinding != null) {
                xml.append(" ProtocolBinding=\"").append(protocolBinding).append('"');
            }
            xml.append(' ').append(acsAttributes).append(' ').append(extraAttributes).append('>')
                    .append("<saml:Issuer>").append(issuer).append("</saml:Issuer>");
            if (!classRefs.isEmpty()) {
                xml.append("<samlp:RequestedAuthnContext Comparison=\"").append(comparison).append("\">");
                classRefs.forEach(ref -> xml.append("<saml:AuthnContextClassRef>").append(ref)
                        .append("</saml:AuthnContextClassRef>"));
                xml.append("</samlp:RequestedAuthnContext>");
            }
            return xml.append("</samlp:AuthnRequest>").toString();
        }
    }

    /** A LogoutRequest as text. */
    public static String logoutRequest(String id, String nameId, String sessionIndex) {
        return "<samlp:LogoutRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" "
                + "xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"" + id + "\" Version=\"2.0\" "
                + "IssueInstant=\"" + Instant.now() + "\" Destination=\"" + IDP.logoutUrl() + "\">"
                + "<saml:Issuer>" + ENTITY_ID + "</saml:Issuer><saml:NameID>" + nameId + "</saml:NameID>"
                + "<samlp:SessionIndex>" + sessionIndex + "</samlp:SessionIndex></samlp:LogoutRequest>";
    }

    /** The signed HTTP-Redirect query string for {@code SAMLRequest}, RSA-SHA256. */
    public static String redirectQuery(String xml, String relayState, PrivateKey key) {
        return redirectQuery(xml, relayState, key, RSA_SHA256, "SHA256withRSA");
    }

    /** The signed HTTP-Redirect query string with any algorithm (e.g. SHA-1, to see it refused). */
    public static String redirectQuery(String xml, String relayState, PrivateKey key, String sigAlg, String jca) {
        String query = unsignedQuery(xml, relayState) + "&SigAlg=" + encode(sigAlg);
        try {
            Signature signature = Signature.getInstance(jca);
            signature.initSign(key);
            signature.update(query.getBytes(StandardCharsets.US_ASCII));
            return query + "&Signature=" + encode(Base64.getEncoder().encodeToString(signature.sign()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String unsignedQuery(String xml, String relayState) {
        return "SAMLRequest=" + encode(deflate(xml)) + (relayState == null ? "" : "&RelayState=" + encode(relayState));
    }

    /** The HTTP-POST binding's SAMLRequest: the AuthnRequest with an enveloped signature, base64. */
    public static String postedRequest(String xml, PrivateKey key, X509Certificate certificate) {
        Document document = parse(xml);
        JdkSignatures.sign(document.getDocumentElement(), key, certificate);
        return Base64.getEncoder().encodeToString(SecureXml.toString(document).getBytes(StandardCharsets.UTF_8));
    }

    /** A SOAP envelope with an ArtifactResolve for {@code artifact}, signed with {@code key} (null: unsigned). */
    public static byte[] artifactResolve(String id, String artifact, PrivateKey key, X509Certificate certificate) {
        Document document = parse("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<samlp:ArtifactResolve xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" "
                + "xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"" + id + "\" Version=\"2.0\" "
                + "IssueInstant=\"" + Instant.now() + "\" Destination=\"" + IDP.artifactResolutionUrl() + "\">"
                + "<saml:Issuer>" + ENTITY_ID + "</saml:Issuer>"
                + "<samlp:Artifact>" + artifact + "</samlp:Artifact>"
                + "</samlp:ArtifactResolve></soap:Body></soap:Envelope>");
        if (key != null) {
            Element resolve = (Element) document.getElementsByTagNameNS(SamlNames.PROTOCOL_NS, "ArtifactResolve")
                    .item(0);
            JdkSignatures.sign(resolve, key, certificate);
        }
        return SecureXml.toString(document).getBytes(StandardCharsets.UTF_8);
    }

    public static Document parse(String xml) {
        try {
            return SecureXml.parse(xml);
        } catch (SamlException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String deflate(String xml) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(xml.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
