package nl.frontoffice.auth.saml;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Our own SAML metadata, to publish at a stable URL and to hand to Logius: an EntityDescriptor with
 * an SPSSODescriptor that says our AuthnRequests are signed and we want signed assertions, a
 * signing KeyDescriptor per published certificate (two during a rollover), the single logout
 * service if configured, and the assertion consumer service with the HTTP-Artifact binding.
 *
 * <p>Usage: {@code String xml = ServiceProviderMetadata.toXml(settings);}
 */
public final class ServiceProviderMetadata {

    private ServiceProviderMetadata() {
    }

    /**
     * @return the metadata document as XML text (UTF-8, with declaration)
     */
    public static String toXml(ServiceProviderSettings settings) {
        Document document = SecureXml.newDocument();
        Element entity = document.createElementNS(Saml.METADATA_NS, "md:EntityDescriptor");
        entity.setAttributeNS(Saml.XMLNS_NS, "xmlns:md", Saml.METADATA_NS);
        entity.setAttributeNS(Saml.XMLNS_NS, "xmlns:ds", Saml.DSIG_NS);
        entity.setAttributeNS(null, "entityID", settings.entityId());
        document.appendChild(entity);

        Element sp = Dom.append(entity, Saml.METADATA_NS, "md:SPSSODescriptor");
        sp.setAttributeNS(null, "AuthnRequestsSigned", "true");
        sp.setAttributeNS(null, "WantAssertionsSigned", "true");
        sp.setAttributeNS(null, "protocolSupportEnumeration", Saml.PROTOCOL_SUPPORT);

        for (X509Certificate certificate : settings.publishedCertificates()) {
            Element keyDescriptor = Dom.append(sp, Saml.METADATA_NS, "md:KeyDescriptor");
            keyDescriptor.setAttributeNS(null, "use", "signing");
            Element keyInfo = Dom.append(keyDescriptor, Saml.DSIG_NS, "ds:KeyInfo");
            Element x509Data = Dom.append(keyInfo, Saml.DSIG_NS, "ds:X509Data");
            Dom.appendText(x509Data, Saml.DSIG_NS, "ds:X509Certificate", base64(certificate));
        }

        settings.singleLogoutServiceUrl().ifPresent(url -> {
            Element logout = Dom.append(sp, Saml.METADATA_NS, "md:SingleLogoutService");
            logout.setAttributeNS(null, "Binding", Binding.HTTP_REDIRECT.uri());
            logout.setAttributeNS(null, "Location", url.toString());
        });

        Element acs = Dom.append(sp, Saml.METADATA_NS, "md:AssertionConsumerService");
        acs.setAttributeNS(null, "Binding", Binding.HTTP_ARTIFACT.uri());
        acs.setAttributeNS(null, "Location", settings.assertionConsumerServiceUrl().toString());
        acs.setAttributeNS(null, "index", Integer.toString(settings.assertionConsumerServiceIndex()));
        acs.setAttributeNS(null, "isDefault", "true");

        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SecureXml.toXml(document);
    }

    private static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("certificate cannot be encoded", e);
        }
    }
}
