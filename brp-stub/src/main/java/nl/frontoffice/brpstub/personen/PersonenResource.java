package nl.frontoffice.brpstub.personen;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.frontoffice.brpstub.beheer.StubMode;
import nl.frontoffice.brpstub.beheer.StubState;
import nl.frontoffice.brpstub.personen.Problems.InvalidParam;

/**
 * {@code POST /haalcentraal/api/brp/personen} for {@code RaadpleegMetBurgerservicenummer}, per the specification:
 * <ul>
 *   <li>the body must be JSON ({@code Content-Type: application/json}, else 415) and the client must accept JSON
 *       (else 406);</li>
 *   <li>with {@code brp-stub.api-key} set, header {@code X-API-KEY} must carry it (else 401);</li>
 *   <li>{@code type}, {@code fields} (1-130 known paths, none automatically delivered) and
 *       {@code burgerservicenummer} (1-20 times nine digits) are checked, and so are unknown parameters: any error is
 *       a 400 with {@code invalidParams};</li>
 *   <li>the answer is {@code {"type": "RaadpleegMetBurgerservicenummer", "personen": [...]}} with the known persons,
 *       each filtered to the asked fields; an unknown BSN is simply not in the list.</li>
 * </ul>
 * The searches {@code ZoekMetGeslachtsnaamEnGeboortedatum} and {@code ZoekMetPostcodeEnHuisnummer} are answered by
 * {@link Searches}; other query types get a 400. Mode {@code down} answers 503, mode {@code slow}
 * waits first. The stub logs no BSN.
 */
@Path("haalcentraal/api/brp/personen")
@RequestScoped
public class PersonenResource {

    private static final String RAADPLEEG = "RaadpleegMetBurgerservicenummer";
    private static final Set<String> OTHER_TYPES = Set.of("ZoekMetGeslachtsnaamEnGeboortedatum",
            "ZoekMetNaamEnGemeenteVanInschrijving", "ZoekMetPostcodeEnHuisnummer",
            "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving", "ZoekMetNummeraanduidingIdentificatie",
            "ZoekMetAdresseerbaarObjectIdentificatie");
    private static final Set<String> PARAMETERS = Set.of("type", "fields", "burgerservicenummer",
            "gemeenteVanInschrijving");
    private static final Pattern FIELD = Pattern.compile("^[a-zA-Z0-9._]{1,200}$");
    private static final Pattern BSN = Pattern.compile("^[0-9]{9}$");
    private static final Pattern GEMEENTE = Pattern.compile("^[0-9]{4}$");
    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8");

    @Inject
    private StubState state;

    @Inject
    private TestPersons persons;

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpHeaders headers;

    /**
     * @param body the PersonenQuery
     * @return the PersonenQueryResponse or a problem
     * @throws InterruptedException when interrupted while simulating a slow BRP
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
    public Response personen(String body) throws InterruptedException {
        state.arrived();
        StubMode mode = state.mode();
        if (mode == StubMode.DOWN) {
            state.remember(new StubState.LastRequest(protocolHeaders(), apiKeyPresent(), List.of()));
            return Problems.unavailable(uriInfo.getRequestUri());
        }
        if (mode == StubMode.SLOW) {
            Thread.sleep(state.slowDelay().toMillis());
        }
        if (state.apiKey().isPresent() && !state.apiKey().get().equals(headers.getHeaderString("X-API-KEY"))) {
            state.remember(new StubState.LastRequest(protocolHeaders(), apiKeyPresent(), List.of()));
            return Problems.unauthorized(uriInfo.getRequestUri());
        }
        MediaType contentType = headers.getMediaType();
        if (contentType == null || !contentType.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Problems.unsupportedMediaType(uriInfo.getRequestUri());
        }
        if (headers.getAcceptableMediaTypes().stream()
                .noneMatch(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE))) {
            return Problems.notAcceptable(uriInfo.getRequestUri());
        }
        JsonObject query;
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            query = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return Problems.badRequest(uriInfo.getRequestUri(), "Foutieve JSON in de aanvraag.", "paramsValidation");
        }
        List<String> fields = strings(query.get("fields"));
        state.remember(new StubState.LastRequest(protocolHeaders(), apiKeyPresent(),
                fields == null ? List.of() : fields));
        String type = query.get("type") instanceof JsonString text ? text.getString() : null;
        if (Searches.TYPES.contains(type)) {
            return search(type, query, fields);
        }
        List<InvalidParam> invalid = validate(query, fields);
        if (!invalid.isEmpty()) {
            return Problems.badRequest(uriInfo.getRequestUri(), invalid);
        }
        JsonArrayBuilder personen = Json.createArrayBuilder();
        for (String bsn : distinct(strings(query.get("burgerservicenummer")))) {
            persons.persoon(bsn).ifPresent(persoon -> personen.add(FieldsFilter.filter(persoon, fields)));
        }
        JsonObject answer = Json.createObjectBuilder().add("type", RAADPLEEG).add("personen", personen).build();
        return Response.ok(answer.toString(), JSON_UTF8).build();
    }

    /** A search ({@link Searches}): every person of the test set that matches, as PersoonBeperkt, filtered. */
    private Response search(String type, JsonObject query, List<String> fields) {
        List<InvalidParam> invalid = new ArrayList<>(Searches.validate(type, query));
        validateFields(query, fields, true, invalid);
        if (!invalid.isEmpty()) {
            return Problems.badRequest(uriInfo.getRequestUri(), invalid);
        }
        JsonArrayBuilder personen = Json.createArrayBuilder();
        for (JsonObject persoon : persons.all()) {
            if (Searches.matches(type, query, persoon)) {
                personen.add(FieldsFilter.filter(Searches.beperkt(persoon), fields));
            }
        }
        JsonObject answer = Json.createObjectBuilder().add("type", type).add("personen", personen).build();
        return Response.ok(answer.toString(), JSON_UTF8).build();
    }

