package nl.frontoffice.auth.digid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Without {@code frontoffice.digid.enabled=true} DigiD reads nothing and says it is not configured. */
class DigidConfigurationTest {

    private static DigidConfiguration with(Map<String, String> properties) {
        DigidConfiguration configuration = new DigidConfiguration();
        configuration.config = name -> Optional.ofNullable(properties.get(name));
        return configuration;
    }

    @Test
    void off_by_default_and_no_key_store_is_read() {
        // a key store path that does not exist would fail if it were read
        DigidConfiguration configuration = with(Map.of(DigidSettings.SP_KEYSTORE, "/nonexistent.p12"));

        assertThat(configuration.enabled()).isFalse();
        assertThatThrownBy(configuration::settings).isInstanceOf(DigidConfigurationException.class)
                .hasMessageContaining("not configured").hasMessageContaining("frontoffice.digid.enabled");
        assertThatThrownBy(configuration::identityProvider).isInstanceOf(DigidConfigurationException.class);
    }

    @Test
    void enabled_without_settings_names_the_first_missing_property() {
        DigidConfiguration configuration = with(Map.of(DigidSettings.ENABLED, "true"));

        assertThat(configuration.enabled()).isTrue();
        assertThatThrownBy(configuration::settings).isInstanceOf(DigidConfigurationException.class)
                .hasMessageContaining("frontoffice.digid.sp.entity-id");
    }
}
