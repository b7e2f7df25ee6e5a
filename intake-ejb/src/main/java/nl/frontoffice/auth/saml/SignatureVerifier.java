package nl.frontoffice.auth.saml;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.xml.crypto.Data;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.NodeSetData;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;

/**
 * Verifies the one enveloped XML signature of an element strictly, with keys from the IdP metadata
 * only.
 *
 * <p>Before any cryptography the signature's shape is checked on the DOM: exactly one Reference,
 * whose URI is {@code #} plus the ID of the element that holds the signature (so the element that
 * was verified is the element the caller goes on to read); only the enveloped-signature transform
 * and exclusive canonicalization without comments; RSA or ECDSA with SHA-256/384/512 and a
 * SHA-256/384/512 digest. The ID attribute is registered on the signed element only. The key
 * comes from the metadata: KeyInfo in the message is ignored, whatever certificate it carries.
 * Secure validation is on. After validation the dereferenced node set is checked to be that very
 * element.
 */
final class SignatureVerifier {

    static final Set<String> SIGNATURE_METHODS = Set.of(
            SignatureMethod.RSA_SHA256, SignatureMethod.RSA_SHA384, SignatureMethod.RSA_SHA512,
            SignatureMethod.ECDSA_SHA256, SignatureMethod.ECDSA_SHA384, SignatureMethod.ECDSA_SHA512);
    static final Set<String> DIGEST_METHODS = Set.of(DigestMethod.SHA256, DigestMethod.SHA384, DigestMethod.SHA512);
    static final Set<String> TRANSFORMS = Set.of(Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE);

    private static final String SECURE_VALIDATION = "org.jcp.xml.dsig.secureValidation";
    private static final String CACHE_REFERENCE = "javax.xml.crypto.dsig.cacheReference";

    private final List<PublicKey> trustedKeys;

    SignatureVerifier(List<X509Certificate> trustedCertificates) {
        this.trustedKeys = trustedCertificates.stream().map(X509Certificate::getPublicKey).toList();
        if (trustedKeys.isEmpty()) {
            throw new IllegalArgumentException("no trusted signing certificate");
        }
    }

    /**
     * @return the direct ds:Signature child of {@code element}, empty when it has none
     * @throws SamlValidationException {@link Reason#SIGNATURE_INVALID} when it has more than one
     */
    static Optional<Element> signatureOf(Element element) throws SamlValidationException {
        List<Element> signatures = Dom.children(element, Saml.DSIG_NS, "Signature");
        if (signatures.size() > 1) {
            throw new SamlValidationException(Reason.SIGNATURE_INVALID, element.getLocalName());
        }
        return signatures.stream().findFirst();
    }

    /**
     * Verifies that {@code signed} carries a valid enveloped signature by a trusted key over itself.
     *
     * @param signed the element that must be signed; it has an {@code ID} attribute
     * @throws SamlValidationException naming the first check that failed
     */
    void verify(Element signed) throws SamlValidationException {
        String where = signed.getLocalName();
        Element signature = signatureOf(signed)
                .orElseThrow(() -> new SamlValidationException(Reason.SIGNATURE_MISSING, where));
        String id = Dom.attribute(signed, "ID").filter(value -> !value.isEmpty())
                .orElseThrow(() -> new SamlValidationException(Reason.MALFORMED, where));
        checkShape(signature, id, where);

        signed.setIdAttributeNS(null, "ID", true);
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        boolean referencesValid = false;
        for (PublicKey key : trustedKeys) {
            DOMValidateContext context = new DOMValidateContext(KeySelector.singletonKeySelector(key), signature);
            context.setProperty(SECURE_VALIDATION, Boolean.TRUE);
            context.setProperty(CACHE_REFERENCE, Boolean.TRUE);
            context.setIdAttributeNS(signed, null, "ID");
            XMLSignature xmlSignature;
            try {
                xmlSignature = factory.unmarshalXMLSignature(context);
            } catch (MarshalException e) {
                throw new SamlValidationException(Reason.SIGNATURE_INVALID, where, e);
            }
            checkUnmarshalled(xmlSignature, id, where);
            Reference reference = xmlSignature.getSignedInfo().getReferences().get(0);
            try {
                if (!reference.validate(context)) {
                    throw new SamlValidationException(Reason.SIGNATURE_INVALID, where);
                }
                referencesValid = true;
                if (xmlSignature.getSignatureValue().validate(context)) {
                    checkDereferenced(reference, signed, where);
                    return;
                }
            } catch (XMLSignatureException e) {
                // a key of another type than the signature method, or a reference that cannot be
                // dereferenced: try the next key, or fail below
                if (!referencesValid) {
                    throw new SamlValidationException(Reason.SIGNATURE_INVALID, where, e);
                }
            }
        }
        throw new SamlValidationException(Reason.UNTRUSTED_KEY, where);
    }

