package nl.frontoffice.digidsimulator.artifact;

import static nl.frontoffice.digidsimulator.saml.SamlNames.ASSERTION_NS;
import static nl.frontoffice.digidsimulator.saml.SamlNames.PROTOCOL_NS;
import static nl.frontoffice.digidsimulator.saml.SamlNames.SOAP11_NS;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.frontoffice.digidsimulator.idp.IdpCredential;
import nl.frontoffice.digidsimulator.idp.IdpSettings;
import nl.frontoffice.digidsimulator.saml.Dom;
import nl.frontoffice.digidsimulator.saml.MessageChecks;
import nl.frontoffice.digidsimulator.saml.SamlException;
import nl.frontoffice.digidsimulator.saml.SamlNames;
import nl.frontoffice.digidsimulator.saml.SamlStatus;
import nl.frontoffice.digidsimulator.saml.SamlValues;
import nl.frontoffice.digidsimulator.saml.SecureXml;
import nl.frontoffice.digidsimulator.saml.XmlSignatures;
import nl.frontoffice.digidsimulator.sp.ServiceProviderDirectory;

/**
 * The ArtifactResolutionService (SAML bindings §3.6, SOAP binding §3.2): answers a SOAP 1.1 {@code ArtifactResolve}
 * with a signed {@code ArtifactResponse}.
 *
 * <ul>
 *   <li>The ArtifactResolve must be signed (enveloped, see {@link XmlSignatures#verify}) with a signing certificate
 *       from the metadata of the service provider named in its Issuer; its Destination, if present, must be the
 *       resolution URL. Otherwise: status Requester / RequestDenied with the reason, and no message.</li>
 *   <li>An artifact that is unknown, expired, already resolved, issued for another SP or not ours: status Success and
 *       no message (SAML core §3.5.1).</li>
 *   <li>Otherwise: status Success with the stored Response; the artifact is gone afterwards.</li>
 *   <li>A request that is not a SOAP envelope holding an ArtifactResolve gets a SOAP fault (HTTP 500).</li>
 * </ul>
 */
public final class ArtifactResolutionService {

    private static final Logger LOG = Logger.getLogger(ArtifactResolutionService.class.getName());

    /** What goes back over HTTP: status code and SOAP envelope. */
    public record Result(int httpStatus, String soapEnvelope) {
    }

    private final IdpSettings idp;
    private final IdpCredential credential;
    private final ServiceProviderDirectory serviceProviders;
    private final ArtifactStore store;
    private final Clock clock;

    public ArtifactResolutionService(IdpSettings idp, IdpCredential credential,
                                     ServiceProviderDirectory serviceProviders, ArtifactStore store, Clock clock) {
        this.idp = idp;
        this.credential = credential;
        this.serviceProviders = serviceProviders;
        this.store = store;
        this.clock = clock;
    }

    public Result resolve(byte[] soapRequest) {
        Element resolve;
        try {
            resolve = artifactResolve(SecureXml.parse(soapRequest));
        } catch (SamlException e) {
            LOG.warning(() -> "ArtifactResolve refused (SOAP fault): " + e.getMessage());
            return new Result(500, fault("Client", e.getMessage()));
        }
        Optional<String> requestId = Dom.attribute(resolve, "ID");
        try {
            MessageChecks.versionIdAndTime(resolve, clock.instant());
            String issuer = MessageChecks.issuer(resolve);
            Optional<String> destination = Dom.attribute(resolve, "Destination");
            if (destination.isPresent() && !destination.get().equals(idp.artifactResolutionUrl())) {
                throw new SamlException("De Destination van ArtifactResolve is " + destination.get() + "; verwacht "
                        + idp.artifactResolutionUrl() + ".");
            }
            serviceProviders.authenticate(issuer,
                    candidate -> XmlSignatures.verify(resolve, candidate.signingCertificates()));
            String encoded = Dom.text(Dom.requiredChild(resolve, PROTOCOL_NS, "Artifact"));
            Optional<String> message = message(encoded, issuer);
            LOG.info(() -> message.isPresent()
                    ? "Artifact resolved for " + issuer
                    : "Artifact not resolvable (unknown, expired, used, or not for " + issuer + ")");
            return new Result(200, artifactResponse(requestId, SamlNames.STATUS_SUCCESS, Optional.empty(), message));
        } catch (SamlException e) {
            LOG.warning(() -> "ArtifactResolve refused: " + e.getMessage());
            return new Result(200, artifactResponse(requestId, SamlNames.STATUS_REQUESTER,
                    Optional.of(e.getMessage()), Optional.empty()));
        }
    }

