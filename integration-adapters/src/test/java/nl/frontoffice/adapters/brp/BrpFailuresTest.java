package nl.frontoffice.adapters.brp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.registry.PersonLookup;
import nl.frontoffice.domain.registry.UnavailableReason;

/** How failures are classified, retried and reported, and the registry without configuration. */
class BrpFailuresTest {

    @Test
    void server_errors_and_rate_limiting_are_retried_other_refusals_are_not() {
        assertThat(BrpResponseExceptionMapper.forStatus(500)).isInstanceOf(BrpUnavailableException.class);
        assertThat(BrpResponseExceptionMapper.forStatus(503)).isInstanceOf(BrpUnavailableException.class);
        assertThat(BrpResponseExceptionMapper.forStatus(429)).isInstanceOf(BrpUnavailableException.class);
        assertThat(BrpResponseExceptionMapper.forStatus(400)).isNotInstanceOf(BrpUnavailableException.class)
                .extracting(BrpCallException::reason).isEqualTo(UnavailableReason.REJECTED);
        assertThat(BrpResponseExceptionMapper.forStatus(401).reason()).isEqualTo(UnavailableReason.REJECTED);
        assertThat(new BrpResponseExceptionMapper().handles(200, null)).isFalse();
        assertThat(new BrpResponseExceptionMapper().handles(404, null)).isTrue();
    }

    @Test
    void the_fallback_reports_the_reason_of_each_kind_of_failure() {
        assertThat(BrpFallback.reasonFor(new CircuitBreakerOpenException())).isEqualTo(UnavailableReason.CIRCUIT_OPEN);
        assertThat(BrpFallback.reasonFor(new TimeoutException())).isEqualTo(UnavailableReason.TIMEOUT);
        assertThat(BrpFallback.reasonFor(new BrpUnavailableException("HTTP 503", null)))
                .isEqualTo(UnavailableReason.UNREACHABLE);
        assertThat(BrpFallback.reasonFor(new BrpCallException(UnavailableReason.TIMEOUT, "read", null)))
                .isEqualTo(UnavailableReason.TIMEOUT);
        assertThat(BrpFallback.reasonFor(new IllegalStateException("x"))).isEqualTo(UnavailableReason.UNREACHABLE);
    }

    @Test
    void fault_tolerance_durations_are_in_milliseconds_because_payara_ignores_the_circuit_breakers_delay_unit()
            throws NoSuchMethodException {
        Method lookUp = BrpPersonRegistry.class.getMethod("lookUp", Bsn.class);
        CircuitBreaker breaker = lookUp.getAnnotation(CircuitBreaker.class);
        Timeout timeout = lookUp.getAnnotation(Timeout.class);

        assertThat(breaker.delayUnit()).isEqualTo(ChronoUnit.MILLIS);
        assertThat(breaker.delay()).isEqualTo(30_000);
        assertThat(timeout.unit()).isEqualTo(ChronoUnit.MILLIS);
        assertThat(lookUp.getAnnotation(Retry.class).retryOn())
                .containsExactly(BrpUnavailableException.class);
    }

    @Test
    void without_a_base_url_every_look_up_is_unavailable_and_the_warning_is_logged_once() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(BrpPersonRegistry.class.getName());
        logger.addHandler(handler);
        try {
            BrpPersonRegistry registry = new BrpPersonRegistry(() -> BrpSettings.from(new TestConfig(Map.of())));

            assertThat(registry.lookUp(Bsn.of("999993847")))
                    .isEqualTo(PersonLookup.unavailable(UnavailableReason.NOT_CONFIGURED));
            assertThat(registry.lookUp(Bsn.of("999990184")))
                    .isEqualTo(PersonLookup.unavailable(UnavailableReason.NOT_CONFIGURED));
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(records).hasSize(1);
        assertThat(records.get(0).getMessage()).contains("frontoffice.brp.base-url").doesNotContain("999");
    }

    @Test
    void an_invalid_configuration_is_treated_as_none() {
        BrpPersonRegistry registry = new BrpPersonRegistry(
                () -> BrpSettings.from(new TestConfig(Map.of(BrpSettings.BASE_URL, "brp.example"))));

        assertThat(registry.lookUp(Bsn.of("999993847")))
                .isEqualTo(PersonLookup.unavailable(UnavailableReason.NOT_CONFIGURED));
    }
}
