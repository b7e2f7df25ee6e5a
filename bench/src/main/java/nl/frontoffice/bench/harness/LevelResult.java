package nl.frontoffice.bench.harness;

import java.util.Arrays;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The outcome of one run of an operation at one concurrency: throughput and latency percentiles.
 *
 * <p>Throughput is the number of successful operations divided by the wall time from the start of the
 * first operation to the end of the last one. Percentiles are nearest-rank over the latencies of the
 * successful operations, each measured with {@link System#nanoTime()} around the one call.
 *
 * @param concurrency  number of driver threads, each running operations one after the other
 * @param operations   operations attempted
 * @param errors       operations that threw
 * @param firstError   the first error (type and message), or {@code null}
 * @param wallNanos    wall time of the run
 * @param latencyNanos latencies of the successful operations, sorted ascending
 */
public record LevelResult(int concurrency, int operations, int errors, String firstError, long wallNanos,
                          long[] latencyNanos) {

    /** Sorts a copy of the latencies. */
    public LevelResult {
        latencyNanos = latencyNanos.clone();
        Arrays.sort(latencyNanos);
    }

    /** Successful operations per second of wall time. */
    public double throughputPerSecond() {
        return wallNanos <= 0 ? 0 : latencyNanos.length / (wallNanos / 1e9);
    }

    /**
     * @param percentile 0 &lt; p &lt;= 100
     * @return the nearest-rank percentile in milliseconds; NaN without successful operations
     */
    public double percentileMillis(double percentile) {
        if (latencyNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * latencyNanos.length);
        return latencyNanos[Math.max(0, Math.min(latencyNanos.length - 1, rank - 1))] / 1e6;
    }

    /** Mean latency in milliseconds. */
    public double meanMillis() {
        return latencyNanos.length == 0 ? Double.NaN : Arrays.stream(latencyNanos).average().orElseThrow() / 1e6;
    }

    /** The result as JSON: the summary and the raw latencies in microseconds. */
    public JsonObjectBuilder toJson() {
        var raw = Json.createArrayBuilder();
        for (long nanos : latencyNanos) {
            raw.add(nanos / 1000);
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("concurrency", concurrency)
                .add("operations", operations)
                .add("errors", errors)
                .add("wallSeconds", round(wallNanos / 1e9, 3))
                .add("throughputPerSecond", round(throughputPerSecond(), 2))
                .add("meanMillis", round(meanMillis(), 3))
                .add("p50Millis", round(percentileMillis(50), 3))
                .add("p95Millis", round(percentileMillis(95), 3))
                .add("p99Millis", round(percentileMillis(99), 3))
                .add("maxMillis", round(percentileMillis(100), 3))
                .add("latenciesMicros", raw);
        if (firstError != null) {
            json.add("firstError", firstError);
        }
        return json;
    }

    private static double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return -1;
        }
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }

    /** For logs: the summary without the raw latencies. */
    public JsonObject summary() {
        return toJson().remove("latenciesMicros").build();
    }
}