    private Optional<String> message(String encoded, String requester) {
        Artifact artifact;
        try {
            artifact = Artifact.parse(encoded);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!artifact.isIssuedBy(idp.entityId()) || artifact.endpointIndex() != 0) {
            return Optional.empty();
        }
        return store.take(artifact, requester);
    }

    private static Element artifactResolve(Document document) throws SamlException {
        Element envelope = document.getDocumentElement();
        if (!Dom.is(envelope, SOAP11_NS, "Envelope")) {
            throw new SamlException("Het verzoek is geen SOAP 1.1-envelope.");
        }
        Element body = Dom.requiredChild(envelope, SOAP11_NS, "Body");
        List<Element> content = Dom.children(body);
        if (content.size() != 1 || !Dom.is(content.get(0), PROTOCOL_NS, "ArtifactResolve")) {
            throw new SamlException("De SOAP Body moet precies één samlp:ArtifactResolve bevatten.");
        }
        return content.get(0);
    }

    /**
     * A signed ArtifactResponse in a SOAP envelope. With Success and a message, the message (a Response) follows the
     * Status; with an error status, the second-level RequestDenied and the reason are given.
     */
    private String artifactResponse(Optional<String> inResponseTo, String status, Optional<String> reason,
                                    Optional<String> message) {
        Element envelope = Dom.newRoot(SOAP11_NS, "soap:Envelope");
        Element body = Dom.append(envelope, SOAP11_NS, "soap:Body");
        Element response = Dom.append(body, PROTOCOL_NS, "samlp:ArtifactResponse");
        Dom.declare(response, "samlp", PROTOCOL_NS);
        Dom.declare(response, "saml", ASSERTION_NS);
        response.setAttributeNS(null, "ID", SamlValues.newId());
        response.setAttributeNS(null, "Version", SamlNames.VERSION);
        response.setAttributeNS(null, "IssueInstant", SamlValues.dateTime(clock.instant()));
        inResponseTo.ifPresent(id -> response.setAttributeNS(null, "InResponseTo", id));
        Dom.append(response, ASSERTION_NS, "saml:Issuer", idp.entityId());
        if (SamlNames.STATUS_SUCCESS.equals(status)) {
            SamlStatus.success(response);
        } else {
            SamlStatus.append(response, status, Optional.of(SamlNames.STATUS_REQUEST_DENIED), reason);
        }
        if (message.isPresent()) {
            try {
                Element stored = SecureXml.parse(message.get()).getDocumentElement();
                response.appendChild(response.getOwnerDocument().importNode(stored, true));
            } catch (SamlException e) {
                throw new IllegalStateException("A stored message cannot be parsed", e);
            }
        }
        Document document = SecureXml.reparse(envelope.getOwnerDocument());
        Element signed = Dom.children(Dom.children(document.getDocumentElement(), SOAP11_NS, "Body").get(0),
                PROTOCOL_NS, "ArtifactResponse").get(0);
        Element issuer = Dom.children(signed, ASSERTION_NS, "Issuer").get(0);
        XmlSignatures.sign(signed, issuer.getNextSibling(), credential.privateKey(), credential.certificate());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SecureXml.toString(document);
    }

    /** A SOAP 1.1 fault ({@code Client} or {@code Server}). */
    public static String fault(String code, String reason) {
        Element envelope = Dom.newRoot(SOAP11_NS, "soap:Envelope");
        Element body = Dom.append(envelope, SOAP11_NS, "soap:Body");
        Element fault = Dom.append(body, SOAP11_NS, "soap:Fault");
        Dom.append(fault, "", "faultcode", "soap:" + code);
        Dom.append(fault, "", "faultstring", reason);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SecureXml.toString(envelope.getOwnerDocument());
    }
}
