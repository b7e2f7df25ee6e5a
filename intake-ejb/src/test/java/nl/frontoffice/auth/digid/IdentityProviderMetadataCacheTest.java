package nl.frontoffice.auth.digid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.frontoffice.auth.saml.SamlTestKeys;
import nl.frontoffice.auth.saml.TestIdentityProvider;

/** DigiD's metadata is cached, refreshed on time, re-read after an unknown key at most once a minute. */
class IdentityProviderMetadataCacheTest {

    @TempDir
    Path dir;

    private Path file;
    private X509Certificate idp;
    private X509Certificate idpNext;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private IdentityProviderMetadataCache cache;

    @BeforeEach
    void metadata() throws Exception {
        SamlTestKeys.get();
        Path keys = Path.of("target", "saml-test-keys");
        idp = certificate(keys.resolve("idp.p12"));
        idpNext = certificate(keys.resolve("idp-next.p12"));
        file = dir.resolve("metadata.xml");
        write(idp);
        cache = new IdentityProviderMetadataCache(file.toUri(), Duration.ofHours(1), clock);
    }

    @Test
    void read_at_first_use_and_cached_until_the_refresh_period_has_passed() throws Exception {
        assertThat(cache.get().signingCertificates()).containsExactly(idp);

        write(idpNext);
        clock.advance(Duration.ofMinutes(59));
        assertThat(cache.get().signingCertificates()).containsExactly(idp);

        clock.advance(Duration.ofMinutes(1));
        assertThat(cache.get().signingCertificates()).containsExactly(idpNext);
    }

    @Test
    void an_unknown_signing_key_re_reads_at_most_once_a_minute() throws Exception {
        cache.get();
        write(idpNext);

        cache.signingKeyUnknown();
        assertThat(cache.get().signingCertificates()).containsExactly(idpNext);

        write(idp);
        clock.advance(Duration.ofSeconds(30));
        cache.signingKeyUnknown();
        assertThat(cache.get().signingCertificates()).containsExactly(idpNext);

        clock.advance(Duration.ofSeconds(30));
        cache.signingKeyUnknown();
        assertThat(cache.get().signingCertificates()).containsExactly(idp);
    }

    @Test
    void a_broken_update_keeps_the_copy_read_earlier_and_no_copy_is_an_error_naming_the_property() throws Exception {
        cache.get();
        Files.writeString(file, "<broken");
        clock.advance(Duration.ofHours(2));
        assertThat(cache.get().signingCertificates()).containsExactly(idp);

        IdentityProviderMetadataCache missing = new IdentityProviderMetadataCache(dir.resolve("none.xml").toUri(),
                Duration.ofHours(1), clock);
        assertThatThrownBy(missing::get).isInstanceOf(DigidConfigurationException.class)
                .hasMessageContaining("frontoffice.digid.idp.metadata");
    }

    private void write(X509Certificate certificate) throws Exception {
        Files.writeString(file, TestIdentityProvider.metadataXml(certificate));
    }

    private static X509Certificate certificate(Path store) throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, "changeit".toCharArray());
        }
        return (X509Certificate) keyStore.getCertificate("key");
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
