package nl.frontoffice.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.frontoffice.portal.FakeHttp;

class SecurityHeadersFilterTest {

    private final SecurityHeadersFilter filter = new SecurityHeadersFilter();
    private final FakeHttp.Response response = new FakeHttp.Response();
    private final FakeHttp.Chain chain = new FakeHttp.Chain();

    @Test
    void addsSecurityHeaders() throws Exception {
        filter.doFilter(new FakeHttp.Request().build(), response.build(), chain);

        assertThat(chain.called()).isTrue();
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Permissions-Policy")).contains("camera=()");
        assertThat(response.headers("Content-Security-Policy")).containsExactly(SecurityHeadersFilter.BASELINE_POLICY);
    }

    @Test
    void primeFacesPolicyReplacesBaselineInsteadOfAddingASecondHeader() throws Exception {
        filter.doFilter(new FakeHttp.Request().build(), response.build(), chain);
        HttpServletResponse seenByFaces = (HttpServletResponse) chain.response();

        // what PrimeFaces' CspPhaseListener does through ExternalContext.addResponseHeader
        seenByFaces.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-abc';");
        seenByFaces.addHeader("Set-Cookie", "a=1");
        seenByFaces.addHeader("Set-Cookie", "b=2");

        assertThat(response.headers("Content-Security-Policy")).containsExactly("script-src 'self' 'nonce-abc';");
        assertThat(response.headers("Set-Cookie")).containsExactly("a=1", "b=2");
    }

    @Test
    void primeFacesPolicyContainsTheBaselineAndEndsWithAStrictScriptSrc() throws Exception {
        String policy = contextParam("primefaces.CSP_POLICY");
        List<String> directives = Arrays.stream(policy.split(";")).map(String::trim).toList();

        assertThat(directives).containsAll(
                Arrays.stream(SecurityHeadersFilter.BASELINE_POLICY.split(";")).map(String::trim).toList());
        assertThat(directives.get(directives.size() - 1))
                .as("PrimeFaces appends the nonce to the last directive")
                .startsWith("script-src ")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(contextParam("primefaces.CSP")).isEqualTo("true");
    }

    private static String contextParam(String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document webXml = factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        NodeList params = webXml.getElementsByTagNameNS("*", "context-param");
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            if (name.equals(param.getElementsByTagNameNS("*", "param-name").item(0).getTextContent().trim())) {
                return param.getElementsByTagNameNS("*", "param-value").item(0).getTextContent().trim();
            }
        }
        throw new AssertionError("no context-param " + name + " in web.xml");
    }
}
