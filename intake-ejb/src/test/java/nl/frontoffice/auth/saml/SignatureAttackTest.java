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
import static nl.frontoffice.auth.saml.TestXml.child;
import static nl.frontoffice.auth.saml.TestXml.first;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import nl.frontoffice.auth.saml.SamlTestKeys.KeyMaterial;
import nl.frontoffice.auth.saml.SamlValidationException.Reason;
import nl.frontoffice.auth.saml.TestIdentityProvider.ArtifactResponseBuilder;
import nl.frontoffice.auth.saml.TestIdentityProvider.Signer;

/**
 * Attacks on the XML signatures themselves: signature exclusion, certificate faking, digest
 * tampering, weak algorithms and transforms, references to something else than the signed element;
 * and key rollover (two IdP certificates in the metadata).
 *
 * <p>Where an attack targets the assertion's signature, the test IdP signs the ArtifactResponse
 * after the tampering, so the outer signature is valid and the assertion's own check is what must
 * reject it (each layer is tested on its own).
 */
class SignatureAttackTest {

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
        validator = validatorTrusting(keys.idp);
        pending = new PendingLogin(newId(), AssuranceLevel.MIDDEN, NOW.minusSeconds(30));
        artifactResolveId = newId();
    }

    private ArtifactResponseValidator validatorTrusting(KeyMaterial... idpKeys) {
        X509Certificate[] certificates = Arrays.stream(idpKeys).map(KeyMaterial::certificate)
                .toArray(X509Certificate[]::new);
        return new ArtifactResponseValidator(spSettings(keys).build(), metadata(certificates),
                new InMemoryReplayCache(CLOCK), CLOCK);
    }

    private ArtifactResponseBuilder valid() {
        return TestIdentityProvider.response(pending, artifactResolveId, keys.idp);
    }

    private SamlValidationException rejected(ArtifactResponseBuilder message, Reason reason, String where) {
        String soap = message.soap();
        SamlValidationException rejection = assertRejected(() -> validator.validate(soap, artifactResolveId, pending), reason);
        assertThat(rejection.where()).contains(where);
        return rejection;
    }

    private static Element assertionIn(Element response) {
        return child(response, ASSERTION, "Assertion");
    }

    // ---- signature exclusion ----

    @Test
    void signatureExclusionOnTheAssertion() {
        rejected(valid().with(m -> m.assertionSigner = null), Reason.SIGNATURE_MISSING, "Assertion");
    }

    @Test
    void signatureRemovedFromTheAssertionAfterSigning() {
        rejected(valid().afterAssertionSigned(response ->
                TestXml.remove(child(assertionIn(response), DSIG, "Signature"))), Reason.SIGNATURE_MISSING, "Assertion");
    }

    @Test
    void signatureExclusionOnTheArtifactResponse() {
        rejected(valid().with(m -> m.artifactResponseSigner = null), Reason.SIGNATURE_MISSING, "ArtifactResponse");
    }

    @Test
    void assertionSignatureMovedIntoTheResponseDoesNotCountForEither() {
        rejected(valid().afterAssertionSigned(response -> {
            Element signature = child(assertionIn(response), DSIG, "Signature");
            TestXml.remove(signature);
            response.insertBefore(signature, assertionIn(response));
        }), Reason.SIGNATURE_REFERENCE_MISMATCH, "Response");
    }

    @Test
    void assertionSignatureMovedIntoResponseExtensions() {
        rejected(valid().afterAssertionSigned(response -> {
            Element signature = child(assertionIn(response), DSIG, "Signature");
            TestXml.remove(signature);
            Element extensions = response.getOwnerDocument().createElementNS(PROTOCOL, "samlp:Extensions");
            response.insertBefore(extensions, child(response, PROTOCOL, "Status"));
            extensions.appendChild(signature);
        }), Reason.SIGNATURE_MISSING, "Assertion");
    }

    // ---- certificate faking ----

    @Test
    void certificateFakingAssertionSignedByTheAttackerWithHisCertificateInKeyInfo() {
        rejected(valid().with(m -> m.assertionSigner = Signer.of(keys.attacker)), Reason.UNTRUSTED_KEY, "Assertion");
    }

    @Test
    void certificateFakingWholeMessageSignedByTheAttacker() {
        rejected(valid().with(m -> {
            m.assertionSigner = Signer.of(keys.attacker);
            m.artifactResponseSigner = Signer.of(keys.attacker);
        }), Reason.UNTRUSTED_KEY, "ArtifactResponse");
    }

    @Test
    void certificateFakingAttackerKeyWithTheIdpsRealCertificateInKeyInfo() {
        Signer forged = new Signer(keys.attacker.privateKey(), keys.idp.certificate(), SignatureMethod.RSA_SHA256,
                DigestMethod.SHA256, List.of(Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE),
                CanonicalizationMethod.EXCLUSIVE);

        rejected(valid().with(m -> m.assertionSigner = forged), Reason.UNTRUSTED_KEY, "Assertion");
    }

    @Test
    void forgedSignatureValue() {
        rejected(valid().afterAssertionSigned(response -> {
            Element value = first(assertionIn(response), DSIG, "SignatureValue");
            byte[] bytes = Base64.getMimeDecoder().decode(value.getTextContent());
            bytes[10] ^= 0x01;
            value.setTextContent(Base64.getEncoder().encodeToString(bytes));
        }), Reason.UNTRUSTED_KEY, "Assertion");
    }

    // ---- digest tampering ----

    @Test
    void digestTamperingBsnChangedInTheSignedAssertion() {
        rejected(valid().afterAssertionSigned(response ->
                first(assertionIn(response), ASSERTION, "NameID").setTextContent("s00000000:999990482")),
                Reason.SIGNATURE_INVALID, "Assertion");
    }

    @Test
    void digestTamperingBsnChangedAfterEverythingWasSigned() {
        rejected(valid().afterSigned(document ->
                first(document, ASSERTION, "NameID").setTextContent("s00000000:999990482")),
                Reason.SIGNATURE_INVALID, "ArtifactResponse");
    }

    @Test
    void digestTamperingLevelRaisedInTheSignedAssertion() {
        rejected(valid().with(m -> m.classRef = AssuranceLevel.BASIS.classRef()).afterAssertionSigned(response ->
                first(assertionIn(response), ASSERTION, "AuthnContextClassRef").setTextContent(AssuranceLevel.HOOG.classRef())),
                Reason.SIGNATURE_INVALID, "Assertion");
    }

    // ---- algorithms and transforms ----

    @Test
    void sha1SignatureOnTheAssertion() {
        rejected(valid().with(m -> m.assertionSigner = Signer.of(keys.idp).withSignatureMethod(SignatureMethod.RSA_SHA1)),
                Reason.WEAK_ALGORITHM, "Assertion");
    }

    @Test
    void sha1SignatureOnTheArtifactResponse() {
        rejected(valid().with(m -> m.artifactResponseSigner = Signer.of(keys.idp).withSignatureMethod(SignatureMethod.RSA_SHA1)),
                Reason.WEAK_ALGORITHM, "ArtifactResponse");
    }

    @Test
    void sha1Digest() {
        rejected(valid().with(m -> m.assertionSigner = Signer.of(keys.idp).withDigestMethod(DigestMethod.SHA1)),
                Reason.WEAK_ALGORITHM, "Assertion");
    }

    @Test
    void md5Digest() {
        rejected(valid().afterAssertionSigned(response -> first(assertionIn(response), DSIG, "DigestMethod")
                .setAttributeNS(null, "Algorithm", "http://www.w3.org/2001/04/xmldsig-more#md5")),
                Reason.WEAK_ALGORITHM, "Assertion");
    }

    @Test
    void transformWithComments() {
        rejected(valid().with(m -> m.assertionSigner = Signer.of(keys.idp)
                        .withTransforms(Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS)),
                Reason.DISALLOWED_TRANSFORM, "Assertion");
    }

    @Test
    void xpathTransform() {
        rejected(valid().afterAssertionSigned(response -> first(assertionIn(response), DSIG, "Transform")
                .setAttributeNS(null, "Algorithm", Transform.XPATH)), Reason.DISALLOWED_TRANSFORM, "Assertion");
    }

    @Test
    void inclusiveCanonicalizationOfSignedInfo() {
        rejected(valid().with(m -> m.assertionSigner = Signer.of(keys.idp)
                        .withCanonicalization(CanonicalizationMethod.INCLUSIVE)),
                Reason.DISALLOWED_TRANSFORM, "Assertion");
    }

    // ---- references ----

    @Test
    void referenceToTheWholeDocument() {
        rejected(valid().afterAssertionSigned(response ->
                first(assertionIn(response), DSIG, "Reference").setAttributeNS(null, "URI", "")),
                Reason.SIGNATURE_REFERENCE_MISMATCH, "Assertion");
    }

    @Test
    void referenceToAnotherElement() {
        rejected(valid().afterAssertionSigned(response ->
                first(assertionIn(response), DSIG, "Reference").setAttributeNS(null, "URI", "#" + response.getAttribute("ID"))),
                Reason.SIGNATURE_REFERENCE_MISMATCH, "Assertion");
    }

    @Test
    void twoReferences() {
        rejected(valid().afterAssertionSigned(response -> {
            Element reference = first(assertionIn(response), DSIG, "Reference");
            reference.getParentNode().appendChild(TestXml.copy(reference));
        }), Reason.SIGNATURE_REFERENCE_MISMATCH, "Assertion");
    }

    @Test
    void twoSignaturesOnOneElement() {
        rejected(valid().afterAssertionSigned(response -> {
            Element signature = child(assertionIn(response), DSIG, "Signature");
            assertionIn(response).insertBefore(TestXml.copy(signature), signature);
        }), Reason.SIGNATURE_INVALID, "Assertion");
    }

    // ---- trusted keys from metadata ----

    @Test
    void ecdsaSignatureByAnEcKeyInTheMetadataIsAccepted() throws SamlValidationException {
        validator = validatorTrusting(keys.idpEc);

        String soap = TestIdentityProvider.response(pending, artifactResolveId, keys.idpEc).soap();

        assertThat(validator.validate(soap, artifactResolveId, pending).level()).isEqualTo(AssuranceLevel.MIDDEN);
    }

    @Test
    void rolloverMetadataWithTwoSigningCertificatesAcceptsMessagesSignedByEither() throws SamlValidationException {
        validator = validatorTrusting(keys.idp, keys.idpNext);

        String byCurrent = TestIdentityProvider.response(pending, artifactResolveId, keys.idp).soap();
        String byNext = TestIdentityProvider.response(pending, artifactResolveId, keys.idpNext).soap();
        String mixed = TestIdentityProvider.response(pending, artifactResolveId, keys.idp)
                .with(m -> m.assertionSigner = Signer.of(keys.idpNext)).soap();

        assertThat(validator.validate(byCurrent, artifactResolveId, pending).bsn()).isNotNull();
        assertThat(validator.validate(byNext, artifactResolveId, pending).bsn()).isNotNull();
        assertThat(validator.validate(mixed, artifactResolveId, pending).bsn()).isNotNull();
    }

    @Test
    void aKeyThatLeftTheMetadataIsNoLongerTrusted() {
        validator = validatorTrusting(keys.idpNext);

        rejected(valid(), Reason.UNTRUSTED_KEY, "ArtifactResponse");
    }

    @Test
    void aSignedResponseInsideTheArtifactResponseIsVerifiedToo() throws SamlValidationException {
        String soap = valid().afterAssertionSigned(response -> Signer.of(keys.idp).sign(response)).soap();
        assertThat(validator.validate(soap, artifactResolveId, pending).bsn()).isNotNull();

        setUp();
        rejected(valid().afterAssertionSigned(response -> Signer.of(keys.attacker).sign(response)),
                Reason.UNTRUSTED_KEY, "Response");
    }
}
