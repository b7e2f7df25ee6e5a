package nl.frontoffice.auth.saml;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;
import nl.frontoffice.domain.citizen.Bsn;

/**
 * Checks DigiD's SOAP ArtifactResponse and the assertion in it, strictly, and returns the
 * authenticated citizen; the heart of this package.
 *
 * <p>In order, each failure with its own {@link Reason}:
 * <ol>
 * <li>The message parses without DOCTYPE, is a SOAP 1.1 Envelope whose Body has exactly one child,
 * a {@code samlp:ArtifactResponse}, and no ID value occurs twice anywhere in it.</li>
 * <li>The ArtifactResponse is signed by an IdP metadata key (see {@link SignatureVerifier}: one
 * reference to its own ID, allowed algorithms and transforms, KeyInfo ignored), its Issuer is the
 * IdP, its InResponseTo our ArtifactResolve's id, its status Success.</li>
 * <li>The document holds exactly one {@code samlp:Response}, a direct child of the ArtifactResponse
 * (signed as well, if it has a signature): Issuer the IdP, Destination our assertion consumer
 * service, InResponseTo our AuthnRequest's id, status Success (a second-level AuthnFailed or
 * RequestDenied is {@link Reason#CANCELLED_BY_USER}).</li>
 * <li>The whole document holds no EncryptedAssertion and exactly one {@code saml:Assertion}, a
 * direct child of the Response, signed by an IdP metadata key.</li>
 * <li>From that verified assertion element only: Issuer, IssueInstant, Conditions (time window
 * with clock skew, AudienceRestriction with our entity id, no unknown condition), the NameID's full
 * text exactly {@code s00000000:} and nine digits of a valid BSN, exactly one bearer
 * SubjectConfirmation (Recipient, InResponseTo, NotOnOrAfter), exactly one AuthnStatement with a
 * known class ref and a SessionIndex, the level at least the one asked; last, the assertion id is
 * recorded as used.</li>
 * </ol>
 * Reading values only by walking down from the elements whose signatures were verified, with
 * exactly one Assertion and no duplicate IDs in the document, is what defeats XML signature
 * wrapping.
 *
 * <p>Usage: {@code Artifact a = validator.acceptArtifact(samlArt);} before resolving, then
 * {@code AuthenticatedCitizen c = validator.validate(soapAnswer, resolve.id(), pending);}
 * Thread-safe when the replay cache is.
 */
public final class ArtifactResponseValidator {

    /** The largest SOAP message accepted, in characters. */
    public static final int MAX_MESSAGE_CHARS = TlsArtifactResolutionClient.MAX_RESPONSE_BYTES;
    /** How long a used artifact is remembered; DigiD's artifacts live for minutes. */
    public static final Duration ARTIFACT_REMEMBERED = Duration.ofMinutes(30);

    private static final String NAMEID_PREFIX = "s00000000:";
    private static final Pattern NAMEID = Pattern.compile("s00000000:[0-9]{9}");
    private static final Set<String> ID_ATTRIBUTES = Set.of("ID", "Id", "id");
    private static final Set<String> KNOWN_CONDITIONS = Set.of("AudienceRestriction", "OneTimeUse", "ProxyRestriction");

    private final ServiceProviderSettings sp;
    private final IdentityProviderMetadata idp;
    private final ReplayCache replayCache;
    private final Clock clock;
    private final SignatureVerifier verifier;

    /**
     * @param sp          our settings: entity id (Audience), assertion consumer service URL
     *                    (Destination, Recipient), minimum level, clock skew
     * @param idp         the IdP: entity id (Issuer) and the only keys whose signatures count
     * @param replayCache remembers used artifacts and assertion ids
     * @param clock       the time all time checks use
     */
    public ArtifactResponseValidator(ServiceProviderSettings sp, IdentityProviderMetadata idp, ReplayCache replayCache,
            Clock clock) {
        this.sp = Objects.requireNonNull(sp);
        this.idp = Objects.requireNonNull(idp);
        this.replayCache = Objects.requireNonNull(replayCache);
        this.clock = Objects.requireNonNull(clock);
        this.verifier = new SignatureVerifier(idp.signingCertificates());
    }

