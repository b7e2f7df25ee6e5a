/**
 * The benchmark runner, outside the server (not packaged in the WAR): creates a fresh database,
 * starts Payara Micro with the benchmark WAR, drives a suite over HTTP on loopback, writes the
 * result files, and stops and cleans up everything it started. Entry point: {@link nl.frontoffice.bench.runner.BenchRunner}.
 */
package nl.frontoffice.bench.runner;
