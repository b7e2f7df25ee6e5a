package nl.frontoffice.auth.saml;

import static nl.frontoffice.auth.saml.SamlAssertions.assertRejected;
import static nl.frontoffice.auth.saml.TestIdentityProvider.ARTIFACT_RESOLUTION;
import static nl.frontoffice.auth.saml.TestIdentityProvider.ARTIFACT_RESOLUTION_2;
import static nl.frontoffice.auth.saml.TestIdentityProvider.ENTITY_ID;
import static nl.frontoffice.auth.saml.TestIdentityProvider.SLO;
import static nl.frontoffice.auth.saml.TestIdentityProvider.SSO;
import static nl.frontoffice.auth.saml.TestIdentityProvider.metadataXml;
import static nl.frontoffice.auth.saml.TestIdentityProvider.sourceId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;
import nl.frontoffice.auth.saml.TestIdentityProvider.Signer;

/**
 * Reading DigiD's metadata: endpoints, one or more signing certificates; refusing what is unusable.
 */
class IdentityProviderMetadataTest {

    private static SamlTestKeys keys;

    @BeforeAll
    static void setUp() {
        keys = SamlTestKeys.get();
    }

    @Test
    void readsEntityIdEndpointsAndBothRolloverCertificates() throws SamlValidationException {
        IdentityProviderMetadata idp = IdentityProviderMetadata.parse(
                metadataXml(keys.idp.certificate(), keys.idpNext.certificate()).getBytes(StandardCharsets.UTF_8));

        assertThat(idp.entityId()).isEqualTo(ENTITY_ID);
        assertThat(idp.signingCertificates()).containsExactly(keys.idp.certificate(), keys.idpNext.certificate());
        assertThat(idp.singleSignOnService(Binding.HTTP_REDIRECT)).contains(SSO);
        assertThat(idp.singleSignOnService(Binding.HTTP_POST)).contains(SSO);
        assertThat(idp.singleSignOnService(Binding.HTTP_ARTIFACT)).isEmpty();
        assertThat(idp.artifactResolutionServices()).isEqualTo(Map.of(0, ARTIFACT_RESOLUTION, 1, ARTIFACT_RESOLUTION_2));
        assertThat(idp.artifactResolutionService(2)).isEmpty();
        assertThat(idp.singleLogoutService(Binding.HTTP_REDIRECT)).contains(SLO);
        assertThat(idp.sourceId()).isEqualTo(sourceId(ENTITY_ID)).hasSize(20);
        assertThat(idp.validUntil()).isEmpty();
    }

    @Test
    void refusesMetadataWithoutSigningCertificate() {
        assertRejected(() -> IdentityProviderMetadata.parse(metadataXml()), Reason.METADATA_INVALID);
    }

    @Test
    void refusesMetadataWithADoctype() {
        assertRejected(() -> IdentityProviderMetadata.parse("<!DOCTYPE x>" + metadataXml(keys.idp.certificate())),
                Reason.DOCTYPE_PRESENT);
    }

    @Test
    void refusesOtherDocuments() {
        assertRejected(() -> IdentityProviderMetadata.parse("<x/>"), Reason.METADATA_INVALID);
        assertRejected(() -> IdentityProviderMetadata.parse(
                metadataXml(keys.idp.certificate()).replace("<ds:X509Certificate>", "<ds:X509Certificate>AAAA")),
                Reason.METADATA_INVALID);
    }

    @Test
    void signedMetadataIsCheckedAgainstTheFederationCertificate() throws SamlValidationException {
        Document document = TestXml.parse(metadataXml(keys.idp.certificate()));
        Element entity = document.getDocumentElement();
        Signer.of(keys.idpNext).sign(entity);
        String signed = TestXml.toString(document);

        assertThat(IdentityProviderMetadata.parseSigned(signed, List.of(keys.idpNext.certificate())).entityId())
                .isEqualTo(ENTITY_ID);
        assertRejected(() -> IdentityProviderMetadata.parseSigned(signed, List.of(keys.attacker.certificate())),
                Reason.UNTRUSTED_KEY);
        assertRejected(() -> IdentityProviderMetadata.parseSigned(signed.replace(ENTITY_ID, "https://evil.example/idp"),
                List.of(keys.idpNext.certificate())), Reason.SIGNATURE_INVALID);
        assertRejected(() -> IdentityProviderMetadata.parseSigned(metadataXml(keys.idp.certificate()),
                List.of(keys.idpNext.certificate())), Reason.SIGNATURE_MISSING);
    }
}
