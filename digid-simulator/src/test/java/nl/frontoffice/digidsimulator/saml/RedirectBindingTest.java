package nl.frontoffice.digidsimulator.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;

import nl.frontoffice.digidsimulator.testing.TestKeys;

class RedirectBindingTest {

    @Test
    void deflates_and_inflates() throws Exception {
        String xml = "<x>" + "ä€".repeat(100) + "</x>";
        assertThat(RedirectBinding.inflate(RedirectBinding.deflate(xml))).isEqualTo(xml);
    }

    @Test
    void what_it_signs_it_can_verify() throws Exception {
        String query = RedirectBinding.signedQuery("SAMLResponse", "<x/>", Optional.of("a b&c"),
                TestKeys.idp().privateKey());

        RedirectBinding.Received received = RedirectBinding.receive(query, "SAMLResponse");

        assertThat(received.xml()).isEqualTo("<x/>");
        assertThat(received.relayState()).contains("a b&c");
        assertThatCode(() -> received.verify(List.of(TestKeys.idp().certificate()))).doesNotThrowAnyException();
        assertThatThrownBy(() -> received.verify(List.of(TestKeys.sp().certificate())))
                .hasMessageContaining("klopt niet");
    }

    @Test
    void refuses_a_deflate_bomb() {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[10 * 1024 * 1024]);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        String bomb = Base64.getEncoder().encodeToString(out.toByteArray());

        assertThatThrownBy(() -> RedirectBinding.inflate(bomb)).hasMessageContaining("te groot");
        assertThatThrownBy(() -> RedirectBinding.inflate("bm90IGRlZmxhdGU=")).isInstanceOf(SamlException.class);
    }

    @Test
    void refuses_a_missing_message() {
        assertThatThrownBy(() -> RedirectBinding.receive(null, "SAMLRequest")).hasMessageContaining("SAMLRequest");
        assertThatThrownBy(() -> RedirectBinding.receive("RelayState=x", "SAMLRequest"))
                .hasMessageContaining("SAMLRequest");
    }
}
