package nl.frontoffice.bench.harness;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The benchmark's HTTP entry points, under {@code /api}; only the runner calls them, over loopback. */
@ApplicationPath("api")
public class BenchmarkApplication extends Application {
}
