package nl.frontoffice.digidsimulator.sp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.frontoffice.digidsimulator.saml.Certificates;
import nl.frontoffice.digidsimulator.saml.SamlException;
import nl.frontoffice.digidsimulator.saml.SamlNames;
import nl.frontoffice.digidsimulator.testing.TestKeys;

class ServiceProviderDirectoryTest {

    private static final String SP = "http://localhost:8080/saml/metadata";

    @Test
    void reads_an_sp_from_its_metadata_file(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("sp.xml");
        Files.writeString(file, metadata(TestKeys.sp().certificate(), TestKeys.spNext().certificate()));

        ServiceProvider sp = ServiceProviderDirectory.fromMetadata(file.toString(), Clock.systemUTC()).get(SP);

        assertThat(sp.signingCertificates()).containsExactly(TestKeys.sp().certificate(),
                TestKeys.spNext().certificate());
        assertThat(sp.defaultArtifactConsumer()).get().extracting(Endpoint::location)
                .isEqualTo("http://localhost:8080/saml/acs");
        assertThat(sp.artifactConsumerByIndex(1)).isEmpty();
        assertThat(sp.redirectLogoutResponseTarget()).contains("http://localhost:8080/saml/logout");
    }

    @Test
    void reads_the_metadata_again_when_the_sp_signs_with_a_new_key(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("sp.xml");
        Files.writeString(file, metadata(TestKeys.sp().certificate()));
        MovingClock clock = new MovingClock();
        ServiceProviderDirectory sps = ServiceProviderDirectory.fromMetadata(file.toUri().toString(), clock);
        ServiceProviderDirectory.Check signedByNext = sp -> {
            if (!sp.signingCertificates().contains(TestKeys.spNext().certificate())) {
                throw new SamlException("klopt niet");
            }
        };
        assertThatThrownBy(() -> sps.authenticate(SP, signedByNext)).hasMessage("klopt niet");

        Files.writeString(file, metadata(TestKeys.spNext().certificate()));
        clock.now = clock.now.plusSeconds(5);

        assertThat(sps.authenticate(SP, signedByNext).signingCertificates())
                .containsExactly(TestKeys.spNext().certificate());
    }

    @Test
    void says_where_it_looked_when_the_metadata_cannot_be_read() {
        assertThatThrownBy(() -> ServiceProviderDirectory.fromMetadata("/no/such/metadata.xml", Clock.systemUTC())
                .get(SP)).isInstanceOf(SamlException.class).hasMessageContaining("/no/such/metadata.xml");
    }

    @Test
    void refuses_metadata_without_an_sp() throws IOException {
        Path file = Files.createTempFile("idp-only", ".xml");
        try {
            Files.writeString(file, "<md:EntityDescriptor xmlns:md=\"" + SamlNames.METADATA_NS
                    + "\" entityID=\"x\"><md:IDPSSODescriptor protocolSupportEnumeration=\"" + SamlNames.PROTOCOL_NS
                    + "\"/></md:EntityDescriptor>", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> ServiceProviderDirectory.fromMetadata(file.toString(), Clock.systemUTC())
                    .get("x")).hasMessageContaining("SPSSODescriptor");
        } finally {
            Files.delete(file);
        }
    }

    private static String metadata(X509Certificate... certificates) {
        StringBuilder keys = new StringBuilder();
        for (X509Certificate certificate : certificates) {
            keys.append("<md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>")
                    .append(Certificates.toBase64(certificate))
                    .append("</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>");
        }
        return "<md:EntitiesDescriptor xmlns:md=\"" + SamlNames.METADATA_NS + "\" xmlns:ds=\"" + SamlNames.DSIG_NS
                + "\"><md:EntityDescriptor entityID=\"" + SP + "\">"
                + "<md:SPSSODescriptor protocolSupportEnumeration=\"" + SamlNames.PROTOCOL_NS
                + "\" AuthnRequestsSigned=\"true\">" + keys
                + "<md:KeyDescriptor use=\"encryption\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>"
                + Certificates.toBase64(TestKeys.attacker().certificate())
                + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
                + "<md:SingleLogoutService Binding=\"" + SamlNames.BINDING_HTTP_REDIRECT
                + "\" Location=\"http://localhost:8080/saml/logout\"/>"
                + "<md:AssertionConsumerService Binding=\"" + SamlNames.BINDING_HTTP_ARTIFACT
                + "\" Location=\"http://localhost:8080/saml/acs\" index=\"0\" isDefault=\"true\"/>"
                + "<md:AssertionConsumerService Binding=\"" + SamlNames.BINDING_HTTP_POST
                + "\" Location=\"http://localhost:8080/saml/acs-post\" index=\"1\"/>"
                + "</md:SPSSODescriptor></md:EntityDescriptor></md:EntitiesDescriptor>";
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2025-05-01T09:30:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
