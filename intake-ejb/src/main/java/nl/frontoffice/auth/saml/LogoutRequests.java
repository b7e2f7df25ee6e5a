package nl.frontoffice.auth.saml;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Makes our signed LogoutRequests to the IdP for the HTTP-Redirect binding (SAML core §3.7.1,
 * bindings §3.4.4.1): a fresh ID, Version 2.0, IssueInstant, NotOnOrAfter
 * ({@link #VALIDITY} later), Destination the IdP's HTTP-Redirect SingleLogoutService from its
 * metadata, Issuer our entity id, the NameID the IdP gave the citizen ({@code s00000000:<BSN>},
 * DigiD's form) and the SessionIndex of the citizen's DigiD session. The XML carries no signature:
 * the query string is DEFLATEd, base64-encoded and signed with RSA-SHA256 exactly as
 * {@link AuthnRequests#redirect} does.
 *
 * <p>Usage: {@code RedirectLogoutRequest r = new LogoutRequests(sp, idp, clock).redirect(citizen, "/");}
 * Thread-safe.
 */
public final class LogoutRequests {

    /** How long after its IssueInstant the IdP may act on our LogoutRequest (its NotOnOrAfter). */
    public static final Duration VALIDITY = Duration.ofMinutes(5);

    private static final String NAMEID_PREFIX = "s00000000:";

    private final ServiceProviderSettings sp;
    private final IdentityProviderMetadata idp;
    private final Clock clock;

    /**
     * @param sp    our settings: entity id and signing key
     * @param idp   the IdP's metadata: where its SingleLogoutService is
     * @param clock for IssueInstant and NotOnOrAfter
     */
    public LogoutRequests(ServiceProviderSettings sp, IdentityProviderMetadata idp, Clock clock) {
        this.sp = Objects.requireNonNull(sp);
        this.idp = Objects.requireNonNull(idp);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @return whether a LogoutRequest can be sent: the IdP has an HTTP-Redirect SingleLogoutService
     *         and we publish a single logout service for its answer
     */
    public boolean supported() {
        return idp.singleLogoutService(Binding.HTTP_REDIRECT).isPresent() && sp.singleLogoutServiceUrl().isPresent();
    }

    /**
     * @param citizen    whose DigiD session is to end (NameID from the BSN, and the SessionIndex)
     * @param relayState an opaque value the IdP sends back with its LogoutResponse, at most 80 bytes; may be {@code null}
     * @return the redirect location and the pending logout to keep in the session
     * @throws IllegalStateException when not {@link #supported()}
     */
    public RedirectLogoutRequest redirect(AuthenticatedCitizen citizen, String relayState) {
        Objects.requireNonNull(citizen, "citizen");
        AuthnRequests.checkRelayState(relayState);
        URI destination = idp.singleLogoutService(Binding.HTTP_REDIRECT)
                .orElseThrow(() -> new IllegalStateException("IdP metadata has no HTTP-Redirect SingleLogoutService"));
        if (sp.singleLogoutServiceUrl().isEmpty()) {
            throw new IllegalStateException("no single logout service of ours to receive the LogoutResponse");
        }
        PendingLogout pending = new PendingLogout(Saml.newId(), clock.instant());
        String xml = SecureXml.toXml(build(pending, destination, citizen));
        URI location = RedirectBinding.location(destination, RedirectBinding.SAML_REQUEST, xml, relayState,
                sp.signingKey());
        return new RedirectLogoutRequest(location, pending);
    }

    private Document build(PendingLogout pending, URI destination, AuthenticatedCitizen citizen) {
        Document document = SecureXml.newDocument();
        Element request = document.createElementNS(Saml.PROTOCOL_NS, "samlp:LogoutRequest");
        request.setAttributeNS(Saml.XMLNS_NS, "xmlns:samlp", Saml.PROTOCOL_NS);
        request.setAttributeNS(Saml.XMLNS_NS, "xmlns:saml", Saml.ASSERTION_NS);
        document.appendChild(request);
        request.setAttributeNS(null, "ID", pending.logoutRequestId());
        request.setAttributeNS(null, "Version", Saml.VERSION);
        request.setAttributeNS(null, "IssueInstant", Saml.format(pending.issuedAt()));
        request.setAttributeNS(null, "Destination", destination.toString());
        request.setAttributeNS(null, "NotOnOrAfter", Saml.format(pending.issuedAt().plus(VALIDITY)));
        Dom.appendText(request, Saml.ASSERTION_NS, "saml:Issuer", sp.entityId());
        Dom.appendText(request, Saml.ASSERTION_NS, "saml:NameID", NAMEID_PREFIX + citizen.bsn().value());
        Dom.appendText(request, Saml.PROTOCOL_NS, "samlp:SessionIndex", citizen.sessionIndex());
        return document;
    }
}
