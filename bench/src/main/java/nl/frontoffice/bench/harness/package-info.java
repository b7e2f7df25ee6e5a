/**
 * The benchmark harness that runs inside the server: a closed-loop load driver on managed threads
 * ({@link nl.frontoffice.bench.harness.LoadDriver}), latency statistics
 * ({@link nl.frontoffice.bench.harness.LevelResult}), and the HTTP entry points the runner outside the
 * server calls. A new benchmark adds a package beside {@code nl.frontoffice.bench.intake} with its own
 * resource under {@code /api/<name>} and reuses these classes.
 */
package nl.frontoffice.bench.harness;
