package nl.frontoffice.auth.digid;

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
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import nl.frontoffice.auth.saml.IdentityProviderMetadata;
import nl.frontoffice.auth.saml.SamlValidationException;

/**
 * DigiD's metadata, read from an http(s) URL or a file at first use and cached: re-read after the
 * refresh period (or its validUntil), and on demand when a signature was made by a key it does not
 * name, at most once a minute. When re-reading fails the copy read earlier stays in use (and the
 * next attempt is a minute later); only without any copy is it an error. Thread-safe.
 */
final class IdentityProviderMetadataCache {

    /** The largest metadata document read. */
    static final int MAX_METADATA_BYTES = 1024 * 1024;
    /** Re-reading after a failure or an unknown signing key happens at most this often. */
    static final Duration RETRY_INTERVAL = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(IdentityProviderMetadataCache.class.getName());

    private final URI source;
    private final Duration refresh;
    private final Clock clock;

    private IdentityProviderMetadata metadata;
    private Instant readAt;
    private Instant lastForcedRefresh = Instant.MIN;

    IdentityProviderMetadataCache(URI source, Duration refresh, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @return the metadata, from the cache while it is fresh
     * @throws DigidConfigurationException when it cannot be read and there is no earlier copy
     */
    synchronized IdentityProviderMetadata get() {
        Instant now = clock.instant();
        boolean stale = metadata == null || !now.isBefore(readAt.plus(refresh))
                || metadata.validUntil().map(until -> !now.isBefore(until)).orElse(false);
        if (stale) {
            reload(now);
        }
        return metadata;
    }

    /**
     * A signature was made by a key the metadata does not name (DigiD may have rolled its key
     * over): re-read now, unless that was done less than a minute ago.
     */
    synchronized void signingKeyUnknown() {
        Instant now = clock.instant();
        if (metadata == null || now.isBefore(lastForcedRefresh.plus(RETRY_INTERVAL))) {
            return;
        }
        lastForcedRefresh = now;
        try {
            reload(now);
        } catch (DigidConfigurationException e) {
            LOG.log(Level.WARNING, "Re-reading DigiD metadata after an unknown signing key failed", e);
        }
    }

    private void reload(Instant now) {
        try {
            IdentityProviderMetadata read = IdentityProviderMetadata.parse(fetch(source));
            boolean first = metadata == null;
            metadata = read;
            readAt = now;
            LOG.log(first ? Level.INFO : Level.FINE, () -> "DigiD metadata read from " + source
                    + ": " + read.signingCertificates().size() + " signing certificate(s)");
        } catch (IOException | SamlValidationException | RuntimeException e) {
            String problem = e instanceof SamlValidationException invalid
                    ? "is not valid metadata (" + invalid.reason() + ")"
                    : "cannot be read (" + e.getClass().getSimpleName() + ")";
            if (metadata == null) {
                throw new DigidConfigurationException(DigidSettings.IDP_METADATA + ": " + source + " " + problem, e);
            }
            // keep the copy we have, try again in a minute
            readAt = now.minus(refresh).plus(RETRY_INTERVAL);
            LOG.log(Level.WARNING, "DigiD metadata " + source + " " + problem + "; the copy read earlier stays in use", e);
        }
    }

    private static byte[] fetch(URI source) throws IOException {
        if ("file".equalsIgnoreCase(source.getScheme())) {
            Path file = Path.of(source);
            if (Files.size(file) > MAX_METADATA_BYTES) {
                throw new IOException("metadata file too large");
            }
            return Files.readAllBytes(file);
        }
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(DigidSettings.CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest request = HttpRequest.newBuilder(source).timeout(DigidSettings.REQUEST_TIMEOUT).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP status " + response.statusCode());
                }
                byte[] body = in.readNBytes(MAX_METADATA_BYTES + 1);
                if (body.length > MAX_METADATA_BYTES) {
                    throw new IOException("metadata too large");
                }
                return body;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
