package nl.frontoffice.adapters.brp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BrpSettingsTest {

    @Test
    void without_a_base_url_the_brp_is_not_configured_and_defaults_apply() {
        BrpSettings settings = BrpSettings.from(new TestConfig(Map.of(BrpSettings.BASE_URL, "  ")));

        assertThat(settings.isConfigured()).isFalse();
        assertThat(settings.apiKey()).isEmpty();
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.protocolHeaders()).containsExactly(Map.entry("x-verwerking", "Intake sociaal domein"),
                Map.entry("x-gebruiker", "frontoffice"));
    }

    @Test
    void reads_every_key() {
        BrpSettings settings = BrpSettings.from(new TestConfig(Map.of(
                BrpSettings.BASE_URL, "http://localhost:8080/brp-stub/haalcentraal/api/brp/",
                BrpSettings.API_KEY, "geheim",
                BrpSettings.CONNECT_TIMEOUT, "500ms",
                BrpSettings.READ_TIMEOUT, "PT1.5S",
                BrpSettings.DOELBINDING, "BRPACT-Wmo",
                BrpSettings.VERWERKING, "Aanvraag maatwerkvoorziening",
                BrpSettings.GEBRUIKER, "portaal",
                BrpSettings.ORIGIN_OIN, "00000001234567890000")));

        assertThat(settings.baseUrl()).contains(URI.create("http://localhost:8080/brp-stub/haalcentraal/api/brp"));
        assertThat(settings.apiKey()).contains("geheim");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.protocolHeaders()).containsExactly(Map.entry("x-doelbinding", "BRPACT-Wmo"),
                Map.entry("x-verwerking", "Aanvraag maatwerkvoorziening"), Map.entry("x-gebruiker", "portaal"),
                Map.entry("x-origin-oin", "00000001234567890000"));
        assertThat(settings.toString()).doesNotContain("geheim").contains("apiKey=(set)");
    }

    @Test
    void durations_come_in_several_forms_and_must_be_positive() {
        assertThat(BrpSettings.duration("k", "2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(BrpSettings.duration("k", "0.5s")).isEqualTo(Duration.ofMillis(500));
        assertThat(BrpSettings.duration("k", "750")).isEqualTo(Duration.ofMillis(750));
        assertThat(BrpSettings.duration("k", "1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(BrpSettings.duration("k", "pt3s")).isEqualTo(Duration.ofSeconds(3));
        assertThatThrownBy(() -> BrpSettings.duration("frontoffice.brp.read-timeout", "0s"))
                .hasMessageContaining("frontoffice.brp.read-timeout");
        assertThatThrownBy(() -> BrpSettings.duration("frontoffice.brp.read-timeout", "soon"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("soon");
    }

    @Test
    void an_invalid_base_url_is_refused_without_repeating_it() {
        assertThatThrownBy(() -> BrpSettings.from(new TestConfig(Map.of(BrpSettings.BASE_URL, "ftp://brp"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(BrpSettings.BASE_URL);
        assertThatThrownBy(() -> BrpSettings.from(new TestConfig(Map.of(BrpSettings.BASE_URL, "http://a b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("a b");
    }

    @Test
    void the_headers_are_set_in_one_place_api_key_first() {
        BrpSettings settings = BrpSettings.from(new TestConfig(Map.of(BrpSettings.BASE_URL, "https://brp.example",
                BrpSettings.API_KEY, "geheim", BrpSettings.DOELBINDING, "BRPACT-Wmo")));
        Map<String, Object> headers = new LinkedHashMap<>();

        new BrpRequestHeaders(settings).apply(headers::put);

        assertThat(headers).containsExactly(Map.entry("X-API-KEY", "geheim"), Map.entry("x-doelbinding", "BRPACT-Wmo"),
                Map.entry("x-verwerking", "Intake sociaal domein"), Map.entry("x-gebruiker", "frontoffice"),
                Map.entry("Accept", "application/json"));
    }
}
