package nl.frontoffice.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import nl.frontoffice.domain.calendar.WorkingDayCalendar;

/**
 * A clock that component tests set, replacing the application's clock in the test deployment
 * (a globally enabled alternative). Until a test sets it, it follows the system clock.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TestClock {

    private volatile Instant fixed;

    public void set(ZonedDateTime moment) {
        this.fixed = moment.toInstant();
    }

    public void reset() {
        this.fixed = null;
    }

    @Produces
    Clock clock() {
        ZoneId zone = WorkingDayCalendar.TIME_ZONE;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return Clock.fixed(instant(), other);
            }

            @Override
            public Instant instant() {
                Instant moment = fixed;
                return moment != null ? moment : Instant.now();
            }
        };
    }
}
