package nl.frontoffice.digidsimulator.sso;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accepted AuthnRequests between the SSO endpoint and the login page, server-side under an opaque random id (the
 * only thing in the login page's URL and form). An entry is used once and expires after half an hour.
 */
public final class PendingAuthentications {

    public static final Duration LIFETIME = Duration.ofMinutes(30);

    private record Entry(PendingAuthentication pending, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public PendingAuthentications(Clock clock) {
        this.clock = clock;
    }

    /** Keeps the request and returns its opaque id (128 random bits, URL-safe). */
    public String put(PendingAuthentication pending) {
        Instant now = clock.instant();
        entries.values().removeIf(entry -> !entry.expires.isAfter(now));
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        entries.put(id, new Entry(pending, now.plus(LIFETIME)));
        return id;
    }

    /** The request under this id, if it is there and has not expired. */
    public Optional<PendingAuthentication> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Entry entry = entries.get(id);
        return entry == null || !entry.expires.isAfter(clock.instant())
                ? Optional.empty() : Optional.of(entry.pending);
    }

    /** Removes and returns the request under this id: the login or cancel that answers it happens once. */
    public Optional<PendingAuthentication> take(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Entry entry = entries.remove(id);
        return entry == null || !entry.expires.isAfter(clock.instant())
                ? Optional.empty() : Optional.of(entry.pending);
    }
}
