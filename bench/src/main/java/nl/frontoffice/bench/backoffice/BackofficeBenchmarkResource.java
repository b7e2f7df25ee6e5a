package nl.frontoffice.bench.backoffice;

import java.security.Principal;
import java.sql.SQLException;
import java.util.logging.Logger;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import nl.frontoffice.bench.harness.LevelResult;
import nl.frontoffice.bench.harness.LoadDriver;

/**
 * {@code POST /api/backoffice/prepare}: chooses the timeline citizens (not measured);
 * {@code POST /api/backoffice/check?operation=...}: runs the service side and the bare side on the same
 * inputs and says whether they gave the same rows;
 * {@code POST /api/backoffice/run?operation=...&side=service|bare&count=N&concurrency=C}: the measured run.
 * {@code check} and {@code run} must come logged in as the operation's staff member
 * ({@link BenchStaffAuthentication}); the driver threads run as that caller.
 */
@Path("backoffice")
@RequestScoped
@DeclareRoles({"KCC", "CONSULENT", "TEAMLEIDER", "BEHEERDER"})
public class BackofficeBenchmarkResource {

    private static final Logger LOG = Logger.getLogger(BackofficeBenchmarkResource.class.getName());

    @Inject
    private LoadDriver driver;

    @Inject
    private BackofficeWorkload workload;

    @Inject
    private BareBackoffice bare;

    @Context
    private SecurityContext security;

    @POST
    @Path("prepare")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject prepare() throws SQLException {
        JsonObject citizens = workload.prepare();
        JsonArrayBuilder operations = Json.createArrayBuilder();
        for (BackofficeOperation operation : BackofficeOperation.values()) {
            operations.add(Json.createObjectBuilder().add("operation", operation.code()).add("caller", operation.caller())
                    .add("description", operation.description()));
        }
        return Json.createObjectBuilder().add("operations", operations).add("citizens", citizens).build();
    }

    @POST
    @Path("check")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject check(@QueryParam("operation") String code, @QueryParam("inputs") @DefaultValue("10") int inputs)
            throws SQLException {
        BackofficeOperation operation = operation(code);
        String caller = caller(operation);
        int same = 0;
        String firstDifference = null;
        long serviceTotal = 0;
        long rows = 0;
        for (int i = 0; i < inputs; i++) {
            Outcome service = workload.service(operation, i);
            Outcome bareOutcome = bare.run(operation, caller, i);
            serviceTotal += service.total();
            rows += service.rows().size();
            if (comparable(operation, service).equals(comparable(operation, bareOutcome))) {
                same++;
            } else if (firstDifference == null) {
                firstDifference = "input " + i + ": service total " + service.total() + ", " + service.rows().size()
                        + " rows; bare total " + bareOutcome.total() + ", " + bareOutcome.rows().size() + " rows; first different row: "
                        + firstDifferentRow(comparable(operation, service), comparable(operation, bareOutcome));
            }
        }
        var json = Json.createObjectBuilder().add("operation", code).add("inputs", inputs).add("same", same)
                .add("passed", same == inputs).add("avgTotal", inputs == 0 ? 0 : (double) serviceTotal / inputs)
                .add("avgRows", inputs == 0 ? 0 : (double) rows / inputs);
        if (firstDifference != null) {
            json.add("firstDifference", firstDifference);
        }
        return json.build();
    }

    /**
     * A worklist page as it is (its order is total: deadline, id); a timeline's items sorted, since items
     * at the same moment of the same kind (the cases one intake opened) may come in either order.
     */
    private static Outcome comparable(BackofficeOperation operation, Outcome outcome) {
        return operation.worklist() ? outcome : new Outcome(outcome.total(), outcome.rows().stream().sorted().toList());
    }

    private static String firstDifferentRow(Outcome a, Outcome b) {
        for (int i = 0; i < Math.max(a.rows().size(), b.rows().size()); i++) {
            String left = i < a.rows().size() ? a.rows().get(i) : "-";
            String right = i < b.rows().size() ? b.rows().get(i) : "-";
            if (!left.equals(right)) {
                return "#" + i + " service [" + left + "] bare [" + right + "]";
            }
        }
        return "none";
    }

    @POST
    @Path("run")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject run(@QueryParam("operation") String code, @QueryParam("side") String side,
                          @QueryParam("concurrency") @DefaultValue("1") int concurrency,
                          @QueryParam("count") @DefaultValue("100") int count) {
        BackofficeOperation operation = operation(code);
        if (!"service".equals(side) && !"bare".equals(side)) {
            throw new BadRequestException("side must be service or bare");
        }
        if (concurrency < 1 || concurrency > 64 || count < 1 || count > 100_000) {
            throw new BadRequestException("concurrency 1-64, count 1-100000");
        }
        String caller = caller(operation);
        LevelResult result = "service".equals(side)
                ? driver.run(concurrency, count, i -> workload.service(operation, i))
                : driver.run(concurrency, count, i -> bare.run(operation, caller, i));
        LOG.info(() -> "backoffice " + code + " " + side + ": " + result.summary());
        return Json.createObjectBuilder().add("operation", code).add("side", side).add("caller", caller)
                .add("result", result.toJson()).build();
    }

    private static BackofficeOperation operation(String code) {
        return BackofficeOperation.of(code == null ? "" : code)
                .orElseThrow(() -> new BadRequestException("unknown operation " + code));
    }

    /** The caller must be the operation's staff member, logged in by {@link BenchStaffAuthentication}. */
    private String caller(BackofficeOperation operation) {
        Principal principal = security.getUserPrincipal();
        if (principal == null || !operation.caller().equals(principal.getName())) {
            throw new ForbiddenException("log in as " + operation.caller() + " (header " + BenchStaffAuthentication.HEADER + ")");
        }
        return principal.getName();
    }
}
