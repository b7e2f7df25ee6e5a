package nl.frontoffice.auth.staff;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import nl.frontoffice.domain.staff.StaffCredential;

/**
 * Failed attempts for usernames that have no usable account (unknown, inactive, no password), in
 * memory, with the same rules as a real account's {@link StaffCredential}: the fifth wrong attempt
 * "locks" the name for 15 minutes. So someone who tries five times with a name cannot tell from
 * the answer whether the account exists.
 *
 * <p>Bounded: above {@value #CAPACITY} names, names without a lock whose last attempt is older than
 * the lock duration are forgotten first, then all. The memory is per server and lost at a restart;
 * real accounts keep their count in the database.
 */
@ApplicationScoped
public class UnknownAccountAttempts {

    static final int CAPACITY = 10_000;

    private record Attempts(int count, Instant last, Instant lockedUntil) {
    }

    private final ConcurrentHashMap<String, Attempts> byName = new ConcurrentHashMap<>();

    /** @return whether the name is "locked" at that moment */
    public boolean isLockedAt(String username, Instant now) {
        Attempts attempts = byName.get(key(username));
        return attempts != null && attempts.lockedUntil() != null && now.isBefore(attempts.lockedUntil());
    }

    /**
     * Counts a failed attempt for the name.
     *
     * @return whether this attempt "locked" it
     */
    public boolean recordFailedAttempt(String username, Instant now) {
        if (byName.size() >= CAPACITY) {
            evict(now);
        }
        Attempts updated = byName.compute(key(username), (name, earlier) -> {
            int count = earlier == null || earlier.lockedUntil() != null ? 0 : earlier.count();
            count++;
            Instant lockedUntil = count >= StaffCredential.MAX_FAILED_ATTEMPTS
                    ? now.plus(StaffCredential.LOCK_DURATION) : null;
            return new Attempts(count, now, lockedUntil);
        });
        return updated.lockedUntil() != null;
    }

    private void evict(Instant now) {
        Instant stale = now.minus(StaffCredential.LOCK_DURATION);
        byName.entrySet().removeIf(entry -> {
            Attempts attempts = entry.getValue();
            boolean locked = attempts.lockedUntil() != null && now.isBefore(attempts.lockedUntil());
            return !locked && attempts.last().isBefore(stale);
        });
        if (byName.size() >= CAPACITY) {
            byName.clear();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
