package nl.frontoffice.digidsimulator.testing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.xml.crypto.KeySelector;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * XML signatures made and checked in the tests directly with the JDK API, independently of the simulator's
 * {@code XmlSignatures}: what a service provider would do.
 */
public final class JdkSignatures {

    private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";

    private JdkSignatures() {
    }

    /** Signs {@code element} (enveloped, reference to its ID) with the given algorithms, inserted before {@code next}. */
    public static void sign(Element element, Node next, PrivateKey key, X509Certificate certificate,
                            String signatureMethod, String digestMethod) {
        try {
            element.setIdAttributeNS(null, "ID", true);
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            Reference reference = factory.newReference("#" + element.getAttributeNS(null, "ID"),
                    factory.newDigestMethod(digestMethod, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(signatureMethod, null), List.of(reference));
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            DOMSignContext context = next == null ? new DOMSignContext(key, element)
                    : new DOMSignContext(key, element, next);
            context.setDefaultNamespacePrefix("ds");
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
            factory.newXMLSignature(signedInfo,
                    keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(certificate))))).sign(context);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** RSA-SHA256 / SHA-256, signature after the first child (the Issuer). */
    public static void sign(Element element, PrivateKey key, X509Certificate certificate) {
        sign(element, firstElementChild(element).getNextSibling(), key, certificate, SignatureMethod.RSA_SHA256,
                DigestMethod.SHA256);
    }

    /**
     * Checks the enveloped signature that is a direct child of {@code element} with the given certificate's key,
     * and that its one reference points at the element's own ID.
     */
    public static boolean verifies(Element element, X509Certificate certificate) {
        try {
            Element signature = null;
            for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element child && DSIG.equals(child.getNamespaceURI())
                        && "Signature".equals(child.getLocalName())) {
                    signature = child;
                }
            }
            if (signature == null) {
                return false;
            }
            element.setIdAttributeNS(null, "ID", true);
            DOMValidateContext context = new DOMValidateContext(
                    KeySelector.singletonKeySelector(certificate.getPublicKey()), signature);
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            XMLSignature xmlSignature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
            List<?> references = xmlSignature.getSignedInfo().getReferences();
            return references.size() == 1
                    && ("#" + element.getAttributeNS(null, "ID")).equals(((Reference) references.get(0)).getURI())
                    && xmlSignature.validate(context);
        } catch (Exception e) {
            return false;
        }
    }

    private static Element firstElementChild(Element element) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                return child;
            }
        }
        throw new IllegalArgumentException("No child element");
    }
}
