package nl.frontoffice.brpstub.beheer;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The stub's management endpoints, answering only requests from a loopback address (others get 403):
 * <ul>
 *   <li>{@code GET /beheer/status}: mode, number of API requests, the last request's protocol headers and fields;</li>
 *   <li>{@code POST /beheer/modus} with {@code modus=normal|down|slow} (form) or the mode as {@code text/plain}:
 *       switch the mode.</li>
 * </ul>
 * Example: {@code curl -d modus=down http://localhost:8080/brp-stub/beheer/modus}.
 */
@Path("beheer")
@RequestScoped
public class BeheerResource {

    @Inject
    private StubState state;

    @Context
    private HttpServletRequest request;

    /** @return the status as JSON */
    @GET
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    public Response status() {
        if (!fromLoopback()) {
            return forbidden();
        }
        JsonObjectBuilder status = Json.createObjectBuilder()
                .add("modus", state.mode().text())
                .add("vertraging", state.slowDelay().toMillis())
                .add("verzoeken", state.requests());
        state.lastRequest().ifPresent(last -> {
            JsonObjectBuilder headers = Json.createObjectBuilder();
            last.protocolHeaders().forEach(headers::add);
            JsonArrayBuilder fields = Json.createArrayBuilder();
            last.fields().forEach(fields::add);
            status.add("laatsteVerzoek", Json.createObjectBuilder().add("headers", headers)
                    .add("apiKeyAanwezig", last.apiKeyPresent()).add("fields", fields));
        });
        return Response.ok(status.build()).build();
    }

    /**
     * @param modus {@code normal}, {@code down} or {@code slow}
     * @return 200 with the new mode, 400 for an unknown mode
     */
    @POST
    @Path("modus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response switchMode(@FormParam("modus") String modus) {
        return doSwitch(modus);
    }

    /**
     * @param modus the mode as the body
     * @return as {@link #switchMode(String)}
     */
    @POST
    @Path("modus")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public Response switchModeText(String modus) {
        return doSwitch(modus);
    }

    private Response doSwitch(String modus) {
        if (!fromLoopback()) {
            return forbidden();
        }
        return StubMode.parse(modus).map(mode -> {
            state.switchTo(mode);
            return Response.ok(Json.createObjectBuilder().add("modus", mode.text()).build()).build();
        }).orElseGet(() -> Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("fout", "modus moet normal, down of slow zijn").build())
                .build());
    }

    private boolean fromLoopback() {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Response forbidden() {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("fout", "alleen vanaf deze machine (loopback)").build())
                .build();
    }
}
