package nl.frontoffice.bench.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.postgresql.PGConnection;

/**
 * The data of the back-office benchmark: by default 100,000 citizens and 1,000,000 cases with their
 * history, intakes, contact moments and callback requests, in a database that is kept between runs
 * ({@code frontoffice_bench_bo}). {@code bench/run.sh generate} makes it; {@code bench/run.sh backoffice}
 * reuses it when its size matches (the database's comment says how it was made), else makes it first.
 *
 * <p>How: the database is created empty and Payara Micro is started once with the benchmark WAR, so the
 * application's own Flyway migrations make the schema; then the citizens are copied in (unique valid
 * BSNs from {@link BsnSequence}, COPY) and {@code backoffice-data.sql} generates the rest set-based in
 * PostgreSQL (generate_series) and moves every sequence past the generated ids. Afterwards
 * {@link #verify} checks counts, links, histories, a sample of BSNs and the sequences, and the
 * generation fails (exit 1) when anything is off.
 */
final class BackofficeData {

    static final String DEFAULT_DB = "frontoffice_bench_bo";
    static final int DEFAULT_CITIZENS = 100_000;
    static final int DEFAULT_CASES = 1_000_000;
    /** Citizens 1..HEAVY get every 1000th intake: a large history. */
    static final int HEAVY = 10;
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String MARK = "frontoffice bench data";
    private static final String SCRIPT = "backoffice-data.sql";

    /** The sequences the generator fills, with their tables. */
    static final Map<String, String> SEQUENCES = Map.of("citizen_seq", "citizen", "staff_member_seq", "staff_member",
            "intake_seq", "intake", "intake_question_seq", "intake_question", "case_file_seq", "case_file",
            "case_status_change_seq", "case_status_change", "contact_moment_seq", "contact_moment",
            "callback_request_seq", "callback_request");

    /** How much data: citizens and cases. */
    record Size(int citizens, int cases) {

        Size {
            if (citizens < 100 * HEAVY || cases < citizens / 10 || cases > 20_000_000) {
                throw new IllegalArgumentException("--citizens at least " + 100 * HEAVY
                        + ", --cases at least a tenth of that and at most 20,000,000");
            }
        }

        static Size of(Options options) {
            return new Size(options.intValue("citizens", DEFAULT_CITIZENS), options.intValue("cases", DEFAULT_CASES));
        }

        String prefix() {
            return MARK + ": citizens=" + citizens + ", cases=" + cases + ", ";
        }
    }

    private BackofficeData() {
    }

    /** @return the description of kept data of this size in the database, if it is there */
    static Optional<String> present(Database database, Size size) throws SQLException {
        if (!database.exists()) {
            return Optional.empty();
        }
        return database.comment().filter(comment -> comment.startsWith(size.prefix()));
    }

    /**
     * Makes the database afresh: schema by the application's migrations (one start of Payara Micro), data,
     * checks, and the comment that marks it as complete.
     *
     * @throws IllegalStateException when the checks fail
     */
    static void generate(Database database, Size size, Path target, List<String> jvmOptions, Duration startTimeout,
                         PrintStream out) throws IOException, InterruptedException, SQLException {
        long start = System.nanoTime();
        out.println("==> Creating database " + database.name + " (" + size.citizens() + " citizens, " + size.cases() + " cases)");
        database.recreate(false);
        out.println("==> Migrating the schema: starting Payara Micro with the application once");
        try (MicroServer server = MicroServer.start(target.resolve("payara-micro.jar"), target.resolve("bench.war"),
                target.resolve("run-generate"), database, jvmOptions, startTimeout)) {
            out.println("    schema version " + server.describe().getString("schemaVersion"));
        }
        MicroServer.deleteRecursively(target.resolve("run-generate").resolve("micro-root"));
        LocalDate today = LocalDate.now(ZONE);
        load(database, size, today, out);
        out.println("==> Checking the data");
        List<String> failures = verify(database, size, out);
        if (!failures.isEmpty()) {
            failures.forEach(failure -> out.println("    FAILED: " + failure));
            throw new IllegalStateException("The generated data is not right: " + String.join("; ", failures));
        }
        database.comment(size.prefix() + "day=" + today + ", made " + ZonedDateTime.now(ZONE).toLocalDateTime()
                .withNano(0).toString().replace('T', ' '));
        out.printf(Locale.ROOT, "==> Data ready in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static void load(Database database, Size size, LocalDate today, PrintStream out) throws SQLException, IOException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            long begin = System.nanoTime();
            copyCitizens(connection, size.citizens());
            out.printf(Locale.ROOT, "    citizens (unique valid BSNs, COPY) %6.1f s%n", (System.nanoTime() - begin) / 1e9);
            String step = null;
            begin = System.nanoTime();
            for (ScriptStatement sql : statements(script(size, today))) {
                if (sql.step() != null && !sql.step().equals(step)) {
                    if (step != null) {
                        out.printf(Locale.ROOT, "    %-70s %6.1f s%n", step, (System.nanoTime() - begin) / 1e9);
                    }
                    step = sql.step();
                    begin = System.nanoTime();
                }
                statement.execute(sql.text());
            }
            out.printf(Locale.ROOT, "    %-70s %6.1f s%n", step, (System.nanoTime() - begin) / 1e9);
            begin = System.nanoTime();
            // statistics for the planner, and the visibility map for index-only scans, as after autovacuum
            statement.execute("VACUUM ANALYZE");
            out.printf(Locale.ROOT, "    %-70s %6.1f s%n", "VACUUM ANALYZE", (System.nanoTime() - begin) / 1e9);
        }
    }

