package nl.frontoffice.digidsimulator.saml;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.crypto.KeySelector;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Enveloped XML signatures on SAML elements with the JDK's XML Digital Signature API.
 *
 * <p>Signing: RSA-SHA256 (ECDSA-SHA256 for an EC key), SHA-256 digest, exclusive canonicalisation, one reference to
 * the element's own {@code ID}, the certificate in KeyInfo for convenience (receivers must not trust it).
 *
 * <p>Verifying is strict, against signature wrapping and weak algorithms: exactly one {@code ds:Signature} as a
 * direct child of the element; exactly one reference whose URI is {@code #} + that element's {@code ID}, which must
 * be unique in the document and is the only attribute registered as an ID; only the enveloped-signature and
 * canonicalisation transforms; SHA-256 or stronger; the key taken from the trusted certificates only, never from
 * KeyInfo; secure validation on.
 */
public final class XmlSignatures {

    private static final String SECURE_VALIDATION = "org.jcp.xml.dsig.secureValidation";

    private static final Set<String> SIGNATURE_METHODS = Set.of(
            SignatureMethod.RSA_SHA256, SignatureMethod.RSA_SHA384, SignatureMethod.RSA_SHA512,
            SignatureMethod.ECDSA_SHA256, SignatureMethod.ECDSA_SHA384, SignatureMethod.ECDSA_SHA512);
    private static final Set<String> DIGEST_METHODS = Set.of(
            DigestMethod.SHA256, DigestMethod.SHA384, DigestMethod.SHA512);
    private static final Set<String> CANONICALISATIONS = Set.of(
            CanonicalizationMethod.EXCLUSIVE, CanonicalizationMethod.INCLUSIVE);
    private static final Set<String> TRANSFORMS = Set.of(
            Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE, CanonicalizationMethod.INCLUSIVE);

    private XmlSignatures() {
    }

    /**
     * Signs {@code element} (which must carry an {@code ID}) with an enveloped signature inserted as its child before
     * {@code nextSibling} (or as the last child when that is null).
     */
    public static void sign(Element element, Node nextSibling, PrivateKey key, X509Certificate certificate) {
        String id = element.getAttributeNS(null, "ID");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("Element " + element.getLocalName() + " has no ID to sign");
        }
        element.setIdAttributeNS(null, "ID", true);
        try {
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            Reference reference = factory.newReference("#" + id,
                    factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(key instanceof ECKey ? SignatureMethod.ECDSA_SHA256
                            : SignatureMethod.RSA_SHA256, null),
                    List.of(reference));
            KeyInfoFactory keyInfoFactory = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfoFactory.newKeyInfo(
                    List.of(keyInfoFactory.newX509Data(List.of(certificate))));
            DOMSignContext context = nextSibling == null
                    ? new DOMSignContext(key, element)
                    : new DOMSignContext(key, element, nextSibling);
            context.setDefaultNamespacePrefix("ds");
            factory.newXMLSignature(signedInfo, keyInfo).sign(context);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalStateException("Cannot sign " + element.getLocalName(), e);
        }
    }

    /**
     * Verifies the enveloped signature of {@code element} against the trusted certificates (any one may match, to
     * allow key rollover).
     *
     * @throws SamlException when the element is unsigned, the signature is not of the accepted shape, or does not
     *                       verify with any trusted certificate
     */
    public static void verify(Element element, Collection<X509Certificate> trusted) throws SamlException {
        String name = element.getLocalName();
        List<Element> signatures = Dom.children(element, SamlNames.DSIG_NS, "Signature");
        if (signatures.isEmpty()) {
            throw new SamlException(name + " is niet ondertekend.");
        }
        if (signatures.size() > 1) {
            throw new SamlException(name + " heeft meer dan één handtekening.");
        }
        if (trusted.isEmpty()) {
            throw new SamlException("Er is geen certificaat bekend om de handtekening van " + name
                    + " mee te controleren.");
        }
        String id = Dom.requiredAttribute(element, "ID");
        requireUniqueId(element, id);
        element.setIdAttributeNS(null, "ID", true);
        Element signatureElement = signatures.get(0);

        checkAlgorithms(signatureElement, name);
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        for (X509Certificate certificate : trusted) {
            DOMValidateContext context = new DOMValidateContext(
                    KeySelector.singletonKeySelector(certificate.getPublicKey()), signatureElement);
            context.setProperty(SECURE_VALIDATION, Boolean.TRUE);
            XMLSignature signature;
            try {
                signature = factory.unmarshalXMLSignature(context);
            } catch (MarshalException e) {
                throw new SamlException("De handtekening van " + name + " is onleesbaar.", e);
            }
            checkShape(signature.getSignedInfo(), id, name);
            try {
                if (signature.validate(context)) {
                    return;
                }
            } catch (XMLSignatureException e) {
                throw new SamlException("De handtekening van " + name + " kon niet worden gecontroleerd ("
                        + e.getMessage() + ").", e);
            }
        }
        throw new SamlException("De handtekening van " + name
                + " klopt niet met het certificaat van de afzender (of het bericht is gewijzigd).");
    }

    /**
     * Checks every algorithm named in SignedInfo before the JDK parses it, so that a weak one (SHA-1) is refused with
     * a clear reason rather than a parse error.
     */
    private static void checkAlgorithms(Element signature, String name) throws SamlException {
        Element signedInfo = Dom.requiredChild(signature, SamlNames.DSIG_NS, "SignedInfo");
        for (Element canonicalisation : Dom.children(signedInfo, SamlNames.DSIG_NS, "CanonicalizationMethod")) {
            require(CANONICALISATIONS, canonicalisation, "De canonicalisatie", name);
        }
        for (Element method : Dom.children(signedInfo, SamlNames.DSIG_NS, "SignatureMethod")) {
            require(SIGNATURE_METHODS, method, "Het handtekeningalgoritme", name);
        }
        for (Element reference : Dom.children(signedInfo, SamlNames.DSIG_NS, "Reference")) {
            for (Element digest : Dom.children(reference, SamlNames.DSIG_NS, "DigestMethod")) {
                require(DIGEST_METHODS, digest, "Het digest-algoritme", name);
            }
            for (Element transforms : Dom.children(reference, SamlNames.DSIG_NS, "Transforms")) {
                for (Element transform : Dom.children(transforms, SamlNames.DSIG_NS, "Transform")) {
                    require(TRANSFORMS, transform, "De transformatie", name);
                }
            }
        }
    }

    private static void require(Set<String> allowed, Element method, String what, String name)
            throws SamlException {
        String algorithm = method.getAttributeNS(null, "Algorithm");
        if (!allowed.contains(algorithm)) {
            throw new SamlException(what + " " + algorithm + " in de handtekening van " + name
                    + " is niet toegestaan"
                    + (isSha1(algorithm) ? " (SHA-1 is te zwak; gebruik SHA-256 of sterker)" : "")
                    + ".");
        }
    }

    /** One reference, to the signed element itself, with the enveloped-signature transform. */
    private static void checkShape(SignedInfo signedInfo, String id, String name) throws SamlException {
        List<?> references = signedInfo.getReferences();
        if (references.size() != 1) {
            throw new SamlException("De handtekening van " + name + " moet precies één Reference hebben, niet "
                    + references.size() + ".");
        }
        Reference reference = (Reference) references.get(0);
        if (!("#" + id).equals(reference.getURI())) {
            throw new SamlException("De handtekening van " + name + " verwijst naar '" + reference.getURI()
                    + "' in plaats van naar het ondertekende element zelf (#" + id + ").");
        }
        boolean enveloped = reference.getTransforms().stream()
                .anyMatch(transform -> Transform.ENVELOPED.equals(((Transform) transform).getAlgorithm()));
        if (!enveloped) {
            throw new SamlException("De handtekening van " + name + " is geen enveloped signature.");
        }
    }

    private static boolean isSha1(String algorithm) {
        return algorithm.endsWith("sha1");
    }

    private static void requireUniqueId(Element element, String id) throws SamlException {
        NodeList all = element.getOwnerDocument().getElementsByTagNameNS("*", "*");
        int count = 0;
        for (int i = 0; i < all.getLength(); i++) {
            Element each = (Element) all.item(i);
            if (id.equals(each.getAttributeNS(null, "ID"))) {
                count++;
            }
        }
        if (count != 1) {
            throw new SamlException("Het ID " + id + " komt " + count + " keer voor in het bericht.");
        }
    }
}
