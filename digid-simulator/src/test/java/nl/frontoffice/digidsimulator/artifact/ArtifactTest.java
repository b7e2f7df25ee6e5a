package nl.frontoffice.digidsimulator.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class ArtifactTest {

    private static final String ENTITY_ID = "http://localhost:8080/digid-simulator/metadata";

    @Test
    void is_type_0004_with_endpoint_index_sha1_source_id_and_20_random_bytes() throws Exception {
        Artifact artifact = Artifact.issue(ENTITY_ID, 0);

        byte[] bytes = Base64.getDecoder().decode(artifact.encoded());
        assertThat(bytes).hasSize(44);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        assertThat(buffer.getShort()).isEqualTo((short) 4);
        assertThat(buffer.getShort()).isEqualTo((short) 0);
        byte[] sourceId = new byte[20];
        buffer.get(sourceId);
        assertThat(sourceId).isEqualTo(
                MessageDigest.getInstance("SHA-1").digest(ENTITY_ID.getBytes(StandardCharsets.UTF_8)));
        assertThat(artifact.isIssuedBy(ENTITY_ID)).isTrue();
        assertThat(artifact.isIssuedBy("https://other.example/idp")).isFalse();
        assertThat(artifact.messageHandle()).hasSize(20);
    }

    @Test
    void message_handles_are_random() {
        assertThat(Artifact.issue(ENTITY_ID, 0).messageHandle()).isNotEqualTo(Artifact.issue(ENTITY_ID, 0).messageHandle());
        assertThat(Artifact.issue(ENTITY_ID, 0)).isNotEqualTo(Artifact.issue(ENTITY_ID, 0));
    }

    @Test
    void parses_what_it_encodes_and_refuses_other_types_and_lengths() {
        Artifact artifact = Artifact.issue(ENTITY_ID, 3);
        Artifact parsed = Artifact.parse(artifact.encoded());
        assertThat(parsed).isEqualTo(artifact);
        assertThat(parsed.endpointIndex()).isEqualTo(3);

        byte[] type2 = Base64.getDecoder().decode(artifact.encoded());
        type2[1] = 2;
        assertThatThrownBy(() -> Artifact.parse(Base64.getEncoder().encodeToString(type2)))
                .hasMessageContaining("type code");
        assertThatThrownBy(() -> Artifact.parse(Base64.getEncoder().encodeToString(new byte[43])))
                .hasMessageContaining("43 bytes");
        assertThatThrownBy(() -> Artifact.parse("not base64!")).hasMessageContaining("base64");
    }

    @Test
    void does_not_show_itself_in_logs() {
        assertThat(Artifact.issue(ENTITY_ID, 0).toString()).doesNotContain(Artifact.issue(ENTITY_ID, 0).encoded());
    }
}
