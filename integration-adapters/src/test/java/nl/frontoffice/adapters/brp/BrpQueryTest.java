package nl.frontoffice.adapters.brp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

import nl.frontoffice.domain.citizen.Bsn;

class BrpQueryTest {

    @Test
    void asks_for_one_bsn_and_only_the_fields_the_intake_needs() {
        JsonObject query = Json.createReader(new StringReader(
                BrpQuery.raadpleegMetBurgerservicenummer(Bsn.of("999993847")))).readObject();

        assertThat(query.keySet()).containsExactly("type", "burgerservicenummer", "fields");
        assertThat(query.getString("type")).isEqualTo("RaadpleegMetBurgerservicenummer");
        assertThat(query.getJsonArray("burgerservicenummer").getValuesAs(JsonString::getString))
                .containsExactly("999993847");
        assertThat(query.getJsonArray("fields").getValuesAs(JsonString::getString))
                .containsExactlyElementsOf(BrpQuery.FIELDS)
                .hasSizeBetween(1, 130)
                .allMatch(field -> field.matches("^[a-zA-Z0-9._]{1,200}$"))
                .contains("naam.voornamen", "geboorte.datum", "verblijfplaats.verblijfadres.postcode",
                        "partners.naam.geslachtsnaam", "kinderen.burgerservicenummer")
                .noneMatch(field -> field.startsWith("nationaliteiten") || field.startsWith("verblijfstitel")
                        || field.equals("naam") || field.equals("partners") || field.equals("kinderen"));
    }
}
