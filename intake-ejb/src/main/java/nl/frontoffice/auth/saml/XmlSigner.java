package nl.frontoffice.auth.saml;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Signs our own SAML messages: an enveloped signature over the element's ID, RSA-SHA256, SHA-256
 * digest, exclusive canonicalization, placed right after the Issuer as the SAML schema wants, with
 * the signing certificate in KeyInfo.
 */
final class XmlSigner {

    private XmlSigner() {
    }

    /**
     * @param element the element to sign; has an {@code ID} attribute and a {@code saml:Issuer} first child
     */
    static void sign(Element element, PrivateKey key, X509Certificate certificate) {
        String id = Dom.attribute(element, "ID").orElseThrow(() -> new IllegalArgumentException("no ID to sign"));
        element.setIdAttributeNS(null, "ID", true);
        try {
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            List<Transform> transforms = List.of(
                    factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                    factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null));
            Reference reference = factory.newReference("#" + id,
                    factory.newDigestMethod(DigestMethod.SHA256, null), transforms, null, null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                    List.of(reference));
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(certificate))));
            DOMSignContext context = new DOMSignContext(key, element);
            context.setDefaultNamespacePrefix("ds");
            Node issuer = Dom.single(element, Saml.ASSERTION_NS, "Issuer")
                    .orElseThrow(() -> new IllegalArgumentException("no Issuer to sign after"));
            context.setNextSibling(issuer.getNextSibling());
            factory.newXMLSignature(signedInfo, keyInfo).sign(context);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }
}
