package nl.frontoffice.platform.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a mail again after a failed attempt: exponential backoff, starting at {@code initialDelay} and doubling
 * after every attempt up to {@code maxDelay}; after {@code maxAttempts} attempts the outbox gives up.
 *
 * <p>With the defaults (10 attempts, 1 minute, at most 1 hour) the attempts are 0, 1, 3, 7, 15, 31, 63, 123, 183 and
 * 243 minutes after queueing: an SMTP server that is down for four hours loses no mail.
 *
 * @param maxAttempts  attempts before giving up (at least 1)
 * @param initialDelay the wait after the first failed attempt (positive)
 * @param maxDelay     the longest wait between two attempts (at least {@code initialDelay})
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    /** The defaults: 10 attempts, 1 minute, at most 1 hour. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(10, Duration.ofMinutes(1), Duration.ofHours(1));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialDelay == null || initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("initialDelay must be positive");
        }
        if (maxDelay == null || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must be at least initialDelay");
        }
    }

    /**
     * @param failedAttempts the attempts made so far, all failed (at least 1)
     * @return the wait before the next attempt
     */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        int doublings = Math.min(failedAttempts - 1, 40);
        Duration delay = initialDelay;
        for (int i = 0; i < doublings && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /**
     * @param failedAttempts the attempts made so far, all failed (at least 1)
     * @param now            the time of the last failure
     * @return when to try again, or empty when the outbox should give up
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delayAfter(failedAttempts)));
    }
}
