package nl.frontoffice.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private static MailSettings settings(String... keyValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return MailSettings.from(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void the_defaults_queue_without_sending_until_a_host_is_configured() {
        MailSettings settings = settings();

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.host()).isEmpty();
        assertThat(settings.canSend()).isFalse();
        assertThat(settings.port()).isEqualTo(587);
        assertThat(settings.startTls()).isEqualTo(StartTls.REQUIRED);
        assertThat(settings.from().getAddress()).isEqualTo("noreply@voorbeeldstad.example");
        assertThat(settings.from().getPersonal()).isEqualTo("Gemeente Voorbeeldstad");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.sendInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.batchSize()).isEqualTo(50);
        assertThat(settings.retry()).isEqualTo(RetryPolicy.DEFAULT);
        assertThat(settings.claimTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.retention()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.describe()).isEqualTo("no SMTP host");
    }

    @Test
    void everything_can_be_configured() {
        MailSettings settings = settings(
                "frontoffice.mail.smtp.host", " smtp.voorbeeldstad.example ",
                "frontoffice.mail.smtp.port", "2525",
                "frontoffice.mail.smtp.username", "frontoffice",
                "frontoffice.mail.smtp.password", "geheim",
                "frontoffice.mail.smtp.starttls", "Optional",
                "frontoffice.mail.smtp.connect-timeout", "500ms",
                "frontoffice.mail.smtp.timeout", "PT45S",
                "frontoffice.mail.from", "Gemeente Elders <post@elders.example>",
                "frontoffice.mail.send-interval", "5m",
                "frontoffice.mail.batch-size", "10",
                "frontoffice.mail.max-attempts", "4",
                "frontoffice.mail.retry.initial-delay", "10",
                "frontoffice.mail.retry.max-delay", "2h",
                "frontoffice.mail.claim-timeout", "1h",
                "frontoffice.mail.retention", "7d");

        assertThat(settings.canSend()).isTrue();
        assertThat(settings.host()).contains("smtp.voorbeeldstad.example");
        assertThat(settings.port()).isEqualTo(2525);
        assertThat(settings.username()).contains("frontoffice");
        assertThat(settings.password()).isEqualTo("geheim");
        assertThat(settings.startTls()).isEqualTo(StartTls.OPTIONAL);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(settings.from().getAddress()).isEqualTo("post@elders.example");
        assertThat(settings.sendInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.batchSize()).isEqualTo(10);
        assertThat(settings.retry()).isEqualTo(new RetryPolicy(4, Duration.ofSeconds(10), Duration.ofHours(2)));
        assertThat(settings.claimTimeout()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.retention()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.describe()).isEqualTo("smtp://smtp.voorbeeldstad.example:2525 (STARTTLS optional, with authentication)");
        assertThat(settings.toString()).doesNotContain("geheim").doesNotContain("frontoffice\"");
    }

    @Test
    void disabled_means_nothing_is_sent_even_with_a_host() {
        MailSettings settings = settings("frontoffice.mail.enabled", "FALSE", "frontoffice.mail.smtp.host", "localhost");

        assertThat(settings.canSend()).isFalse();
        assertThat(settings.describe()).isEqualTo("disabled");
    }

    @Test
    void blank_values_count_as_absent() {
        assertThat(settings("frontoffice.mail.smtp.host", "  ", "frontoffice.mail.smtp.port", "").canSend()).isFalse();
    }

    @Test
    void invalid_values_are_refused_naming_the_property() {
        assertThatThrownBy(() -> settings("frontoffice.mail.smtp.starttls", "yes"))
                .hasMessageContaining("frontoffice.mail.smtp.starttls");
        assertThatThrownBy(() -> settings("frontoffice.mail.smtp.port", "smtp"))
                .hasMessageContaining("frontoffice.mail.smtp.port");
        assertThatThrownBy(() -> settings("frontoffice.mail.smtp.port", "70000"))
                .hasMessageContaining("frontoffice.mail.smtp.port");
        assertThatThrownBy(() -> settings("frontoffice.mail.send-interval", "soon"))
                .hasMessageContaining("frontoffice.mail.send-interval");
        assertThatThrownBy(() -> settings("frontoffice.mail.enabled", "ja"))
                .hasMessageContaining("frontoffice.mail.enabled");
        assertThatThrownBy(() -> settings("frontoffice.mail.from", "a@example.org, b@example.org"))
                .hasMessageContaining("frontoffice.mail.from");
        assertThatThrownBy(() -> settings("frontoffice.mail.from", "geen adres"))
                .hasMessageContaining("frontoffice.mail.from");
        assertThatThrownBy(() -> settings("frontoffice.mail.smtp.username", "user"))
                .hasMessageContaining("frontoffice.mail.smtp.password");
        assertThatThrownBy(() -> settings("frontoffice.mail.max-attempts", "0"))
                .hasMessageContaining("frontoffice.mail.max-attempts");
        assertThatThrownBy(() -> settings("frontoffice.mail.batch-size", "0"))
                .hasMessageContaining("frontoffice.mail.batch-size");
    }

    @Test
    void starttls_modes() {
        assertThat(StartTls.parse("required")).isEqualTo(StartTls.REQUIRED);
        assertThat(StartTls.parse(" OFF ")).isEqualTo(StartTls.OFF);
        assertThatThrownBy(() -> StartTls.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
