package nl.frontoffice.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.frontoffice.portal.FakeHttp;

class RequestLocalesTest {

    @ParameterizedTest
    @CsvSource(value = {
            "/portal/, /portal/",
            "//evil.example/x, /evil.example/x",
            "///x, /x",
            "'\\\\evil.example', /evil.example",
            "'', /",
            "NULL, /"}, nullValues = "NULL")
    void pathsCanNeverPointToAnotherHost(String path, String expected) {
        assertThat(RequestLocales.normalizePath(path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(value = {
            "lang=en, NULL",
            "id=3&lang=en, id=3",
            "lang=en&id=3&lang=nl, id=3",
            "id=3&language=en, id=3&language=en",
            "l%61ng=en&id=3, id=3",
            "q=a%26b&lang=nl, q=a%26b",
            "'', NULL",
            "NULL, NULL"}, nullValues = "NULL")
    void removesLanguageParameterOnly(String query, String expected) {
        assertThat(RequestLocales.removeParameter(query, "lang")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(value = {
            "lang=en, en",
            "id=3&lang=nl&lang=en, nl",
            "l%61ng=en, en",
            "lang=%65n, en",
            "lang, ''",
            "language=en, NULL",
            "'', NULL",
            "NULL, NULL"}, nullValues = "NULL")
    void readsOneParameterFromTheRawQueryString(String query, String expected) {
        assertThat(RequestLocales.parameter(query, "lang")).isEqualTo(expected);
    }

    @Test
    void switchUrlKeepsPathAndOtherParameters() {
        var request = new FakeHttp.Request().uri("/portal/intake/start.xhtml?step=2&lang=nl").build();

        assertThat(RequestLocales.switchUrl(request, Languages.ENGLISH))
                .isEqualTo("/portal/intake/start.xhtml?step=2&lang=en");
    }

    @Test
    void switchUrlOnErrorPagePointsToTheOriginalAddress() {
        var request = new FakeHttp.Request().uri("/portal/error/404.xhtml")
                .dispatcherType(DispatcherType.ERROR)
                .attribute(RequestDispatcher.ERROR_REQUEST_URI, "/portal/bestaat-niet")
                .build();

        assertThat(RequestLocales.switchUrl(request, Languages.DUTCH)).isEqualTo("/portal/bestaat-niet?lang=nl");
    }

    @Test
    void languageIsResolvedOnceAndCached() {
        var fake = new FakeHttp.Request().cookie(Languages.COOKIE, "en").header("Accept-Language", "nl");

        var request = fake.build();

        assertThat(RequestLocales.of(request)).isEqualTo(Languages.ENGLISH);
        assertThat(fake.attributes()).containsEntry(RequestLocales.ATTRIBUTE, Languages.ENGLISH);
    }

    @Test
    void dutchWithoutCookieWhateverTheBrowserLanguage() {
        var request = new FakeHttp.Request().header("Accept-Language", "en-GB,en;q=0.9").build();

        assertThat(RequestLocales.of(request)).isEqualTo(Languages.DUTCH);
    }
}
