package nl.frontoffice.bench.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The intake benchmark (issue 4): at each concurrency level, N intakes with three questions in three
 * domains submitted through {@code IntakeService.submit}, then N intakes written as the same rows by
 * one bare JDBC transaction each, both inside the server on the same connection pool; after a warm-up
 * of both sides.
 *
 * <p>Options: {@code --levels 1,2,4,8,16}, {@code --count 2000} (intakes per side per level),
 * {@code --warmup 1000} (intakes per side before the levels, not reported in the table),
 * {@code --warmup-concurrency 4}.
 */
final class IntakeSuite implements Suite {

    static final List<Integer> DEFAULT_LEVELS = List.of(1, 2, 4, 8, 16);
    static final int DEFAULT_COUNT = 2000;
    static final int DEFAULT_WARMUP = 1000;
    static final int DEFAULT_WARMUP_CONCURRENCY = 4;
    private static final List<String> SIDES = List.of("service", "bare");

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public String title() {
        return "Intake submission: service layer vs bare JDBC";
    }

    @Override
    public JsonObject run(MicroServer server, Options options, PrintStream progress) throws IOException, InterruptedException {
        List<Integer> levels = options.intList("levels", DEFAULT_LEVELS);
        int count = options.intValue("count", DEFAULT_COUNT);
        int warmup = options.intValue("warmup", DEFAULT_WARMUP);
        int warmupConcurrency = options.intValue("warmup-concurrency", DEFAULT_WARMUP_CONCURRENCY);
        if (levels.isEmpty() || count < 1 || warmup < 0 || warmupConcurrency < 1) {
            throw new IllegalArgumentException("--levels needs one or more levels, --count at least 1, --warmup 0 or more");
        }
        Duration timeout = Duration.ofMinutes(60);

        var warmups = Json.createObjectBuilder();
        if (warmup > 0) {
            for (String side : SIDES) {
                progress.printf("warm-up  %-7s %5d intakes at concurrency %d ... ", side, warmup, warmupConcurrency);
                JsonObject result = server.post("intake/run?side=" + side + "&concurrency=" + warmupConcurrency
                        + "&count=" + warmup, timeout);
                progress.println(line(result.getJsonObject("result")));
                warmups.add(side, withoutLatencies(result));
            }
        }
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (int concurrency : levels) {
            var level = Json.createObjectBuilder().add("concurrency", concurrency);
            var rows = Json.createObjectBuilder();
            JsonObject[] bySide = new JsonObject[SIDES.size()];
            for (int i = 0; i < SIDES.size(); i++) {
                String side = SIDES.get(i);
                progress.printf("level %2d %-7s %5d intakes ... ", concurrency, side, count);
                JsonObject answer = server.post("intake/run?side=" + side + "&concurrency=" + concurrency
                        + "&count=" + count, timeout);
                bySide[i] = answer.getJsonObject("result");
                progress.println(line(bySide[i]));
                level.add(side, bySide[i]);
                level.add(side + "DraftSave", answer.getJsonObject("draftSave"));
                rows.add(side, answer.getJsonObject("rowsPerIntake"));
            }
            level.add("ratio", Json.createObjectBuilder()
                    .add("throughputServiceOverBare", ratio(bySide[0], bySide[1], "throughputPerSecond"))
                    .add("p50ServiceOverBare", ratio(bySide[0], bySide[1], "p50Millis"))
                    .add("p95ServiceOverBare", ratio(bySide[0], bySide[1], "p95Millis"))
                    .add("p99ServiceOverBare", ratio(bySide[0], bySide[1], "p99Millis")));
            level.add("rowsPerIntake", rows);
            results.add(level);
        }
        progress.print("content check: both sides wrote the same content ... ");
        JsonObject contentCheck = server.post("intake/check", timeout);
        progress.println(contentCheck.getBoolean("passed") ? "yes" : "NO");
        return Json.createObjectBuilder()
                .add("parameters", Json.createObjectBuilder()
                        .add("levels", Json.createArrayBuilder(levels))
                        .add("intakesPerSidePerLevel", count)
                        .add("warmupIntakesPerSide", warmup)
                        .add("warmupConcurrency", warmupConcurrency)
                        .add("questionsPerIntake", 3)
                        .add("casesPerIntake", 3)
                        .add("serviceCall", "nl.frontoffice.intake.IntakeService#submit(IntakeSubmission)"))
                .add("warmup", warmups)
                .add("contentCheck", contentCheck)
                .add("levels", results)
                .build();
    }

