package nl.frontoffice.brpstub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged stub on Payara Micro, driven over HTTP as a client of the API would: the answer per the
 * specification with only the asked fields, the problem+json refusals, the API key, and the outage switch. The
 * stub is configured to require an API key and to wait 1.5 s in slow mode.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StubIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String KEY = "stub-it-key";

    @ArquillianResource
    private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "brp-stub.war")
                .importFrom(new File(System.getProperty("brp-stub.war")))
                .as(WebArchive.class)
                .addAsResource(new StringAsset("brp-stub.api-key=" + KEY + "\nbrp-stub.slow-delay=1500ms\n"),
                        "META-INF/microprofile-config.properties");
    }

    @AfterEach
    void back_to_normal() throws Exception {
        assertThat(switchTo("normal").statusCode()).isEqualTo(200);
    }

    @Test
    void answers_a_raadpleeg_query_with_only_the_asked_fields_and_skips_unknown_numbers() throws Exception {
        HttpResponse<String> response = personen("""
                {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993847", "111222333"],
                 "fields": ["naam.voornamen", "kinderen.burgerservicenummer", "verblijfplaats.verblijfadres.postcode"]}
                """, KEY, "application/json; charset=utf-8");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(json(response.body())).isEqualTo(json("""
                {"type": "RaadpleegMetBurgerservicenummer", "personen": [
                  {"naam": {"voornamen": "Merel"},
                   "verblijfplaats": {"verblijfadres": {"postcode": "2551JV"}, "type": "Adres"},
                   "kinderen": [{"burgerservicenummer": "999994918"}, {"burgerservicenummer": "999995121"}]}]}
                """));

        HttpResponse<String> unknown = personen("""
                {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["111222333"],
                 "fields": ["burgerservicenummer"]}
                """, KEY, "application/json");
        assertThat(json(unknown.body()).getJsonArray("personen")).isEmpty();
    }

    @Test
    void refuses_unknown_and_automatic_fields_and_other_query_types_with_problem_json() throws Exception {
        HttpResponse<String> fields = personen("""
                {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993847"],
                 "fields": ["naam.achternaam", "geheimhoudingPersoonsgegevens", "naam.voornamen"]}
                """, KEY, "application/json");

        assertThat(fields.statusCode()).isEqualTo(400);
        assertThat(fields.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        JsonObject problem = json(fields.body());
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("code")).isEqualTo("paramsValidation");
        assertThat(problem.getString("instance")).endsWith("/brp-stub/haalcentraal/api/brp/personen");
        assertThat(problem.getJsonArray("invalidParams").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("name"), p -> p.getString("code"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fields[0]", "field"),
                        org.assertj.core.groups.Tuple.tuple("fields[1]", "field"));

        HttpResponse<String> search = personen("""
                {"type": "ZoekMetNaamEnGemeenteVanInschrijving", "geslachtsnaam": "Kooyman", "voornamen": "Merel",
                 "gemeenteVanInschrijving": "0518", "fields": ["burgerservicenummer"]}
                """, KEY, "application/json");
        assertThat(search.statusCode()).isEqualTo(400);
        assertThat(search.body()).contains("\"name\":\"type\"", "\"name\":\"burgerservicenummer\"",
                "\"name\":\"geslachtsnaam\"");

        HttpResponse<String> badNumber = personen("""
                {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["12345"], "fields": ["naam"]}
                """, KEY, "application/json");
        assertThat(badNumber.statusCode()).isEqualTo(400);
        assertThat(badNumber.body()).contains("\"name\":\"burgerservicenummer[0]\"", "\"code\":\"pattern\"");
    }

    @Test
    void answers_the_two_searches_with_persoon_beperkt_and_refuses_fields_a_search_does_not_deliver() throws Exception {
        HttpResponse<String> byAddress = personen("""
                {"type": "ZoekMetPostcodeEnHuisnummer", "postcode": "2551 jv", "huisnummer": 64,
                 "fields": ["burgerservicenummer", "naam.geslachtsnaam", "adressering.adresregel1",
                            "adressering.adresregel2"]}
                """, KEY, "application/json; charset=utf-8");
        HttpResponse<String> byName = personen("""
                {"type": "ZoekMetGeslachtsnaamEnGeboortedatum", "geslachtsnaam": "KOOY*", "geboortedatum": "1982-04-10",
                 "fields": ["burgerservicenummer", "geboorte.datum"]}
                """, KEY, "application/json");
        HttpResponse<String> notBeperkt = personen("""
                {"type": "ZoekMetGeslachtsnaamEnGeboortedatum", "geslachtsnaam": "Kooyman", "geboortedatum": "1982-04-10",
                 "fields": ["verblijfplaats.verblijfadres.postcode"]}
                """, KEY, "application/json");
        HttpResponse<String> missing = personen("""
                {"type": "ZoekMetPostcodeEnHuisnummer", "postcode": "2551JV", "fields": ["burgerservicenummer"]}
                """, KEY, "application/json");

        assertThat(byAddress.statusCode()).isEqualTo(200);
        JsonObject addressAnswer = json(byAddress.body());
        assertThat(addressAnswer.getString("type")).isEqualTo("ZoekMetPostcodeEnHuisnummer");
        assertThat(addressAnswer.getJsonArray("personen").getValuesAs(JsonObject.class))
                .contains(json("""
                        {"burgerservicenummer": "999993847", "naam": {"geslachtsnaam": "Kooyman"},
                         "adressering": {"adresregel1": "King Olivereiland 64",
                                         "adresregel2": "2551 JV  'S-GRAVENHAGE"}}
                        """));
        assertThat(json(byName.body()).getJsonArray("personen").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("burgerservicenummer")).containsExactly("999993847");
        assertThat(notBeperkt.statusCode()).isEqualTo(400);
        assertThat(notBeperkt.body()).contains("\"name\":\"fields[0]\"");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"name\":\"huisnummer\"", "\"code\":\"required\"");
    }

    @Test
    void requires_the_api_key_and_a_json_body() throws Exception {
        String query = """
                {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993847"], "fields": ["naam"]}
                """;

        HttpResponse<String> withoutKey = personen(query, null, "application/json");
        assertThat(withoutKey.statusCode()).isEqualTo(401);
        assertThat(json(withoutKey.body()).getString("code")).isEqualTo("authentication");
        assertThat(personen(query, "wrong", "application/json").statusCode()).isEqualTo(401);
        assertThat(personen(query, KEY, "text/plain").statusCode()).isEqualTo(415);
        assertThat(personen("{not json", KEY, "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void the_outage_switch_makes_the_api_unavailable_or_slow() throws Exception {
        String query = """
                {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993847"], "fields": ["naam"]}
                """;

        assertThat(switchTo("down").statusCode()).isEqualTo(200);
        HttpResponse<String> down = personen(query, KEY, "application/json");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(json(down.body()).getString("code")).isEqualTo("notAvailable");
        assertThat(json(get("beheer/status").body()).getString("modus")).isEqualTo("down");

        assertThat(switchTo("slow").statusCode()).isEqualTo(200);
        long start = System.nanoTime();
        HttpResponse<String> slow = personen(query, KEY, "application/json");
        assertThat(slow.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));

        assertThat(switchTo("sideways").statusCode()).isEqualTo(400);
        HttpResponse<String> text = HTTP.send(HttpRequest.newBuilder(uri("beheer/modus"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("normal")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(200);
        JsonObject status = json(get("beheer/status").body());
        assertThat(status.getString("modus")).isEqualTo("normal");
        assertThat(status.getJsonNumber("verzoeken").longValue()).isPositive();
        assertThat(status.toString()).doesNotContain("999993847");
    }

    private HttpResponse<String> personen(String body, String apiKey, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("haalcentraal/api/brp/personen"))
                .header("Content-Type", contentType)
                .header("x-doelbinding", "BRPACT-StubIT")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("X-API-KEY", apiKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> switchTo(String mode) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri("beheer/modus"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("modus=" + mode)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A URL of the deployment on loopback (Payara Micro reports the machine's network address). */
    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + deployment.getPort() + "/brp-stub/" + path);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
