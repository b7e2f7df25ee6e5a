package nl.frontoffice.auth.digid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.frontoffice.auth.saml.AssuranceLevel;
import nl.frontoffice.auth.saml.SamlTestKeys;
import nl.frontoffice.domain.citizen.Bsn;

/** The DigiD settings: defaults, required properties, errors that name the property and never a password. */
class DigidSettingsTest {

    private static final Path KEYS = keys();

    private final Map<String, String> properties = new HashMap<>(Map.of(
            DigidSettings.ENABLED, "true",
            DigidSettings.SP_ENTITY_ID, "urn:nl:frontoffice:test:sp",
            DigidSettings.SP_ACS_URL, "https://portal.frontoffice.test/saml/acs",
            DigidSettings.SP_KEYSTORE, KEYS.resolve("sp.p12").toString(),
            DigidSettings.SP_KEYSTORE_PASSWORD, "changeit",
            DigidSettings.SP_SIGNING_ALIAS, "key",
            DigidSettings.IDP_METADATA, "https://idp.digid.test/metadata",
            DigidSettings.TLS_KEYSTORE, KEYS.resolve("tls-client.p12").toString(),
            DigidSettings.TLS_KEYSTORE_PASSWORD, "changeit",
            DigidSettings.TLS_TRUSTSTORE, KEYS.resolve("tls-server.p12").toString()));

    private static Path keys() {
        SamlTestKeys.get();
        return Path.of("target", "saml-test-keys").toAbsolutePath();
    }

    private DigidSettings read() {
        properties.putIfAbsent(DigidSettings.TLS_TRUSTSTORE_PASSWORD, "changeit");
        return DigidSettings.read(name -> Optional.ofNullable(properties.get(name)));
    }

    @Test
    void DigiD_is_off_unless_enabled() {
        assertThat(DigidSettings.enabled(name -> Optional.empty())).isFalse();
        assertThat(DigidSettings.enabled(name -> Optional.of(" true "))).isTrue();
    }

    @Test
    void defaults_apply() {
        DigidSettings settings = read();

        assertThat(settings.serviceProvider().assertionConsumerServiceIndex()).isZero();
        assertThat(settings.serviceProvider().minimumLevel()).isEqualTo(AssuranceLevel.MIDDEN);
        assertThat(settings.serviceProvider().clockSkew()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.serviceProvider().nextCertificate()).isEmpty();
        assertThat(settings.metadataRefresh()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.metadataSource().toString()).isEqualTo("https://idp.digid.test/metadata");
        assertThat(settings.toString()).doesNotContain("changeit");
    }

    @Test
    void values_are_read() {
        properties.put(DigidSettings.SP_ACS_INDEX, "2");
        properties.put(DigidSettings.MIN_LEVEL, "substantieel");
        properties.put(DigidSettings.CLOCK_SKEW, "PT1M");
        properties.put(DigidSettings.IDP_METADATA_REFRESH, "PT10M");
        properties.put(DigidSettings.IDP_METADATA, "target/metadata.xml");
        properties.put(DigidSettings.SP_SLO_URL, "https://portal.frontoffice.test/saml/logout");

        DigidSettings settings = read();

        assertThat(settings.serviceProvider().assertionConsumerServiceIndex()).isEqualTo(2);
        assertThat(settings.serviceProvider().minimumLevel()).isEqualTo(AssuranceLevel.SUBSTANTIEEL);
        assertThat(settings.serviceProvider().clockSkew()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.serviceProvider().singleLogoutServiceUrl()).isPresent();
        assertThat(settings.metadataRefresh()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.metadataSource().getScheme()).isEqualTo("file");
    }

    @Test
    void a_missing_property_is_named() {
        properties.remove(DigidSettings.SP_ENTITY_ID);

        assertThatThrownBy(this::read).isInstanceOf(DigidConfigurationException.class)
                .hasMessageContaining("frontoffice.digid.sp.entity-id");
    }

    @Test
    void a_wrong_password_is_named_by_its_property_never_shown() {
        properties.put(DigidSettings.SP_KEYSTORE_PASSWORD, "secret-wrong-password");

        assertThatThrownBy(this::read).isInstanceOf(DigidConfigurationException.class)
                .hasMessageContaining("frontoffice.digid.sp.keystore")
                .hasMessageNotContaining("secret-wrong-password");
    }

    @Test
    void an_unknown_alias_and_an_unreadable_file_are_named() {
        properties.put(DigidSettings.SP_SIGNING_ALIAS, "nope");
        assertThatThrownBy(this::read).hasMessageContaining("frontoffice.digid.sp.signing-alias");

        properties.put(DigidSettings.SP_SIGNING_ALIAS, "key");
        properties.put(DigidSettings.TLS_TRUSTSTORE, "/nonexistent/trust.p12");
        assertThatThrownBy(this::read).hasMessageContaining("frontoffice.digid.tls.truststore");
    }

    @Test
    void the_next_signing_certificate_is_published_for_rollover() {
        properties.put(DigidSettings.SP_NEXT_SIGNING_ALIAS, "key");

        assertThat(read().serviceProvider().publishedCertificates()).hasSize(2);
    }

    @Test
    void wrong_values_are_named() {
        properties.put(DigidSettings.MIN_LEVEL, "ULTRA");
        assertThatThrownBy(this::read).hasMessageContaining("frontoffice.digid.min-level");
        properties.remove(DigidSettings.MIN_LEVEL);

        properties.put(DigidSettings.CLOCK_SKEW, "2 minutes");
        assertThatThrownBy(this::read).hasMessageContaining("frontoffice.digid.clock-skew");
        properties.remove(DigidSettings.CLOCK_SKEW);

        properties.put(DigidSettings.SP_ACS_URL, "/saml/acs");
        assertThatThrownBy(this::read).hasMessageContaining("frontoffice.digid.sp.acs-url");
    }

    @Test
    void the_citizen_reference_is_12_hex_characters_and_not_the_BSN() {
        Bsn bsn = Bsn.of("999993847");
        String reference = DigidConfiguration.citizenReference("secret".getBytes(), bsn);

        assertThat(reference).matches("[0-9a-f]{12}").doesNotContain("999993847");
        assertThat(DigidConfiguration.citizenReference("secret".getBytes(), bsn)).isEqualTo(reference);
        assertThat(DigidConfiguration.citizenReference("other".getBytes(), bsn)).isNotEqualTo(reference);
    }
}
