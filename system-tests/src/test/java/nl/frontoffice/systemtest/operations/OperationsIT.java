package nl.frontoffice.systemtest.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.frontoffice.systemtest.support.Http;
import nl.frontoffice.systemtest.support.ProductionEar;

/** What a sysadmin relies on: one EAR with the production modules, health, and friendly errors. */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ProductionEar.archive();
    }

    /** A line of a Java stack trace, such as {@code at org.example.Foo.bar(Foo.java:42)}. */
    private static final String STACK_FRAME = "at [\\w$.]+\\([\\w$]+\\.java:\\d+\\)";

    @ArquillianResource
    private URL portal;

    private URI uri(String path) {
        return URI.create(portal.toString()).resolve(path);
    }

    @Test
    void the_EAR_holds_exactly_the_production_modules() throws IOException {
        try (ZipFile ear = new ZipFile(ProductionEar.file())) {
            List<String> entries = ear.stream().map(ZipEntry::getName).toList();
            List<String> modules = entries.stream().filter(name -> !name.contains("/")).toList();
            assertThat(modules).containsExactlyInAnyOrder("intake-ejb.jar", "portal-web.war");
            assertThat(entries).contains("lib/domain-model.jar", "lib/integration-adapters.jar",
                    "META-INF/application.xml");
            assertThat(entries).noneMatch(name -> name.matches(
                    "(?i).*(simulator|system-tests|arquillian|selenium|junit|assertj|wiremock|h2-).*"));
        }
    }

    @Test
    void readiness_reports_the_migrated_PostgreSQL_database() {
        HttpResponse<String> health = Http.get(uri("/health/ready"));
        System.out.println("[system-test] " + payaraServerVersion() + " with the production EAR, /health/ready: "
                + health.body());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("PostgreSQL").contains("schemaVersion");
    }

    /** The version of the Payara Server the tests run on, as its own branding file names it. */
    private static String payaraServerVersion() {
        java.nio.file.Path branding = java.nio.file.Path.of(System.getProperty("payara.home"),
                "glassfish", "config", "branding", "glassfish-version.properties");
        java.util.Properties version = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(branding)) {
            version.load(in);
        } catch (IOException e) {
            return "Payara Server (version unknown)";
        }
        return version.getProperty("product_name") + " " + version.getProperty("major_version") + "."
                + version.getProperty("minor_version") + "." + version.getProperty("update_version");
    }

    @Test
    void an_unknown_page_gets_the_friendly_404_page() {
        for (String path : List.of("/bestaat-niet", "/bestaat-niet.xhtml")) {
            HttpResponse<String> response = Http.get(uri(path));
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path)
                    .contains("id=\"page-title\"")
                    .contains("lang=\"nl\"")
                    .doesNotContainPattern(STACK_FRAME)
                    .doesNotContain("Payara Server");
        }
    }

    @Test
    void the_error_page_gives_a_reference_id_and_no_stack_trace() {
        HttpResponse<String> response = Http.get(uri("/error/500.xhtml"));
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .containsPattern("id=\"error-reference\"[^>]*>[2-9A-Z]{8}<")
                .doesNotContainPattern(STACK_FRAME);
    }

    @Test
    void a_form_posted_after_its_view_expired_gets_the_expired_page_not_a_stack_trace() {
        HttpResponse<String> response = Http.postForm(uri("/index.xhtml"),
                "jakarta.faces.ViewState=-1234567890%3A-987654321&expired-form=expired-form");
        assertThat(response.body())
                .contains("id=\"error-restart\"")
                .doesNotContainPattern(STACK_FRAME)
                .doesNotContain("Payara Server");
    }
}
