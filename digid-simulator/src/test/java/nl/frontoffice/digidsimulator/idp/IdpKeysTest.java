package nl.frontoffice.digidsimulator.idp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdpKeysTest {

    @Test
    void generates_a_self_signed_keystore_at_first_start_and_reuses_it_after(@TempDir Path directory)
            throws IOException {
        Path keystore = directory.resolve("config/digid-simulator.p12");
        char[] password = IdpKeys.GENERATED_KEYSTORE_PASSWORD.toCharArray();

        IdpCredential first = IdpKeys.loadOrGenerate(keystore, password, IdpKeys.DEFAULT_ALIAS);
        IdpCredential second = IdpKeys.loadOrGenerate(keystore, password, IdpKeys.DEFAULT_ALIAS);

        assertThat(Files.exists(keystore)).isTrue();
        assertThat(second.certificate()).isEqualTo(first.certificate());
        assertThat(first.certificate().getSubjectX500Principal().getName()).contains("CN=DigiD simulator");
        assertThat(first.certificate().getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(first.privateKey().getAlgorithm()).isEqualTo("RSA");
        try (var files = Files.list(keystore.getParent())) {
            assertThat(files).containsExactly(keystore);
        }
    }

    @Test
    void a_configured_keystore_without_the_alias_is_an_error(@TempDir Path directory) throws IOException {
        Path keystore = directory.resolve("idp.p12");
        IdpKeys.generate(keystore, "secret".toCharArray(), "signing", "CN=test", 2048);

        assertThat(IdpKeys.load(keystore, "secret".toCharArray(), "signing").certificate()).isNotNull();
        assertThatThrownBy(() -> IdpKeys.load(keystore, "secret".toCharArray(), "other"))
                .hasMessageContaining("no key entry 'other'");
        assertThatThrownBy(() -> IdpKeys.load(keystore, "wrong".toCharArray(), "signing"))
                .isInstanceOf(IOException.class);
    }
}
