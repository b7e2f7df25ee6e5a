package nl.frontoffice.auth.saml;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.w3c.dom.Element;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;

/**
 * Checks the IdP's LogoutResponse that the browser brings back to our single logout service by
 * HTTP-Redirect, strictly, and returns its status.
 *
 * <p>In order, each failure with its own {@link Reason}:
 * <ol>
 * <li>The query string has {@code SAMLResponse} once and no parameter twice ({@link Reason#MALFORMED}).</li>
 * <li>It is signed over the query string as received (SAML bindings §3.4.4.1) with a signing
 * certificate from the IdP metadata, never a key from the message: no SigAlg or Signature is
 * {@link Reason#SIGNATURE_MISSING}, SHA-1 or an unknown SigAlg {@link Reason#WEAK_ALGORITHM}, a
 * signature no trusted key verifies {@link Reason#SIGNATURE_INVALID}. No XML is parsed before.</li>
 * <li>The message inflates within bounds and parses without DOCTYPE ({@link Reason#DOCTYPE_PRESENT})
 * to a {@code samlp:LogoutResponse} with Version 2.0, an ID and an IssueInstant.</li>
 * <li>Issuer the IdP's entity id, Destination our single logout URL, InResponseTo the id of the
 * pending logout of this browser session; IssueInstant not in the future beyond the clock skew,
 * nor before our request, and the answer within {@link #MAX_LOGOUT_AGE} of our request.</li>
 * <li>The response id, and our request id as answered, are recorded in the replay cache: a second
 * answer, or the same one again, is {@link Reason#REPLAYED_MESSAGE}.</li>
 * </ol>
 * A status other than Success is not an exception: {@link LogoutResult#success()} is then false
 * and the status codes tell what the IdP said (e.g. PartialLogout), for the caller to report.
 *
 * <p>Usage: {@code LogoutResult r = new LogoutResponseValidator(sp, idp, replayCache, clock)
 * .validate(request.getQueryString(), pending);} Thread-safe when the replay cache is.
 */
public final class LogoutResponseValidator {

    /** How long after our LogoutRequest its answer is still accepted. */
    public static final Duration MAX_LOGOUT_AGE = Duration.ofMinutes(10);

    private final ServiceProviderSettings sp;
    private final IdentityProviderMetadata idp;
    private final ReplayCache replayCache;
    private final Clock clock;

