package nl.frontoffice.brpstub.personen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class FieldsFilterTest {

    private static final JsonObject PERSOON = Json.createReader(new StringReader("""
            {"burgerservicenummer":"999993847","geheimhoudingPersoonsgegevens":true,
             "naam":{"voornamen":"Merel","geslachtsnaam":"Kooyman","voorletters":"M."},
             "geboorte":{"datum":{"type":"Datum","datum":"1982-04-10","langFormaat":"10 april 1982"},
                         "plaats":{"code":"0545","omschrijving":"Leerdam"}},
             "verblijfplaats":{"type":"Adres","verblijfadres":{"officieleStraatnaam":"King Olivereiland",
                               "huisnummer":64,"postcode":"2551JV"},"functieAdres":{"code":"W"}},
             "kinderen":[{"burgerservicenummer":"999994918","naam":{"voornamen":"Catharina-Amalia"}},
                         {"naam":{"voornamen":"Zonder BSN"}}]}
            """)).readObject();

    @Test
    void keeps_only_the_asked_fields_the_type_of_polymorphic_objects_and_the_automatic_fields() {
        JsonObject filtered = FieldsFilter.filter(PERSOON, List.of("naam.voornamen", "geboorte.datum",
                "verblijfplaats.verblijfadres.huisnummer", "kinderen.burgerservicenummer"));

        assertThat(filtered).isEqualTo(Json.createReader(new StringReader("""
                {"naam":{"voornamen":"Merel"},
                 "geboorte":{"datum":{"type":"Datum","datum":"1982-04-10","langFormaat":"10 april 1982"}},
                 "verblijfplaats":{"verblijfadres":{"huisnummer":64},"type":"Adres"},
                 "kinderen":[{"burgerservicenummer":"999994918"}],
                 "geheimhoudingPersoonsgegevens":true}
                """)).readObject());
    }

    @Test
    void a_path_selects_everything_below_it() {
        JsonObject filtered = FieldsFilter.filter(PERSOON, List.of("naam"));

        assertThat(filtered.getJsonObject("naam")).isEqualTo(PERSOON.getJsonObject("naam"));
        assertThat(filtered.keySet()).containsExactlyInAnyOrder("naam", "geheimhoudingPersoonsgegevens");
    }

    @Test
    void knows_the_paths_of_the_specification_and_refuses_automatic_ones() {
        assertThat(FieldsFilter.isKnown("partners.naam.voorvoegsel")).isTrue();
        assertThat(FieldsFilter.isKnown("verblijfplaats.verblijfadres.officieleStraatnaam")).isTrue();
        assertThat(FieldsFilter.isKnown("kinderen.geboorte.datum")).isTrue();
        assertThat(FieldsFilter.isKnown("naam.achternaam")).isFalse();
        assertThat(FieldsFilter.isKnown("geboorte.datum.jaar")).isFalse();
        assertThat(FieldsFilter.isAutomatic("geheimhoudingPersoonsgegevens")).isTrue();
        assertThat(FieldsFilter.isAutomatic("naam.inOnderzoek")).isTrue();
        assertThat(FieldsFilter.isAutomatic("naam.voornamen")).isFalse();
    }
}
