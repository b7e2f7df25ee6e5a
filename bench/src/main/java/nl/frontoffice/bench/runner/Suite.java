package nl.frontoffice.bench.runner;

import java.io.IOException;
import java.io.PrintStream;

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
}
