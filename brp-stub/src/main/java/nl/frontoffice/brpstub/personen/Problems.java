package nl.frontoffice.brpstub.personen;

import java.net.URI;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/**
 * The API's error answers: {@code application/problem+json} per RFC 7807 with the specification's
 * {@code Foutbericht} and {@code BadRequestFoutbericht} (type, title, status, detail, instance, code,
 * invalidParams).
 */
final class Problems {

    /** The media type of the error answers. */
    static final String PROBLEM_JSON = "application/problem+json";

    private static final String RFC2616 = "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec";

    private Problems() {
    }

    /** One invalid parameter of a 400 answer. */
    record InvalidParam(String name, String code, String reason) {
    }

    static Response badRequest(URI instance, List<InvalidParam> invalidParams) {
        JsonArrayBuilder params = Json.createArrayBuilder();
        for (InvalidParam param : invalidParams) {
            params.add(Json.createObjectBuilder()
                    .add("type", "https://www.vng.nl/realisatie/api/validaties/" + param.code())
                    .add("name", param.name()).add("code", param.code()).add("reason", param.reason()));
        }
        return response(problem(RFC2616 + "10.4.1", "Een of meerdere parameters zijn niet correct.", 400,
                "De foutieve parameter(s) zijn: "
                        + String.join(", ", invalidParams.stream().map(InvalidParam::name).toList()) + ".",
                instance, "paramsValidation").add("invalidParams", params), 400);
    }

    static Response badRequest(URI instance, String title, String code) {
        return response(problem(RFC2616 + "10.4.1", title, 400, "The request could not be understood by the server "
                + "due to malformed syntax.", instance, code), 400);
    }

    static Response unauthorized(URI instance) {
        return response(problem(RFC2616 + "10.4.2", "Niet correct geauthenticeerd.", 401,
                "The request requires user authentication.", instance, "authentication"), 401);
    }

    static Response notAcceptable(URI instance) {
        return response(problem(RFC2616 + "10.4.7", "Gevraagde contenttype wordt niet ondersteund.", 406,
                "Ondersteunde content type application json.", instance, "notAcceptable"), 406);
    }

    static Response unsupportedMediaType(URI instance) {
        return response(problem(RFC2616 + "10.4.16", "Media Type wordt niet ondersteund.", 415,
                "Ondersteunde content type application json.", instance, "unsupported"), 415);
    }

    static Response unavailable(URI instance) {
        return response(problem(RFC2616 + "10.5.4", "Bronservice BRP is tijdelijk niet beschikbaar.", 503,
                "The service is currently unable to handle the request due to a temporary overloading or "
                        + "maintenance of the server.", instance, "notAvailable"), 503);
    }

    private static JsonObjectBuilder problem(String type, String title, int status, String detail, URI instance,
            String code) {
        return Json.createObjectBuilder().add("type", type).add("title", title).add("status", status)
                .add("detail", detail).add("instance", instance.toString()).add("code", code);
    }

    private static Response response(JsonObjectBuilder problem, int status) {
        return Response.status(status).type(PROBLEM_JSON).entity(problem.build().toString()).build();
    }
}
