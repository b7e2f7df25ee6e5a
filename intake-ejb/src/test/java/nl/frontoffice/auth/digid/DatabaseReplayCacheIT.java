package nl.frontoffice.auth.digid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.frontoffice.auth.saml.ReplayCache;
import nl.frontoffice.testing.ComponentTestDeployment;

/** Artifacts and assertions are accepted once, on the real database. */
@ExtendWith(ArquillianExtension.class)
class DatabaseReplayCacheIT {

    @Deployment
    static WebArchive deployment() {
        return ComponentTestDeployment.create(DatabaseReplayCacheIT.class);
    }

    @EJB
    private DatabaseReplayCache cache;

    @Test
    void an_identifier_is_accepted_once_per_kind() {
        String id = "_" + UUID.randomUUID();
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));

        assertThat(cache.firstUse(ReplayCache.ASSERTION, id, expiresAt)).isTrue();
        assertThat(cache.firstUse(ReplayCache.ASSERTION, id, expiresAt)).isFalse();
        // the same value as another kind is another identifier
        assertThat(cache.firstUse(ReplayCache.ARTIFACT, id, expiresAt)).isTrue();
        assertThat(cache.firstUse(ReplayCache.ARTIFACT, id, expiresAt)).isFalse();
    }

    @Test
    void purging_forgets_only_what_has_expired() {
        String expired = "_" + UUID.randomUUID();
        String live = "_" + UUID.randomUUID();
        cache.firstUse(ReplayCache.ASSERTION, expired, Instant.now().minus(Duration.ofMinutes(1)));
        cache.firstUse(ReplayCache.ASSERTION, live, Instant.now().plus(Duration.ofMinutes(5)));

        cache.purgeExpired();

        assertThat(cache.firstUse(ReplayCache.ASSERTION, expired, Instant.now().plus(Duration.ofMinutes(5)))).isTrue();
        assertThat(cache.firstUse(ReplayCache.ASSERTION, live, Instant.now().plus(Duration.ofMinutes(5)))).isFalse();
    }
}
