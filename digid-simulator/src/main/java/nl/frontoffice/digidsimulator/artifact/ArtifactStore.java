package nl.frontoffice.digidsimulator.artifact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages waiting to be fetched by artifact. An artifact is resolved at most once (taking it removes it, also
 * when the wrong party asks), and expires after {@link #LIFETIME}.
 */
public final class ArtifactStore {

    public static final Duration LIFETIME = Duration.ofMinutes(3);

    private record Entry(String relyingParty, String message, Instant expires) {
    }

    private final Map<Artifact, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    public ArtifactStore(Clock clock) {
        this.clock = clock;
    }

    /** Keeps {@code message} (XML) for {@code relyingParty} under a fresh artifact of {@code issuer}. */
    public Artifact put(String issuer, String relyingParty, String message) {
        Instant now = clock.instant();
        entries.values().removeIf(entry -> !entry.expires.isAfter(now));
        Artifact artifact = Artifact.issue(issuer, 0);
        entries.put(artifact, new Entry(relyingParty, message, now.plus(LIFETIME)));
        return artifact;
    }

    /**
     * The message under this artifact, if it is still there, has not expired and was issued for {@code requester};
     * in every case the artifact can no longer be resolved afterwards.
     */
    public Optional<String> take(Artifact artifact, String requester) {
        Entry entry = entries.remove(artifact);
        if (entry == null || !entry.expires.isAfter(clock.instant()) || !entry.relyingParty.equals(requester)) {
            return Optional.empty();
        }
        return Optional.of(entry.message);
    }
}
