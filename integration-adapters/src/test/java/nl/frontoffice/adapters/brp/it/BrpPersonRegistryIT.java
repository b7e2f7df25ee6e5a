package nl.frontoffice.adapters.brp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The adapter against the BRP stub, both on one Payara Micro: the deployment is the packaged {@code brp-stub.war}
 * plus the adapter as a library ({@code WEB-INF/lib/integration-adapters.jar} with its {@code beans.xml}, as in the
 * EAR's {@code lib/}), the domain model (without its persistence unit), a test configuration source and
 * {@link RegistryProbe}, which looks a BSN up
 * through the injected {@code PersonRegistry}. The test drives it over HTTP: the probe, and the stub's management
 * endpoints to take the BRP down or make it slow.
 *
 * <p>Fault tolerance in the test: HTTP timeouts 1 s, retry delay 50 ms, circuit breaker delay 2 s; the stub's slow
 * mode waits 3 s. Each test starts with the stub normal and the circuit closed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrpPersonRegistryIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String MEREL = "999993847";
    /** Passes the eleven test, not in the GBA-V test set. */
    private static final String UNKNOWN = "111222333";

    @ArquillianResource
    private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        JavaArchive adapters = ShrinkWrap.create(JavaArchive.class, "integration-adapters.jar")
                .as(ExplodedImporter.class)
                .importDirectory(new File(System.getProperty("component-test.classes")))
                .as(JavaArchive.class);
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "brp-stub.war")
                .importFrom(new File(System.getProperty("brp-stub.war")))
                .as(WebArchive.class)
                .addAsLibrary(adapters)
                .addClasses(RegistryProbe.class, ItConfigSource.class)
                .addAsResource(new StringAsset(ItConfigSource.class.getName() + "\n"),
                        "META-INF/services/org.eclipse.microprofile.config.spi.ConfigSource");
        // the domain model without its persistence unit: the adapter needs no database
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("component-test.libs")))) {
            jars.filter(jar -> jar.toString().endsWith(".jar"))
                    .map(jar -> ShrinkWrap.create(ZipImporter.class, jar.getFileName().toString())
                            .importFrom(jar.toFile()).as(JavaArchive.class))
                    .forEach(library -> {
                        library.delete("META-INF/persistence.xml");
                        war.addAsLibrary(library);
                    });
        }
        return war;
    }

    @BeforeEach
    void stub_normal_and_circuit_closed() throws Exception {
        switchStub("normal");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonObject lookup;
        do {
            lookup = lookUp(MEREL);
            if (!"found".equals(lookup.getString("uitkomst"))) {
                Thread.sleep(250);
            }
        } while (!"found".equals(lookup.getString("uitkomst")) && System.nanoTime() < deadline);
        assertThat(lookup.getString("uitkomst")).as("the adapter recovers with the stub normal").isEqualTo("found");
    }

    @Test
    @Order(1)
    void finds_name_address_partner_and_children_through_the_adapter_in_a_library_jar() throws Exception {
        JsonObject lookup = lookUp(MEREL);

        assertThat(lookup.getString("implementation")).startsWith("nl.frontoffice.adapters.brp.BrpPersonRegistry");
        assertThat(lookup.getString("uitkomst")).isEqualTo("found");
        JsonObject merel = lookup.getJsonObject("persoon");
        assertThat(merel.getString("bsn")).isEqualTo(MEREL);
        assertThat(merel.getString("naam")).isEqualTo("Merel Kooyman");
        assertThat(merel.getString("geboortedatum")).isEqualTo("1982-04-10");
        assertThat(merel.getJsonObject("adres").getString("straatregel")).isEqualTo("King Olivereiland 64");
        assertThat(merel.getJsonObject("adres").getString("postcodeEnWoonplaats")).isEqualTo("2551 JV 's-Gravenhage");
        assertThat(merel.getJsonArray("partners")).containsExactly(related("999990184", "Martin Gerard Maassen",
                "1975-03-06"));
        assertThat(merel.getJsonArray("kinderen")).containsExactly(
                related("999994918", "Catharina-Amalia Maassen", "2003-11-07"),
                related("999995121", "Lisanne-Caroline Maassen", "2002-02-22"));

        JsonObject request = stubStatus().getJsonObject("laatsteVerzoek");
        assertThat(request.getBoolean("apiKeyAanwezig")).isTrue();
        assertThat(request.getJsonObject("headers").toString())
                .contains("\"x-doelbinding\":\"BRPACT-ComponentTest\"", "\"x-verwerking\":\"Componenttest\"",
                        "\"x-gebruiker\":\"frontoffice\"", "\"x-origin-oin\":\"00000001234567890000\"");
        assertThat(request.getJsonArray("fields").getValuesAs(JsonString::getString))
                .contains("naam.voornamen", "partners.naam.geslachtsnaam", "kinderen.geboorte.datum")
                .doesNotContain("nationaliteiten");
    }

    @Test
    @Order(2)
    void an_incomplete_birth_date_stays_incomplete() throws Exception {
        JsonObject person = lookUp("999990482").getJsonObject("persoon");

        assertThat(person.getString("geboortedatum")).isEqualTo("1999");
        assertThat(person.getString("geboortePrecisie")).isEqualTo("YEAR");
        assertThat(person.getJsonObject("adres").getString("straatregel")).isEqualTo("1e Exloërmond 3");
    }

    @Test
    @Order(3)
    void an_unknown_bsn_is_not_found() throws Exception {
        assertThat(lookUp(UNKNOWN).getString("uitkomst")).isEqualTo("notFound");
    }

    @Test
    @Order(4)
    void a_slow_stub_is_unavailable_after_the_read_timeout_without_retry() throws Exception {
        switchStub("slow");
        long before = requests();

        JsonObject lookup = lookUp(MEREL);

        assertThat(lookup.getString("uitkomst")).isEqualTo("unavailable");
        assertThat(lookup.getString("reden")).isEqualTo("TIMEOUT");
        assertThat(lookup.getJsonNumber("ms").longValue()).isBetween(900L, 2500L);
        assertThat(requests() - before).isEqualTo(1);
    }

    @Test
    @Order(5)
    void a_stub_that_is_down_is_unavailable_quickly_after_two_retries() throws Exception {
        switchStub("down");
        long before = requests();

        JsonObject lookup = lookUp(MEREL);

        assertThat(lookup.getString("uitkomst")).isEqualTo("unavailable");
        assertThat(lookup.getString("reden")).isEqualTo("UNREACHABLE");
        assertThat(lookup.getJsonNumber("ms").longValue()).isLessThan(1500L);
        assertThat(requests() - before).isEqualTo(3);
    }

    @Test
    @Order(6)
    void the_circuit_opens_after_repeated_failures_and_closes_when_the_stub_is_back() throws Exception {
        switchStub("down");
        String reason = null;
        for (int i = 0; i < 10 && !"CIRCUIT_OPEN".equals(reason); i++) {
            reason = lookUp(MEREL).getString("reden");
        }
        assertThat(reason).isEqualTo("CIRCUIT_OPEN");

        long before = requests();
        JsonObject open = lookUp(MEREL);
        assertThat(open.getString("reden")).isEqualTo("CIRCUIT_OPEN");
        assertThat(open.getJsonNumber("ms").longValue()).isLessThan(500L);
        assertThat(requests()).as("an open circuit does not call the BRP").isEqualTo(before);

        switchStub("normal");
        assertThat(lookUp(MEREL).getString("reden")).as("still open right after the stub is back")
                .isEqualTo("CIRCUIT_OPEN");
        // @BeforeEach of the next test, run here explicitly: after the delay the circuit lets calls through again
        stub_normal_and_circuit_closed();
    }

    private static JsonObject related(String bsn, String name, String birthDate) {
        return Json.createObjectBuilder().add("bsn", bsn).add("naam", name).add("geboortedatum", birthDate).build();
    }

    private JsonObject lookUp(String bsn) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("probe/opzoeken"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(bsn)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private void switchStub(String mode) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("beheer/modus"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("modus=" + mode)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private JsonObject stubStatus() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("beheer/status")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response.body());
    }

    private long requests() throws Exception {
        return stubStatus().getJsonNumber("verzoeken").longValue();
    }

    /** A URL of the deployment on loopback (Payara Micro reports the machine's network address). */
    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + deployment.getPort() + "/brp-stub/" + path);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
