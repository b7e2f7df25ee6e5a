package nl.frontoffice.portal.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Reading the OpenID Connect settings: defaults, and a loud failure naming the property. */
class OidcSettingsTest {

    private final Map<String, String> config = new HashMap<>(Map.of(
            "frontoffice.staff.oidc.enabled", "true",
            "frontoffice.staff.oidc.issuer", "https://login.gemeente.example/realms/medewerkers",
            "frontoffice.staff.oidc.client-id", "frontoffice",
            "frontoffice.staff.oidc.client-secret", "geheim",
            "frontoffice.staff.oidc.redirect-uri", "https://portaal.gemeente.example/medewerker/oidc/callback"));

    private OidcSettings read() {
        return OidcSettings.read(name -> Optional.ofNullable(config.get(name)));
    }

    @Test
    void offByDefaultAndThenNothingElseIsNeeded() {
        OidcSettings settings = OidcSettings.read(name -> Optional.empty());

        assertThat(settings.enabled()).isFalse();
    }

    @Test
    void defaultsWhenEnabled() {
        OidcSettings settings = read();

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.issuer()).isEqualTo(URI.create("https://login.gemeente.example/realms/medewerkers"));
        assertThat(settings.discoveryUri()).isEqualTo(URI.create(
                "https://login.gemeente.example/realms/medewerkers/.well-known/openid-configuration"));
        assertThat(settings.scopes()).containsExactly("openid", "profile", "email");
        assertThat(settings.usernameClaim()).isEqualTo("preferred_username");
        assertThat(settings.allowedClockSkew()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.httpTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.toString()).doesNotContain("geheim");
    }

    @Test
    void openidIsAlwaysAskedFor() {
        config.put("frontoffice.staff.oidc.scopes", "email profile");
        config.put("frontoffice.staff.oidc.username-claim", "upn");
        config.put("frontoffice.staff.oidc.allowed-clock-skew", "PT30S");

        OidcSettings settings = read();

        assertThat(settings.scopes()).containsExactly("openid", "email", "profile");
        assertThat(settings.usernameClaim()).isEqualTo("upn");
        assertThat(settings.allowedClockSkew()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void badValuesFailNamingTheProperty() {
        assertFails("frontoffice.staff.oidc.enabled", "yes", "frontoffice.staff.oidc.enabled");
        assertFails("frontoffice.staff.oidc.issuer", "http://login.gemeente.example", "frontoffice.staff.oidc.issuer");
        assertFails("frontoffice.staff.oidc.issuer", "login.gemeente.example", "frontoffice.staff.oidc.issuer");
        assertFails("frontoffice.staff.oidc.redirect-uri", "https://portaal.gemeente.example/elders",
                "frontoffice.staff.oidc.redirect-uri");
        assertFails("frontoffice.staff.oidc.allowed-clock-skew", "1 minute", "frontoffice.staff.oidc.allowed-clock-skew");
        assertFails("frontoffice.staff.oidc.allowed-clock-skew", "PT1H", "frontoffice.staff.oidc.allowed-clock-skew");
        assertFails("frontoffice.staff.oidc.http-timeout", "PT0S", "frontoffice.staff.oidc.http-timeout");
        assertFails("frontoffice.staff.oidc.client-secret", " ", "frontoffice.staff.oidc.client-secret");
        assertFails("frontoffice.staff.oidc.client-id", null, "frontoffice.staff.oidc.client-id");
    }

    @Test
    void plainHttpOnlyForLoopbackDevelopment() {
        config.put("frontoffice.staff.oidc.issuer", "http://127.0.0.1:8180/realms/dev");
        config.put("frontoffice.staff.oidc.redirect-uri", "http://localhost:8080/portal/medewerker/oidc/callback");

        assertThat(read().issuer().getPort()).isEqualTo(8180);
    }

    private void assertFails(String property, String value, String named) {
        String before = config.get(property);
        if (value == null) {
            config.remove(property);
        } else {
            config.put(property, value);
        }
        try {
            assertThatThrownBy(this::read).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(named);
        } finally {
            config.put(property, before);
        }
    }
}
