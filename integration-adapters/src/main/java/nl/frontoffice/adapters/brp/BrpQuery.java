package nl.frontoffice.adapters.brp;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.registry.PersonSearch;

/**
 * The request bodies of {@code POST /personen}: a {@code RaadpleegMetBurgerservicenummer} query for one BSN that asks
 * for only the fields the intake needs, and the two searches of the citizen view (data minimisation; the BRP also
 * authorises per field).
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

    /** The query type of a search by surname and date of birth. */
    static final String ZOEK_MET_GESLACHTSNAAM_EN_GEBOORTEDATUM = "ZoekMetGeslachtsnaamEnGeboortedatum";

    /** The query type of a search by postcode and house number. */
    static final String ZOEK_MET_POSTCODE_EN_HUISNUMMER = "ZoekMetPostcodeEnHuisnummer";

    /**
     * The fields a search asks for: only what a list of hits shows (a search answers the BRP's "PersoonBeperkt",
     * which has no residence; the address comes as the lines of {@code adressering}).
     */
    static final List<String> SEARCH_FIELDS = List.of(
            "burgerservicenummer",
            "naam.voornamen",
            "naam.voorvoegsel",
            "naam.geslachtsnaam",
            "geboorte.datum",
            "adressering.adresregel1",
            "adressering.adresregel2");

    private BrpQuery() {
    }

    /**
     * @param search what to search for
     * @return the JSON request body of the search, asking for {@link #SEARCH_FIELDS}
     */
    static String search(PersonSearch search) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        SEARCH_FIELDS.forEach(fields::add);
        JsonObjectBuilder query = Json.createObjectBuilder();
        if (search instanceof PersonSearch.BySurnameAndBirthDate byName) {
            query.add("type", ZOEK_MET_GESLACHTSNAAM_EN_GEBOORTEDATUM)
                    .add("geslachtsnaam", byName.surname())
                    .add("geboortedatum", byName.birthDate().toString());
            if (byName.surnamePrefix() != null) {
                query.add("voorvoegsel", byName.surnamePrefix());
            }
        } else if (search instanceof PersonSearch.ByPostcodeAndHouseNumber byAddress) {
            query.add("type", ZOEK_MET_POSTCODE_EN_HUISNUMMER)
                    .add("postcode", byAddress.postcode())
                    .add("huisnummer", byAddress.houseNumber());
            if (byAddress.houseLetter() != null) {
                query.add("huisletter", byAddress.houseLetter());
            }
            if (byAddress.houseNumberAddition() != null) {
                query.add("huisnummertoevoeging", byAddress.houseNumberAddition());
            }
        } else {
            throw new IllegalArgumentException("unknown search " + search.getClass().getSimpleName());
        }
        return query.add("fields", fields).build().toString();
    }

    /**
     * @param search a search
     * @return the query type the answer must have
     */
    static String typeOf(PersonSearch search) {
        return search instanceof PersonSearch.BySurnameAndBirthDate ? ZOEK_MET_GESLACHTSNAAM_EN_GEBOORTEDATUM
                : ZOEK_MET_POSTCODE_EN_HUISNUMMER;
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