    private static void checkShape(Element signature, String id, String where) throws SamlValidationException {
        Element signedInfo = Dom.single(signature, Saml.DSIG_NS, "SignedInfo")
                .orElseThrow(() -> new SamlValidationException(Reason.SIGNATURE_INVALID, where));
        String c14n = algorithm(signedInfo, "CanonicalizationMethod", where);
        if (!CanonicalizationMethod.EXCLUSIVE.equals(c14n)) {
            throw new SamlValidationException(Reason.DISALLOWED_TRANSFORM, where);
        }
        if (!SIGNATURE_METHODS.contains(algorithm(signedInfo, "SignatureMethod", where))) {
            throw new SamlValidationException(Reason.WEAK_ALGORITHM, where);
        }
        List<Element> references = Dom.children(signedInfo, Saml.DSIG_NS, "Reference");
        if (references.size() != 1) {
            throw new SamlValidationException(Reason.SIGNATURE_REFERENCE_MISMATCH, where);
        }
        Element reference = references.get(0);
        if (!Dom.attribute(reference, "URI").orElse("").equals("#" + id)) {
            throw new SamlValidationException(Reason.SIGNATURE_REFERENCE_MISMATCH, where);
        }
        List<Element> transformLists = Dom.children(reference, Saml.DSIG_NS, "Transforms");
        if (transformLists.size() > 1) {
            throw new SamlValidationException(Reason.DISALLOWED_TRANSFORM, where);
        }
        for (Element transforms : transformLists) {
            List<Element> each = Dom.children(transforms, Saml.DSIG_NS, "Transform");
            if (each.size() > TRANSFORMS.size()) {
                throw new SamlValidationException(Reason.DISALLOWED_TRANSFORM, where);
            }
            for (Element transform : each) {
                if (!TRANSFORMS.contains(Dom.attribute(transform, "Algorithm").orElse(""))) {
                    throw new SamlValidationException(Reason.DISALLOWED_TRANSFORM, where);
                }
            }
        }
        if (!DIGEST_METHODS.contains(algorithm(reference, "DigestMethod", where))) {
            throw new SamlValidationException(Reason.WEAK_ALGORITHM, where);
        }
    }

    private static String algorithm(Element parent, String child, String where) throws SamlValidationException {
        return Dom.single(parent, Saml.DSIG_NS, child)
                .flatMap(element -> Dom.attribute(element, "Algorithm"))
                .orElseThrow(() -> new SamlValidationException(Reason.SIGNATURE_INVALID, where));
    }

    /** The same checks on what the XML signature API made of the DOM, so both views agree. */
    private static void checkUnmarshalled(XMLSignature signature, String id, String where) throws SamlValidationException {
        List<?> references = signature.getSignedInfo().getReferences();
        if (references.size() != 1 || !("#" + id).equals(((Reference) references.get(0)).getURI())) {
            throw new SamlValidationException(Reason.SIGNATURE_REFERENCE_MISMATCH, where);
        }
        Reference reference = (Reference) references.get(0);
        for (Object transform : reference.getTransforms()) {
            if (!TRANSFORMS.contains(((Transform) transform).getAlgorithm())) {
                throw new SamlValidationException(Reason.DISALLOWED_TRANSFORM, where);
            }
        }
        if (!DIGEST_METHODS.contains(reference.getDigestMethod().getAlgorithm())
                || !SIGNATURE_METHODS.contains(signature.getSignedInfo().getSignatureMethod().getAlgorithm())) {
            throw new SamlValidationException(Reason.WEAK_ALGORITHM, where);
        }
        if (!CanonicalizationMethod.EXCLUSIVE.equals(signature.getSignedInfo().getCanonicalizationMethod().getAlgorithm())) {
            throw new SamlValidationException(Reason.DISALLOWED_TRANSFORM, where);
        }
    }

    /**
     * The node set the digest was computed over must be rooted at the signed element itself: its
     * first element (after that element's attributes) is {@code signed}.
     */
    private static void checkDereferenced(Reference reference, Element signed, String where) throws SamlValidationException {
        Data data = reference.getDereferencedData();
        if (!(data instanceof NodeSetData<?> nodes)) {
            throw new SamlValidationException(Reason.SIGNATURE_REFERENCE_MISMATCH, where);
        }
        for (Object node : nodes) {
            if (node instanceof Element element) {
                if (element != signed) {
                    throw new SamlValidationException(Reason.SIGNATURE_REFERENCE_MISMATCH, where);
                }
                return;
            }
            if (!(node instanceof Attr attribute) || attribute.getOwnerElement() != signed) {
                throw new SamlValidationException(Reason.SIGNATURE_REFERENCE_MISMATCH, where);
            }
        }
        throw new SamlValidationException(Reason.SIGNATURE_REFERENCE_MISMATCH, where);
    }
}
