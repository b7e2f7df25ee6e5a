package nl.frontoffice.digidsimulator.idp;

import static nl.frontoffice.digidsimulator.saml.SamlNames.BINDING_HTTP_POST;
import static nl.frontoffice.digidsimulator.saml.SamlNames.BINDING_HTTP_REDIRECT;
import static nl.frontoffice.digidsimulator.saml.SamlNames.BINDING_SOAP;
import static nl.frontoffice.digidsimulator.saml.SamlNames.DSIG_NS;
import static nl.frontoffice.digidsimulator.saml.SamlNames.METADATA_NS;
import static nl.frontoffice.digidsimulator.saml.SamlNames.PROTOCOL_NS;

import org.w3c.dom.Element;

import nl.frontoffice.digidsimulator.saml.Certificates;
import nl.frontoffice.digidsimulator.saml.Dom;
import nl.frontoffice.digidsimulator.saml.SamlNames;
import nl.frontoffice.digidsimulator.saml.SecureXml;

/**
 * The IdP's SAML metadata: an EntityDescriptor with one IDPSSODescriptor that wants signed AuthnRequests and lists
 * the signing certificate, the ArtifactResolutionService (SOAP, index 0), the SingleLogoutService (HTTP-Redirect)
 * and the SingleSignOnService (HTTP-Redirect and HTTP-POST). Not signed: a service provider reads it from a URL or a
 * file it trusts.
 */
public final class IdpMetadata {

    private IdpMetadata() {
    }

    public static String xml(IdpSettings settings, IdpCredential credential) {
        Element entity = Dom.newRoot(METADATA_NS, "md:EntityDescriptor", "ds", DSIG_NS);
        entity.setAttributeNS(null, "entityID", settings.entityId());

        Element idp = Dom.append(entity, METADATA_NS, "md:IDPSSODescriptor");
        idp.setAttributeNS(null, "protocolSupportEnumeration", PROTOCOL_NS);
        idp.setAttributeNS(null, "WantAuthnRequestsSigned", "true");

        Element keyDescriptor = Dom.append(idp, METADATA_NS, "md:KeyDescriptor");
        keyDescriptor.setAttributeNS(null, "use", "signing");
        Element keyInfo = Dom.append(keyDescriptor, DSIG_NS, "ds:KeyInfo");
        Dom.append(keyInfo, DSIG_NS, "ds:KeyName", credential.certificate().getSubjectX500Principal().getName());
        Element x509Data = Dom.append(keyInfo, DSIG_NS, "ds:X509Data");
        Dom.append(x509Data, DSIG_NS, "ds:X509Certificate", Certificates.toBase64(credential.certificate()));

        Element artifactResolution = Dom.append(idp, METADATA_NS, "md:ArtifactResolutionService");
        artifactResolution.setAttributeNS(null, "Binding", BINDING_SOAP);
        artifactResolution.setAttributeNS(null, "Location", settings.artifactResolutionUrl());
        artifactResolution.setAttributeNS(null, "index", "0");
        artifactResolution.setAttributeNS(null, "isDefault", "true");

        Element logout = Dom.append(idp, METADATA_NS, "md:SingleLogoutService");
        logout.setAttributeNS(null, "Binding", BINDING_HTTP_REDIRECT);
        logout.setAttributeNS(null, "Location", settings.logoutUrl());

        Dom.append(idp, METADATA_NS, "md:NameIDFormat", SamlNames.NAMEID_FORMAT_UNSPECIFIED);

        for (String binding : new String[] {BINDING_HTTP_REDIRECT, BINDING_HTTP_POST}) {
            Element sso = Dom.append(idp, METADATA_NS, "md:SingleSignOnService");
            sso.setAttributeNS(null, "Binding", binding);
            sso.setAttributeNS(null, "Location", settings.ssoUrl());
        }

        Element organization = Dom.append(entity, METADATA_NS, "md:Organization");
        for (String[] element : new String[][] {
                {"md:OrganizationName", "DigiD simulator"},
                {"md:OrganizationDisplayName", "DigiD-simulator (alleen voor ontwikkeling en tests)"},
                {"md:OrganizationURL", settings.baseUrl() + "/"}}) {
            Element child = Dom.append(organization, METADATA_NS, element[0], element[1]);
            child.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", "nl");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SecureXml.toString(entity.getOwnerDocument());
    }
}
