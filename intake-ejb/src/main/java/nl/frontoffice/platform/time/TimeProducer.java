package nl.frontoffice.platform.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import nl.frontoffice.domain.calendar.WorkingDayCalendar;

/**
 * Produces the clock (Europe/Amsterdam) and the Dutch working-day calendar that services use, so
 * that no service reads the system time directly and tests can set the time.
 */
@ApplicationScoped
public class TimeProducer {

    private final Clock clock = Clock.system(WorkingDayCalendar.TIME_ZONE);
    private final WorkingDayCalendar calendar = WorkingDayCalendar.netherlands();

    @Produces
    Clock clock() {
        return clock;
    }

    @Produces
    WorkingDayCalendar workingDayCalendar() {
        return calendar;
    }
}
