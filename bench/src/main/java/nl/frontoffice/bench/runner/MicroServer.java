package nl.frontoffice.bench.runner;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Payara Micro in a process of its own, running the benchmark WAR on a free port with the application's
 * datasource pointed at the benchmark database (the same {@code FRONTOFFICE_DB_*} configuration as
 * production). Only spoken to over 127.0.0.1.
 */
final class MicroServer implements AutoCloseable {

    private static final String CONTEXT_ROOT = "bench";

    /** HTTP/1.1: a run takes minutes in one request, and an upgraded HTTP/2 connection was seen to close under it. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Process process;
    private final int port;
    final Path log;

    private MicroServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Payara Micro and waits until the application answers (its migration has run).
     *
     * @param workDir    a directory of its own (root directory, temporary files, log)
     * @param jvmOptions options of the server JVM, e.g. the heap size
     */
    static MicroServer start(Path microJar, Path war, Path workDir, Database database, List<String> jvmOptions,
                             Duration startTimeout) throws IOException, InterruptedException {
        deleteRecursively(workDir);
        Files.createDirectories(workDir.resolve("tmp"));
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.io.tmpdir=" + workDir.resolve("tmp"));
        command.addAll(List.of("-jar", microJar.toString(),
                "--nocluster", "--port", Integer.toString(port), "--rootDir", workDir.resolve("micro-root").toString(),
                "--contextroot", CONTEXT_ROOT, "--deploy", war.toString()));
        Path log = workDir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("FRONTOFFICE_DB_URL", database.url);
        env.put("FRONTOFFICE_DB_USER", database.user());
        env.put("FRONTOFFICE_DB_PASSWORD", "");
        MicroServer server = new MicroServer(builder.start(), port, log);
        try {
            server.awaitReady(startTimeout);
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The server's description ({@code GET /api/server}). */
    JsonObject describe() throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(uri("server")).GET().build(), Duration.ofSeconds(30));
    }

    /** {@code POST /api/<path>} and its JSON answer; any status but 200 is an error. */
    JsonObject post(String pathAndQuery, Duration timeout) throws IOException, InterruptedException {
        return post(pathAndQuery, timeout, Map.of());
    }

    /** {@code POST /api/<path>} with these request headers, and its JSON answer; any status but 200 is an error. */
    JsonObject post(String pathAndQuery, Duration timeout, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).POST(HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return call(request.build(), timeout);
    }

    private JsonObject call(HttpRequest request, Duration timeout) throws IOException, InterruptedException {
        HttpRequest timed = HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout).build();
        HttpResponse<String> response = http.send(timed, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + ": " + response.body().lines().limit(5).reduce("", (a, b) -> a + b) + " (see " + log + ")");
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + "/" + CONTEXT_ROOT + "/api/" + pathAndQuery);
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Payara Micro stopped during start-up (exit " + process.exitValue() + "), see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri("server"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IOException("Payara Micro did not answer within " + timeout.toSeconds() + " s, see " + log);
    }

    /** The product and version in a Payara Micro jar, e.g. {@code Payara Micro 6.2025.10 (build 42)}. */
    static String version(Path microJar) throws IOException {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(microJar.toFile())) {
            var entry = jar.getEntry("MICRO-INF/domain/branding/glassfish-version.properties");
            if (entry == null) {
                return "Payara Micro (version unknown)";
            }
            java.util.Properties branding = new java.util.Properties();
            try (var in = jar.getInputStream(entry)) {
                branding.load(in);
            }
            return branding.getProperty("product_name", "Payara Micro") + " " + branding.getProperty("major_version")
                    + "." + branding.getProperty("minor_version") + "." + branding.getProperty("update_version")
                    + " (build " + branding.getProperty("build_id") + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stops the server: politely first, then forcibly. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
