package nl.frontoffice.auth.saml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class InMemoryReplayCacheTest {

    private Instant now = Instant.parse("2025-03-10T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void anIdIsUsableOnceUntilItExpires() {
        InMemoryReplayCache cache = new InMemoryReplayCache(clock);
        Instant expiry = now.plus(Duration.ofMinutes(5));

        assertThat(cache.firstUse(ReplayCache.ASSERTION, "_a", expiry)).isTrue();
        assertThat(cache.firstUse(ReplayCache.ASSERTION, "_a", expiry)).isFalse();
        assertThat(cache.firstUse(ReplayCache.ARTIFACT, "_a", expiry)).as("kinds do not clash").isTrue();

        now = expiry;
        assertThat(cache.firstUse(ReplayCache.ASSERTION, "_a", now.plusSeconds(60))).isTrue();
    }

    @Test
    void whenFullOfLiveEntriesItRefusesRatherThanForgets() {
        InMemoryReplayCache cache = new InMemoryReplayCache(clock, 2);
        Instant expiry = now.plus(Duration.ofMinutes(5));
        cache.firstUse(ReplayCache.ARTIFACT, "1", expiry);
        cache.firstUse(ReplayCache.ARTIFACT, "2", now.plusSeconds(1));

        assertThat(cache.firstUse(ReplayCache.ARTIFACT, "3", expiry)).isFalse();

        now = now.plusSeconds(1);
        assertThat(cache.firstUse(ReplayCache.ARTIFACT, "3", expiry)).as("expired entries make room").isTrue();
        assertThat(cache.firstUse(ReplayCache.ARTIFACT, "1", expiry)).isFalse();
    }
}
