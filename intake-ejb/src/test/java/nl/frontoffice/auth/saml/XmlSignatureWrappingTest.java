package nl.frontoffice.auth.saml;

import static nl.frontoffice.auth.saml.SamlAssertions.assertRejected;
import static nl.frontoffice.auth.saml.TestIdentityProvider.CLOCK;
import static nl.frontoffice.auth.saml.TestIdentityProvider.NOW;
import static nl.frontoffice.auth.saml.TestIdentityProvider.metadata;
import static nl.frontoffice.auth.saml.TestIdentityProvider.newId;
import static nl.frontoffice.auth.saml.TestIdentityProvider.spSettings;
import static nl.frontoffice.auth.saml.TestXml.ASSERTION;
import static nl.frontoffice.auth.saml.TestXml.DSIG;
import static nl.frontoffice.auth.saml.TestXml.PROTOCOL;
import static nl.frontoffice.auth.saml.TestXml.SOAP;
import static nl.frontoffice.auth.saml.TestXml.child;
import static nl.frontoffice.auth.saml.TestXml.copy;
import static nl.frontoffice.auth.saml.TestXml.first;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;
import nl.frontoffice.auth.saml.TestIdentityProvider.ArtifactResponseBuilder;

/**
 * XML Signature Wrapping: the eight attacks XSW1–XSW8 of Somorovsky et al., "On Breaking SAML: Be
 * Whoever You Want to Be" (USENIX Security 2012), as SAML Raider implements them, each made from a
 * real signed message, plus variants that dodge the cheaper checks so the deeper ones are shown to
 * hold too. The attacker's goal throughout is to log in as another citizen ({@link #EVIL_BSN}).
 *
 * <p>XSW1 and XSW2 wrap the message-level signature, which in the artifact binding is the
 * ArtifactResponse's. XSW3–XSW8 wrap the assertion's signature; for those the test IdP signs the
 * ArtifactResponse after the wrapping, so that the outer signature is valid and the assertion
 * layer alone must reject the forgery.
 *
 * <p>By default the wrappers get fresh ID values (an attacker who copies IDs is caught by the
 * duplicate-ID check at once, see {@link #xsw1WithTheOriginalIds()} and {@link #xsw3WithTheOriginalIds()}).
 */
class XmlSignatureWrappingTest {

    static final String EVIL_BSN = "999990482";

    private static SamlTestKeys keys;

    private ArtifactResponseValidator validator;
    private PendingLogin pending;
    private String artifactResolveId;

    @BeforeAll
    static void keys() {
        keys = SamlTestKeys.get();
    }

    @BeforeEach
    void setUp() {
        validator = new ArtifactResponseValidator(spSettings(keys).build(), metadata(keys.idp.certificate()),
                new InMemoryReplayCache(CLOCK), CLOCK);
        pending = new PendingLogin(newId(), AssuranceLevel.MIDDEN, NOW.minusSeconds(30));
        artifactResolveId = newId();
    }

    private ArtifactResponseBuilder signed() {
        return TestIdentityProvider.response(pending, artifactResolveId, keys.idp);
    }

    private void rejected(ArtifactResponseBuilder message, Reason reason) {
        String soap = message.soap();
        assertThat(soap).contains("s00000000:" + EVIL_BSN);
        assertRejected(() -> validator.validate(soap, artifactResolveId, pending), reason);
    }

    // ---- helpers that forge ----

    /** Gives every element with an ID attribute in the subtree a fresh ID value. */
    private static void freshIds(Element root) {
        if (root.hasAttributeNS(null, "ID")) {
            root.setAttributeNS(null, "ID", newId());
        }
        for (String name : new String[] {"ArtifactResponse", "Response"}) {
            TestXml.all(root, PROTOCOL, name).forEach(e -> e.setAttributeNS(null, "ID", newId()));
        }
        TestXml.all(root, ASSERTION, "Assertion").forEach(e -> e.setAttributeNS(null, "ID", newId()));
    }

    private static void makeEvil(Element root) {
        TestXml.all(root, ASSERTION, "NameID").forEach(nameId -> nameId.setTextContent("s00000000:" + EVIL_BSN));
    }

    private static void removeSignature(Element element) {
        TestXml.remove(child(element, DSIG, "Signature"));
    }

    private static Element assertionIn(Element response) {
        return child(response, ASSERTION, "Assertion");
    }