    /**
     * Checks an artifact and records its use; call it before resolving, and resolve only if it passes.
     *
     * @param samlArt the {@code SAMLart} parameter
     * @return the checked artifact
     * @throws SamlValidationException an artifact reason from {@link Artifact#parse}, or
     *                                 {@link Reason#REPLAYED_ARTIFACT}
     */
    public Artifact acceptArtifact(String samlArt) throws SamlValidationException {
        Artifact artifact = Artifact.parse(samlArt, idp);
        if (!replayCache.firstUse(ReplayCache.ARTIFACT, artifact.value(), clock.instant().plus(ARTIFACT_REMEMBERED))) {
            throw new SamlValidationException(Reason.REPLAYED_ARTIFACT, "SAMLart");
        }
        return artifact;
    }

    /**
     * @param soapResponse      the IdP's answer to our ArtifactResolve, as received
     * @param artifactResolveId the ID of that ArtifactResolve
     * @param pending           the login this browser session started (AuthnRequest id and level)
     * @return the authenticated citizen
     * @throws SamlValidationException the first check that failed
     */
    public AuthenticatedCitizen validate(String soapResponse, String artifactResolveId, PendingLogin pending)
            throws SamlValidationException {
        Objects.requireNonNull(artifactResolveId, "artifactResolveId");
        Objects.requireNonNull(pending, "pending");
        Instant now = clock.instant();
        if (soapResponse == null || soapResponse.length() > MAX_MESSAGE_CHARS) {
            throw new SamlValidationException(Reason.MALFORMED, "message size");
        }
        Document document = SecureXml.parse(soapResponse);
        Element artifactResponse = artifactResponse(document);
        rejectDuplicateIds(document);

        verifier.verify(artifactResponse);
        checkMessage(artifactResponse, artifactResolveId, now);
        checkStatus(artifactResponse, false);

        Element response = response(document, artifactResponse);
        if (SignatureVerifier.signatureOf(response).isPresent()) {
            verifier.verify(response);
        }
        checkMessage(response, pending.authnRequestId(), now);
        if (!Dom.attribute(response, "Destination").orElse("").equals(sp.assertionConsumerServiceUrl().toString())) {
            throw new SamlValidationException(Reason.DESTINATION_MISMATCH, "Response");
        }
        checkStatus(response, true);

        if (Dom.count(document, Saml.ASSERTION_NS, "EncryptedAssertion") > 0) {
            throw new SamlValidationException(Reason.ENCRYPTED_ASSERTION_UNSUPPORTED, "Response");
        }
        if (Dom.count(document, Saml.ASSERTION_NS, "Assertion") != 1) {
            throw new SamlValidationException(Reason.ASSERTION_COUNT, "Response");
        }
        Element assertion = Dom.single(response, Saml.ASSERTION_NS, "Assertion")
                .orElseThrow(() -> new SamlValidationException(Reason.ASSERTION_POSITION, "Assertion"));
        verifier.verify(assertion);
        return checkAssertion(assertion, pending, now);
    }

    private static Element artifactResponse(Document document) throws SamlValidationException {
        Element envelope = document.getDocumentElement();
        if (!Dom.is(envelope, Saml.SOAP11_NS, "Envelope")) {
            throw new SamlValidationException(Reason.MALFORMED, "Envelope");
        }
        Element body = Dom.single(envelope, Saml.SOAP11_NS, "Body")
                .orElseThrow(() -> new SamlValidationException(Reason.MALFORMED, "Body"));
        List<Element> content = Dom.childElements(body);
        if (content.size() != 1 || !Dom.is(content.get(0), Saml.PROTOCOL_NS, "ArtifactResponse")) {
            throw new SamlValidationException(Reason.MALFORMED, "Body");
        }
        return content.get(0);
    }

    private static Element response(Document document, Element artifactResponse) throws SamlValidationException {
        List<Element> responses = Dom.children(artifactResponse, Saml.PROTOCOL_NS, "Response");
        if (responses.size() != 1 || Dom.count(document, Saml.PROTOCOL_NS, "Response") != 1) {
            throw new SamlValidationException(Reason.RESPONSE_COUNT, "ArtifactResponse");
        }
        return responses.get(0);
    }

