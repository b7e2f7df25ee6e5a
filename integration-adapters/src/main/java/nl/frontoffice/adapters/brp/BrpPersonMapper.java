package nl.frontoffice.adapters.brp;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.registry.Address;
import nl.frontoffice.domain.registry.BirthDate;
import nl.frontoffice.domain.registry.PersonLookup;
import nl.frontoffice.domain.registry.PersonName;
import nl.frontoffice.domain.registry.PersonSearch;
import nl.frontoffice.domain.registry.PersonSearchResult;
import nl.frontoffice.domain.registry.PersonSummary;
import nl.frontoffice.domain.registry.RegisteredPerson;
import nl.frontoffice.domain.registry.RelatedPerson;
import nl.frontoffice.domain.registry.UnavailableReason;

/**
 * The anti-corruption layer: reads a {@code RaadpleegMetBurgerservicenummerResponse} (Haal Centraal BRP Personen
 * 2.x) and translates it into the domain's {@link PersonLookup}. Only what the intake needs is read; everything else
 * in the answer is ignored, so extra fields never break the mapping.
 *
 * <ul>
 *   <li>an empty {@code personen} list is {@link PersonLookup.NotFound};</li>
 *   <li>dates ({@code AbstractDatum}) may be {@code Datum}, {@code JaarMaandDatum}, {@code JaarDatum} or
 *       {@code DatumOnbekend};</li>
 *   <li>only a {@code verblijfplaats} of type {@code Adres} is an address; abroad, unknown or a location
 *       description give none. Without {@code woonplaats} the municipality of registration names the town;</li>
 *   <li>partners whose marriage or partnership is dissolved are left out;</li>
 *   <li>a related person's BSN that is not valid is left out rather than failing the look-up.</li>
 * </ul>
 * An answer that is not JSON, has the wrong type, names another BSN or has a value of the wrong form fails with
 * {@link UnavailableReason#INVALID_RESPONSE}; the message never contains the answer.
 */
final class BrpPersonMapper {

    private BrpPersonMapper() {
    }

    /**
     * @param responseBody the JSON answer
     * @param requested    the BSN that was asked for
     * @return found or not found
     * @throws BrpCallException with reason {@link UnavailableReason#INVALID_RESPONSE} when the answer cannot be read
     */
    static PersonLookup toLookup(String responseBody, Bsn requested) {
        JsonObject response = parse(responseBody);
        if (!BrpQuery.RAADPLEEG_MET_BURGERSERVICENUMMER.equals(text(response, "type"))) {
            throw invalid("the answer has another type", null);
        }
        JsonArray personen = array(response, "personen");
        if (personen.isEmpty()) {
            return PersonLookup.notFound();
        }
        if (personen.size() > 1) {
            throw invalid("the answer has more than one person for one BSN", null);
        }
        JsonObject persoon = object(personen.get(0));
        String bsn = text(persoon, "burgerservicenummer");
        if (bsn != null && !bsn.equals(requested.value())) {
            throw invalid("the answer is about another person", null);
        }
        return PersonLookup.found(new RegisteredPerson(requested, name(persoon), birthDate(persoon), address(persoon),
                partners(persoon), children(persoon)));
    }

