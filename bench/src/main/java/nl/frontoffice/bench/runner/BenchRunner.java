package nl.frontoffice.bench.runner;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * Runs one benchmark from start to end: {@code BenchRunner <suite> [options]}.
 *
 * <ol>
 * <li>drops and creates the database ({@code --db frontoffice_bench}) on PostgreSQL
 *     ({@code --pg-host 127.0.0.1 --pg-port 5432 --pg-user postgres}, trust authentication);</li>
 * <li>starts Payara Micro ({@code target/payara-micro.jar}) with {@code target/bench.war}; the
 *     application's own Flyway migration creates the schema at deployment;</li>
 * <li>runs the suite over HTTP on 127.0.0.1;</li>
 * <li>writes {@code <date>-<suite>-<machine tag>.md} and {@code .json} to {@code --results bench/results};</li>
 * <li>stops the server and drops the database (keep it with {@code --keep-db}).</li>
 * </ol>
 * Other options: {@code --code <text>} (what code was measured, when not run from a git work tree),
 * {@code --log-statements} (PostgreSQL logs every statement in the benchmark database,
 * to see what a call writes; slows the run), {@code --bench-dir bench}, {@code --tag <machine tag>},
 * {@code --server-heap 1g}, {@code --start-timeout 300} (seconds); a suite has its own.
 */
public final class BenchRunner {

