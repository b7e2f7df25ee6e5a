package nl.frontoffice.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import nl.frontoffice.portal.FakeHttp;

class LocaleFilterTest {

    private final LocaleFilter filter = new LocaleFilter();
    private final FakeHttp.Response response = new FakeHttp.Response();
    private final FakeHttp.Chain chain = new FakeHttp.Chain();

    @Test
    void switchStoresChoiceAndRedirectsToTheSamePageWithoutParameter() throws Exception {
        var request = new FakeHttp.Request().uri("/portal/index.xhtml?lang=en").build();

        filter.doFilter(request, response.build(), chain);

        assertThat(chain.called()).isFalse();
        assertThat(response.status()).isEqualTo(303);
        assertThat(response.header("Location")).isEqualTo("/portal/index.xhtml");
        assertThat(response.cookies()).singleElement().satisfies(cookie -> {
            assertThat(cookie.getName()).isEqualTo(Languages.COOKIE);
            assertThat(cookie.getValue()).isEqualTo("en");
            assertThat(cookie.getPath()).isEqualTo("/portal");
            assertThat(cookie.isHttpOnly()).isTrue();
            assertThat(cookie.getMaxAge()).isEqualTo(-1);
            assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
        });
    }

    @Test
    void redirectKeepsOtherParameters() throws Exception {
        var request = new FakeHttp.Request().uri("/portal/x.xhtml?a=1&lang=nl&b=2").build();

        filter.doFilter(request, response.build(), chain);

        assertThat(response.header("Location")).isEqualTo("/portal/x.xhtml?a=1&b=2");
        assertThat(response.cookies()).extracting(Cookie::getValue).containsExactly("nl");
    }

    @Test
    void unsupportedLanguageIsDroppedWithoutCookie() throws Exception {
        var request = new FakeHttp.Request().uri("/portal/?lang=de").build();

        filter.doFilter(request, response.build(), chain);

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.header("Location")).isEqualTo("/portal/");
        assertThat(response.cookies()).isEmpty();
    }

    @Test
    void redirectNeverLeavesTheSite() throws Exception {
        var request = new FakeHttp.Request().uri("//evil.example/?lang=en").build();

        filter.doFilter(request, response.build(), chain);

        assertThat(response.header("Location")).isEqualTo("/evil.example/");
    }

    @Test
    void cookieIsSecureOverHttps() throws Exception {
        var request = new FakeHttp.Request().uri("/portal/?lang=en").secure(true).build();

        filter.doFilter(request, response.build(), chain);

        assertThat(response.cookies()).singleElement().extracting(Cookie::getSecure).isEqualTo(true);
    }

    @Test
    void requestsWithoutSwitchPassThrough() throws Exception {
        var request = new FakeHttp.Request().uri("/portal/index.xhtml?id=3").build();

        filter.doFilter(request, response.build(), chain);

        assertThat(chain.called()).isTrue();
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void postsAreNeverRedirected() throws Exception {
        var request = new FakeHttp.Request().method("POST").uri("/portal/index.xhtml?lang=en").build();

        filter.doFilter(request, response.build(), chain);

        assertThat(chain.called()).isTrue();
        assertThat(response.cookies()).isEmpty();
    }
}
