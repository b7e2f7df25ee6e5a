package nl.frontoffice.digidsimulator.idp;

import static nl.frontoffice.digidsimulator.saml.SamlNames.DSIG_NS;
import static nl.frontoffice.digidsimulator.saml.SamlNames.METADATA_NS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.frontoffice.digidsimulator.saml.SamlNames;
import nl.frontoffice.digidsimulator.testing.TestKeys;
import nl.frontoffice.digidsimulator.testing.TestServiceProvider;

class IdpMetadataTest {

    private final Document metadata = TestServiceProvider.parse(IdpMetadata.xml(IdpSettings.defaults(),
            new IdpCredential(TestKeys.idp().privateKey(), TestKeys.idp().certificate())));

    @Test
    void describes_the_idp_with_its_signing_certificate() throws Exception {
        Element entity = metadata.getDocumentElement();
        assertThat(entity.getLocalName()).isEqualTo("EntityDescriptor");
        assertThat(entity.getAttribute("entityID")).isEqualTo("http://localhost:8080/digid-simulator/metadata");

        Element idp = only("IDPSSODescriptor");
        assertThat(idp.getAttribute("protocolSupportEnumeration")).isEqualTo(SamlNames.PROTOCOL_NS);
        assertThat(idp.getAttribute("WantAuthnRequestsSigned")).isEqualTo("true");

        Element key = only("KeyDescriptor");
        assertThat(key.getAttribute("use")).isEqualTo("signing");
        String base64 = key.getElementsByTagNameNS(DSIG_NS, "X509Certificate").item(0).getTextContent();
        assertThat(CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64))))
                .isEqualTo(TestKeys.idp().certificate());
    }

    @Test
    void lists_sso_artifact_resolution_and_logout_endpoints() {
        Element artifact = only("ArtifactResolutionService");
        assertThat(artifact.getAttribute("Binding")).isEqualTo(SamlNames.BINDING_SOAP);
        assertThat(artifact.getAttribute("index")).isEqualTo("0");
        assertThat(artifact.getAttribute("Location")).isEqualTo("https://localhost:8181/digid-simulator/artifact");

        Element logout = only("SingleLogoutService");
        assertThat(logout.getAttribute("Binding")).isEqualTo(SamlNames.BINDING_HTTP_REDIRECT);
        assertThat(logout.getAttribute("Location")).isEqualTo("http://localhost:8080/digid-simulator/logout");

        List<String> ssoBindings = new ArrayList<>();
        NodeList sso = metadata.getElementsByTagNameNS(METADATA_NS, "SingleSignOnService");
        for (int i = 0; i < sso.getLength(); i++) {
            Element each = (Element) sso.item(i);
            assertThat(each.getAttribute("Location")).isEqualTo("http://localhost:8080/digid-simulator/sso");
            ssoBindings.add(each.getAttribute("Binding"));
        }
        assertThat(ssoBindings).containsExactly(SamlNames.BINDING_HTTP_REDIRECT, SamlNames.BINDING_HTTP_POST);
    }

    private Element only(String localName) {
        NodeList found = metadata.getElementsByTagNameNS(METADATA_NS, localName);
        assertThat(found.getLength()).as(localName).isEqualTo(1);
        return (Element) found.item(0);
    }
}
