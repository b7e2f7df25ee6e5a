package nl.frontoffice.auth.saml;

import static nl.frontoffice.auth.saml.SamlAssertions.assertRejected;
import static nl.frontoffice.auth.saml.TestIdentityProvider.ARTIFACT_RESOLUTION;
import static nl.frontoffice.auth.saml.TestIdentityProvider.ARTIFACT_RESOLUTION_2;
import static nl.frontoffice.auth.saml.TestIdentityProvider.CLOCK;
import static nl.frontoffice.auth.saml.TestIdentityProvider.ENTITY_ID;
import static nl.frontoffice.auth.saml.TestIdentityProvider.artifact;
import static nl.frontoffice.auth.saml.TestIdentityProvider.metadata;
import static nl.frontoffice.auth.saml.TestIdentityProvider.sourceId;
import static nl.frontoffice.auth.saml.TestIdentityProvider.spSettings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;

/**
 * The SAMLart checks made before anything is resolved, and the artifact's once-only use.
 */
class ArtifactTest {

    private static SamlTestKeys keys;
    private static IdentityProviderMetadata idp;

    @BeforeAll
    static void setUp() {
        keys = SamlTestKeys.get();
        idp = metadata(keys.idp.certificate());
    }

    @Test
    void parsesAValidArtifact() throws SamlValidationException {
        String samlArt = artifact(0x0004, 1, sourceId(ENTITY_ID));

        Artifact artifact = Artifact.parse(samlArt, idp);

        byte[] bytes = Base64.getDecoder().decode(samlArt);
        assertThat(artifact.value()).isEqualTo(samlArt);
        assertThat(artifact.endpointIndex()).isEqualTo(1);
        assertThat(artifact.resolutionEndpoint()).isEqualTo(ARTIFACT_RESOLUTION_2);
        assertThat(artifact.sourceId()).isEqualTo(sourceId(ENTITY_ID));
        assertThat(artifact.messageHandle()).isEqualTo(Arrays.copyOfRange(bytes, 24, 44));
        assertThat(artifact.toString()).doesNotContain(samlArt);
        assertThat(Artifact.parse(artifact(), idp).resolutionEndpoint()).isEqualTo(ARTIFACT_RESOLUTION);
    }

    @Test
    void wrongTypeCode() {
        assertRejected(() -> Artifact.parse(artifact(0x0001, 0, sourceId(ENTITY_ID)), idp), Reason.ARTIFACT_TYPE_CODE);
        assertRejected(() -> Artifact.parse(artifact(0x0104, 0, sourceId(ENTITY_ID)), idp), Reason.ARTIFACT_TYPE_CODE);
    }

    @Test
    void wrongSourceId() {
        assertRejected(() -> Artifact.parse(artifact(0x0004, 0, sourceId("https://evil.example/idp")), idp),
                Reason.ARTIFACT_SOURCE_ID);
    }

    @Test
    void unknownEndpointIndex() {
        assertRejected(() -> Artifact.parse(artifact(0x0004, 7, sourceId(ENTITY_ID)), idp), Reason.ARTIFACT_ENDPOINT_INDEX);
    }

    @Test
    void wrongLength() {
        byte[] valid = Base64.getDecoder().decode(artifact());
        String tooShort = Base64.getEncoder().encodeToString(Arrays.copyOf(valid, 43));
        String tooLong = Base64.getEncoder().encodeToString(Arrays.copyOf(valid, 45));

        assertRejected(() -> Artifact.parse(tooShort, idp), Reason.ARTIFACT_LENGTH);
        assertRejected(() -> Artifact.parse(tooLong, idp), Reason.ARTIFACT_LENGTH);
        assertRejected(() -> Artifact.parse("A".repeat(4000), idp), Reason.ARTIFACT_LENGTH);
    }

    @Test
    void notBase64OrAbsent() {
        assertRejected(() -> Artifact.parse("not base64 at all!", idp), Reason.ARTIFACT_MALFORMED);
        assertRejected(() -> Artifact.parse("", idp), Reason.ARTIFACT_MALFORMED);
        assertRejected(() -> Artifact.parse(null, idp), Reason.ARTIFACT_MALFORMED);
    }

    @Test
    void replayOfAnArtifactIsRefused() throws SamlValidationException {
        ArtifactResponseValidator validator = new ArtifactResponseValidator(spSettings(keys).build(), idp,
                new InMemoryReplayCache(CLOCK), CLOCK);
        String samlArt = artifact();

        validator.acceptArtifact(samlArt);

        assertRejected(() -> validator.acceptArtifact(samlArt), Reason.REPLAYED_ARTIFACT);
        assertRejected(() -> validator.acceptArtifact(samlArt.replace("=", "")), Reason.REPLAYED_ARTIFACT);
    }
}
