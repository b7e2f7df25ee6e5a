package nl.frontoffice.adapters.brp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.registry.BirthDate;
import nl.frontoffice.domain.registry.PersonSearch;
import nl.frontoffice.domain.registry.PersonSearchResult;
import nl.frontoffice.domain.registry.PersonSummary;
import nl.frontoffice.domain.registry.UnavailableReason;

/** The two searches: the request bodies per the specification and the mapping of the answers. */
class BrpSearchTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void a_search_by_surname_and_birth_date_sends_the_required_parameters_and_only_the_list_fields() {
        JsonObject query = json(BrpQuery.search(
                new PersonSearch.BySurnameAndBirthDate(" Kooy* ", "van", LocalDate.of(1982, 4, 10))));

        assertThat(query.getString("type")).isEqualTo("ZoekMetGeslachtsnaamEnGeboortedatum");
        assertThat(query.getString("geslachtsnaam")).isEqualTo("Kooy*");
        assertThat(query.getString("voorvoegsel")).isEqualTo("van");
        assertThat(query.getString("geboortedatum")).isEqualTo("1982-04-10");
        assertThat(query.getJsonArray("fields").getValuesAs(JsonString::getString))
                .containsExactlyElementsOf(BrpQuery.SEARCH_FIELDS)
                .noneMatch(field -> field.startsWith("verblijfplaats") || field.startsWith("partners"));
    }

    @Test
    void a_search_by_postcode_and_house_number_sends_the_postcode_without_space_and_the_number_as_a_number() {
        JsonObject query = json(BrpQuery.search(new PersonSearch.ByPostcodeAndHouseNumber("2551 jv", 64, "a", null)));

        assertThat(query.getString("type")).isEqualTo("ZoekMetPostcodeEnHuisnummer");
        assertThat(query.getString("postcode")).isEqualTo("2551JV");
        assertThat(query.getInt("huisnummer")).isEqualTo(64);
        assertThat(query.getString("huisletter")).isEqualTo("a");
        assertThat(query.containsKey("huisnummertoevoeging")).isFalse();
    }

    @Test
    void search_values_outside_the_brp_patterns_are_refused_before_a_request_is_made() {
        assertThatThrownBy(() -> new PersonSearch.ByPostcodeAndHouseNumber("0551JV", 64, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonSearch.ByPostcodeAndHouseNumber("2551JV", 100_000, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonSearch.BySurnameAndBirthDate("Ko*", null, LocalDate.of(1982, 4, 10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonSearch.BySurnameAndBirthDate("Kooyman; drop", null, LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maps_the_hits_with_their_address_lines_and_leaves_out_a_hit_without_a_valid_bsn() {
        PersonSearch search = new PersonSearch.ByPostcodeAndHouseNumber("2551JV", 64, null, null);
        PersonSearchResult result = BrpPersonMapper.toSearchResult("""
                {"type":"ZoekMetPostcodeEnHuisnummer","personen":[
                  {"burgerservicenummer":"999993847","naam":{"voornamen":"Merel","geslachtsnaam":"Kooyman"},
                   "geboorte":{"datum":{"type":"Datum","datum":"1982-04-10"}},
                   "adressering":{"adresregel1":"King Olivereiland 64","adresregel2":"2551 JV  'S-GRAVENHAGE"}},
                  {"burgerservicenummer":"123456789","naam":{"geslachtsnaam":"Ongeldig"}},
                  {"burgerservicenummer":"999994918","naam":{"voornamen":"Catharina-Amalia","geslachtsnaam":"Maassen"},
                   "geboorte":{"datum":{"type":"JaarDatum","jaar":2003}}}]}
                """, search);

        assertThat(result.isUnavailable()).isFalse();
        assertThat(result.persons()).containsExactly(
                new PersonSummary(Bsn.of("999993847"),
                        new nl.frontoffice.domain.registry.PersonName("Merel", null, "Kooyman"),
                        BirthDate.of(LocalDate.of(1982, 4, 10)), "King Olivereiland 64", "2551 JV  'S-GRAVENHAGE"),
                new PersonSummary(Bsn.of("999994918"),
                        new nl.frontoffice.domain.registry.PersonName("Catharina-Amalia", null, "Maassen"),
                        BirthDate.year(2003), null, null));
        assertThat(result.persons().get(0).addressOnOneLine())
                .contains("King Olivereiland 64, 2551 JV  'S-GRAVENHAGE");
    }

    @Test
    void an_empty_answer_is_no_hits_and_an_answer_of_another_type_is_invalid() {
        PersonSearch search = new PersonSearch.BySurnameAndBirthDate("Kooyman", null, LocalDate.of(1982, 4, 10));

        assertThat(BrpPersonMapper.toSearchResult("{\"type\":\"ZoekMetGeslachtsnaamEnGeboortedatum\",\"personen\":[]}",
                search).persons()).isEmpty();
        assertThatThrownBy(() -> BrpPersonMapper.toSearchResult(
                "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[]}", search))
                .isInstanceOfSatisfying(BrpCallException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnavailableReason.INVALID_RESPONSE));
    }

    @Test
    void without_a_configured_brp_a_search_is_unavailable_not_configured() {
        BrpPersonRegistry registry = new BrpPersonRegistry(() -> new BrpSettings(java.util.Optional.empty(),
                java.util.Optional.empty(), java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1),
                java.util.Map.of()));

        PersonSearchResult result = registry.search(
                new PersonSearch.ByPostcodeAndHouseNumber("2551JV", 64, null, null));

        assertThat(result.unavailableReason()).contains(UnavailableReason.NOT_CONFIGURED);
    }
}
