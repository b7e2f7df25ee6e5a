package nl.frontoffice.auth.saml;

import static nl.frontoffice.auth.saml.TestIdentityProvider.ACS;
import static nl.frontoffice.auth.saml.TestIdentityProvider.SP_ENTITY_ID;
import static nl.frontoffice.auth.saml.TestIdentityProvider.SP_SLO;
import static nl.frontoffice.auth.saml.TestIdentityProvider.base64;
import static nl.frontoffice.auth.saml.TestIdentityProvider.spSettings;
import static nl.frontoffice.auth.saml.TestXml.DSIG;
import static nl.frontoffice.auth.saml.TestXml.METADATA;
import static nl.frontoffice.auth.saml.TestXml.all;
import static nl.frontoffice.auth.saml.TestXml.first;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Our metadata as Logius reads it.
 */
class ServiceProviderMetadataTest {

    private static SamlTestKeys keys;

    @BeforeAll
    static void setUp() {
        keys = SamlTestKeys.get();
    }

    @Test
    void publishesBothCertificatesDuringRollover() {
        String xml = ServiceProviderMetadata.toXml(spSettings(keys).nextCertificate(keys.spNext.certificate())
                .singleLogoutService(SP_SLO).build());

        Element entity = TestXml.parse(xml).getDocumentElement();
        assertThat(entity.getAttribute("entityID")).isEqualTo(SP_ENTITY_ID);
        Element sp = first(entity, METADATA, "SPSSODescriptor");
        assertThat(sp.getAttribute("AuthnRequestsSigned")).isEqualTo("true");
        assertThat(sp.getAttribute("WantAssertionsSigned")).isEqualTo("true");
        assertThat(sp.getAttribute("protocolSupportEnumeration")).isEqualTo(TestXml.PROTOCOL);

        List<Element> keyDescriptors = all(sp, METADATA, "KeyDescriptor");
        assertThat(keyDescriptors).extracting(k -> k.getAttribute("use")).containsExactly("signing", "signing");
        assertThat(keyDescriptors).extracting(k -> first(k, DSIG, "X509Certificate").getTextContent())
                .containsExactly(base64(keys.sp.certificate()), base64(keys.spNext.certificate()));

        Element acs = first(sp, METADATA, "AssertionConsumerService");
        assertThat(acs.getAttribute("Binding")).isEqualTo(Binding.HTTP_ARTIFACT.uri());
        assertThat(acs.getAttribute("Location")).isEqualTo(ACS.toString());
        assertThat(acs.getAttribute("index")).isEqualTo("1");
        Element slo = first(sp, METADATA, "SingleLogoutService");
        assertThat(slo.getAttribute("Binding")).isEqualTo(Binding.HTTP_REDIRECT.uri());
        assertThat(slo.getAttribute("Location")).isEqualTo(SP_SLO.toString());
        assertThat(xml).doesNotContain("PRIVATE");
    }

    @Test
    void publishesOneCertificateOutsideRolloverAndNoLogoutServiceUnlessConfigured() {
        Element sp = first(TestXml.parse(ServiceProviderMetadata.toXml(spSettings(keys).build())), METADATA, "SPSSODescriptor");

        assertThat(all(sp, METADATA, "KeyDescriptor")).hasSize(1);
        assertThat(all(sp, METADATA, "SingleLogoutService")).isEmpty();
    }
}
