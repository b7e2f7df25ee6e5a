package nl.frontoffice.bench.intake;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.frontoffice.bench.harness.LevelResult;
import nl.frontoffice.bench.harness.LoadDriver;
import nl.frontoffice.bench.harness.TableRows;
import nl.frontoffice.bench.intake.IntakeWorkload.PreparedDraft;

/**
 * {@code POST /api/intake/run?side=service|bare&concurrency=C&count=N}: one level of the intake
 * benchmark. First (not measured) N drafts of new citizens are saved through the wizard's service;
 * then N intakes are submitted by C concurrent threads, each intake either through
 * {@code IntakeService.submit} ({@code side=service}) or by one bare JDBC transaction that writes the
 * same rows ({@code side=bare}). Answers the throughput, the latencies and the rows written per
 * intake in every table involved.
 */
@Path("intake")
@RequestScoped
public class IntakeBenchmarkResource {

    /** The tables an intake submission touches (drafts: deleted by the submission). */
    static final List<String> TABLES = List.of("citizen", "intake", "intake_question", "intake_question_urgency",
            "intake_answer", "case_file", "case_status_change", "contact_moment", "contact_moment_case",
            "intake_draft", "intake_draft_field", "intake_attachment", "mail_outbox", "mail_outbox_attachment");

    private static final Logger LOG = Logger.getLogger(IntakeBenchmarkResource.class.getName());

    @Inject
    private LoadDriver driver;

    @Inject
    private IntakeWorkload workload;

    @Inject
    private BareIntakeSubmission bare;

    @Inject
    private TableRows rows;

    @Inject
    private IntakeContentCheck contentCheck;

    /**
     * {@code POST /api/intake/check}: after the runs, whether both sides wrote the same content (see
     * {@link IntakeContentCheck}).
     */
    @POST
    @Path("check")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject check() {
        return contentCheck.run();
    }

    @POST
    @Path("run")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject run(@QueryParam("side") String side,
                          @QueryParam("concurrency") @DefaultValue("1") int concurrency,
                          @QueryParam("count") @DefaultValue("100") int count) {
        if (!"service".equals(side) && !"bare".equals(side)) {
            throw new BadRequestException("side must be service or bare");
        }
        if (concurrency < 1 || concurrency > 256 || count < 1 || count > 1_000_000) {
            throw new BadRequestException("concurrency 1-256, count 1-1000000");
        }
        PreparedDraft[] prepared = new PreparedDraft[count];
        LevelResult preparation = driver.run(Math.min(concurrency, 4), count, i -> prepared[i] = workload.prepare());
        if (preparation.errors() > 0) {
            throw new IllegalStateException("Saving the drafts failed: " + preparation.firstError());
        }

        Map<String, Long> before = rows.count(TABLES);
        LevelResult result = "service".equals(side)
                ? driver.run(concurrency, count, i -> workload.submit(prepared[i]))
                : driver.run(concurrency, count, i -> bare.submit(prepared[i]));
        Map<String, Long> after = rows.count(TABLES);

        LOG.info(() -> "intake " + side + ": " + result.summary());
        return Json.createObjectBuilder()
                .add("side", side)
                .add("result", result.toJson())
                .add("rowsPerIntake", TableRows.perOperation(before, after, count - result.errors()))
                .add("draftSave", preparation.toJson().remove("latenciesMicros"))
                .build();
    }
}
