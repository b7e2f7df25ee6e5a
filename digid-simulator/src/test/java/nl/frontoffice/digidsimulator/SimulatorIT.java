package nl.frontoffice.digidsimulator;

import static nl.frontoffice.digidsimulator.saml.SamlNames.ASSERTION_NS;
import static nl.frontoffice.digidsimulator.saml.SamlNames.PROTOCOL_NS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.frontoffice.digidsimulator.saml.Certificates;
import nl.frontoffice.digidsimulator.saml.SamlNames;
import nl.frontoffice.digidsimulator.testing.JdkSignatures;
import nl.frontoffice.digidsimulator.testing.TestKeys;
import nl.frontoffice.digidsimulator.testing.TestServiceProvider;
import nl.frontoffice.digidsimulator.testing.TestSimulators;

/**
 * The packaged WAR on Payara Micro, driven over HTTP as a browser and a service provider would: metadata with a key
 * generated at first start, SSO with a signed AuthnRequest, the login page, the artifact redirect, the SOAP
 * ArtifactResolve, logout, and the refusals. The SP's metadata is a file the test writes before deploying.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SimulatorIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ArquillianResource
    private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        Path metadata = TestKeys.directory().resolve("sp-metadata.xml");
        Files.writeString(metadata, spMetadata(TestKeys.sp().certificate()));
        return ShrinkWrap.create(ZipImporter.class, "digid-simulator.war")
                .importFrom(new File(System.getProperty("digid-simulator.war")))
                .as(WebArchive.class)
                .addAsResource(new StringAsset(Simulator.SP_METADATA + "=" + metadata.toUri() + "\n"),
                        "META-INF/microprofile-config.properties");
    }

    @Test
    void publishes_metadata_with_a_key_generated_at_first_start() throws Exception {
        HttpResponse<String> response = get("metadata");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/samlmetadata+xml");
        assertThat(response.body()).contains("entityID=\"http://localhost:8080/digid-simulator/metadata\"")
                .contains("https://localhost:8181/digid-simulator/artifact");
        assertThat(idpCertificate().getSubjectX500Principal().getName()).contains("CN=DigiD simulator");
        assertThat(Path.of(System.getProperty("digid-simulator.micro-root"), "config", "digid-simulator.p12"))
                .exists();
    }

    @Test
    void logs_in_through_the_login_page_and_hands_over_the_assertion_by_artifact() throws Exception {
        TestServiceProvider.AuthnRequest authnRequest = new TestServiceProvider.AuthnRequest();
        HttpResponse<String> sso = get("sso?" + TestServiceProvider.redirectQuery(authnRequest.xml(), "/mijn",
                TestKeys.sp().privateKey()));
        assertThat(sso.statusCode()).isEqualTo(303);
        String loginPage = sso.headers().firstValue("Location").orElseThrow();
        assertThat(loginPage).startsWith("/digid-simulator/login?verzoek=").doesNotContain("9999");

        HttpResponse<String> page = get(loginPage.substring("/digid-simulator/".length()));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"nl\">").contains("Inloggen met de DigiD-simulator");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");
        String key = hidden(page.body(), "verzoek");

        HttpResponse<String> wrongBsn = post("login", Map.of("verzoek", key, "persoon", "999993847",
                "bsn", "123456789", "niveau", "MIDDEN", "actie", "inloggen"));
        assertThat(wrongBsn.statusCode()).isEqualTo(200);
        assertThat(wrongBsn.body()).contains("elfproef").contains("aria-invalid=\"true\"");

        HttpResponse<String> login = post("login", Map.of("verzoek", key, "persoon", "999993653", "bsn", "",
                "niveau", "SUBSTANTIEEL", "actie", "inloggen"));
        assertThat(login.statusCode()).isEqualTo(303);
        String acs = login.headers().firstValue("Location").orElseThrow();
        assertThat(acs).startsWith(TestServiceProvider.ACS + "?SAMLart=");
        Map<String, String> parameters = TestSimulators.queryParameters(acs);
        assertThat(parameters).containsEntry("RelayState", "/mijn");

        HttpResponse<String> resolved = resolve("_resolve-1", parameters.get("SAMLart"));
        assertThat(resolved.statusCode()).isEqualTo(200);
        assertThat(resolved.headers().firstValue("Content-Type")).get().asString().startsWith("text/xml");
        Element artifactResponse = artifactResponse(resolved.body());
        assertThat(artifactResponse.getAttribute("InResponseTo")).isEqualTo("_resolve-1");
        assertThat(JdkSignatures.verifies(artifactResponse, idpCertificate())).isTrue();
        Element assertion = (Element) artifactResponse.getElementsByTagNameNS(ASSERTION_NS, "Assertion").item(0);
        assertThat(JdkSignatures.verifies(assertion, idpCertificate())).isTrue();
        assertThat(assertion.getElementsByTagNameNS(ASSERTION_NS, "NameID").item(0).getTextContent())
                .isEqualTo("s00000000:999993653");
        assertThat(assertion.getElementsByTagNameNS(ASSERTION_NS, "AuthnContextClassRef").item(0).getTextContent())
                .isEqualTo("urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard");
        String sessionIndex = ((Element) assertion.getElementsByTagNameNS(ASSERTION_NS, "AuthnStatement").item(0))
                .getAttribute("SessionIndex");

        Element again = artifactResponse(resolve("_resolve-2", parameters.get("SAMLart")).body());
        assertThat(again.getElementsByTagNameNS(PROTOCOL_NS, "Response").getLength()).isZero();

        assertThat(post("login", Map.of("verzoek", key, "actie", "annuleren")).statusCode()).isEqualTo(400);

        HttpResponse<String> logout = get("logout?" + TestServiceProvider.redirectQuery(
                TestServiceProvider.logoutRequest("_logout-1", "s00000000:999993653", sessionIndex), "/uit",
                TestKeys.sp().privateKey()));
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(logout.headers().firstValue("Location")).get().asString()
                .startsWith(TestServiceProvider.SLO + "?SAMLResponse=").contains("&RelayState=%2Fuit&SigAlg=");
    }

    @Test
    void a_cancel_reaches_the_sp_as_authn_failed() throws Exception {
        String loginPage = get("sso?" + TestServiceProvider.redirectQuery(new TestServiceProvider.AuthnRequest().xml(),
                null, TestKeys.sp().privateKey())).headers().firstValue("Location").orElseThrow();
        String key = hidden(get(loginPage.substring("/digid-simulator/".length())).body(), "verzoek");

        HttpResponse<String> cancel = post("login", Map.of("verzoek", key, "actie", "annuleren"));

        assertThat(cancel.statusCode()).isEqualTo(303);
        String artifact = TestSimulators.queryParameters(cancel.headers().firstValue("Location").orElseThrow())
                .get("SAMLart");
        Element response = (Element) artifactResponse(resolve("_r", artifact).body())
                .getElementsByTagNameNS(PROTOCOL_NS, "Response").item(0);
        assertThat(response.getElementsByTagNameNS(PROTOCOL_NS, "StatusCode").item(1).getAttributes()
                .getNamedItem("Value").getNodeValue()).isEqualTo(SamlNames.STATUS_AUTHN_FAILED);
    }

    @Test
    void refuses_an_unsigned_request_with_a_dutch_error_page() throws Exception {
        HttpResponse<String> refused = get("sso?" + TestServiceProvider.unsignedQuery(
                new TestServiceProvider.AuthnRequest().xml(), "x"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<html lang=\"nl\">").contains("Het inlogverzoek is geweigerd")
                .contains("niet ondertekend");
        assertThat(get("artifact").statusCode()).isEqualTo(405);
        assertThat(get("login?verzoek=unknown").statusCode()).isEqualTo(400);
    }

    private X509Certificate idpCertificate() throws Exception {
        String metadata = get("metadata").body();
        Matcher matcher = Pattern.compile("<ds:X509Certificate>([^<]+)</ds:X509Certificate>").matcher(metadata);
        assertThat(matcher.find()).isTrue();
        return Certificates.fromBase64(matcher.group(1));
    }

    private HttpResponse<String> resolve(String id, String artifact) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url("artifact"))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "http://www.oasis-open.org/committees/security")
                .POST(HttpRequest.BodyPublishers.ofByteArray(TestServiceProvider.artifactResolve(id, artifact,
                        TestKeys.sp().privateKey(), TestKeys.sp().certificate())))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(name).append('=')
                .append(TestServiceProvider.encode(value)));
        return HTTP.send(HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The deployment's URL on loopback (Payara Micro reports the machine's network address). */
    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + deployment.getPort() + "/digid-simulator/" + path);
    }

    private static String hidden(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("hidden field " + name).isTrue();
        return matcher.group(1);
    }

    private static Element artifactResponse(String soap) {
        Document document = TestServiceProvider.parse(soap);
        return (Element) document.getElementsByTagNameNS(PROTOCOL_NS, "ArtifactResponse").item(0);
    }

    private static String spMetadata(X509Certificate certificate) {
        return "<md:EntityDescriptor xmlns:md=\"" + SamlNames.METADATA_NS + "\" xmlns:ds=\"" + SamlNames.DSIG_NS
                + "\" entityID=\"" + TestServiceProvider.ENTITY_ID + "\">"
                + "<md:SPSSODescriptor protocolSupportEnumeration=\"" + SamlNames.PROTOCOL_NS
                + "\" AuthnRequestsSigned=\"true\" WantAssertionsSigned=\"true\">"
                + "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>"
                + Certificates.toBase64(certificate)
                + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
                + "<md:SingleLogoutService Binding=\"" + SamlNames.BINDING_HTTP_REDIRECT + "\" Location=\""
                + TestServiceProvider.SLO + "\"/>"
                + "<md:AssertionConsumerService Binding=\"" + SamlNames.BINDING_HTTP_ARTIFACT + "\" Location=\""
                + TestServiceProvider.ACS + "\" index=\"0\" isDefault=\"true\"/>"
                + "</md:SPSSODescriptor></md:EntityDescriptor>";
    }
}
