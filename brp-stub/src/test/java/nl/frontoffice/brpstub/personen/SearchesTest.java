package nl.frontoffice.brpstub.personen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.frontoffice.brpstub.personen.Problems.InvalidParam;
import nl.frontoffice.brpstub.testset.CodeTables;
import nl.frontoffice.brpstub.testset.GbaTestset;
import nl.frontoffice.brpstub.testset.PersoonJson;

/** The searches over the real GBA-V test set. */
class SearchesTest {

    private static List<JsonObject> persons;

    @BeforeAll
    static void load() {
        PersoonJson json = new PersoonJson(CodeTables.load());
        persons = GbaTestset.load().all().stream().map(pl -> json.persoon(pl, LocalDate.of(2026, 11, 29))).toList();
    }

    private static JsonObject query(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static List<String> hits(String type, JsonObject query) {
        return persons.stream().filter(p -> Searches.matches(type, query, p))
                .map(p -> p.getString("burgerservicenummer")).toList();
    }

    @Test
    void finds_merel_by_surname_and_birth_date_case_insensitively_and_with_a_wildcard() {
        assertThat(hits(Searches.BY_NAME, query("""
                {"type":"ZoekMetGeslachtsnaamEnGeboortedatum","geslachtsnaam":"kooyman","geboortedatum":"1982-04-10"}
                """))).containsExactly("999993847");
        assertThat(hits(Searches.BY_NAME, query("""
                {"type":"ZoekMetGeslachtsnaamEnGeboortedatum","geslachtsnaam":"Kooy*","geboortedatum":"1982-04-10"}
                """))).containsExactly("999993847");
        assertThat(hits(Searches.BY_NAME, query("""
                {"type":"ZoekMetGeslachtsnaamEnGeboortedatum","geslachtsnaam":"Kooyman","geboortedatum":"1982-04-11"}
                """))).isEmpty();
    }

    @Test
    void finds_the_residents_of_an_address_by_postcode_with_or_without_space() {
        List<String> withSpace = hits(Searches.BY_POSTCODE, query("""
                {"type":"ZoekMetPostcodeEnHuisnummer","postcode":"2551 jv","huisnummer":64}
                """));
        assertThat(withSpace).contains("999993847");
        assertThat(hits(Searches.BY_POSTCODE, query("""
                {"type":"ZoekMetPostcodeEnHuisnummer","postcode":"2551JV","huisnummer":64}
                """))).isEqualTo(withSpace);
        assertThat(hits(Searches.BY_POSTCODE, query("""
                {"type":"ZoekMetPostcodeEnHuisnummer","postcode":"2551JV","huisnummer":65}
                """))).doesNotContain("999993847");
    }

    @Test
    void leaves_out_deceased_persons_unless_asked() {
        // Petrus Paulus Leemstra, Johan van Hasseltweg 1, 1021 KN, died in 2008
        assertThat(hits(Searches.BY_POSTCODE, query("""
                {"type":"ZoekMetPostcodeEnHuisnummer","postcode":"1021KN","huisnummer":1}
                """))).doesNotContain("999993926");
        assertThat(hits(Searches.BY_POSTCODE, query("""
                {"type":"ZoekMetPostcodeEnHuisnummer","postcode":"1021KN","huisnummer":1,"inclusiefOverledenPersonen":true}
                """))).contains("999993926");
    }

    @Test
    void answers_persoon_beperkt_with_address_lines_derived_from_the_residence() {
        JsonObject merel = persons.stream().filter(p -> "999993847".equals(p.getString("burgerservicenummer")))
                .findFirst().orElseThrow();

        JsonObject beperkt = Searches.beperkt(merel);

        assertThat(beperkt.keySet()).doesNotContain("verblijfplaats", "partners", "kinderen", "aNummer");
        assertThat(beperkt.getJsonObject("adressering").getString("adresregel1")).isEqualTo("King Olivereiland 64");
        assertThat(beperkt.getJsonObject("adressering").getString("adresregel2")).isEqualTo("2551 JV  'S-GRAVENHAGE");
        assertThat(beperkt.getJsonObject("naam").getString("geslachtsnaam")).isEqualTo("Kooyman");
    }

    @Test
    void checks_the_parameters_of_each_search_type() {
        List<InvalidParam> missing = Searches.validate(Searches.BY_NAME, query("""
                {"type":"ZoekMetGeslachtsnaamEnGeboortedatum","fields":["naam"],"postcode":"2551JV"}
                """));
        assertThat(missing).extracting(InvalidParam::name, InvalidParam::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("postcode", "unknownParam"),
                org.assertj.core.groups.Tuple.tuple("geslachtsnaam", "required"),
                org.assertj.core.groups.Tuple.tuple("geboortedatum", "required"));
        List<InvalidParam> wrong = Searches.validate(Searches.BY_POSTCODE, query("""
                {"type":"ZoekMetPostcodeEnHuisnummer","fields":["naam"],"postcode":"0551JV","huisnummer":0,
                 "geboortedatum":"1982-02-30","geslachtsnaam":"K*"}
                """));
        assertThat(wrong).extracting(InvalidParam::name).containsExactlyInAnyOrder("postcode", "huisnummer",
                "geboortedatum", "geslachtsnaam");
        assertThat(Searches.isSearchField("naam.voornamen")).isTrue();
        assertThat(Searches.isSearchField("adressering.adresregel1")).isTrue();
        assertThat(Searches.isSearchField("verblijfplaats")).isFalse();
        assertThat(Searches.isSearchField("naam.aanduidingNaamgebruik")).isFalse();
    }
}