    private List<InvalidParam> validate(JsonObject query, List<String> fields) {
        List<InvalidParam> invalid = new ArrayList<>();
        for (String parameter : query.keySet()) {
            if (!PARAMETERS.contains(parameter)) {
                invalid.add(new InvalidParam(parameter, "unknownParam", "Parameter is niet verwacht."));
            }
        }
        JsonValue type = query.get("type");
        if (type == null) {
            invalid.add(new InvalidParam("type", "required", "Parameter is verplicht."));
        } else if (!(type instanceof JsonString text) || !RAADPLEEG.equals(text.getString())) {
            boolean otherType = type instanceof JsonString text && OTHER_TYPES.contains(text.getString());
            invalid.add(new InvalidParam("type", "value", otherType
                    ? "Deze stub ondersteunt raadplegen met BSN en zoeken met geslachtsnaam en geboortedatum of met "
                            + "postcode en huisnummer."
                    : "Waarde is geen geldig zoek type."));
        }
        validateFields(query, fields, false, invalid);
        List<String> bsns = strings(query.get("burgerservicenummer"));
        if (bsns == null) {
            invalid.add(new InvalidParam("burgerservicenummer", query.containsKey("burgerservicenummer") ? "array"
                    : "required", query.containsKey("burgerservicenummer") ? "Parameter is geen lijst van teksten."
                            : "Parameter is verplicht."));
        } else if (bsns.isEmpty() || bsns.size() > 20) {
            invalid.add(new InvalidParam("burgerservicenummer", bsns.isEmpty() ? "minItems" : "maxItems",
                    bsns.isEmpty() ? "Array bevat minder dan 1 items." : "Array bevat meer dan 20 items."));
        } else {
            for (int i = 0; i < bsns.size(); i++) {
                if (!BSN.matcher(bsns.get(i)).matches()) {
                    invalid.add(new InvalidParam("burgerservicenummer[" + i + "]", "pattern",
                            "Waarde voldoet niet aan patroon ^[0-9]{9}$."));
                }
            }
        }
        JsonValue gemeente = query.get("gemeenteVanInschrijving");
        if (gemeente != null
                && !(gemeente instanceof JsonString code && GEMEENTE.matcher(code.getString()).matches())) {
            invalid.add(new InvalidParam("gemeenteVanInschrijving", "pattern",
                    "Waarde voldoet niet aan patroon ^[0-9]{4}$."));
        }
        return invalid;
    }

    /**
     * Checks {@code fields}: 1-130 known paths, none automatically delivered; for a search only paths of
     * PersoonBeperkt.
     */
    private static void validateFields(JsonObject query, List<String> fields, boolean search,
            List<InvalidParam> invalid) {
        if (fields == null) {
            invalid.add(new InvalidParam("fields", query.containsKey("fields") ? "array" : "required",
                    query.containsKey("fields") ? "Parameter is geen lijst van teksten." : "Parameter is verplicht."));
        } else if (fields.isEmpty() || fields.size() > 130) {
            invalid.add(new InvalidParam("fields", fields.isEmpty() ? "minItems" : "maxItems",
                    fields.isEmpty() ? "Array bevat minder dan 1 items." : "Array bevat meer dan 130 items."));
        } else {
            for (int i = 0; i < fields.size(); i++) {
                String field = fields.get(i);
                String name = "fields[" + i + "]";
                if (!FIELD.matcher(field).matches()) {
                    invalid.add(new InvalidParam(name, "pattern", "Waarde voldoet niet aan patroon "
                            + FIELD.pattern() + "."));
                } else if (FieldsFilter.isAutomatic(field)) {
                    invalid.add(new InvalidParam(name, "field", "Parameter bevat een niet toegestane veldnaam."));
                } else if (!FieldsFilter.isKnown(field) || search && !Searches.isSearchField(field)) {
                    invalid.add(new InvalidParam(name, "field", "Parameter bevat een niet bestaande veldnaam."));
                }
            }
        }
    }

    /** @return the texts of a JSON array of strings, or {@code null} when the value is not one */
    private static List<String> strings(JsonValue value) {
        if (!(value instanceof JsonArray array)) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue element : array) {
            if (!(element instanceof JsonString text)) {
                return null;
            }
            texts.add(text.getString());
        }
        return texts;
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }

    private Map<String, String> protocolHeaders() {
        Map<String, String> protocol = new LinkedHashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-") && !"x-api-key".equals(lower) && !values.isEmpty()) {
                protocol.put(lower, values.get(0));
            }
        });
        return protocol;
    }

    private boolean apiKeyPresent() {
        return headers.getHeaderString("X-API-KEY") != null;
    }
}