    @Override
    public boolean passed(JsonObject results) {
        if (!results.getJsonObject("contentCheck").getBoolean("passed")) {
            return false;
        }
        for (JsonValue value : results.getJsonArray("levels")) {
            JsonObject level = value.asJsonObject();
            for (String side : SIDES) {
                if (level.getJsonObject(side).getInt("errors") > 0) {
                    return false;
                }
            }
            JsonObject rows = level.getJsonObject("rowsPerIntake");
            if (!rows.getJsonObject("service").equals(rows.getJsonObject("bare"))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String markdown(JsonObject results) {
        JsonObject parameters = results.getJsonObject("parameters");
        StringBuilder md = new StringBuilder();
        md.append("## Parameters\n\n")
                .append("- Concurrency levels: ").append(parameters.getJsonArray("levels")).append('\n')
                .append("- Intakes per side per level: ").append(parameters.getInt("intakesPerSidePerLevel")).append('\n')
                .append("- Warm-up: ").append(parameters.getInt("warmupIntakesPerSide"))
                .append(" intakes per side at concurrency ").append(parameters.getInt("warmupConcurrency"))
                .append(" (not in the table)\n")
                .append("- Each intake: a new citizen whose wizard draft (3 life areas) was saved beforehand, not measured; "
                        + "submitting it writes the citizen, the intake with 3 questions in 3 domains (Wmo, Jeugd, "
                        + "schuldhulpverlening with eviction threatening) and the wizard's answers, 3 cases with their "
                        + "deadlines (the debts case urgent), consent and first status change per case, a contact moment "
                        + "with its 3 cases, and deletes the draft (rows: see below)\n\n");
        md.append("## How it was measured\n\n")
                .append("- Inside the server: N driver threads from the container's ManagedThreadFactory, all started "
                        + "together, each submitting intakes one after the other (closed loop) until the level's count "
                        + "is done. Latency: System.nanoTime() around one call. Throughput: successful intakes / wall "
                        + "time from the first start to the last end. Percentiles: nearest rank.\n")
                .append("- Service: the EJB call `IntakeService.submit(IntakeSubmission)`, the wizard's \"Send\" "
                        + "(container-managed transaction, Bean Validation, JPA/EclipseLink, the CDI event, the log line). "
                        + "No HTTP, JSF or DigiD in the measured time.\n")
                .append("- Bare: the same rows in one hand-written JDBC transaction per intake on a connection of the "
                        + "same datasource and pool (`java:app/jdbc/frontoffice`), ids in blocks of 50 from the same "
                        + "sequences, one batch per table (`BareIntakeSubmission`).\n")
                .append("- At each level the service side runs first, then the bare side, on the same growing database.\n\n");
        md.append("## Results\n\n")
                .append("Throughput in intakes per second; latencies in milliseconds per intake (one transaction each). "
                        + "Ratio = service / bare (throughput below 1: the service layer is slower).\n\n")
                .append("| Concurrency | Service intakes/s | Service p50 | Service p95 | Service p99 "
                        + "| Bare intakes/s | Bare p50 | Bare p95 | Bare p99 "
                        + "| Throughput ratio | p50 ratio | p99 ratio | Errors |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (JsonValue value : results.getJsonArray("levels")) {
            JsonObject level = value.asJsonObject();
            JsonObject service = level.getJsonObject("service");
            JsonObject bare = level.getJsonObject("bare");
            JsonObject ratio = level.getJsonObject("ratio");
            md.append("| ").append(level.getInt("concurrency"))
                    .append(" | ").append(fmt(service, "throughputPerSecond", 1))
                    .append(" | ").append(fmt(service, "p50Millis", 1))
                    .append(" | ").append(fmt(service, "p95Millis", 1))
                    .append(" | ").append(fmt(service, "p99Millis", 1))
                    .append(" | ").append(fmt(bare, "throughputPerSecond", 1))
                    .append(" | ").append(fmt(bare, "p50Millis", 1))
                    .append(" | ").append(fmt(bare, "p95Millis", 1))
                    .append(" | ").append(fmt(bare, "p99Millis", 1))
                    .append(" | ").append(fmt(ratio, "throughputServiceOverBare", 2))
                    .append(" | ").append(fmt(ratio, "p50ServiceOverBare", 2))
                    .append(" | ").append(fmt(ratio, "p99ServiceOverBare", 2))
                    .append(" | ").append(service.getInt("errors") + bare.getInt("errors"))
                    .append(" |\n");
        }
        md.append("\n## Rows written per intake\n\n")
                .append("Counted in the database before and after each run (drafts: -1 = deleted by the submission). "
                        + "Service and bare must write the same rows for the comparison to be like for like.\n\n");
        JsonObject first = results.getJsonArray("levels").getJsonObject(0).getJsonObject("rowsPerIntake");
        md.append("| Table | Service | Bare |\n|---|---:|---:|\n");
        for (String table : first.getJsonObject("service").keySet()) {
            md.append("| ").append(table)
                    .append(" | ").append(first.getJsonObject("service").get(table))
                    .append(" | ").append(first.getJsonObject("bare").get(table)).append(" |\n");
        }
        boolean same = true;
        for (JsonValue value : results.getJsonArray("levels")) {
            JsonObject rows = value.asJsonObject().getJsonObject("rowsPerIntake");
            same &= rows.getJsonObject("service").equals(rows.getJsonObject("bare"));
        }
        md.append('\n').append(same ? "Both sides wrote the same rows at every level.\n"
                : "**The sides wrote different rows at some level: see the JSON file.**\n");
        md.append("\nSame content (ids, references, keys and times left out, every intake of either side alike): ");
        JsonObject contentCheck = results.getJsonObject("contentCheck");
        if (contentCheck.getBoolean("passed")) {
            md.append("yes, ").append(contentCheck.getJsonArray("checks").size()).append(" checks passed.\n");
        } else {
            md.append("**no**:\n\n");
            for (JsonValue value : contentCheck.getJsonArray("checks")) {
                JsonObject check = value.asJsonObject();
                if (!check.getBoolean("passed")) {
                    md.append("- ").append(check.getString("check")).append(": ").append(check.getJsonNumber("actual"))
                            .append(", expected ").append(check.getJsonNumber("expected")).append('\n');
                }
            }
        }
        for (JsonValue value : results.getJsonArray("levels")) {
            JsonObject level = value.asJsonObject();
            for (String side : SIDES) {
                JsonObject result = level.getJsonObject(side);
                if (result.containsKey("firstError")) {
                    md.append("\nFirst error at concurrency ").append(level.getInt("concurrency")).append(", ")
                            .append(side).append(": `").append(result.getString("firstError")).append("`\n");
                }
            }
        }
        return md.toString();
    }

    private static String line(JsonObject result) {
        return String.format(Locale.ROOT, "%7.1f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%s",
                result.getJsonNumber("throughputPerSecond").doubleValue(),
                result.getJsonNumber("p50Millis").doubleValue(),
                result.getJsonNumber("p95Millis").doubleValue(),
                result.getJsonNumber("p99Millis").doubleValue(),
                result.getInt("errors") > 0 ? "  ERRORS " + result.getInt("errors") + ": " + result.getString("firstError", "") : "");
    }

    private static JsonObject withoutLatencies(JsonObject answer) {
        var result = Json.createObjectBuilder(answer.getJsonObject("result")).remove("latenciesMicros");
        return Json.createObjectBuilder(answer).add("result", result).build();
    }

    private static double ratio(JsonObject service, JsonObject bare, String key) {
        double denominator = bare.getJsonNumber(key).doubleValue();
        return denominator <= 0 ? -1 : Math.round(service.getJsonNumber(key).doubleValue() / denominator * 1000) / 1000.0;
    }

    private static String fmt(JsonObject object, String key, int decimals) {
        JsonNumber number = object.getJsonNumber(key);
        return String.format(Locale.ROOT, "%." + decimals + "f", number.doubleValue());
    }
}
