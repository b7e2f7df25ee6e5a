package nl.frontoffice.digidsimulator.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.frontoffice.digidsimulator.testing.TestKeys;

class ClientCertificateCheckTest {

    @Test
    void without_configured_certificates_nothing_is_checked() {
        assertThat(ClientCertificateCheck.none().problem(null)).isEmpty();
        assertThat(ClientCertificateCheck.none().problem(new X509Certificate[] {TestKeys.attacker().certificate()}))
                .isEmpty();
    }

    @Test
    void with_configured_certificates_the_client_must_present_one_of_them() {
        ClientCertificateCheck check = new ClientCertificateCheck(List.of(TestKeys.spTls().certificate()));

        assertThat(check.problem(new X509Certificate[] {TestKeys.spTls().certificate()})).isEmpty();
        assertThat(check.problem(null)).get().asString().contains("geen TLS-clientcertificaat");
        assertThat(check.problem(new X509Certificate[0])).isPresent();
        assertThat(check.problem(new X509Certificate[] {TestKeys.attacker().certificate()})).get().asString()
                .contains("CN=Attacker");
    }
}