    /** An unsigned copy of the signed assertion, for another citizen, with a fresh ID. */
    private static Element evilUnsignedCopy(Element assertion) {
        Element evil = copy(assertion);
        removeSignature(evil);
        freshIds(evil);
        makeEvil(evil);
        return evil;
    }

    private static Element objectIn(Element signature) {
        Element object = signature.getOwnerDocument().createElementNS(DSIG, "ds:Object");
        signature.appendChild(object);
        return object;
    }

    private static Element extensionsOf(Element response) {
        Element extensions = response.getOwnerDocument().createElementNS(PROTOCOL, "samlp:Extensions");
        response.insertBefore(extensions, child(response, PROTOCOL, "Status"));
        return extensions;
    }

    // ---- XSW1 and XSW2: the message signature (ArtifactResponse) ----

    /** XSW1: an evil ArtifactResponse in the Body, the original signed one inside its Signature's Object. */
    @Test
    void xsw1OriginalArtifactResponseInsideTheSignatureObjectOfAnEvilOne() {
        rejected(signed().afterSigned(document -> {
            Element original = first(document, PROTOCOL, "ArtifactResponse");
            Element evil = copy(original);
            freshIds(evil);
            makeEvil(evil);
            original.getParentNode().replaceChild(evil, original);
            objectIn(child(evil, DSIG, "Signature")).appendChild(original);
        }), Reason.SIGNATURE_REFERENCE_MISMATCH);
    }

    @Test
    void xsw1WithTheOriginalIds() {
        rejected(signed().afterSigned(document -> {
            Element original = first(document, PROTOCOL, "ArtifactResponse");
            Element evil = copy(original);
            makeEvil(evil);
            original.getParentNode().replaceChild(evil, original);
            objectIn(child(evil, DSIG, "Signature")).appendChild(original);
        }), Reason.DUPLICATE_ID);
    }

    /** XSW2: an evil ArtifactResponse whose signature is made "detached": the original follows it as a sibling. */
    @Test
    void xsw2OriginalArtifactResponseAsADetachedSiblingOfTheSignature() {
        rejected(signed().afterSigned(document -> {
            Element original = first(document, PROTOCOL, "ArtifactResponse");
            Element evil = copy(original);
            freshIds(evil);
            makeEvil(evil);
            original.getParentNode().replaceChild(evil, original);
            Element signature = child(evil, DSIG, "Signature");
            evil.insertBefore(original, signature.getNextSibling());
        }), Reason.SIGNATURE_REFERENCE_MISMATCH);
    }

    /** A variant: the original signed ArtifactResponse hidden in the SOAP Header, an evil one in the Body. */
    @Test
    void originalArtifactResponseInTheSoapHeader() {
        rejected(signed().afterSigned(document -> {
            Element original = first(document, PROTOCOL, "ArtifactResponse");
            Element evil = copy(original);
            freshIds(evil);
            makeEvil(evil);
            original.getParentNode().replaceChild(evil, original);
            Element envelope = document.getDocumentElement();
            Element header = document.createElementNS(SOAP, "soap:Header");
            envelope.insertBefore(header, envelope.getFirstChild());
            header.appendChild(original);
        }), Reason.SIGNATURE_REFERENCE_MISMATCH);
    }

    // ---- XSW3 to XSW8: the assertion signature ----

    /** XSW3: an evil unsigned assertion before the original signed one. */
    @Test
    void xsw3EvilAssertionBeforeTheSignedOne() {
        rejected(signed().afterAssertionSigned(response -> {
            Element original = assertionIn(response);
            response.insertBefore(evilUnsignedCopy(original), original);
        }), Reason.ASSERTION_COUNT);
    }

    @Test
    void xsw3WithTheOriginalIds() {
        rejected(signed().afterAssertionSigned(response -> {
            Element original = assertionIn(response);
            Element evil = copy(original);
            removeSignature(evil);
            makeEvil(evil);
            response.insertBefore(evil, original);
        }), Reason.DUPLICATE_ID);
    }

    /** XSW3 mirrored: the evil assertion after the signed one. */
    @Test
    void evilAssertionAfterTheSignedOne() {
        rejected(signed().afterAssertionSigned(response ->
                response.appendChild(evilUnsignedCopy(assertionIn(response)))), Reason.ASSERTION_COUNT);
    }

    /** XSW4: the original signed assertion wrapped inside an evil one. */
    @Test
    void xsw4SignedAssertionInsideAnEvilOne() {
        rejected(signed().afterAssertionSigned(response -> {
            Element original = assertionIn(response);
            Element evil = evilUnsignedCopy(original);
            response.replaceChild(evil, original);
            evil.appendChild(original);
        }), Reason.ASSERTION_COUNT);
    }