    /** Every value of an attribute named ID, Id, id or xml:id must be unique in the document. */
    private static void rejectDuplicateIds(Document document) throws SamlValidationException {
        Set<String> seen = new HashSet<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Attr attribute = (Attr) attributes.item(a);
                String namespace = attribute.getNamespaceURI();
                String name = attribute.getLocalName();
                boolean isId = namespace == null ? ID_ATTRIBUTES.contains(name)
                        : "http://www.w3.org/XML/1998/namespace".equals(namespace) && "id".equals(name);
                if (isId && !seen.add(attribute.getValue())) {
                    throw new SamlValidationException(Reason.DUPLICATE_ID, all.item(i).getLocalName());
                }
            }
        }
    }

    /** Version, Issuer, IssueInstant and InResponseTo of a protocol message. */
    private void checkMessage(Element message, String expectedInResponseTo, Instant now) throws SamlValidationException {
        String where = message.getLocalName();
        checkVersion(message);
        checkIssuer(message);
        notInFuture(requiredTime(message, "IssueInstant"), now, where);
        if (!Dom.attribute(message, "InResponseTo").orElse("").equals(expectedInResponseTo)) {
            throw new SamlValidationException(Reason.IN_RESPONSE_TO_MISMATCH, where);
        }
    }

    private static void checkVersion(Element element) throws SamlValidationException {
        if (!Saml.VERSION.equals(Dom.attribute(element, "Version").orElse(""))) {
            throw new SamlValidationException(Reason.MALFORMED, element.getLocalName());
        }
    }

    private void checkIssuer(Element element) throws SamlValidationException {
        List<Element> issuers = Dom.children(element, Saml.ASSERTION_NS, "Issuer");
        if (issuers.size() != 1) {
            throw new SamlValidationException(Reason.ISSUER_MISMATCH, element.getLocalName());
        }
        Element issuer = issuers.get(0);
        String format = Dom.attribute(issuer, "Format").orElse(Saml.NAMEID_ENTITY);
        if (!format.equals(Saml.NAMEID_ENTITY) || !idp.entityId().equals(Dom.fullText(issuer).orElse(null))) {
            throw new SamlValidationException(Reason.ISSUER_MISMATCH, element.getLocalName());
        }
    }

    private static void checkStatus(Element message, boolean cancellable) throws SamlValidationException {
        String where = message.getLocalName();
        Element status = Dom.single(message, Saml.PROTOCOL_NS, "Status")
                .orElseThrow(() -> new SamlValidationException(Reason.MALFORMED, where));
        Element code = Dom.single(status, Saml.PROTOCOL_NS, "StatusCode")
                .orElseThrow(() -> new SamlValidationException(Reason.MALFORMED, where));
        if (Saml.STATUS_SUCCESS.equals(Dom.attribute(code, "Value").orElse(""))) {
            return;
        }
        Optional<String> second = Dom.single(code, Saml.PROTOCOL_NS, "StatusCode")
                .flatMap(nested -> Dom.attribute(nested, "Value"));
        if (cancellable && second.filter(value -> value.equals(Saml.STATUS_AUTHN_FAILED)
                || value.equals(Saml.STATUS_REQUEST_DENIED)).isPresent()) {
            throw new SamlValidationException(Reason.CANCELLED_BY_USER, where);
        }
        throw new SamlValidationException(Reason.STATUS_NOT_SUCCESS, where);
    }

    private AuthenticatedCitizen checkAssertion(Element assertion, PendingLogin pending, Instant now)
            throws SamlValidationException {
        checkVersion(assertion);
        checkIssuer(assertion);
        notInFuture(requiredTime(assertion, "IssueInstant"), now, "Assertion");
        List<Instant> expiries = new ArrayList<>();

        checkConditions(assertion, now, expiries);

        Element subject = Dom.single(assertion, Saml.ASSERTION_NS, "Subject")
                .orElseThrow(() -> new SamlValidationException(Reason.NAMEID_FORMAT, "Subject"));
        Bsn bsn = bsn(subject);
        checkSubjectConfirmation(subject, pending, now, expiries);

        List<Element> statements = Dom.children(assertion, Saml.ASSERTION_NS, "AuthnStatement");
        if (statements.size() != 1) {
            throw new SamlValidationException(Reason.AUTHN_CONTEXT_MISSING, "AuthnStatement");
        }
        Element statement = statements.get(0);
        Optional<Instant> sessionEnd = optionalTime(statement, "SessionNotOnOrAfter");
        if (sessionEnd.isPresent()) {
            notExpired(sessionEnd.get(), now, "AuthnStatement");
        }
        AssuranceLevel level = Dom.single(statement, Saml.ASSERTION_NS, "AuthnContext")
                .flatMap(context -> Dom.single(context, Saml.ASSERTION_NS, "AuthnContextClassRef"))
                .flatMap(Dom::fullText)
                .flatMap(AssuranceLevel::fromClassRef)
                .orElseThrow(() -> new SamlValidationException(Reason.AUTHN_CONTEXT_MISSING, "AuthnContext"));
        String sessionIndex = Dom.attribute(statement, "SessionIndex").filter(value -> !value.isBlank())
                .orElseThrow(() -> new SamlValidationException(Reason.SESSION_INDEX_MISSING, "AuthnStatement"));

        if (!level.isAtLeast(AssuranceLevel.max(pending.requestedLevel(), sp.minimumLevel()))) {
            throw SamlValidationException.levelTooLow(level);
        }

        String assertionId = Dom.attribute(assertion, "ID").orElseThrow();
        Instant latest = expiries.stream().max(Instant::compareTo).orElseThrow();
        if (!replayCache.firstUse(ReplayCache.ASSERTION, idp.entityId() + ' ' + assertionId, latest.plus(sp.clockSkew()))) {
            throw new SamlValidationException(Reason.REPLAYED_ASSERTION, "Assertion");
        }
        Instant earliest = expiries.stream().min(Instant::compareTo).orElseThrow();
        return new AuthenticatedCitizen(bsn, level, sessionIndex, assertionId, earliest);
    }

    private void checkConditions(Element assertion, Instant now, List<Instant> expiries) throws SamlValidationException {
        List<Element> all = Dom.children(assertion, Saml.ASSERTION_NS, "Conditions");
        if (all.size() > 1) {
            throw new SamlValidationException(Reason.MALFORMED, "Conditions");
        }
        if (all.isEmpty()) {
            throw new SamlValidationException(Reason.AUDIENCE_MISMATCH, "Conditions");
        }
        Element conditions = all.get(0);
        Optional<Instant> notBefore = optionalTime(conditions, "NotBefore");
        if (notBefore.isPresent()) {
            notBefore(notBefore.get(), now, "Conditions");
        }
        Optional<Instant> notOnOrAfter = optionalTime(conditions, "NotOnOrAfter");
        if (notOnOrAfter.isPresent()) {
            notExpired(notOnOrAfter.get(), now, "Conditions");
            expiries.add(notOnOrAfter.get());
        }
        int audienceRestrictions = 0;
        for (Element condition : Dom.childElements(conditions)) {
            if (!Saml.ASSERTION_NS.equals(condition.getNamespaceURI()) || !KNOWN_CONDITIONS.contains(condition.getLocalName())) {
                throw new SamlValidationException(Reason.UNSUPPORTED_CONDITION, "Conditions");
            }
            if (condition.getLocalName().equals("AudienceRestriction")) {
                audienceRestrictions++;
                boolean ours = false;
                for (Element audience : Dom.children(condition, Saml.ASSERTION_NS, "Audience")) {
                    ours |= sp.entityId().equals(Dom.fullText(audience).orElse(null));
                }
                if (!ours) {
                    throw new SamlValidationException(Reason.AUDIENCE_MISMATCH, "AudienceRestriction");
                }
            }
        }
        if (audienceRestrictions == 0) {
            throw new SamlValidationException(Reason.AUDIENCE_MISMATCH, "Conditions");
        }
    }

    /** The NameID's full text, comments and child elements refused, must be s00000000: and a valid BSN. */
    static Bsn bsn(Element subject) throws SamlValidationException {
        List<Element> nameIds = Dom.children(subject, Saml.ASSERTION_NS, "NameID");
        if (nameIds.size() != 1
                || !Dom.children(subject, Saml.ASSERTION_NS, "EncryptedID").isEmpty()
                || !Dom.children(subject, Saml.ASSERTION_NS, "BaseID").isEmpty()) {
            throw new SamlValidationException(Reason.NAMEID_FORMAT, "NameID");
        }
        String text = Dom.fullText(nameIds.get(0))
                .orElseThrow(() -> new SamlValidationException(Reason.NAMEID_FORMAT, "NameID"));
        if (!NAMEID.matcher(text).matches()) {
            throw new SamlValidationException(Reason.NAMEID_FORMAT, "NameID");
        }
        String digits = text.substring(NAMEID_PREFIX.length());
        if (!Bsn.isValid(digits)) {
            throw new SamlValidationException(Reason.BSN_INVALID, "NameID");
        }
        return Bsn.of(digits);
    }

    private void checkSubjectConfirmation(Element subject, PendingLogin pending, Instant now, List<Instant> expiries)
            throws SamlValidationException {
        List<Element> confirmations = Dom.children(subject, Saml.ASSERTION_NS, "SubjectConfirmation");
        if (confirmations.size() != 1
                || !Saml.CONFIRMATION_BEARER.equals(Dom.attribute(confirmations.get(0), "Method").orElse(""))) {
            throw new SamlValidationException(Reason.SUBJECT_CONFIRMATION_INVALID, "SubjectConfirmation");
        }
        Element data = Dom.single(confirmations.get(0), Saml.ASSERTION_NS, "SubjectConfirmationData")
                .orElseThrow(() -> new SamlValidationException(Reason.SUBJECT_CONFIRMATION_INVALID, "SubjectConfirmationData"));
        if (!Dom.attribute(data, "Recipient").orElse("").equals(sp.assertionConsumerServiceUrl().toString())) {
            throw new SamlValidationException(Reason.RECIPIENT_MISMATCH, "SubjectConfirmationData");
        }
        if (!Dom.attribute(data, "InResponseTo").orElse("").equals(pending.authnRequestId())) {
            throw new SamlValidationException(Reason.IN_RESPONSE_TO_MISMATCH, "SubjectConfirmationData");
        }
        Optional<Instant> notBefore = optionalTime(data, "NotBefore");
        if (notBefore.isPresent()) {
            notBefore(notBefore.get(), now, "SubjectConfirmationData");
        }
        Instant notOnOrAfter = optionalTime(data, "NotOnOrAfter")
                .orElseThrow(() -> new SamlValidationException(Reason.SUBJECT_CONFIRMATION_INVALID, "SubjectConfirmationData"));
        notExpired(notOnOrAfter, now, "SubjectConfirmationData");
        expiries.add(notOnOrAfter);
    }

    /**
     * @return the element's whole text when it consists of text only; empty when it holds a
     *         comment, a processing instruction or an element (comment injection is refused, not
     *         read past)
     */
    private static Instant requiredTime(Element element, String attribute) throws SamlValidationException {
        return optionalTime(element, attribute)
                .orElseThrow(() -> new SamlValidationException(Reason.MALFORMED, element.getLocalName()));
    }

    private static Optional<Instant> optionalTime(Element element, String attribute) throws SamlValidationException {
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

    private void notInFuture(Instant instant, Instant now, String where) throws SamlValidationException {
        notBefore(instant, now, where);
    }

    private void notBefore(Instant notBefore, Instant now, String where) throws SamlValidationException {
        if (now.plus(sp.clockSkew()).isBefore(notBefore)) {
            throw new SamlValidationException(Reason.NOT_YET_VALID, where);
        }
    }

    private void notExpired(Instant notOnOrAfter, Instant now, String where) throws SamlValidationException {
        if (!now.minus(sp.clockSkew()).isBefore(notOnOrAfter)) {
            throw new SamlValidationException(Reason.EXPIRED, where);
        }
    }
}
