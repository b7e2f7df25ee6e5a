package nl.frontoffice.auth.saml;

import static nl.frontoffice.auth.saml.TestIdentityProvider.ARTIFACT_RESOLUTION;
import static nl.frontoffice.auth.saml.TestIdentityProvider.CLOCK;
import static nl.frontoffice.auth.saml.TestIdentityProvider.SP_ENTITY_ID;
import static nl.frontoffice.auth.saml.TestIdentityProvider.artifact;
import static nl.frontoffice.auth.saml.TestIdentityProvider.metadata;
import static nl.frontoffice.auth.saml.TestIdentityProvider.spSettings;
import static nl.frontoffice.auth.saml.TestXml.ASSERTION;
import static nl.frontoffice.auth.saml.TestXml.PROTOCOL;
import static nl.frontoffice.auth.saml.TestXml.SOAP;
import static nl.frontoffice.auth.saml.TestXml.child;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Our ArtifactResolve as the IdP receives it.
 */
class ArtifactResolveTest {

    @Test
    void isASignedArtifactResolveInASoapEnvelope() throws SamlValidationException {
        SamlTestKeys keys = SamlTestKeys.get();
        Artifact artifact = Artifact.parse(artifact(), metadata(keys.idp.certificate()));

        ArtifactResolve resolve = ArtifactResolve.create(artifact, spSettings(keys).build(), CLOCK);

        assertThat(resolve.endpoint()).isEqualTo(ARTIFACT_RESOLUTION);
        assertThat(resolve.toString()).doesNotContain(artifact.value());
        Element envelope = TestXml.parse(resolve.soapMessage()).getDocumentElement();
        assertThat(envelope.getNamespaceURI()).isEqualTo(SOAP);
        Element message = child(child(envelope, SOAP, "Body"), PROTOCOL, "ArtifactResolve");
        assertThat(message.getAttribute("ID")).isEqualTo(resolve.id());
        assertThat(message.getAttribute("Version")).isEqualTo("2.0");
        assertThat(message.getAttribute("IssueInstant")).isEqualTo("2025-03-10T09:00:00Z");
        assertThat(message.getAttribute("Destination")).isEqualTo(ARTIFACT_RESOLUTION.toString());
        assertThat(child(message, ASSERTION, "Issuer").getTextContent()).isEqualTo(SP_ENTITY_ID);
        assertThat(child(message, PROTOCOL, "Artifact").getTextContent()).isEqualTo(artifact.value());

        TestSignatures.verify(message, keys.sp.certificate().getPublicKey());
    }
}
