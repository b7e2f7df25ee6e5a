package nl.frontoffice.auth.saml;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;
import nl.frontoffice.domain.citizen.Bsn;

/**
 * IdP-initiated single logout by HTTP-Redirect: checks the IdP's LogoutRequest at our single logout
 * service and makes our signed LogoutResponse to it.
 *
 * <p>The checks, in order, each with its own {@link Reason}: {@code SAMLRequest} once and no
 * parameter twice; signed over the query string by a key from the IdP metadata (SHA-256 or
 * stronger) before any XML is parsed; no DOCTYPE; a {@code samlp:LogoutRequest} with Version 2.0,
 * ID and IssueInstant; Issuer the IdP; Destination our single logout URL; IssueInstant neither in
 * the future nor older than {@link #MAX_AGE} (beyond the clock skew), NotOnOrAfter (if any) not
 * passed; exactly one NameID whose full text is {@code s00000000:} and a valid BSN; the request id
 * not seen before ({@link Reason#REPLAYED_MESSAGE}). The answer is a LogoutResponse with status
 * Success (SAML core §3.7.3.2 allows Success also when there was no session to end), Destination
 * the IdP's SingleLogoutService response location, signed over the query string like our
 * LogoutRequests, with the RelayState echoed.
 *
 * <p>Usage: {@code IdpLogoutRequest r = new LogoutRequestHandler(sp, idp, replayCache, clock).handle(query);}
 * then end the sessions {@code r.ends(citizen)} names and redirect to {@code r.responseLocation()}.
 * Thread-safe when the replay cache is.
 */
public final class LogoutRequestHandler {

    /** How old (by IssueInstant) an IdP's LogoutRequest may be. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final ServiceProviderSettings sp;
    private final IdentityProviderMetadata idp;
    private final ReplayCache replayCache;
    private final Clock clock;

    /**
     * @param sp          our settings: single logout URL (Destination), entity id (our Issuer), signing key, clock skew
     * @param idp         the IdP: entity id, signing certificates, SingleLogoutService for the answer
     * @param replayCache remembers the LogoutRequest ids accepted
     * @param clock       for the time checks and our IssueInstant
     */
    public LogoutRequestHandler(ServiceProviderSettings sp, IdentityProviderMetadata idp, ReplayCache replayCache,
            Clock clock) {
        this.sp = Objects.requireNonNull(sp);
        this.idp = Objects.requireNonNull(idp);
        this.replayCache = Objects.requireNonNull(replayCache);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @param rawQuery the query string exactly as received
     * @return whom to log out, and the redirect with our signed answer
     * @throws SamlValidationException the first check that failed
     * @throws IllegalStateException   when we have no single logout URL or the IdP metadata has no
     *                                 HTTP-Redirect SingleLogoutService to answer to
     */
    public IdpLogoutRequest handle(String rawQuery) throws SamlValidationException {
        String ours = sp.singleLogoutServiceUrl()
                .orElseThrow(() -> new IllegalStateException("no single logout service of ours configured")).toString();
        URI answerTo = idp.singleLogoutResponseService(Binding.HTTP_REDIRECT)
                .orElseThrow(() -> new IllegalStateException("IdP metadata has no HTTP-Redirect SingleLogoutService"));

        RedirectBinding.Received received = RedirectBinding.receive(rawQuery, RedirectBinding.SAML_REQUEST);
        received.verify(idp.signingCertificates());
        Element request = SecureXml.parse(received.xml()).getDocumentElement();
        if (!Dom.is(request, Saml.PROTOCOL_NS, "LogoutRequest")) {
            throw new SamlValidationException(Reason.MALFORMED, "LogoutRequest");
        }
        String id = LogoutResponseValidator.checkProtocolMessage(request, idp);
        Instant issued = LogoutResponseValidator.requiredTime(request, "IssueInstant");
        if (!Dom.attribute(request, "Destination").orElse("").equals(ours)) {
            throw new SamlValidationException(Reason.DESTINATION_MISMATCH, "LogoutRequest");
        }
        Instant now = clock.instant();
        Duration skew = sp.clockSkew();
        if (issued.isAfter(now.plus(skew))) {
            throw new SamlValidationException(Reason.NOT_YET_VALID, "LogoutRequest");
        }
        Instant rememberUntil = issued.plus(MAX_AGE).plus(skew);
        if (!now.isBefore(rememberUntil)) {
            throw new SamlValidationException(Reason.EXPIRED, "LogoutRequest");
        }
        Optional<Instant> notOnOrAfter = LogoutResponseValidator.optionalTime(request, "NotOnOrAfter");
        if (notOnOrAfter.isPresent() && !now.minus(skew).isBefore(notOnOrAfter.get())) {
            throw new SamlValidationException(Reason.EXPIRED, "LogoutRequest");
        }
        Bsn bsn = ArtifactResponseValidator.bsn(request);
        List<String> sessionIndexes = new ArrayList<>();
        for (Element index : Dom.children(request, Saml.PROTOCOL_NS, "SessionIndex")) {
            sessionIndexes.add(Dom.fullText(index).filter(text -> !text.isBlank())
                    .orElseThrow(() -> new SamlValidationException(Reason.MALFORMED, "SessionIndex")));
        }
        if (!replayCache.firstUse(ReplayCache.LOGOUT_REQUEST, id, rememberUntil)) {
            throw new SamlValidationException(Reason.REPLAYED_MESSAGE, "LogoutRequest");
        }
        String answer = SecureXml.toXml(response(id, answerTo, now));
        URI location = RedirectBinding.location(answerTo, RedirectBinding.SAML_RESPONSE, answer,
                received.relayState().orElse(null), sp.signingKey());
        return new IdpLogoutRequest(id, bsn, sessionIndexes, location);
    }

    private Document response(String inResponseTo, URI destination, Instant now) {
        Document document = SecureXml.newDocument();
        Element response = document.createElementNS(Saml.PROTOCOL_NS, "samlp:LogoutResponse");
        response.setAttributeNS(Saml.XMLNS_NS, "xmlns:samlp", Saml.PROTOCOL_NS);
        response.setAttributeNS(Saml.XMLNS_NS, "xmlns:saml", Saml.ASSERTION_NS);
        document.appendChild(response);
        response.setAttributeNS(null, "ID", Saml.newId());
        response.setAttributeNS(null, "Version", Saml.VERSION);
        response.setAttributeNS(null, "IssueInstant", Saml.format(now));
        response.setAttributeNS(null, "Destination", destination.toString());
        response.setAttributeNS(null, "InResponseTo", inResponseTo);
        Dom.appendText(response, Saml.ASSERTION_NS, "saml:Issuer", sp.entityId());
        Element status = Dom.append(response, Saml.PROTOCOL_NS, "samlp:Status");
        Dom.append(status, Saml.PROTOCOL_NS, "samlp:StatusCode").setAttributeNS(null, "Value", Saml.STATUS_SUCCESS);
        return document;
    }
}