    private BenchRunner() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        Suite suite;
        try {
            options = Options.parse(args);
            if ("generate".equals(options.suite)) {
                System.exit(generate(options) ? 0 : 1);
                return;
            }
            suite = suite(options.suite);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: bench/run.sh intake [--levels 1,2,4,8,16] [--count 2000] [--warmup 1000] ...");
            System.err.println("       bench/run.sh generate [--citizens 100000] [--cases 1000000] [--db frontoffice_bench_bo]");
            System.err.println("       bench/run.sh backoffice [--count 300] [--warmup 100] [--db frontoffice_bench_bo] ...");
            System.exit(2);
            return;
        }
        System.exit(run(options, suite) ? 0 : 1);
    }

    /**
     * {@code generate}: makes the back-office benchmark's database ({@link BackofficeData}) and keeps it;
     * {@code --citizens}, {@code --cases}, {@code --db}, {@code --server-heap}, {@code --pg-*}.
     */
    private static boolean generate(Options options) throws Exception {
        BackofficeSuite suite = new BackofficeSuite();
        Path benchDir = options.path("bench-dir", Path.of("bench")).toAbsolutePath().normalize();
        Database database = database(options, suite);
        List<String> jvmOptions = jvmOptions(options, suite);
        try {
            BackofficeData.generate(database, BackofficeData.Size.of(options), benchDir.resolve("target"), jvmOptions,
                    Duration.ofSeconds(options.intValue("start-timeout", 300)), System.out);
            System.out.println("==> Kept database " + database.name + ": bench/run.sh backoffice reuses it");
            return true;
        } catch (IllegalStateException | java.sql.SQLException e) {
            System.out.println("==> FAILED: " + e.getMessage());
            return false;
        }
    }

    private static Database database(Options options, Suite suite) {
        return new Database(options.text("pg-host", "127.0.0.1"), options.intValue("pg-port", 5432),
                options.text("pg-user", "postgres"), options.text("db", suite.defaultDatabase()));
    }

    private static List<String> jvmOptions(Options options, Suite suite) {
        String heap = options.text("server-heap", "1g");
        List<String> jvmOptions = new ArrayList<>(List.of("-Xms" + heap, "-Xmx" + heap));
        jvmOptions.addAll(suite.serverJvmOptions());
        return jvmOptions;
    }

    /** The suites there are; a new benchmark is added here. */
    static Suite suite(String name) {
        return switch (name) {
            case "intake" -> new IntakeSuite();
            case "backoffice" -> new BackofficeSuite();
            default -> throw new IllegalArgumentException("Unknown benchmark '" + name + "'; known: intake, backoffice, generate");
        };
    }

    private static boolean run(Options options, Suite suite) throws Exception {
        Path benchDir = options.path("bench-dir", Path.of("bench")).toAbsolutePath().normalize();
        Path target = benchDir.resolve("target");
        Path results = options.path("results", benchDir.resolve("results")).toAbsolutePath().normalize();
        Path workDir = target.resolve("run-" + suite.name());
        Database database = database(options, suite);
        List<String> jvmOptions = jvmOptions(options, suite);
        boolean keepDatabase = suite.keepsDatabase() || options.flag("keep-db");
        Machine machine = Machine.detect();
        ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
        String loadBefore = loadAverage();

        System.out.println("==> " + suite.title() + " on " + machine.cpuModel() + " (" + machine.logicalCpus() + " CPUs)");
        if (suite.keepsDatabase()) {
            suite.prepareDatabase(database, target, jvmOptions, options, System.out);
        } else {
            System.out.println("==> Creating database " + database.name);
            database.recreate(options.flag("log-statements"));
        }
        MicroServer server = null;
        Thread cleanup = null;
        try {
            System.out.println("==> Starting Payara Micro (log: " + workDir.resolve("server.log") + ")");
            long start = System.nanoTime();
            server = MicroServer.start(target.resolve("payara-micro.jar"), target.resolve("bench.war"), workDir, database,
                    jvmOptions, Duration.ofSeconds(options.intValue("start-timeout", 300)));
            MicroServer running = server;
            // interrupted (Ctrl-C): stop the server and drop the database all the same
            cleanup = new Thread(() -> {
                running.close();
                if (!keepDatabase) {
                    try {
                        database.drop();
                    } catch (java.sql.SQLException e) {
                        System.err.println("Could not drop database " + database.name + ": " + e.getMessage());
                    }
                }
            }, "bench-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup);
            JsonObject serverInfo = server.describe();
            System.out.printf(Locale.ROOT, "==> Ready after %.1f s: %s, schema version %s%n",
                    (System.nanoTime() - start) / 1e9, serverInfo.getString("server"), serverInfo.getString("schemaVersion"));

            JsonObject suiteResults = suite.run(server, options, System.out);
            boolean passed = suite.passed(suiteResults);

            JsonObject report = Json.createObjectBuilder()
                    .add("benchmark", suite.name())
                    .add("title", suite.title())
                    .add("startedAt", started.toString())
                    .add("finishedAt", ZonedDateTime.now(ZoneOffset.UTC).toString())
                    .add("machine", Json.createObjectBuilder(machine.toJson())
                            .add("loadAverageBefore", loadBefore)
                            .add("loadAverageAfter", loadAverage()))
                    .add("software", Json.createObjectBuilder(serverInfo)
                            .add("payara", MicroServer.version(target.resolve("payara-micro.jar")))
                            .add("code", options.text("code", codeVersion(benchDir.getParent())))
                            .add("runnerJava", System.getProperty("java.runtime.version"))
                            .add("serverJvmOptions", String.join(" ", jvmOptions))
                            .add("database", database.name))
                    .add("databaseKept", suite.keepsDatabase())
                    .add("options", Json.createObjectBuilder(Map.<String, Object>copyOf(options.all())))
                    .add("passed", passed)
                    .addAll(Json.createObjectBuilder(suiteResults))
                    .build();
            Files.createDirectories(results);
            String base = uniqueBase(results, started.format(DateTimeFormatter.ISO_LOCAL_DATE) + "-" + suite.name() + "-"
                    + options.text("tag", machine.tag()));
            Path json = results.resolve(base + ".json");
            Path md = results.resolve(base + ".md");
            Files.writeString(json, pretty(report), StandardCharsets.UTF_8);
            Files.writeString(md, markdown(report, suite, suiteResults, json.getFileName().toString()), StandardCharsets.UTF_8);
            System.out.println("==> Results: " + md + " and " + json.getFileName());
            if (!passed) {
                System.out.println("==> FAILED: errors, or the sides wrote different rows or content (see the results)");
            }
            return passed;
        } finally {
            if (server != null) {
                System.out.println("==> Stopping Payara Micro");
                server.close();
                // the server's runtime files are large; its log stays for a look afterwards
                MicroServer.deleteRecursively(workDir.resolve("micro-root"));
                MicroServer.deleteRecursively(workDir.resolve("tmp"));
                if (cleanup != null) {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                }
            }
            if (keepDatabase) {
                System.out.println("==> Keeping database " + database.name);
            } else {
                System.out.println("==> Dropping database " + database.name);
                database.drop();
            }
        }
    }

    /**
     * The commit the measured code was built from, and whether the application modules had
     * uncommitted changes then; "unknown" outside a git work tree.
     */
    static String codeVersion(Path root) {
        try {
            String commit = git(root, "rev-parse", "--short=12", "HEAD").strip();
            // result files are not code: bench/results/ is left out
            String changes = git(root, "status", "--porcelain", "--", "domain-model", "intake-ejb", "bench", ":!bench/results",
                    "pom.xml").strip();
            return commit.isEmpty() ? "unknown"
                    : commit + (changes.isEmpty() ? "" : " with uncommitted changes in domain-model, intake-ejb or bench");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String git(Path root, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor() == 0 ? out : "";
    }

    /** The first three fields of /proc/loadavg, or "unknown". */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String uniqueBase(Path directory, String base) {
        String candidate = base;
        for (int i = 2; Files.exists(directory.resolve(candidate + ".md")) || Files.exists(directory.resolve(candidate + ".json")); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }

    private static String markdown(JsonObject report, Suite suite, JsonObject suiteResults, String jsonFile) {
        JsonObject machine = report.getJsonObject("machine");
        JsonObject software = report.getJsonObject("software");
        StringBuilder md = new StringBuilder();
        md.append("# ").append(suite.title()).append(" (").append(report.getString("startedAt"), 0, 10).append(")\n\n")
                .append("- Date: ").append(report.getString("startedAt")).append(" to ").append(report.getString("finishedAt")).append('\n')
                .append("- Machine: ").append(machine.getString("cpuModel")).append(", ").append(machine.getInt("logicalCpus"))
                .append(" logical CPUs, ").append(String.format(Locale.ROOT, "%.1f GiB RAM",
                        machine.getJsonNumber("ramBytes").longValue() / (1024.0 * 1024 * 1024)))
                .append(", ").append(machine.getString("os")).append(" (").append(machine.getString("kernel"))
                .append(", ").append(machine.getString("arch")).append("), tag `").append(machine.getString("tag")).append("`\n")
                .append("- Load average (1, 5, 15 min) before / after: ").append(machine.getString("loadAverageBefore"))
                .append(" / ").append(machine.getString("loadAverageAfter"))
                .append(" (before: other work on the machine, which skews the numbers; after: includes the benchmark's own)\n")
                .append("- Java: ").append(software.getString("javaVersion")).append(" (").append(software.getString("javaVendor"))
                .append("), server JVM options `").append(software.getString("serverJvmOptions")).append("`\n")
                .append("- Application server: ").append(software.getString("payara"))
                .append(", one instance, application datasource pool of 2-32 connections\n")
                .append("- Database: ").append(software.getString("databaseVersion")).append(", JDBC driver ")
                .append(software.getString("jdbcDriver")).append(", schema version ").append(software.getString("schemaVersion"))
                .append(report.getBoolean("databaseKept") ? ", kept database `" : ", fresh database `")
                .append(software.getString("database")).append("`\n")
                .append("- Code: ").append(software.getString("code")).append('\n')
                .append("- Command: `bench/run.sh ").append(suite.name());
        report.getJsonObject("options").forEach((name, value) -> {
            String text = ((jakarta.json.JsonString) value).getString();
            md.append(" --").append(name).append("true".equals(text) ? ""
                    : text.matches("[A-Za-z0-9_.,:/=-]+") ? " " + text : " '" + text.replace("'", "'\\''") + "'");
        });
        md.append("`\n- Raw numbers (every latency): `").append(jsonFile).append("`\n")
                .append("- Outcome: ").append(report.getBoolean("passed") ? "passed: no errors, both sides wrote the same rows and content"
                        : "**FAILED**: errors, or the sides wrote different rows or content (see below)")
                .append("\n\n");
        md.append(suite.markdown(suiteResults));
        return md.toString();
    }

    private static String pretty(JsonObject json) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(json);
        }
        // arrays of numbers (the raw latencies) on one line each, not one number per line; a plain scan, since a
        // regular expression over thousands of numbers overflows the stack
        String text = out.toString();
        StringBuilder compact = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = c == '[' ? text.indexOf(']', i) : -1;
            if (end > 0 && isNumberList(text, i + 1, end)) {
                compact.append('[');
                for (int j = i + 1; j < end; j++) {
                    if (!Character.isWhitespace(text.charAt(j))) {
                        compact.append(text.charAt(j));
                    }
                }
                compact.append(']');
                i = end + 1;
            } else {
                compact.append(c);
                i++;
            }
        }
        return compact.toString().strip() + "\n";
    }

    /** @return whether text[from, to) holds only numbers, commas and white space, with at least one digit */
    private static boolean isNumberList(String text, int from, int to) {
        boolean digit = false;
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (!(Character.isWhitespace(c) || c == ',' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return digit;
    }
}
