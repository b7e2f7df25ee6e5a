package nl.frontoffice.digidsimulator.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ArtifactStoreTest {

    private static final String IDP = "http://localhost:8080/digid-simulator/metadata";
    private static final String SP = "http://localhost:8080/saml/metadata";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T09:30:00Z"));
    private final ArtifactStore store = new ArtifactStore(clock);

    @Test
    void an_artifact_is_resolved_once() {
        Artifact artifact = store.put(IDP, SP, "<message/>");

        assertThat(artifact.isIssuedBy(IDP)).isTrue();
        assertThat(store.take(artifact, SP)).contains("<message/>");
        assertThat(store.take(artifact, SP)).isEmpty();
    }

    @Test
    void an_artifact_expires_after_its_lifetime() {
        Artifact artifact = store.put(IDP, SP, "<message/>");
        clock.advance(ArtifactStore.LIFETIME);

        assertThat(store.take(artifact, SP)).isEmpty();
    }

    @Test
    void another_party_gets_nothing_and_the_artifact_is_gone() {
        Artifact artifact = store.put(IDP, SP, "<message/>");

        assertThat(store.take(artifact, "https://other.example/sp")).isEmpty();
        assertThat(store.take(artifact, SP)).isEmpty();
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
