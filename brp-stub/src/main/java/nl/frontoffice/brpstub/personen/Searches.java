package nl.frontoffice.brpstub.personen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import nl.frontoffice.brpstub.personen.Problems.InvalidParam;

/**
 * The two searches the stub answers besides the consultation by BSN, as the specification (2.7.0) describes them:
 * {@code ZoekMetGeslachtsnaamEnGeboortedatum} and {@code ZoekMetPostcodeEnHuisnummer}.
 *
 * <ul>
 *   <li>parameters: the required and optional ones of each query type, checked against the specification's
 *       patterns; any other parameter is a 400 ({@code unknownParam});</li>
 *   <li>matching: text is compared case-insensitively; a {@code geslachtsnaam} or {@code voornamen} ending in
 *       {@code *} matches by prefix (the specification allows the wildcard after at least 3 characters); the
 *       {@code geslachtsnaam} is without voorvoegsel; a postcode matches with or without its space; persons who
 *       died are left out unless {@code inclusiefOverledenPersonen} is {@code true}; {@code gemeenteVanInschrijving}
 *       narrows to the municipality with that code;</li>
 *   <li>answer: a search answers {@code PersoonBeperkt} (burgerservicenummer, geboorte, geslacht, leeftijd, naam,
 *       adressering and the automatically delivered fields), so {@code fields} may only name paths of those; the
 *       stub derives {@code adressering} from the residence like the BRP does: {@code adresregel1} is street and
 *       number ("Boterdiep 31"), {@code adresregel2} postcode and town in capitals ("3077 AW  ROTTERDAM").</li>
 * </ul>
 */
final class Searches {

    static final String BY_NAME = "ZoekMetGeslachtsnaamEnGeboortedatum";
    static final String BY_POSTCODE = "ZoekMetPostcodeEnHuisnummer";
    static final Set<String> TYPES = Set.of(BY_NAME, BY_POSTCODE);

    private static final Set<String> COMMON = Set.of("type", "fields", "gemeenteVanInschrijving",
            "inclusiefOverledenPersonen");
    private static final Map<String, Set<String>> PARAMETERS = Map.of(
            BY_NAME, Set.of("geboortedatum", "geslachtsnaam", "geslacht", "voorvoegsel", "voornamen"),
            BY_POSTCODE, Set.of("postcode", "huisnummer", "huisletter", "huisnummertoevoeging", "geboortedatum",
                    "geslachtsnaam"));
    private static final Map<String, List<String>> REQUIRED = Map.of(
            BY_NAME, List.of("geslachtsnaam", "geboortedatum"),
            BY_POSTCODE, List.of("postcode", "huisnummer"));

    private static final Pattern GESLACHTSNAAM = Pattern.compile(
            "^[a-zA-Z0-9À-ž \\.\\-\\']{1,200}$|^[a-zA-Z0-9À-ž \\.\\-\\']{3,199}\\*{1}$");
    private static final Pattern VOORNAMEN = Pattern.compile("^[a-zA-Z0-9À-ž \\.\\-\\']{1,199}\\*{0,1}$");
    private static final Pattern VOORVOEGSEL = Pattern.compile("^[a-zA-Z \\']{1,10}$");
    private static final Pattern GESLACHT = Pattern.compile("^([Mm]|[Vv]|[Oo])$");
    private static final Pattern DATUM = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    private static final Pattern POSTCODE = Pattern.compile("^[1-9]{1}[0-9]{3}[ ]?[A-Za-z]{2}$");
    private static final Pattern HUISLETTER = Pattern.compile("^[a-zA-Z]{1}$");
    private static final Pattern TOEVOEGING = Pattern.compile("^[a-zA-Z0-9 \\-]{1,4}$");

    /** The fields of PersoonBeperkt that may be asked for in a search (the roots; everything below them too). */
    private static final List<String> SEARCH_FIELDS = List.of("burgerservicenummer", "geboorte", "geslacht",
            "leeftijd", "naam.voornamen", "naam.adellijkeTitelPredicaat", "naam.voorvoegsel", "naam.geslachtsnaam",
            "naam.voorletters", "naam.volledigeNaam", "adressering.adresregel1", "adressering.adresregel2",
            "adressering.adresregel3", "adressering.land", "adressering.indicatieVastgesteldVerblijftNietOpAdres");

    private Searches() {
    }

    /**
     * @param path a known field path
     * @return whether a search may ask for it (a field of PersoonBeperkt)
     */
    static boolean isSearchField(String path) {
        if ("naam".equals(path) || "adressering".equals(path)) {
            return true;
        }
        return SEARCH_FIELDS.stream().anyMatch(root -> path.equals(root) || path.startsWith(root + "."));
    }

