package nl.frontoffice.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

    @Test
    void the_delay_doubles_up_to_the_maximum() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMinutes(1), Duration.ofHours(1));

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void the_defaults_keep_trying_for_four_hours() {
        RetryPolicy policy = RetryPolicy.DEFAULT;
        Instant at = NOW;
        int attempts = 1;
        while (policy.nextAttempt(attempts, at).isPresent()) {
            at = policy.nextAttempt(attempts, at).get();
            attempts++;
        }

        assertThat(attempts).isEqualTo(10);
        assertThat(Duration.between(NOW, at)).isEqualTo(Duration.ofMinutes(243));
    }

    @Test
    void it_gives_up_after_the_last_attempt() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(2));

        assertThat(policy.nextAttempt(1, NOW)).contains(NOW.plusSeconds(1));
        assertThat(policy.nextAttempt(2, NOW)).contains(NOW.plusSeconds(2));
        assertThat(policy.nextAttempt(3, NOW)).isEmpty();
        assertThat(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).nextAttempt(1, NOW)).isEmpty();
    }

    @Test
    void nonsense_is_refused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
