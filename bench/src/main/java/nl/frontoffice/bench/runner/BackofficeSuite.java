package nl.frontoffice.bench.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The back-office benchmark (issue 5, "Scale"): on the kept database of {@link BackofficeData} (100,000
 * citizens, 1,000,000 cases; generated first when it is missing or of another size), each operation of
 * {@code nl.frontoffice.bench.backoffice.BackofficeOperation} through the services as its staff member,
 * next to bare JDBC fetching the same rows, one after the other inside the server; after a check that
 * both sides return the same rows and a warm-up of both.
 *
 * <p>Options: {@code --count 300} (calls per side per operation), {@code --warmup 100},
 * {@code --concurrency 1}, {@code --operations worklist-page,...} (default all), {@code --citizens},
 * {@code --cases} (the data's size; default 100,000 and 1,000,000), {@code --regenerate} (make the data
 * again even when it is there).
 */
final class BackofficeSuite implements Suite {

    static final int DEFAULT_COUNT = 300;
    static final int DEFAULT_WARMUP = 100;
    /** The worklist target of issue 5: p95 under 100 ms for a page. */
    static final double WORKLIST_TARGET_P95_MILLIS = 100;
    static final List<String> OPERATIONS = List.of("worklist-page", "worklist-page-two-domains", "worklist-filtered",
            "timeline-typical", "timeline-large");
    private static final List<String> SIDES = List.of("service", "bare");

    private String dataDescription = "";
    private JsonObject dataSummary = JsonValue.EMPTY_JSON_OBJECT;

    @Override
    public String name() {
        return "backoffice";
    }

    @Override
    public String title() {
        return "Back office at scale: worklist and citizen timeline, service layer vs bare JDBC";
    }

    @Override
    public String defaultDatabase() {
        return BackofficeData.DEFAULT_DB;
    }

    @Override
    public boolean keepsDatabase() {
        return true;
    }

    @Override
    public List<String> serverJvmOptions() {
        // the deadline watch would flag and mail overdue cases every 15 minutes: it would change the kept data
        // and run during the measurement
        return List.of("-Dfrontoffice.deadline-watch.enabled=false");
    }

    @Override
    public void prepareDatabase(Database database, Path target, List<String> jvmOptions, Options options,
                                PrintStream progress) throws IOException, InterruptedException, SQLException {
        BackofficeData.Size size = BackofficeData.Size.of(options);
        var present = options.flag("regenerate") ? java.util.Optional.<String>empty() : BackofficeData.present(database, size);
        if (present.isPresent()) {
            progress.println("==> Reusing database " + database.name + " (" + present.get() + ")");
        } else {
            progress.println("==> No data of this size in " + database.name + ": generating it (bench/run.sh generate)");
            BackofficeData.generate(database, size, target, jvmOptions, Duration.ofSeconds(options.intValue("start-timeout", 300)),
                    progress);
        }
        dataDescription = database.comment().orElse("");
        progress.println("==> Describing the data");
        dataSummary = BackofficeData.summary(database);
    }

