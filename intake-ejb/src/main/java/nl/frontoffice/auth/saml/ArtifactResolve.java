package nl.frontoffice.auth.saml;

import java.net.URI;
import java.time.Clock;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A signed {@code samlp:ArtifactResolve} for one artifact, in a SOAP 1.1 envelope, ready to send
 * to the artifact's resolution endpoint. The enveloped signature (RSA-SHA256, SHA-256, exclusive
 * c14n) is inside the ArtifactResolve, after its Issuer.
 *
 * <p>Usage: {@code ArtifactResolve resolve = ArtifactResolve.create(artifact, sp, clock);
 * String answer = client.resolve(resolve.endpoint(), resolve.soapMessage());}
 *
 * @param id          the ArtifactResolve's ID, which the ArtifactResponse's InResponseTo must equal
 * @param endpoint    where to send it: the IdP's ArtifactResolutionService for the artifact's index
 * @param soapMessage the SOAP envelope as XML text
 */
public record ArtifactResolve(String id, URI endpoint, String soapMessage) {

    /**
     * @param artifact a checked artifact (see {@link Artifact#parse})
     * @param sp       our settings: Issuer and signing key
     * @param clock    for IssueInstant
     * @return the signed request
     */
    public static ArtifactResolve create(Artifact artifact, ServiceProviderSettings sp, Clock clock) {
        String id = Saml.newId();
        Document document = SecureXml.newDocument();
        Element envelope = document.createElementNS(Saml.SOAP11_NS, "soap:Envelope");
        envelope.setAttributeNS(Saml.XMLNS_NS, "xmlns:soap", Saml.SOAP11_NS);
        document.appendChild(envelope);
        Element body = Dom.append(envelope, Saml.SOAP11_NS, "soap:Body");
        Element resolve = Dom.append(body, Saml.PROTOCOL_NS, "samlp:ArtifactResolve");
        resolve.setAttributeNS(Saml.XMLNS_NS, "xmlns:samlp", Saml.PROTOCOL_NS);
        resolve.setAttributeNS(Saml.XMLNS_NS, "xmlns:saml", Saml.ASSERTION_NS);
        resolve.setAttributeNS(null, "ID", id);
        resolve.setAttributeNS(null, "Version", Saml.VERSION);
        resolve.setAttributeNS(null, "IssueInstant", Saml.format(clock.instant()));
        resolve.setAttributeNS(null, "Destination", artifact.resolutionEndpoint().toString());
        Dom.appendText(resolve, Saml.ASSERTION_NS, "saml:Issuer", sp.entityId());
        Dom.appendText(resolve, Saml.PROTOCOL_NS, "samlp:Artifact", artifact.value());
        XmlSigner.sign(resolve, sp.signingKey(), sp.currentCertificate());
        return new ArtifactResolve(id, artifact.resolutionEndpoint(), SecureXml.toXml(document));
    }

    /**
     * @return the id and endpoint; the message carries an artifact, a bearer credential, and is not shown
     */
    @Override
    public String toString() {
        return "ArtifactResolve[" + id + " -> " + endpoint + "]";
    }
}
