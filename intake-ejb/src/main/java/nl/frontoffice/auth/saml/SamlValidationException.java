package nl.frontoffice.auth.saml;

import java.util.Objects;
import java.util.Optional;

/**
 * A SAML message, artifact or metadata document was rejected, for one {@link Reason}.
 *
 * <p>The message is the reason code and, at most, the name of the SAML element where the check
 * failed (e.g. {@code SIGNATURE_INVALID at Assertion}). It never contains a BSN, a NameID, an
 * assertion or any other part of the message, so it may be logged and audited as it is.
 */
public class SamlValidationException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Why a message was rejected: one code per check.
     */
    public enum Reason {
        /** The XML has a document type declaration (XXE, entity expansion). */
        DOCTYPE_PRESENT,
        /** Not well-formed XML, or not the SOAP/SAML structure expected, or too large. */
        MALFORMED,
        /** Two elements in the document carry the same ID value. */
        DUPLICATE_ID,
        /** An element that must be signed has no enveloped signature. */
        SIGNATURE_MISSING,
        /** The signature is malformed, or a digest does not match (the signed content was changed). */
        SIGNATURE_INVALID,
        /** The signature does not have exactly one reference to the ID of the element that holds it. */
        SIGNATURE_REFERENCE_MISMATCH,
        /** A signature or digest algorithm that is not allowed (SHA-1, MD5, anything unknown). */
        WEAK_ALGORITHM,
        /** A transform or canonicalization other than enveloped-signature and exclusive c14n without comments. */
        DISALLOWED_TRANSFORM,
        /** The digests match but no signing certificate from the IdP metadata verifies the signature. */
        UNTRUSTED_KEY,
        /** A status other than Success that is not a cancellation. */
        STATUS_NOT_SUCCESS,
        /** The IdP answered AuthnFailed or RequestDenied: the citizen cancelled the login. */
        CANCELLED_BY_USER,
        /** An Issuer is missing or is not the IdP's entity id. */
        ISSUER_MISMATCH,
        /**
         * The Response's Destination is not our assertion consumer service URL, or a logout
         * message's Destination is not our (or, for a LogoutRequest, the IdP's) single logout URL.
         */
        DESTINATION_MISMATCH,
        /** An InResponseTo is missing (unsolicited) or not the id of our request. */
        IN_RESPONSE_TO_MISMATCH,
        /** The ArtifactResponse does not hold exactly one Response. */
        RESPONSE_COUNT,
        /** The document does not hold exactly one Assertion. */
        ASSERTION_COUNT,
        /** The one Assertion is not a direct child of the Response. */
        ASSERTION_POSITION,
        /** The document holds an EncryptedAssertion, which this service provider does not accept. */
        ENCRYPTED_ASSERTION_UNSUPPORTED,
        /** Not exactly one bearer SubjectConfirmation with SubjectConfirmationData and NotOnOrAfter. */
        SUBJECT_CONFIRMATION_INVALID,
        /** The SubjectConfirmationData Recipient is not our assertion consumer service URL. */
        RECIPIENT_MISMATCH,
        /** No AudienceRestriction, or one that does not name our entity id. */
        AUDIENCE_MISMATCH,
        /** A Condition this service provider does not understand (so the assertion is not valid). */
        UNSUPPORTED_CONDITION,
        /** A NotBefore or IssueInstant lies in the future, beyond the clock skew. */
        NOT_YET_VALID,
        /**
         * A NotOnOrAfter has passed, beyond the clock skew; or a logout message is stale (a
         * LogoutResponse issued before our LogoutRequest, or more than
         * {@code LogoutResponseValidator.MAX_LOGOUT_AGE} after it).
         */
        EXPIRED,
        /** The assertion id was accepted before. */
        REPLAYED_ASSERTION,
        /** The artifact was used before. */
        REPLAYED_ARTIFACT,
        /**
         * The logout message was accepted before, or our LogoutRequest it answers was already
         * answered.
         */
        REPLAYED_MESSAGE,
        /** The NameID is missing or its full text is not {@code s00000000:} followed by nine digits. */
        NAMEID_FORMAT,
        /** The NameID's nine digits fail the eleven test. */
        BSN_INVALID,
        /** Not exactly one AuthnStatement with a known AuthnContextClassRef. */
        AUTHN_CONTEXT_MISSING,
        /** The assurance level is lower than asked; {@link #receivedLevel()} says which it was. */
        LEVEL_TOO_LOW,
        /** The AuthnStatement has no SessionIndex (needed for single logout). */
        SESSION_INDEX_MISSING,
        /** The SAMLart is absent or not base64. */
        ARTIFACT_MALFORMED,
        /** The decoded artifact is not exactly 44 bytes. */
        ARTIFACT_LENGTH,
        /** The artifact's type code is not 0x0004. */
        ARTIFACT_TYPE_CODE,
        /** The artifact's source id is not the SHA-1 of the IdP's entity id. */
        ARTIFACT_SOURCE_ID,
        /** The artifact's endpoint index is not an ArtifactResolutionService index in the IdP metadata. */
        ARTIFACT_ENDPOINT_INDEX,
        /** The ArtifactResolve could not be sent or had no usable answer (network, TLS, HTTP status). */
        ARTIFACT_RESOLUTION_FAILED,
        /** The IdP metadata is not usable (no entity id, no signing certificate, ...). */
        METADATA_INVALID
    }

    private final Reason reason;
    private final String where;
    private final AssuranceLevel receivedLevel;

    /**
     * @param reason the check that failed
     * @param where  the SAML element (local name) or step where it failed, never message content; may be {@code null}
     */
    public SamlValidationException(Reason reason, String where) {
        this(reason, where, null, null);
    }

    /**
     * @param cause a technical cause; its message must not carry message content either
     */
    public SamlValidationException(Reason reason, String where, Throwable cause) {
        this(reason, where, null, cause);
    }

    private SamlValidationException(Reason reason, String where, AssuranceLevel receivedLevel, Throwable cause) {
        super(where == null ? reason.name() : reason.name() + " at " + where, cause);
        this.reason = Objects.requireNonNull(reason);
        this.where = where;
        this.receivedLevel = receivedLevel;
    }

    /**
     * @return a {@link Reason#LEVEL_TOO_LOW} rejection that tells which level the citizen logged in with
     */
    public static SamlValidationException levelTooLow(AssuranceLevel received) {
        return new SamlValidationException(Reason.LEVEL_TOO_LOW, "AuthnContextClassRef", Objects.requireNonNull(received), null);
    }

    /**
     * @return the check that failed
     */
    public Reason reason() {
        return reason;
    }

    /**
     * @return the SAML element or step where it failed, if known
     */
    public Optional<String> where() {
        return Optional.ofNullable(where);
    }

    /**
     * @return for {@link Reason#LEVEL_TOO_LOW}: the level the citizen did log in with
     */
    public Optional<AssuranceLevel> receivedLevel() {
        return Optional.ofNullable(receivedLevel);
    }
}
