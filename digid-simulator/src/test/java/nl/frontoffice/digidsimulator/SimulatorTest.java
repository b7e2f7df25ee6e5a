package nl.frontoffice.digidsimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.frontoffice.digidsimulator.sp.ServiceProvider;
import nl.frontoffice.digidsimulator.testing.TestKeys;

class SimulatorTest {

    private final Map<String, String> properties = new HashMap<>(Map.of(
            Simulator.KEYSTORE, TestKeys.idp().keystore().toString(),
            Simulator.KEYSTORE_PASSWORD, TestKeys.PASSWORD,
            Simulator.KEY_ALIAS, "idp",
            Simulator.SP_ENTITY_ID, "http://localhost:8080/saml/metadata",
            Simulator.SP_SIGNING_CERTIFICATES, TestKeys.sp().pem().toString(),
            Simulator.SP_ACS_URL, "http://localhost:8080/saml/acs"));

    @Test
    void uses_the_defaults_for_its_own_urls() throws Exception {
        Simulator simulator = create();

        assertThat(simulator.settings().entityId()).isEqualTo("http://localhost:8080/digid-simulator/metadata");
        assertThat(simulator.settings().ssoUrl()).isEqualTo("http://localhost:8080/digid-simulator/sso");
        assertThat(simulator.settings().artifactResolutionUrl())
                .isEqualTo("https://localhost:8181/digid-simulator/artifact");
        assertThat(simulator.credential().certificate()).isEqualTo(TestKeys.idp().certificate());
        assertThat(simulator.metadata()).contains(simulator.settings().entityId());
        assertThat(simulator.clientCertificates().isEnabled()).isFalse();
    }

    @Test
    void serves_a_directly_configured_sp_with_its_pinned_tls_certificate() throws Exception {
        properties.put(Simulator.ENTITY_ID, "https://idp.test/metadata");
        properties.put(Simulator.BASE_URL, "https://idp.test/digid-simulator/");
        properties.put(Simulator.SP_LOGOUT_URL, "http://localhost:8080/saml/logout");
        properties.put(Simulator.SP_TLS_CERTIFICATES, TestKeys.spTls().pem().toString());

        Simulator simulator = create();

        assertThat(simulator.settings().ssoUrl()).isEqualTo("https://idp.test/digid-simulator/sso");
        ServiceProvider sp = simulator.serviceProviders().get("http://localhost:8080/saml/metadata");
        assertThat(sp.signingCertificates()).containsExactly(TestKeys.sp().certificate());
        assertThat(sp.defaultArtifactConsumer()).get().extracting(e -> e.location())
                .isEqualTo("http://localhost:8080/saml/acs");
        assertThat(sp.redirectLogoutResponseTarget()).contains("http://localhost:8080/saml/logout");
        assertThat(simulator.clientCertificates().problem(
                new X509Certificate[] {TestKeys.spTls().certificate()})).isEmpty();
    }

    @Test
    void says_what_is_missing() {
        properties.remove(Simulator.SP_ACS_URL);
        assertThatThrownBy(this::create).hasMessageContaining(Simulator.SP_ACS_URL);

        properties.remove(Simulator.KEYSTORE_PASSWORD);
        assertThatThrownBy(this::create).hasMessageContaining(Simulator.KEYSTORE_PASSWORD);
    }

    @Test
    void generates_its_key_in_the_payara_instance_config_directory(@TempDir Path instance) throws Exception {
        properties.remove(Simulator.KEYSTORE);
        properties.remove(Simulator.KEY_ALIAS);
        String previous = System.getProperty("com.sun.aas.instanceRoot");
        System.setProperty("com.sun.aas.instanceRoot", instance.toString());
        try {
            Simulator simulator = create();

            assertThat(Files.exists(instance.resolve("config/digid-simulator.p12"))).isTrue();
            assertThat(simulator.credential().certificate().getSubjectX500Principal().getName())
                    .contains("DigiD simulator");
        } finally {
            if (previous == null) {
                System.clearProperty("com.sun.aas.instanceRoot");
            } else {
                System.setProperty("com.sun.aas.instanceRoot", previous);
            }
        }
    }

    private Simulator create() {
        return Simulator.fromConfiguration(name -> Optional.ofNullable(properties.get(name)), Clock.systemUTC());
    }
}
