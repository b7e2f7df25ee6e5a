package nl.frontoffice.domain.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineRuleTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.netherlands();

    @Test
    void sixWeeks() {
        // Wmo 2015 art. 2.3.2 lid 9: Monday 2 February 2026 + 6 weeks = Monday 16 March 2026
        assertThat(DeadlineRule.weeks(6).deadlineFrom(of(2026, 2, 2), calendar)).isEqualTo(of(2026, 3, 16));
    }

    @Test
    void eightWeeks() {
        // Awb art. 4:13: Tuesday 3 March 2026 + 8 weeks = Tuesday 28 April 2026
        assertThat(DeadlineRule.weeks(8).deadlineFrom(of(2026, 3, 3), calendar)).isEqualTo(of(2026, 4, 28));
    }

    @Test
    void fourWeeks() {
        // Wgs art. 4a: Wednesday 4 February 2026 + 4 weeks = Wednesday 4 March 2026
        assertThat(DeadlineRule.weeks(4).deadlineFrom(of(2026, 2, 4), calendar)).isEqualTo(of(2026, 3, 4));
    }

    @Test
    void threeWorkingDays() {
        // Wgs art. 4a, urgent: from Wednesday 23 December 2026 over Christmas to Tuesday 29 December
        assertThat(DeadlineRule.workingDays(3).deadlineFrom(of(2026, 12, 23), calendar)).isEqualTo(of(2026, 12, 29));
        // from Monday 9 March 2026 to Thursday 12 March
        assertThat(DeadlineRule.workingDays(3).deadlineFrom(of(2026, 3, 9), calendar)).isEqualTo(of(2026, 3, 12));
    }

    @ParameterizedTest(name = "{1} weeks from {0}: {2} ({3}) moves to {4}")
    @CsvSource({
            "2026-03-02, 8, 2026-04-27, Koningsdag, 2026-04-28",
            "2025-03-01, 8, 2025-04-26, Koningsdag on a Saturday, 2025-04-28",
            "2026-04-02, 6, 2026-05-14, Hemelvaartsdag, 2026-05-15",
            "2026-04-27, 4, 2026-05-25, Tweede Pinksterdag, 2026-05-26",
            "2026-03-09, 4, 2026-04-06, Tweede Paasdag, 2026-04-07",
            "2026-03-24, 6, 2026-05-05, Bevrijdingsdag, 2026-05-06",
            "2026-11-13, 6, 2026-12-25, Christmas and a weekend, 2026-12-28",
            "2026-01-10, 4, 2026-02-07, a Saturday, 2026-02-09",
            "2026-01-11, 4, 2026-02-08, a Sunday, 2026-02-09",
            "2026-11-20, 6, 2027-01-01, Nieuwjaarsdag, 2027-01-04",
    })
    void aWeeksDeadlineOnAHolidayOrWeekendMovesToTheNextWorkingDay(LocalDate start, int weeks, LocalDate plainEnd,
                                                                     String why, LocalDate deadline) {
        assertThat(start.plusWeeks(weeks)).isEqualTo(plainEnd);
        assertThat(calendar.isWorkingDay(plainEnd)).isFalse();

        assertThat(DeadlineRule.weeks(weeks).deadlineFrom(start, calendar)).isEqualTo(deadline);
    }

    @Test
    void calendarDays() {
        assertThat(DeadlineRule.calendarDays(10).deadlineFrom(of(2026, 3, 2), calendar)).isEqualTo(of(2026, 3, 12));
        // two days from Thursday 24 December: Saturday 26th, moved to Monday 28th (art. 1)
        assertThat(DeadlineRule.calendarDays(2).deadlineFrom(of(2026, 12, 24), calendar)).isEqualTo(of(2026, 12, 28));
    }

    @Test
    void aPeriodOfThreeDaysOrMoreHoldsTwoWorkingDays() {
        // Algemene termijnenwet art. 3: three days from Thursday 24 December 2026 would end on Sunday 27th
        // with no working day in it; extended to hold Monday 28th and Tuesday 29th
        assertThat(DeadlineRule.calendarDays(3).deadlineFrom(of(2026, 12, 24), calendar)).isEqualTo(of(2026, 12, 29));
        // three days from Good Friday 3 April 2026: Saturday, Easter Sunday, Easter Monday -> Wednesday 8th
        assertThat(DeadlineRule.calendarDays(3).deadlineFrom(of(2026, 4, 3), calendar)).isEqualTo(of(2026, 4, 8));
    }

    @Test
    void rejectsANonPositiveAmount() {
        assertThatThrownBy(() -> DeadlineRule.weeks(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlineRule.of(-1, DeadlineUnit.WORKING_DAYS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlineRule.of(1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void isAValueObject() {
        assertThat(DeadlineRule.weeks(6)).isEqualTo(DeadlineRule.of(6, DeadlineUnit.WEEKS))
                .hasSameHashCodeAs(DeadlineRule.of(6, DeadlineUnit.WEEKS))
                .isNotEqualTo(DeadlineRule.calendarDays(42))
                .hasToString("6 WEEKS");
    }
}