    /**
     * XSW5: the signed assertion's values changed in place (its signature kept), and an unsigned copy
     * of the original appended at the end of the message.
     */
    @Test
    void xsw5ChangedSignedAssertionAndTheOriginalAtTheEndOfTheMessage() {
        rejected(signed().afterAssertionSigned(response -> {
            Element original = assertionIn(response);
            Element pristine = copy(original);
            removeSignature(pristine);
            makeEvil(original);
            original.setAttributeNS(null, "ID", newId());
            response.getParentNode().appendChild(pristine);
        }), Reason.ASSERTION_COUNT);
    }

    /** XSW6: the signed assertion changed in place, the unsigned original right after its Signature. */
    @Test
    void xsw6ChangedSignedAssertionAndTheOriginalAfterItsSignature() {
        rejected(signed().afterAssertionSigned(response -> {
            Element original = assertionIn(response);
            Element pristine = copy(original);
            removeSignature(pristine);
            makeEvil(original);
            original.setAttributeNS(null, "ID", newId());
            Element signature = child(original, DSIG, "Signature");
            original.insertBefore(pristine, signature.getNextSibling());
        }), Reason.ASSERTION_COUNT);
    }

    /** XSW7: the original signed assertion moved into Response Extensions, an evil one in its place. */
    @Test
    void xsw7SignedAssertionInExtensionsAndAnEvilOneInItsPlace() {
        rejected(signed().afterAssertionSigned(response -> {
            Element original = assertionIn(response);
            Element evil = evilUnsignedCopy(original);
            Element extensions = extensionsOf(response);
            response.replaceChild(evil, original);
            extensions.appendChild(original);
        }), Reason.ASSERTION_COUNT);
    }

    /** XSW8: the signed assertion changed in place, the unsigned original in a ds:Object of its Signature. */
    @Test
    void xsw8ChangedSignedAssertionAndTheOriginalInTheSignatureObject() {
        rejected(signed().afterAssertionSigned(response -> {
            Element original = assertionIn(response);
            Element pristine = copy(original);
            removeSignature(pristine);
            makeEvil(original);
            original.setAttributeNS(null, "ID", newId());
            objectIn(child(original, DSIG, "Signature")).appendChild(pristine);
        }), Reason.ASSERTION_COUNT);
    }

    // ---- variants with one assertion only, past the counting ----

    /** The only assertion, validly signed, is not where the Response holds its assertion. */
    @Test
    void signedAssertionOnlyInExtensions() {
        String soap = signed().afterAssertionSigned(response -> {
            Element original = assertionIn(response);
            extensionsOf(response).appendChild(original);
        }).soap();

        assertRejected(() -> validator.validate(soap, artifactResolveId, pending), Reason.ASSERTION_POSITION);
    }

    /** The evil assertion carries the original's signature; the original is gone. */
    @Test
    void evilAssertionWithTheOriginalSignatureReferencingTheVanishedOriginal() {
        rejected(signed().afterAssertionSigned(response -> {
            Element original = assertionIn(response);
            makeEvil(original);
            original.setAttributeNS(null, "ID", newId());
        }), Reason.SIGNATURE_REFERENCE_MISMATCH);
    }

    /** The evil assertion keeps the original's ID and signature: the digest gives it away. */
    @Test
    void evilAssertionWithTheOriginalIdAndSignature() {
        rejected(signed().afterAssertionSigned(response -> makeEvil(assertionIn(response))), Reason.SIGNATURE_INVALID);
    }

    /** An evil Response before the original one inside the (validly signed) ArtifactResponse. */
    @Test
    void evilResponseBeforeTheOriginal() {
        rejected(signed().afterAssertionSigned(response -> {
            Element evil = copy(response);
            removeSignature(assertionIn(evil));
            freshIds(evil);
            makeEvil(evil);
            response.getParentNode().insertBefore(evil, response);
        }), Reason.RESPONSE_COUNT);
    }

    /** The original, untouched message passes: the forgeries above fail for what was done to them. */
    @Test
    void theUntouchedMessagePasses() throws SamlValidationException {
        Document untouched = signed().document();
        assertThat(validator.validate(TestXml.toString(untouched), artifactResolveId, pending).bsn().value())
                .isEqualTo(TestIdentityProvider.BSN);
    }
}