    /**
     * @param responseBody the JSON answer to a search
     * @param search       the search that was sent
     * @return the hits; a hit without a valid BSN is left out (it cannot be opened)
     * @throws BrpCallException with reason {@link UnavailableReason#INVALID_RESPONSE} when the answer cannot be read
     */
    static PersonSearchResult toSearchResult(String responseBody, PersonSearch search) {
        JsonObject response = parse(responseBody);
        if (!BrpQuery.typeOf(search).equals(text(response, "type"))) {
            throw invalid("the answer has another type", null);
        }
        List<PersonSummary> hits = new ArrayList<>();
        for (JsonValue value : array(response, "personen")) {
            JsonObject persoon = object(value);
            String bsn = text(persoon, "burgerservicenummer");
            if (!Bsn.isValid(bsn)) {
                continue;
            }
            JsonObject adressering = optionalObject(persoon, "adressering");
            hits.add(new PersonSummary(Bsn.of(bsn), name(persoon), birthDate(persoon),
                    adressering == null ? null : text(adressering, "adresregel1"),
                    adressering == null ? null : text(adressering, "adresregel2")));
        }
        return PersonSearchResult.found(hits);
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw invalid("the answer is empty", null);
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            // the parser's message quotes the input: keep only the type
            throw invalid("the answer is not a JSON object (" + e.getClass().getSimpleName() + ")", null);
        }
    }

    private static PersonName name(JsonObject owner) {
        JsonObject naam = optionalObject(owner, "naam");
        if (naam == null) {
            return new PersonName(null, null, null);
        }
        return new PersonName(text(naam, "voornamen"), text(naam, "voorvoegsel"), text(naam, "geslachtsnaam"));
    }

    private static BirthDate birthDate(JsonObject owner) {
        JsonObject geboorte = optionalObject(owner, "geboorte");
        return geboorte == null ? BirthDate.unknown() : date(optionalObject(geboorte, "datum"));
    }

    /**
     * @param datum an {@code AbstractDatum}, or {@code null}
     * @return the (partial) date; unknown when absent or of a type this adapter does not know
     */
    static BirthDate date(JsonObject datum) {
        if (datum == null) {
            return BirthDate.unknown();
        }
        try {
            String type = text(datum, "type");
            if (type == null) {
                return BirthDate.unknown();
            }
            return switch (type) {
                case "Datum" -> BirthDate.of(LocalDate.parse(required(datum, "datum")));
                case "JaarMaandDatum" -> BirthDate.yearMonth(integer(datum, "jaar"), integer(datum, "maand"));
                case "JaarDatum" -> BirthDate.year(integer(datum, "jaar"));
                default -> BirthDate.unknown();
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw invalid("a date in the answer is not valid", null);
        }
    }

    private static Address address(JsonObject persoon) {
        JsonObject verblijfplaats = optionalObject(persoon, "verblijfplaats");
        if (verblijfplaats == null || !"Adres".equals(text(verblijfplaats, "type"))) {
            return null;
        }
        JsonObject adres = optionalObject(verblijfplaats, "verblijfadres");
        if (adres == null) {
            return null;
        }
        String street = text(adres, "officieleStraatnaam");
        String city = text(adres, "woonplaats");
        if (city == null) {
            JsonObject gemeente = optionalObject(persoon, "gemeenteVanInschrijving");
            city = gemeente == null ? null : text(gemeente, "omschrijving");
        }
        return new Address(street != null ? street : text(adres, "korteStraatnaam"),
                adres.containsKey("huisnummer") ? integer(adres, "huisnummer") : null, text(adres, "huisletter"),
                text(adres, "huisnummertoevoeging"), text(adres, "postcode"), city);
    }

    private static List<RelatedPerson> partners(JsonObject persoon) {
        List<RelatedPerson> partners = new ArrayList<>();
        for (JsonValue value : array(persoon, "partners")) {
            JsonObject partner = object(value);
            if (optionalObject(partner, "ontbindingHuwelijkPartnerschap") == null) {
                partners.add(related(partner));
            }
        }
        return partners;
    }

    private static List<RelatedPerson> children(JsonObject persoon) {
        List<RelatedPerson> children = new ArrayList<>();
        for (JsonValue value : array(persoon, "kinderen")) {
            children.add(related(object(value)));
        }
        return children;
    }

    private static RelatedPerson related(JsonObject relation) {
        String bsn = text(relation, "burgerservicenummer");
        return new RelatedPerson(Bsn.isValid(bsn) ? Bsn.of(bsn) : null, name(relation), birthDate(relation));
    }

    private static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw invalid("field " + key + " is not text", null);
    }

    private static String required(JsonObject object, String key) {
        String text = text(object, key);
        if (text == null) {
            throw invalid("field " + key + " is missing", null);
        }
        return text;
    }

    private static int integer(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                throw invalid("field " + key + " is out of range", null);
            }
        }
        throw invalid("field " + key + " is not a whole number", null);
    }

    private static JsonObject optionalObject(JsonObject owner, String key) {
        JsonValue value = owner.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return object(value);
    }

    private static JsonObject object(JsonValue value) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw invalid("an object in the answer has the wrong form", null);
    }

    private static JsonArray array(JsonObject owner, String key) {
        JsonValue value = owner.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        throw invalid("field " + key + " is not a list", null);
    }

    private static BrpCallException invalid(String message, Throwable cause) {
        return new BrpCallException(UnavailableReason.INVALID_RESPONSE, "BRP answer not usable: " + message, cause);
    }
}
