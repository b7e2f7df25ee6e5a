package nl.frontoffice.auth.saml;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ReplayCache} in this JVM's memory, for one server (and for tests). Entries are dropped
 * once expired. It holds at most {@code capacity} entries: when it is full of unexpired entries it
 * refuses new ones (fail closed: a login is refused rather than a replay accepted).
 */
public final class InMemoryReplayCache implements ReplayCache {

    /** The capacity unless given otherwise. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int capacity;

    /**
     * @param clock tells which entries have expired
     */
    public InMemoryReplayCache(Clock clock) {
        this(clock, DEFAULT_CAPACITY);
    }

    /**
     * @param clock    tells which entries have expired
     * @param capacity the most entries held at once
     */
    public InMemoryReplayCache(Clock clock, int capacity) {
        this.clock = Objects.requireNonNull(clock);
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    @Override
    public boolean firstUse(String kind, String id, Instant expiresAt) {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
        Objects.requireNonNull(expiresAt);
        Instant now = clock.instant();
        if (seen.size() >= capacity) {
            seen.values().removeIf(expiry -> !expiry.isAfter(now));
            if (seen.size() >= capacity) {
                return false;
            }
        }
        boolean[] first = {false};
        seen.compute(kind + '\u0000' + id, (key, expiry) -> {
            if (expiry == null || !expiry.isAfter(now)) {
                first[0] = true;
                return expiresAt;
            }
            return expiry;
        });
        return first[0];
    }

    /**
     * @return the number of identifiers remembered, expired ones included until the next clean-up
     */
    public int size() {
        return seen.size();
    }
}
