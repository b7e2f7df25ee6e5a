package nl.frontoffice.auth.saml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelayStateTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/mijn", "/mijn/zaken?tab=1", "/a#b"})
    void localPathsAreFollowed(String value) {
        assertThat(RelayState.isLocalPath(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mijn", "//evil.example", "/\\evil.example", "https://evil.example/",
            "javascript:alert(1)", "/a b", "/a\r\nSet-Cookie:x", "\t/a",
            "/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void anythingElseIsNot(String value) {
        assertThat(RelayState.isLocalPath(value)).as(value).isFalse();
    }
}