    /** Citizens 1..n with unique valid BSNs; half gave a phone number, 60 % an e-mail address. */
    private static void copyCitizens(Connection connection, int citizens) throws SQLException, IOException {
        BsnSequence bsns = new BsnSequence();
        Random random = new Random(2026);
        StringBuilder csv = new StringBuilder(citizens * 80);
        ZonedDateTime now = ZonedDateTime.now(ZONE);
        for (int id = 1; id <= citizens; id++) {
            String phone = random.nextDouble() < 0.5 ? String.format(Locale.ROOT, "06%08d", random.nextInt(100_000_000)) : "";
            String email = random.nextDouble() < 0.6 ? "inwoner" + id + "@example.org" : "";
            csv.append(id).append(',').append(bsns.next()).append(',').append(phone).append(',').append(email).append(',')
                    .append(now.minusMinutes(random.nextInt(3 * 365 * 24 * 60)).toOffsetDateTime()).append(",1\n");
        }
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "COPY citizen (id, bsn, phone, email, created_at, version) FROM STDIN (FORMAT csv)",
                new StringReader(csv.toString()));
    }

    static String script(Size size, LocalDate today) throws IOException {
        try (InputStream in = BackofficeData.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException(SCRIPT + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${citizens}", Integer.toString(size.citizens()))
                    .replace("${cases}", Integer.toString(size.cases()))
                    .replace("${heavy}", Integer.toString(HEAVY))
                    .replace("${today}", today.toString());
        }
    }

    /** One statement of the script and the step it belongs to. */
    record ScriptStatement(String step, String text) {
    }

    /**
     * Splits the script: comment lines are dropped ("-- step: name" names the step of the statements
     * after it); a statement ends with a line ending in a semicolon.
     */
    static List<ScriptStatement> statements(String script) {
        List<ScriptStatement> result = new ArrayList<>();
        String step = "settings";
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) {
                if (trimmed.startsWith("-- step:")) {
                    step = trimmed.substring("-- step:".length()).strip();
                }
                continue;
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String text = current.toString().strip();
                result.add(new ScriptStatement(step, text.substring(0, text.length() - 1)));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalArgumentException("The script ends without a semicolon: " + current);
        }
        return result;
    }

    /** A check: the SQL gives one number, which must equal the expected one. */
    private record Check(String name, String sql, long expected) {
    }

    /**
     * Checks the generated data: counts, links (the foreign keys were not enforced during the load),
     * every case's history, a sample of 2,000 BSNs against the eleven test, and the sequences.
     *
     * @return what failed; empty when everything is right
     */
    static List<String> verify(Database database, Size size, PrintStream out) throws SQLException {
        List<Check> checks = List.of(
                new Check("citizens", "SELECT count(*) FROM citizen", size.citizens()),
                new Check("distinct BSNs", "SELECT count(DISTINCT bsn) FROM citizen", size.citizens()),
                new Check("cases", "SELECT count(*) FROM case_file", size.cases()),
                new Check("intakes without a case", "SELECT count(*) FROM intake i WHERE NOT EXISTS "
                        + "(SELECT 1 FROM case_file c WHERE c.intake_id = i.id)", 0),
                new Check("cases of an unknown citizen, intake, type/status or assignee", "SELECT count(*) FROM case_file c"
                        + " LEFT JOIN citizen z ON z.id = c.citizen_id LEFT JOIN intake i ON i.id = c.intake_id"
                        + " LEFT JOIN case_status s ON s.case_type_code = c.case_type_code AND s.code = c.status_code"
                        + " LEFT JOIN staff_member a ON a.id = c.assignee_id"
                        + " WHERE z.id IS NULL OR i.id IS NULL OR s.id IS NULL OR (c.assignee_id IS NOT NULL AND a.id IS NULL)"
                        + " OR i.citizen_id <> c.citizen_id", 0),
                new Check("cases whose first history entry is not their opening", "SELECT count(*) FROM case_file c"
                        + " JOIN LATERAL (SELECT h.from_status_code, h.to_status_code FROM case_status_change h"
                        + " WHERE h.case_file_id = c.id ORDER BY h.changed_at, h.id LIMIT 1) f ON TRUE"
                        + " WHERE f.from_status_code IS NOT NULL OR f.to_status_code <> 'RECEIVED'", 0),
                new Check("cases without history", "SELECT count(*) FROM case_file c WHERE NOT EXISTS "
                        + "(SELECT 1 FROM case_status_change h WHERE h.case_file_id = c.id)", 0),
                new Check("history of unknown cases", "SELECT count(*) FROM case_status_change h"
                        + " LEFT JOIN case_file c ON c.id = h.case_file_id WHERE c.id IS NULL", 0),
                new Check("cases whose last status step is not their status", "SELECT count(*) FROM case_file c"
                        + " JOIN LATERAL (SELECT h.to_status_code FROM case_status_change h WHERE h.case_file_id = c.id"
                        + " AND h.kind = 'STATUS_CHANGED' ORDER BY h.changed_at DESC, h.id DESC LIMIT 1) l ON TRUE"
                        + " WHERE l.to_status_code <> c.status_code", 0),
                new Check("questions of unknown intakes or cases, or another intake's case", "SELECT count(*) FROM intake_question q"
                        + " LEFT JOIN intake i ON i.id = q.intake_id LEFT JOIN case_file c ON c.id = q.case_file_id"
                        + " WHERE i.id IS NULL OR c.id IS NULL OR c.intake_id <> q.intake_id OR c.domain_code <> q.domain_code", 0),
                new Check("contact moments of unknown citizens", "SELECT count(*) FROM contact_moment m"
                        + " LEFT JOIN citizen z ON z.id = m.citizen_id WHERE z.id IS NULL", 0),
                new Check("contact moment links to unknown moments or another citizen's case", "SELECT count(*) FROM contact_moment_case l"
                        + " LEFT JOIN contact_moment m ON m.id = l.contact_moment_id LEFT JOIN case_file c ON c.id = l.case_file_id"
                        + " WHERE m.id IS NULL OR c.id IS NULL OR c.citizen_id <> m.citizen_id", 0),
                new Check("callback requests of unknown citizens or teams", "SELECT count(*) FROM callback_request r"
                        + " LEFT JOIN citizen z ON z.id = r.citizen_id LEFT JOIN team t ON t.id = r.team_id"
                        + " WHERE z.id IS NULL OR t.id IS NULL", 0),
                new Check("staff without a team or role", "SELECT count(*) FROM staff_member s WHERE NOT EXISTS"
                        + " (SELECT 1 FROM staff_team t WHERE t.staff_member_id = s.id)"
                        + " OR NOT EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_member_id = s.id)", 0));
        List<String> failures = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (Check check : checks) {
                long actual = single(statement, check.sql());
                boolean passed = actual == check.expected();
                out.printf(Locale.ROOT, "    %-75s %s%n", check.name() + ": " + actual, passed ? "ok" : "expected " + check.expected());
                if (!passed) {
                    failures.add(check.name() + ": " + actual + ", expected " + check.expected());
                }
            }
            int sampled = 0;
            int invalid = 0;
            try (ResultSet bsns = statement.executeQuery("SELECT bsn FROM citizen ORDER BY random() LIMIT 2000")) {
                while (bsns.next()) {
                    sampled++;
                    if (!BsnSequence.isValid(bsns.getString(1))) {
                        invalid++;
                    }
                }
            }
            out.printf(Locale.ROOT, "    %-75s %s%n", "sample of BSNs passing the eleven test: " + (sampled - invalid) + " of " + sampled,
                    invalid == 0 && sampled > 0 ? "ok" : "FAILED");
            if (invalid > 0 || sampled == 0) {
                failures.add(invalid + " of " + sampled + " sampled BSNs fail the eleven test");
            }
            for (Map.Entry<String, String> sequence : SEQUENCES.entrySet()) {
                long maxId = single(statement, "SELECT COALESCE(max(id), 0) FROM " + sequence.getValue());
                long next;
                try (ResultSet result = statement.executeQuery("SELECT last_value, is_called FROM " + sequence.getKey())) {
                    result.next();
                    // INCREMENT BY 50: after a call the next value is 50 further
                    next = result.getLong(1) + (result.getBoolean(2) ? 50 : 0);
                }
                if (next <= maxId) {
                    failures.add(sequence.getKey() + " gives " + next + ", not past max(id) " + maxId);
                }
            }
            out.printf(Locale.ROOT, "    %-75s %s%n", "sequences past the generated ids (" + SEQUENCES.size() + ")",
                    failures.stream().anyMatch(f -> f.contains("_seq")) ? "FAILED" : "ok");
        }
        return failures;
    }

    /**
     * What the data looks like, for the result file: rows per table, open cases by deadline and
     * assignment, cases per domain, contact moments per channel, cases per citizen.
     */
    static JsonObject summary(Database database) throws SQLException {
        JsonObjectBuilder json = Json.createObjectBuilder();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            JsonObjectBuilder rows = Json.createObjectBuilder();
            for (String table : List.of("citizen", "staff_member", "intake", "intake_question", "case_file",
                    "case_status_change", "contact_moment", "contact_moment_case", "callback_request")) {
                rows.add(table, single(statement, "SELECT count(*) FROM " + table));
            }
            json.add("rows", rows);
            json.add("openCases", object(statement, "SELECT count(*) AS open,"
                    + " count(*) FILTER (WHERE deadline < CURRENT_DATE) AS overdue,"
                    + " count(*) FILTER (WHERE deadline >= CURRENT_DATE AND deadline < CURRENT_DATE + 7) AS due_within_7_days,"
                    + " count(*) FILTER (WHERE deadline >= CURRENT_DATE + 7) AS later,"
                    + " count(*) FILTER (WHERE assignee_id IS NULL) AS unassigned,"
                    + " count(*) FILTER (WHERE urgent) AS urgent,"
                    + " count(*) FILTER (WHERE suspended_since IS NOT NULL) AS suspended,"
                    + " count(*) FILTER (WHERE extended_on IS NOT NULL) AS extended"
                    + " FROM case_file WHERE is_open"));
            json.add("casesByDomain", pairs(statement, "SELECT domain_code || ' ' || CASE WHEN is_open THEN 'open' ELSE 'closed' END,"
                    + " count(*) FROM case_file GROUP BY 1 ORDER BY 1"));
            json.add("openCasesByStatus", pairs(statement, "SELECT domain_code || ' ' || status_code, count(*) FROM case_file"
                    + " WHERE is_open GROUP BY 1 ORDER BY 1"));
            json.add("historyByKind", pairs(statement, "SELECT kind, count(*) FROM case_status_change GROUP BY 1 ORDER BY 1"));
            json.add("contactMomentsByChannel", pairs(statement, "SELECT channel, count(*) FROM contact_moment GROUP BY 1 ORDER BY 1"));
            json.add("casesPerCitizen", object(statement, "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n) AS median,"
                    + " percentile_disc(0.9) WITHIN GROUP (ORDER BY n) AS p90, max(n) AS max,"
                    + " (SELECT count(*) FROM citizen) - count(*) AS citizens_without_cases"
                    + " FROM (SELECT citizen_id, count(*) AS n FROM case_file GROUP BY citizen_id) c"));
        }
        return json.build();
    }

    private static JsonObjectBuilder object(Statement statement, String sql) throws SQLException {
        JsonObjectBuilder json = Json.createObjectBuilder();
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                json.add(result.getMetaData().getColumnLabel(i), result.getLong(i));
            }
        }
        return json;
    }

    private static JsonObjectBuilder pairs(Statement statement, String sql) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.put(result.getString(1), result.getLong(2));
            }
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        values.forEach(json::add);
        return json;
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
