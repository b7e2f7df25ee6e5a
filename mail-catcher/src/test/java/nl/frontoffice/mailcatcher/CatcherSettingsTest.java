package nl.frontoffice.mailcatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CatcherSettingsTest {

    @Test
    void defaults_to_loopback_port_2525() {
        assertThat(CatcherSettings.from(name -> Optional.empty()))
                .isEqualTo(new CatcherSettings("127.0.0.1", 2525, 200, 25 * 1024 * 1024));
    }

    @Test
    void reads_the_properties() {
        Map<String, String> values = Map.of("mail-catcher.smtp.host", "::1", "mail-catcher.smtp.port", " 2626 ",
                "mail-catcher.max-messages", "10", "mail-catcher.max-message-bytes", "4096");

        assertThat(CatcherSettings.from(name -> Optional.ofNullable(values.get(name))))
                .isEqualTo(new CatcherSettings("::1", 2626, 10, 4096));
    }

    @Test
    void refuses_nonsense_naming_the_property() {
        assertThatThrownBy(() -> CatcherSettings.from(name -> name.equals("mail-catcher.smtp.port")
                ? Optional.of("smtp") : Optional.empty())).hasMessageContaining("mail-catcher.smtp.port");
        assertThatThrownBy(() -> CatcherSettings.from(name -> name.equals("mail-catcher.max-messages")
                ? Optional.of("0") : Optional.empty())).hasMessageContaining("mail-catcher.max-messages");
    }
}