    @Override
    public JsonObject run(MicroServer server, Options options, PrintStream progress) throws IOException, InterruptedException {
        int count = options.intValue("count", DEFAULT_COUNT);
        int warmup = options.intValue("warmup", DEFAULT_WARMUP);
        int concurrency = options.intValue("concurrency", 1);
        List<String> operations = options.text("operations", null) == null ? OPERATIONS
                : Arrays.stream(options.text("operations", "").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (count < 1 || warmup < 0 || concurrency < 1 || operations.isEmpty() || !OPERATIONS.containsAll(operations)) {
            throw new IllegalArgumentException("--count at least 1, --warmup 0 or more, --concurrency at least 1, --operations of "
                    + OPERATIONS);
        }
        Duration timeout = Duration.ofMinutes(60);
        progress.print("choosing the citizens of the timelines ... ");
        JsonObject prepared = server.post("backoffice/prepare", timeout);
        progress.println("done");
        Map<String, JsonObject> byCode = new java.util.HashMap<>();
        for (JsonValue value : prepared.getJsonArray("operations")) {
            byCode.put(value.asJsonObject().getString("operation"), value.asJsonObject());
        }

        JsonArrayBuilder results = Json.createArrayBuilder();
        for (String code : operations) {
            JsonObject operation = byCode.get(code);
            Map<String, String> caller = Map.of("X-Bench-Staff", operation.getString("caller"));
            progress.printf("%-26s check: same rows on both sides ... ", code);
            JsonObject check = server.post("backoffice/check?operation=" + code, timeout, caller);
            progress.println(check.getBoolean("passed") ? "yes" : "NO: " + check.getString("firstDifference", ""));
            var entry = Json.createObjectBuilder(operation).add("check", check);
            if (warmup > 0) {
                var warmups = Json.createObjectBuilder();
                for (String side : SIDES) {
                    JsonObject answer = server.post("backoffice/run?operation=" + code + "&side=" + side + "&count=" + warmup
                            + "&concurrency=" + concurrency, timeout, caller);
                    warmups.add(side, Json.createObjectBuilder(answer.getJsonObject("result")).remove("latenciesMicros"));
                }
                entry.add("warmup", warmups);
            }
            JsonObject[] bySide = new JsonObject[SIDES.size()];
            for (int i = 0; i < SIDES.size(); i++) {
                String side = SIDES.get(i);
                progress.printf("%-26s %-7s %5d calls ... ", code, side, count);
                bySide[i] = server.post("backoffice/run?operation=" + code + "&side=" + side + "&count=" + count
                        + "&concurrency=" + concurrency, timeout, caller).getJsonObject("result");
                progress.println(line(bySide[i]));
                entry.add(side, bySide[i]);
            }
            entry.add("ratio", Json.createObjectBuilder()
                    .add("p50ServiceOverBare", ratio(bySide[0], bySide[1], "p50Millis"))
                    .add("p95ServiceOverBare", ratio(bySide[0], bySide[1], "p95Millis"))
                    .add("p99ServiceOverBare", ratio(bySide[0], bySide[1], "p99Millis")));
            if (code.startsWith("worklist")) {
                entry.add("targetP95Millis", WORKLIST_TARGET_P95_MILLIS)
                        .add("targetMet", bySide[0].getJsonNumber("p95Millis").doubleValue() < WORKLIST_TARGET_P95_MILLIS);
            }
            results.add(entry);
        }
        return Json.createObjectBuilder()
                .add("parameters", Json.createObjectBuilder()
                        .add("callsPerSidePerOperation", count)
                        .add("warmupCallsPerSide", warmup)
                        .add("concurrency", concurrency)
                        .add("worklistPageSize", 20))
                .add("data", Json.createObjectBuilder().add("description", dataDescription).add("summary", dataSummary)
                        .add("timelineCitizens", prepared.getJsonObject("citizens")))
                .add("operations", results)
                .build();
    }

    @Override
    public boolean passed(JsonObject results) {
        for (JsonValue value : results.getJsonArray("operations")) {
            JsonObject operation = value.asJsonObject();
            if (!operation.getJsonObject("check").getBoolean("passed")) {
                return false;
            }
            for (String side : SIDES) {
                if (operation.getJsonObject(side).getInt("errors") > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String markdown(JsonObject results) {
        JsonObject parameters = results.getJsonObject("parameters");
        JsonObject data = results.getJsonObject("data");
        JsonObject summary = data.getJsonObject("summary");
        StringBuilder md = new StringBuilder();
        md.append("## Data\n\n")
                .append("- Database: ").append(data.getString("description")).append('\n');
        if (summary.containsKey("rows")) {
            md.append("- Rows: ");
            List<String> rows = new ArrayList<>();
            summary.getJsonObject("rows").forEach((table, number) -> rows.add(table + " " + number));
            md.append(String.join(", ", rows)).append('\n');
            md.append("- Open cases: ").append(pairs(summary.getJsonObject("openCases"))).append('\n')
                    .append("- Cases by domain: ").append(pairs(summary.getJsonObject("casesByDomain"))).append('\n')
                    .append("- Open cases by domain and status: ").append(pairs(summary.getJsonObject("openCasesByStatus"))).append('\n')
                    .append("- History entries by kind: ").append(pairs(summary.getJsonObject("historyByKind"))).append('\n')
                    .append("- Contact moments by channel: ").append(pairs(summary.getJsonObject("contactMomentsByChannel"))).append('\n')
                    .append("- Cases per citizen: ").append(pairs(summary.getJsonObject("casesPerCitizen"))).append('\n');
        }
        JsonObject citizens = data.getJsonObject("timelineCitizens");
        md.append("- Timeline citizens, typical (median number of cases, taking turns): ").append(pairs(citizens.getJsonObject("typical")))
                .append('\n')
                .append("- Timeline citizens, large (the largest histories, taking turns): ").append(pairs(citizens.getJsonObject("large")))
                .append("\n\n");
        md.append("## How it was measured\n\n")
                .append("- Inside the server, ").append(parameters.getInt("concurrency"))
                .append(" driver thread(s) (closed loop, each call after the other), running as the operation's staff member: "
                        + "the benchmark WAR logs the runner's request in as that staff member (Jakarta Security, his roles from "
                        + "the database as groups) and the driver threads carry that identity (ContextService), so "
                        + "`@RolesAllowed`, the team checks and the audit trail see a real caller. Latency: System.nanoTime() "
                        + "around one call; percentiles nearest rank. No HTTP or JSF in the measured time.\n")
                .append("- Service, worklist: what `WorklistView` does for the first page, two calls of "
                        + "`CaseHandlingService.worklist`: the lazy model's count (a page of one row, read for its total) and "
                        + "its load (the first ").append(parameters.getInt("worklistPageSize"))
                .append(" rows by deadline). Bare: the caller's domains, then per domain a count and the first page "
                        + "(`ORDER BY deadline, id LIMIT 20`) on a connection of the same pool, merged.\n")
                .append("- Service, timeline: `CitizenViewService.timeline(bsn, phone contact)` as a KCC member, including its "
                        + "audit row. Bare: in one transaction the same audit row, the caller's teams, and five queries "
                        + "(contact moments with their cases, the intakes' cases, intakes with their questions' domains, "
                        + "cases with their history, callback requests), built into the same items and sorted.\n")
                .append("- Before measuring, each operation is run on both sides for several inputs and the results are compared "
                        + "(total and every row/item): `check` below. Then a warm-up of ").append(parameters.getInt("warmupCallsPerSide"))
                .append(" calls per side, then ").append(parameters.getInt("callsPerSidePerOperation"))
                .append(" measured calls of the service side, then of the bare side.\n")
                .append("- The deadline watch timer is off during the run (it would change the kept data).\n")
                .append("- The machine is shared: the server, PostgreSQL and the runner share its CPUs with whatever else runs "
                        + "(other builds and tests on a developer machine); the load average before and after (above) shows "
                        + "how busy it was. Compare runs at a similar load only.\n\n");
        md.append("## Results\n\n")
                .append("Latency in milliseconds per call (a worklist page: both calls). Ratio = service / bare. "
                        + "Target (issue 5): p95 under ").append((int) WORKLIST_TARGET_P95_MILLIS)
                .append(" ms for a worklist page.\n\n")
                .append("| Operation | Rows (avg) | Service p50 | Service p95 | Service p99 | Bare p50 | Bare p95 | Bare p99 "
                        + "| p50 ratio | p95 ratio | p99 ratio | Target p95 < 100 ms | Same rows | Errors |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|\n");
        for (JsonValue value : results.getJsonArray("operations")) {
            JsonObject operation = value.asJsonObject();
            JsonObject service = operation.getJsonObject("service");
            JsonObject bare = operation.getJsonObject("bare");
            JsonObject ratio = operation.getJsonObject("ratio");
            JsonObject check = operation.getJsonObject("check");
            md.append("| ").append(operation.getString("operation"))
                    .append(" | ").append(String.format(Locale.ROOT, "%.0f", check.getJsonNumber("avgRows").doubleValue()))
                    .append(operation.getString("operation").startsWith("worklist")
                            ? String.format(Locale.ROOT, " of %.0f", check.getJsonNumber("avgTotal").doubleValue()) : " items")
                    .append(" | ").append(fmt(service, "p50Millis", 1))
                    .append(" | ").append(fmt(service, "p95Millis", 1))
                    .append(" | ").append(fmt(service, "p99Millis", 1))
                    .append(" | ").append(fmt(bare, "p50Millis", 1))
                    .append(" | ").append(fmt(bare, "p95Millis", 1))
                    .append(" | ").append(fmt(bare, "p99Millis", 1))
                    .append(" | ").append(fmt(ratio, "p50ServiceOverBare", 2))
                    .append(" | ").append(fmt(ratio, "p95ServiceOverBare", 2))
                    .append(" | ").append(fmt(ratio, "p99ServiceOverBare", 2))
                    .append(" | ").append(operation.containsKey("targetMet") ? (operation.getBoolean("targetMet") ? "met" : "**missed**") : "-")
                    .append(" | ").append(check.getBoolean("passed") ? "yes (" + check.getInt("same") + "/" + check.getInt("inputs") + ")"
                            : "**no**")
                    .append(" | ").append(service.getInt("errors") + bare.getInt("errors"))
                    .append(" |\n");
        }
        md.append("\nOperations:\n\n");
        for (JsonValue value : results.getJsonArray("operations")) {
            JsonObject operation = value.asJsonObject();
            md.append("- `").append(operation.getString("operation")).append("` as `").append(operation.getString("caller"))
                    .append("`: ").append(operation.getString("description")).append('\n');
        }
        for (JsonValue value : results.getJsonArray("operations")) {
            JsonObject operation = value.asJsonObject();
            if (operation.getJsonObject("check").containsKey("firstDifference")) {
                md.append("\nDifference in `").append(operation.getString("operation")).append("`: `")
                        .append(operation.getJsonObject("check").getString("firstDifference")).append("`\n");
            }
            for (String side : SIDES) {
                if (operation.getJsonObject(side).containsKey("firstError")) {
                    md.append("\nFirst error in `").append(operation.getString("operation")).append("`, ").append(side)
                            .append(": `").append(operation.getJsonObject(side).getString("firstError")).append("`\n");
                }
            }
        }
        return md.toString();
    }

    private static String pairs(JsonObject object) {
        List<String> parts = new ArrayList<>();
        object.forEach((key, value) -> parts.add(key.replace('_', ' ') + " " + value));
        return String.join(", ", parts);
    }

    private static String line(JsonObject result) {
        return String.format(Locale.ROOT, "p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms%s",
                result.getJsonNumber("p50Millis").doubleValue(),
                result.getJsonNumber("p95Millis").doubleValue(),
                result.getJsonNumber("p99Millis").doubleValue(),
                result.getInt("errors") > 0 ? "  ERRORS " + result.getInt("errors") + ": " + result.getString("firstError", "") : "");
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