    /**
     * @param type  a search type of {@link #TYPES}
     * @param query the request
     * @return the problems with the search's own parameters (type and fields are checked by the caller)
     */
    static List<InvalidParam> validate(String type, JsonObject query) {
        List<InvalidParam> invalid = new ArrayList<>();
        for (String parameter : query.keySet()) {
            if (!COMMON.contains(parameter) && !PARAMETERS.get(type).contains(parameter)) {
                invalid.add(new InvalidParam(parameter, "unknownParam", "Parameter is niet verwacht."));
            }
        }
        for (String required : REQUIRED.get(type)) {
            if (!query.containsKey(required) || query.isNull(required)) {
                invalid.add(new InvalidParam(required, "required", "Parameter is verplicht."));
            }
        }
        text(query, "geslachtsnaam", GESLACHTSNAAM, invalid);
        text(query, "voornamen", VOORNAMEN, invalid);
        text(query, "voorvoegsel", VOORVOEGSEL, invalid);
        text(query, "geslacht", GESLACHT, invalid);
        text(query, "postcode", POSTCODE, invalid);
        text(query, "huisletter", HUISLETTER, invalid);
        text(query, "huisnummertoevoeging", TOEVOEGING, invalid);
        if (query.containsKey("geboortedatum") && !query.isNull("geboortedatum")) {
            JsonValue value = query.get("geboortedatum");
            if (!(value instanceof JsonString date) || !DATUM.matcher(date.getString()).matches()
                    || !isDate(date.getString())) {
                invalid.add(new InvalidParam("geboortedatum", "date", "Waarde is geen geldige datum."));
            }
        }
        if (query.containsKey("huisnummer") && !query.isNull("huisnummer")) {
            JsonValue value = query.get("huisnummer");
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                invalid.add(new InvalidParam("huisnummer", "integer", "Waarde is geen geldige integer."));
            } else if (number.longValue() < 1 || number.longValue() > 99999) {
                invalid.add(new InvalidParam("huisnummer", number.longValue() < 1 ? "minimum" : "maximum",
                        number.longValue() < 1 ? "Waarde is lager dan minimum 1." : "Waarde is hoger dan maximum 99999."));
            }
        }
        if (query.containsKey("inclusiefOverledenPersonen")
                && !(query.get("inclusiefOverledenPersonen").getValueType() == JsonValue.ValueType.TRUE
                        || query.get("inclusiefOverledenPersonen").getValueType() == JsonValue.ValueType.FALSE)) {
            invalid.add(new InvalidParam("inclusiefOverledenPersonen", "boolean", "Waarde is geen boolean."));
        }
        return invalid;
    }

    private static boolean isDate(String text) {
        try {
            java.time.LocalDate.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static void text(JsonObject query, String name, Pattern pattern, List<InvalidParam> invalid) {
        if (!query.containsKey(name) || query.isNull(name)) {
            return;
        }
        if (!(query.get(name) instanceof JsonString text) || !pattern.matcher(text.getString()).matches()) {
            invalid.add(new InvalidParam(name, "pattern", "Waarde voldoet niet aan patroon " + pattern.pattern() + "."));
        }
    }

    /**
     * @param type    a search type
     * @param query   the valid request
     * @param persoon a full Persoon of the test set
     * @return whether the person is a hit
     */
    static boolean matches(String type, JsonObject query, JsonObject persoon) {
        if (persoon.containsKey("overlijden") && !query.getBoolean("inclusiefOverledenPersonen", false)) {
            return false;
        }
        String gemeente = string(query, "gemeenteVanInschrijving");
        if (gemeente != null && !gemeente.equals(path(persoon, "gemeenteVanInschrijving", "code"))) {
            return false;
        }
        String geboortedatum = string(query, "geboortedatum");
        if (geboortedatum != null && !geboortedatum.equals(birthDate(persoon))) {
            return false;
        }
        String geslachtsnaam = string(query, "geslachtsnaam");
        if (geslachtsnaam != null && !textMatches(geslachtsnaam, path(persoon, "naam", "geslachtsnaam"))) {
            return false;
        }
        if (BY_NAME.equals(type)) {
            String voorvoegsel = string(query, "voorvoegsel");
            if (voorvoegsel != null && !textMatches(voorvoegsel, path(persoon, "naam", "voorvoegsel"))) {
                return false;
            }
            String voornamen = string(query, "voornamen");
            if (voornamen != null && !textMatches(voornamen, path(persoon, "naam", "voornamen"))) {
                return false;
            }
            String geslacht = string(query, "geslacht");
            return geslacht == null || geslacht.equalsIgnoreCase(path(persoon, "geslacht", "code"));
        }
        JsonObject plaats = persoon.containsKey("verblijfplaats") ? persoon.getJsonObject("verblijfplaats") : null;
        if (plaats == null || !"Adres".equals(plaats.getString("type", null)) || !plaats.containsKey("verblijfadres")) {
            return false;
        }
        JsonObject adres = plaats.getJsonObject("verblijfadres");
        if (!compactPostcode(string(query, "postcode")).equals(compactPostcode(adres.getString("postcode", "")))) {
            return false;
        }
        if (!adres.containsKey("huisnummer") || adres.getInt("huisnummer") != query.getInt("huisnummer")) {
            return false;
        }
        String huisletter = string(query, "huisletter");
        if (huisletter != null && !huisletter.equalsIgnoreCase(adres.getString("huisletter", ""))) {
            return false;
        }
        String toevoeging = string(query, "huisnummertoevoeging");
        return toevoeging == null || toevoeging.equalsIgnoreCase(adres.getString("huisnummertoevoeging", ""));
    }

    private static boolean textMatches(String wanted, String actual) {
        if (actual == null) {
            return false;
        }
        String lowerActual = actual.toLowerCase(Locale.ROOT);
        if (wanted.endsWith("*")) {
            return lowerActual.startsWith(wanted.substring(0, wanted.length() - 1).toLowerCase(Locale.ROOT));
        }
        return lowerActual.equals(wanted.toLowerCase(Locale.ROOT));
    }

    private static String compactPostcode(String postcode) {
        return postcode == null ? "" : postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static String birthDate(JsonObject persoon) {
        JsonObject geboorte = persoon.containsKey("geboorte") ? persoon.getJsonObject("geboorte") : null;
        if (geboorte == null || !geboorte.containsKey("datum")) {
            return null;
        }
        JsonObject datum = geboorte.getJsonObject("datum");
        return "Datum".equals(datum.getString("type", null)) ? datum.getString("datum", null) : null;
    }

    /**
     * @param persoon a full Persoon
     * @return its PersoonBeperkt: only the fields a search answers, with {@code adressering} derived from the
     *         residence
     */
    static JsonObject beperkt(JsonObject persoon) {
        JsonObjectBuilder result = Json.createObjectBuilder();
        for (String field : List.of("burgerservicenummer", "geboorte", "geslacht", "leeftijd",
                "geheimhoudingPersoonsgegevens", "opschortingBijhouding", "rni", "verificatie", "inOnderzoek")) {
            if (persoon.containsKey(field)) {
                result.add(field, persoon.get(field));
            }
        }
        if (persoon.containsKey("naam")) {
            JsonObject naam = persoon.getJsonObject("naam");
            JsonObjectBuilder beperkt = Json.createObjectBuilder();
            for (String part : List.of("voornamen", "adellijkeTitelPredicaat", "voorvoegsel", "geslachtsnaam",
                    "voorletters", "volledigeNaam")) {
                if (naam.containsKey(part)) {
                    beperkt.add(part, naam.get(part));
                }
            }
            result.add("naam", beperkt);
        }
        JsonObject adressering = adressering(persoon);
        if (adressering != null) {
            result.add("adressering", adressering);
        }
        return result.build();
    }

    private static JsonObject adressering(JsonObject persoon) {
        JsonObject plaats = persoon.containsKey("verblijfplaats") ? persoon.getJsonObject("verblijfplaats") : null;
        if (plaats == null || !plaats.containsKey("verblijfadres")) {
            return null;
        }
        JsonObject adres = plaats.getJsonObject("verblijfadres");
        JsonObjectBuilder result = Json.createObjectBuilder();
        switch (plaats.getString("type", "")) {
            case "Adres" -> {
                StringBuilder regel1 = new StringBuilder(adres.getString("korteStraatnaam",
                        adres.getString("officieleStraatnaam", "")));
                if (adres.containsKey("huisnummer")) {
                    regel1.append(regel1.isEmpty() ? "" : " ").append(adres.getInt("huisnummer"));
                    regel1.append(adres.getString("huisletter", ""));
                    if (adres.containsKey("huisnummertoevoeging")) {
                        regel1.append('-').append(adres.getString("huisnummertoevoeging"));
                    }
                }
                result.add("adresregel1", regel1.toString());
                String postcode = compactPostcode(adres.getString("postcode", null));
                String formatted = postcode.matches("[1-9][0-9]{3}[A-Z]{2}")
                        ? postcode.substring(0, 4) + " " + postcode.substring(4) : postcode;
                String woonplaats = adres.getString("woonplaats",
                        path(persoon, "gemeenteVanInschrijving", "omschrijving"));
                String regel2 = (formatted + "  " + (woonplaats == null ? "" : woonplaats.toUpperCase(Locale.ROOT)))
                        .strip();
                if (!regel2.isEmpty()) {
                    result.add("adresregel2", regel2);
                }
            }
            case "Locatie" -> result.add("adresregel1", adres.getString("locatiebeschrijving", ""));
            case "VerblijfplaatsBuitenland" -> {
                for (int i = 1; i <= 3; i++) {
                    if (adres.containsKey("regel" + i)) {
                        result.add("adresregel" + i, adres.getString("regel" + i));
                    }
                }
                if (adres.containsKey("land")) {
                    result.add("land", adres.get("land"));
                }
            }
            default -> {
                return null;
            }
        }
        return result.build();
    }

    private static String string(JsonObject object, String key) {
        return object.get(key) instanceof JsonString text ? text.getString() : null;
    }

    private static String path(JsonObject object, String first, String second) {
        if (!(object.get(first) instanceof JsonObject inner)) {
            return null;
        }
        return string(inner, second);
    }
}
