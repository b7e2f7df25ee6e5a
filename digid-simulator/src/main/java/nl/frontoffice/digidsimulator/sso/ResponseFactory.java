package nl.frontoffice.digidsimulator.sso;

import static nl.frontoffice.digidsimulator.saml.SamlNames.ASSERTION_NS;
import static nl.frontoffice.digidsimulator.saml.SamlNames.PROTOCOL_NS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.frontoffice.digidsimulator.idp.IdpCredential;
import nl.frontoffice.digidsimulator.idp.IdpSettings;
import nl.frontoffice.digidsimulator.saml.Dom;
import nl.frontoffice.digidsimulator.saml.SamlNames;
import nl.frontoffice.digidsimulator.saml.SamlStatus;
import nl.frontoffice.digidsimulator.saml.SamlValues;
import nl.frontoffice.digidsimulator.saml.SecureXml;
import nl.frontoffice.digidsimulator.saml.XmlSignatures;

/**
 * The SAML Response to an AuthnRequest, as DigiD sends it through the artifact binding: the Response itself is not
 * signed (the ArtifactResponse around it is), the Assertion in it is.
 *
 * <pre>
 * samlp:Response  ID, Version 2.0, IssueInstant, Destination = ACS, InResponseTo = AuthnRequest ID
 *   saml:Issuer   the IdP entity id
 *   samlp:Status  Success
 *   saml:Assertion  ID, Version, IssueInstant                          (signed: ds:Signature after Issuer)
 *     saml:Subject  NameID s00000000:&lt;BSN&gt;
 *                   SubjectConfirmation bearer: Recipient = ACS, InResponseTo, NotOnOrAfter = now + 5 min
 *     saml:Conditions  NotBefore = now, NotOnOrAfter = now + 5 min; AudienceRestriction/Audience = SP entity id
 *     saml:AuthnStatement  AuthnInstant, SessionIndex; AuthnContextClassRef of the chosen level
 * </pre>
 *
 * On cancel: status Responder with second-level AuthnFailed and no Assertion.
 */
public final class ResponseFactory {

    /** How long an assertion may be used (Conditions and SubjectConfirmationData). */
    public static final Duration VALIDITY = Duration.ofMinutes(5);

    private final IdpSettings idp;
    private final IdpCredential credential;
    private final Clock clock;

    public ResponseFactory(IdpSettings idp, IdpCredential credential, Clock clock) {
        this.idp = idp;
        this.credential = credential;
        this.clock = clock;
    }

    /** A successful login of {@code bsn} at {@code level}, as XML. */
    public String success(PendingAuthentication request, String bsn, AssuranceLevel level, String sessionIndex) {
        Instant now = clock.instant();
        String until = SamlValues.dateTime(now.plus(VALIDITY));
        Element response = response(request, now);
        SamlStatus.success(response);

        Element assertion = Dom.append(response, ASSERTION_NS, "saml:Assertion");
        assertion.setAttributeNS(null, "ID", SamlValues.newId());
        assertion.setAttributeNS(null, "Version", SamlNames.VERSION);
        assertion.setAttributeNS(null, "IssueInstant", SamlValues.dateTime(now));
        Dom.append(assertion, ASSERTION_NS, "saml:Issuer", idp.entityId());

        Element subject = Dom.append(assertion, ASSERTION_NS, "saml:Subject");
        Dom.append(subject, ASSERTION_NS, "saml:NameID", SamlNames.BSN_SECTOR_PREFIX + bsn);
        Element confirmation = Dom.append(subject, ASSERTION_NS, "saml:SubjectConfirmation");
        confirmation.setAttributeNS(null, "Method", SamlNames.CONFIRMATION_BEARER);
        Element confirmationData = Dom.append(confirmation, ASSERTION_NS, "saml:SubjectConfirmationData");
        confirmationData.setAttributeNS(null, "InResponseTo", request.requestId());
        confirmationData.setAttributeNS(null, "NotOnOrAfter", until);
        confirmationData.setAttributeNS(null, "Recipient", request.acsUrl());

        Element conditions = Dom.append(assertion, ASSERTION_NS, "saml:Conditions");
        conditions.setAttributeNS(null, "NotBefore", SamlValues.dateTime(now));
        conditions.setAttributeNS(null, "NotOnOrAfter", until);
        Element audienceRestriction = Dom.append(conditions, ASSERTION_NS, "saml:AudienceRestriction");
        Dom.append(audienceRestriction, ASSERTION_NS, "saml:Audience", request.spEntityId());

        Element statement = Dom.append(assertion, ASSERTION_NS, "saml:AuthnStatement");
        statement.setAttributeNS(null, "AuthnInstant", SamlValues.dateTime(now));
        statement.setAttributeNS(null, "SessionIndex", sessionIndex);
        Element context = Dom.append(statement, ASSERTION_NS, "saml:AuthnContext");
        Dom.append(context, ASSERTION_NS, "saml:AuthnContextClassRef", level.classRef());

        Document document = SecureXml.reparse(response.getOwnerDocument());
        Element signed = Dom.children(document.getDocumentElement(), ASSERTION_NS, "Assertion").get(0);
        Element issuer = Dom.children(signed, ASSERTION_NS, "Issuer").get(0);
        XmlSignatures.sign(signed, issuer.getNextSibling(), credential.privateKey(), credential.certificate());
        return SecureXml.toString(document);
    }

    /**
     * A Response without assertion, e.g. {@code Responder} / {@code AuthnFailed} when the tester cancels, or
     * {@code Responder} / {@code NoPassive}.
     */
    public String failure(PendingAuthentication request, String topLevelStatus, String secondLevelStatus,
                          String message) {
        Element response = response(request, clock.instant());
        SamlStatus.append(response, topLevelStatus, Optional.of(secondLevelStatus), Optional.of(message));
        return SecureXml.toString(response.getOwnerDocument());
    }

    private Element response(PendingAuthentication request, Instant now) {
        Element response = Dom.newRoot(PROTOCOL_NS, "samlp:Response", "saml", ASSERTION_NS);
        response.setAttributeNS(null, "ID", SamlValues.newId());
        response.setAttributeNS(null, "Version", SamlNames.VERSION);
        response.setAttributeNS(null, "IssueInstant", SamlValues.dateTime(now));
        response.setAttributeNS(null, "Destination", request.acsUrl());
        response.setAttributeNS(null, "InResponseTo", request.requestId());
        Dom.append(response, ASSERTION_NS, "saml:Issuer", idp.entityId());
        return response;
    }
}
