package nl.frontoffice.adapters.brp;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import nl.frontoffice.domain.citizen.Bsn;

/**
 * The request body of {@code POST /personen}: a {@code RaadpleegMetBurgerservicenummer} query for one BSN that asks
 * for only the fields the intake needs (data minimisation; the BRP also authorises per field).
 */
final class BrpQuery {

    /** The query type of the specification. */
    static final String RAADPLEEG_MET_BURGERSERVICENUMMER = "RaadpleegMetBurgerservicenummer";

    /**
     * The fields asked for. {@code partners.ontbindingHuwelijkPartnerschap} tells a current partner from the last
     * dissolved one (the API gives both kinds); {@code gemeenteVanInschrijving} names the town when the address has
     * no woonplaats.
     */
    static final List<String> FIELDS = List.of(
            "burgerservicenummer",
            "naam.voornamen",
            "naam.voorvoegsel",
            "naam.geslachtsnaam",
            "geboorte.datum",
            "verblijfplaats.verblijfadres.officieleStraatnaam",
            "verblijfplaats.verblijfadres.korteStraatnaam",
            "verblijfplaats.verblijfadres.huisnummer",
            "verblijfplaats.verblijfadres.huisletter",
            "verblijfplaats.verblijfadres.huisnummertoevoeging",
            "verblijfplaats.verblijfadres.postcode",
            "verblijfplaats.verblijfadres.woonplaats",
            "gemeenteVanInschrijving",
            "partners.burgerservicenummer",
            "partners.naam.voornamen",
            "partners.naam.voorvoegsel",
            "partners.naam.geslachtsnaam",
            "partners.geboorte.datum",
            "partners.ontbindingHuwelijkPartnerschap.datum",
            "kinderen.burgerservicenummer",
            "kinderen.naam.voornamen",
            "kinderen.naam.voorvoegsel",
            "kinderen.naam.geslachtsnaam",
            "kinderen.geboorte.datum");

    private BrpQuery() {
    }

    /**
     * @param bsn the person to look up
     * @return the JSON request body
     */
    static String raadpleegMetBurgerservicenummer(Bsn bsn) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        FIELDS.forEach(fields::add);
        return Json.createObjectBuilder()
                .add("type", RAADPLEEG_MET_BURGERSERVICENUMMER)
                .add("burgerservicenummer", Json.createArrayBuilder().add(bsn.value()))
                .add("fields", fields)
                .build()
                .toString();
    }
}
