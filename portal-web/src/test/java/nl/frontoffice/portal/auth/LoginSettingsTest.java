package nl.frontoffice.portal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.frontoffice.auth.saml.AssuranceLevel;

class LoginSettingsTest {

    private static LoginSettings read(Map<String, String> properties) {
        return LoginSettings.read(name -> Optional.ofNullable(properties.get(name)));
    }

    @Test
    void defaultsAreFifteenMinutesIdleAndMiddenForThePersonalArea() {
        LoginSettings settings = read(Map.of());

        assertThat(settings.idleTimeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.warningBefore()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.maxLifetime(PortalIdentity.Kind.CITIZEN)).isEqualTo(Duration.ofHours(2));
        assertThat(settings.maxLifetime(PortalIdentity.Kind.STAFF)).isEqualTo(Duration.ofHours(10));
        assertThat(settings.levelFor("/mijn/")).contains(AssuranceLevel.MIDDEN);
        assertThat(settings.levelFor("/mijn/zaken.xhtml")).contains(AssuranceLevel.MIDDEN);
        assertThat(settings.levelFor("/index.xhtml")).isEmpty();
        assertThat(settings.levelFor("/medewerker/index.xhtml")).isEmpty();
    }

    @Test
    void theLongestMatchingPrefixDecidesTheLevel() {
        LoginSettings settings = read(Map.of(LoginSettings.AREA_LEVELS,
                " /mijn/=midden, /mijn/gegevens/=SUBSTANTIEEL ,"));

        assertThat(settings.levelFor("/mijn/gegevens/inkomen.xhtml")).contains(AssuranceLevel.SUBSTANTIEEL);
        assertThat(settings.levelFor("/mijn/zaken.xhtml")).contains(AssuranceLevel.MIDDEN);
    }

    @Test
    void theWarningComesAtMostHalfwayThroughTheIdleTime() {
        LoginSettings settings = read(Map.of(LoginSettings.IDLE_TIMEOUT, "PT1M", LoginSettings.WARNING_BEFORE, "PT5M"));

        assertThat(settings.warningBefore()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void unusableValuesNameTheProperty() {
        assertThatThrownBy(() -> read(Map.of(LoginSettings.IDLE_TIMEOUT, "15 minutes")))
                .hasMessageContaining(LoginSettings.IDLE_TIMEOUT);
        assertThatThrownBy(() -> read(Map.of(LoginSettings.IDLE_TIMEOUT, "PT0S")))
                .hasMessageContaining(LoginSettings.IDLE_TIMEOUT);
        assertThatThrownBy(() -> read(Map.of(LoginSettings.AREA_LEVELS, "/mijn/=HIGH")))
                .hasMessageContaining(LoginSettings.AREA_LEVELS).hasMessageContaining("HIGH");
        assertThatThrownBy(() -> read(Map.of(LoginSettings.AREA_LEVELS, "mijn=MIDDEN")))
                .hasMessageContaining(LoginSettings.AREA_LEVELS);
    }

    @Test
    void aLoginIsOlderThanItsLifetimeFromTheMomentItEnds() {
        PortalIdentity staff = PortalIdentity.staff("j.devries", java.util.Set.of("KCC"), java.time.Instant.parse("2026-03-02T08:00:00Z"));

        assertThat(staff.olderThan(Duration.ofHours(10), java.time.Instant.parse("2026-03-02T17:59:59Z"))).isFalse();
        assertThat(staff.olderThan(Duration.ofHours(10), java.time.Instant.parse("2026-03-02T18:00:00Z"))).isTrue();
    }
}
