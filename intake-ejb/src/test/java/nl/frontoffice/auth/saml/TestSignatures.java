package nl.frontoffice.auth.saml;

import java.security.PublicKey;

import javax.xml.crypto.KeySelector;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;

import org.w3c.dom.Element;

/**
 * Verifies our own outgoing signatures the way the IdP would, with the JDK's XML signature API
 * directly (independent of the code under test).
 */
public final class TestSignatures {

    private TestSignatures() {
    }

    /** @return the signature (a direct child of {@code signed}), after checking it is valid with {@code key} */
    static XMLSignature verify(Element signed, PublicKey key) {
        try {
            signed.setIdAttributeNS(null, "ID", true);
            Element signature = TestXml.child(signed, TestXml.DSIG, "Signature");
            DOMValidateContext context = new DOMValidateContext(KeySelector.singletonKeySelector(key), signature);
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            XMLSignature xmlSignature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
            if (!xmlSignature.validate(context)) {
                throw new AssertionError("signature does not verify");
            }
            return xmlSignature;
        } catch (javax.xml.crypto.MarshalException | javax.xml.crypto.dsig.XMLSignatureException e) {
            throw new AssertionError(e);
        }
    }
}
