package nl.frontoffice.digidsimulator.sp;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

import nl.frontoffice.digidsimulator.saml.SamlException;
import nl.frontoffice.digidsimulator.saml.SecureXml;

/**
 * The service providers the simulator knows, by entity id.
 *
 * <p>Metadata is read lazily (the SP may start after the simulator) and cached. Because a service provider in
 * development may come back with new keys, a message that names an unknown SP, or whose signature does not verify
 * with the cached certificates, makes the directory read the metadata again (at most once every few seconds) and try
 * once more.
 */
public final class ServiceProviderDirectory {

    private static final Logger LOG = Logger.getLogger(ServiceProviderDirectory.class.getName());
    private static final Duration MINIMUM_RELOAD_INTERVAL = Duration.ofSeconds(2);

    /** Where the service providers come from. */
    public interface Source {
        List<ServiceProvider> load() throws SamlException;

        String description();
    }

    /** A check of a message against a candidate service provider, e.g. its signature. */
    @FunctionalInterface
    public interface Check {
        void check(ServiceProvider serviceProvider) throws SamlException;
    }

    private final Source source;
    private final Clock clock;
    private Map<String, ServiceProvider> cache;
    private Instant loadedAt = Instant.MIN;

    public ServiceProviderDirectory(Source source, Clock clock) {
        this.source = Objects.requireNonNull(source);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A directory of fixed service providers (configured directly, or in tests). */
    public static ServiceProviderDirectory of(List<ServiceProvider> serviceProviders) {
        List<ServiceProvider> fixed = List.copyOf(serviceProviders);
        return new ServiceProviderDirectory(new Source() {
            @Override
            public List<ServiceProvider> load() {
                return fixed;
            }

            @Override
            public String description() {
                return "configuration";
            }
        }, Clock.systemUTC());
    }

    /** A directory read from SAML metadata at a URL (http, https) or in a file (a path or a file: URI). */
    public static ServiceProviderDirectory fromMetadata(String location, Clock clock) {
        return new ServiceProviderDirectory(new MetadataSource(location), clock);
    }

    /**
     * The service provider with this entity id, after {@code check} accepted the message for it. When the SP is
     * unknown or the check fails, the metadata is read again (if not just done) and the check repeated once with
     * what changed.
     */
    public ServiceProvider authenticate(String entityId, Check check) throws SamlException {
        ServiceProvider current = find(entityId, false);
        try {
            check.check(current);
            return current;
        } catch (SamlException failure) {
            if (!reloadAllowed()) {
                throw failure;
            }
            ServiceProvider reloaded = find(entityId, true);
            if (reloaded.equals(current)) {
                throw failure;
            }
            LOG.info(() -> "Re-read the metadata of " + entityId + " after a failed check; trying again");
            check.check(reloaded);
            return reloaded;
        }
    }

    /** The service provider with this entity id; reads the metadata again once if it is not known yet. */
    public ServiceProvider get(String entityId) throws SamlException {
        return find(entityId, false);
    }

    private synchronized ServiceProvider find(String entityId, boolean forceReload) throws SamlException {
        if (cache == null || forceReload) {
            reload();
        }
        ServiceProvider found = cache.get(entityId);
        if (found == null && reloadAllowed()) {
            reload();
            found = cache.get(entityId);
        }
        if (found == null) {
            throw new SamlException("De dienstverlener '" + entityId + "' is onbekend bij de simulator (bekend: "
                    + String.join(", ", cache.keySet()) + "; bron: " + source.description() + ").");
        }
        return found;
    }

    private synchronized boolean reloadAllowed() {
        return Duration.between(loadedAt, clock.instant()).compareTo(MINIMUM_RELOAD_INTERVAL) >= 0;
    }

    private synchronized void reload() throws SamlException {
        loadedAt = clock.instant();
        Map<String, ServiceProvider> loaded = new LinkedHashMap<>();
        for (ServiceProvider serviceProvider : source.load()) {
            loaded.put(serviceProvider.entityId(), serviceProvider);
        }
        cache = loaded;
    }

    /** SAML metadata from a URL or a file. */
    static final class MetadataSource implements Source {

        private final String location;
        private HttpClient client;

        MetadataSource(String location) {
            this.location = location.trim();
        }

        @Override
        public List<ServiceProvider> load() throws SamlException {
            byte[] bytes;
            try {
                bytes = isHttp() ? fetch() : Files.readAllBytes(path());
            } catch (IOException e) {
                throw new SamlException("De metadata van de dienstverlener kon niet worden gelezen van " + location
                        + " (" + e.getMessage() + ").", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SamlException("Het lezen van de metadata van de dienstverlener is onderbroken.", e);
            }
            return SpMetadataParser.parse(SecureXml.parse(bytes));
        }

        @Override
        public String description() {
            return location;
        }

        private boolean isHttp() {
            return location.startsWith("http://") || location.startsWith("https://");
        }

        private Path path() {
            return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        }

        private byte[] fetch() throws IOException, InterruptedException {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                            .followRedirects(HttpClient.Redirect.NORMAL).build();
                }
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/samlmetadata+xml, application/xml, text/xml").GET().build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(SecureXml.MAX_BYTES + 1);
                if (bytes.length > SecureXml.MAX_BYTES) {
                    throw new IOException("more than " + SecureXml.MAX_BYTES + " bytes");
                }
                return bytes;
            }
        }
    }
}
