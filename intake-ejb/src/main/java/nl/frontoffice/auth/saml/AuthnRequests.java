package nl.frontoffice.auth.saml;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;


import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Makes our signed AuthnRequests to the IdP, for the HTTP-Redirect or the HTTP-POST binding.
 *
 * <p>Each request has a fresh ID, asks for the HTTP-Artifact answer at our assertion consumer
 * service (by index, or by URL with ProtocolBinding; SAML core §3.4.1 makes the two forms mutually
 * exclusive) and carries {@code RequestedAuthnContext Comparison="minimum"} with the class ref of
 * the higher of the level asked and the configured minimum.
 *
 * <ul>
 * <li>HTTP-Redirect (SAML bindings §3.4.4.1): the XML is DEFLATEd (raw), base64- and URL-encoded;
 * the XML itself carries no signature, instead {@code SigAlg} (RSA-SHA256) and {@code Signature}
 * sign the exact query string {@code SAMLRequest=…&RelayState=…&SigAlg=…}.</li>
 * <li>HTTP-POST: the XML carries an enveloped signature (RSA-SHA256, SHA-256, exclusive c14n) and
 * is base64-encoded for a form field.</li>
 * </ul>
 *
 * <p>Usage: {@code RedirectAuthnRequest r = new AuthnRequests(sp, idp, clock).redirect(MIDDEN, null);}
 * Thread-safe.
 */
public final class AuthnRequests {

    /** SAML bindings §3.4.3 and §3.5.3: RelayState must not exceed 80 bytes. */
    public static final int MAX_RELAY_STATE_BYTES = 80;

    private final ServiceProviderSettings sp;
    private final IdentityProviderMetadata idp;
    private final Clock clock;

    /**
     * @param sp    our settings: entity id, assertion consumer service, signing key, minimum level
     * @param idp   the IdP's metadata: where its SingleSignOnService is
     * @param clock for IssueInstant
     */
    public AuthnRequests(ServiceProviderSettings sp, IdentityProviderMetadata idp, Clock clock) {
        this.sp = Objects.requireNonNull(sp);
        this.idp = Objects.requireNonNull(idp);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @param level      the least assurance level this login needs (raised to the configured minimum)
     * @param relayState an opaque value the IdP sends back unchanged, at most 80 bytes; may be {@code null}
     * @return the redirect location and the pending login to keep in the session
     * @throws IllegalStateException when the IdP metadata has no HTTP-Redirect SingleSignOnService
     */
    public RedirectAuthnRequest redirect(AssuranceLevel level, String relayState) {
        checkRelayState(relayState);
        URI destination = idp.singleSignOnService(Binding.HTTP_REDIRECT)
                .orElseThrow(() -> new IllegalStateException("IdP metadata has no HTTP-Redirect SingleSignOnService"));
        PendingLogin pending = pending(level);
        Document request = build(pending, destination);
        URI location = RedirectBinding.location(destination, RedirectBinding.SAML_REQUEST, SecureXml.toXml(request),
                relayState, sp.signingKey());
        return new RedirectAuthnRequest(location, pending);
    }

    /**
     * @param level      the least assurance level this login needs (raised to the configured minimum)
     * @param relayState an opaque value the IdP sends back unchanged, at most 80 bytes; may be {@code null}
     * @return the form action and fields, and the pending login to keep in the session
     * @throws IllegalStateException when the IdP metadata has no HTTP-POST SingleSignOnService
     */
    public PostAuthnRequest post(AssuranceLevel level, String relayState) {
        checkRelayState(relayState);
        URI destination = idp.singleSignOnService(Binding.HTTP_POST)
                .orElseThrow(() -> new IllegalStateException("IdP metadata has no HTTP-POST SingleSignOnService"));
        PendingLogin pending = pending(level);
        Document request = build(pending, destination);
        XmlSigner.sign(request.getDocumentElement(), sp.signingKey(), sp.currentCertificate());
        String samlRequest = Base64.getEncoder()
                .encodeToString(SecureXml.toXml(request).getBytes(StandardCharsets.UTF_8));
        return new PostAuthnRequest(destination, samlRequest, Optional.ofNullable(relayState), pending);
    }

    private PendingLogin pending(AssuranceLevel level) {
        return new PendingLogin(Saml.newId(), AssuranceLevel.max(Objects.requireNonNull(level), sp.minimumLevel()),
                clock.instant());
    }

    private Document build(PendingLogin pending, URI destination) {
        Document document = SecureXml.newDocument();
        Element request = document.createElementNS(Saml.PROTOCOL_NS, "samlp:AuthnRequest");
        request.setAttributeNS(Saml.XMLNS_NS, "xmlns:samlp", Saml.PROTOCOL_NS);
        request.setAttributeNS(Saml.XMLNS_NS, "xmlns:saml", Saml.ASSERTION_NS);
        document.appendChild(request);
        request.setAttributeNS(null, "ID", pending.authnRequestId());
        request.setAttributeNS(null, "Version", Saml.VERSION);
        request.setAttributeNS(null, "IssueInstant", Saml.format(pending.issuedAt()));
        request.setAttributeNS(null, "Destination", destination.toString());
        if (sp.requestAcsByIndex()) {
            request.setAttributeNS(null, "AssertionConsumerServiceIndex",
                    Integer.toString(sp.assertionConsumerServiceIndex()));
        } else {
            request.setAttributeNS(null, "AssertionConsumerServiceURL", sp.assertionConsumerServiceUrl().toString());
            request.setAttributeNS(null, "ProtocolBinding", Binding.HTTP_ARTIFACT.uri());
        }
        Dom.appendText(request, Saml.ASSERTION_NS, "saml:Issuer", sp.entityId());
        Element context = Dom.append(request, Saml.PROTOCOL_NS, "samlp:RequestedAuthnContext");
        context.setAttributeNS(null, "Comparison", "minimum");
        Dom.appendText(context, Saml.ASSERTION_NS, "saml:AuthnContextClassRef", pending.requestedLevel().classRef());
        return document;
    }

    static void checkRelayState(String relayState) {
        if (relayState != null && relayState.getBytes(StandardCharsets.UTF_8).length > MAX_RELAY_STATE_BYTES) {
            throw new IllegalArgumentException("RelayState exceeds " + MAX_RELAY_STATE_BYTES + " bytes");
        }
    }
}