    /**
     * @param sp          our settings: single logout service URL (Destination), clock skew
     * @param idp         the IdP: entity id (Issuer) and the only keys whose signatures count
     * @param replayCache remembers accepted logout messages
     * @param clock       the time the time checks use
     */
    public LogoutResponseValidator(ServiceProviderSettings sp, IdentityProviderMetadata idp, ReplayCache replayCache,
            Clock clock) {
        this.sp = Objects.requireNonNull(sp);
        this.idp = Objects.requireNonNull(idp);
        this.replayCache = Objects.requireNonNull(replayCache);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @param rawQuery the query string exactly as received ({@code HttpServletRequest.getQueryString()})
     * @param pending  the logout this browser session started, taken (and removed) from the session;
     *                 {@code null} when there was none (the response is then unsolicited)
     * @return the IdP's status, and the RelayState that came with it
     * @throws SamlValidationException the first check that failed
     */
    public LogoutResult validate(String rawQuery, PendingLogout pending) throws SamlValidationException {
        RedirectBinding.Received received = RedirectBinding.receive(rawQuery, RedirectBinding.SAML_RESPONSE);
        received.verify(idp.signingCertificates());
        Element response = SecureXml.parse(received.xml()).getDocumentElement();
        if (!Dom.is(response, Saml.PROTOCOL_NS, "LogoutResponse")) {
            throw new SamlValidationException(Reason.MALFORMED, "LogoutResponse");
        }
        String id = checkProtocolMessage(response, idp);
        Instant issued = requiredTime(response, "IssueInstant");

        String destination = sp.singleLogoutServiceUrl()
                .orElseThrow(() -> new IllegalStateException("no single logout service of ours configured"))
                .toString();
        if (!Dom.attribute(response, "Destination").orElse("").equals(destination)) {
            throw new SamlValidationException(Reason.DESTINATION_MISMATCH, "LogoutResponse");
        }
        if (pending == null
                || !Dom.attribute(response, "InResponseTo").orElse("").equals(pending.logoutRequestId())) {
            throw new SamlValidationException(Reason.IN_RESPONSE_TO_MISMATCH, "LogoutResponse");
        }
        Instant now = clock.instant();
        Duration skew = sp.clockSkew();
        if (issued.isAfter(now.plus(skew))) {
            throw new SamlValidationException(Reason.NOT_YET_VALID, "LogoutResponse");
        }
        Instant answerableUntil = pending.issuedAt().plus(MAX_LOGOUT_AGE).plus(skew);
        if (issued.isBefore(pending.issuedAt().minus(skew)) || !now.isBefore(answerableUntil)) {
            throw new SamlValidationException(Reason.EXPIRED, "LogoutResponse");
        }
        Element status = Dom.single(response, Saml.PROTOCOL_NS, "Status")
                .orElseThrow(() -> new SamlValidationException(Reason.MALFORMED, "Status"));
        Element code = Dom.single(status, Saml.PROTOCOL_NS, "StatusCode")
                .orElseThrow(() -> new SamlValidationException(Reason.MALFORMED, "StatusCode"));
        String value = Dom.attribute(code, "Value").filter(text -> !text.isBlank())
                .orElseThrow(() -> new SamlValidationException(Reason.MALFORMED, "StatusCode"));
        String second = Dom.single(code, Saml.PROTOCOL_NS, "StatusCode")
                .flatMap(nested -> Dom.attribute(nested, "Value")).orElse(null);

        if (!replayCache.firstUse(ReplayCache.LOGOUT_RESPONSE, id, answerableUntil)
                || !replayCache.firstUse(ReplayCache.LOGOUT_ANSWERED, pending.logoutRequestId(), answerableUntil)) {
            throw new SamlValidationException(Reason.REPLAYED_MESSAGE, "LogoutResponse");
        }
        return new LogoutResult(value, second, received.relayState().orElse(null));
    }

    /**
     * Version 2.0, a non-empty ID, and exactly one Issuer that is the IdP's entity id (Format
     * entity or none), read as full text.
     *
     * @return the message's ID
     */
    static String checkProtocolMessage(Element message, IdentityProviderMetadata idp) throws SamlValidationException {
        String where = message.getLocalName();
        if (!Saml.VERSION.equals(Dom.attribute(message, "Version").orElse(""))) {
            throw new SamlValidationException(Reason.MALFORMED, where);
        }
        String id = Dom.attribute(message, "ID").filter(value -> !value.isBlank())
                .orElseThrow(() -> new SamlValidationException(Reason.MALFORMED, where));
        List<Element> issuers = Dom.children(message, Saml.ASSERTION_NS, "Issuer");
        if (issuers.size() != 1) {
            throw new SamlValidationException(Reason.ISSUER_MISMATCH, where);
        }
        Element issuer = issuers.get(0);
        String format = Dom.attribute(issuer, "Format").orElse(Saml.NAMEID_ENTITY);
        if (!format.equals(Saml.NAMEID_ENTITY) || !idp.entityId().equals(Dom.fullText(issuer).orElse(null))) {
            throw new SamlValidationException(Reason.ISSUER_MISMATCH, where);
        }
        return id;
    }

    static Instant requiredTime(Element element, String attribute) throws SamlValidationException {
        return optionalTime(element, attribute)
                .orElseThrow(() -> new SamlValidationException(Reason.MALFORMED, element.getLocalName()));
    }

    static Optional<Instant> optionalTime(Element element, String attribute) throws SamlValidationException {
        Optional<String> value = Dom.attribute(element, attribute);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Saml.parseInstant(value.get()));
        } catch (DateTimeException e) {
            throw new SamlValidationException(Reason.MALFORMED, element.getLocalName());
        }
    }
}
