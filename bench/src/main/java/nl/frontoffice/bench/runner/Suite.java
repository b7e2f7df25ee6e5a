package nl.frontoffice.bench.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import jakarta.json.JsonObject;

/**
 * One benchmark the runner can run against the started server. The runner writes the common part of
 * the result files (date, machine, software, options); a suite adds its parameters, its raw results
 * and its Markdown section. A new benchmark implements this and is added to {@link BenchRunner#suite}.
 */
interface Suite {

    /** The name on the command line and in the result file names, e.g. {@code intake}. */
    String name();

    /** A line for the result file: what is measured. */
    String title();

    /**
     * Runs the benchmark.
     *
     * @param progress where to print progress for the person waiting
     * @return {@code parameters} (the values used) and the suite's results, as JSON
     */
    JsonObject run(MicroServer server, Options options, PrintStream progress) throws IOException, InterruptedException;

    /** The Markdown section of the results: parameters, method, tables. */
    String markdown(JsonObject results);

    /** Whether the results are sound (no errors, like-for-like rows); the runner exits 1 otherwise. */
    boolean passed(JsonObject results);

    /** The database when {@code --db} is not given. */
    default String defaultDatabase() {
        return "frontoffice_bench";
    }

    /**
     * Whether the suite works on a kept database that {@link #prepareDatabase} provides (not dropped
     * afterwards); by default the runner creates the database afresh and drops it at the end.
     */
    default boolean keepsDatabase() {
        return false;
    }

    /**
     * For a suite that {@link #keepsDatabase keeps its database}: makes sure it is there with the right
     * data before the server starts (e.g. generates it).
     *
     * @param target     the benchmark's build directory (Payara Micro and the WAR)
     * @param jvmOptions the server JVM's options, for a server the preparation starts itself
     */
    default void prepareDatabase(Database database, Path target, List<String> jvmOptions, Options options,
                                 PrintStream progress) throws IOException, InterruptedException, SQLException {
    }

    /** Extra options of the server JVM (system properties the suite needs), e.g. to switch timers off. */
    default List<String> serverJvmOptions() {
        return List.of();
    }
}
