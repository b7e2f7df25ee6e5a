package nl.frontoffice.domain.calendar;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.netherlands();

    @Nested
    class PublicHolidays {

        @ParameterizedTest(name = "Easter {0} is {1}")
        @CsvSource({
                "2019, 2019-04-21",
                "2024, 2024-03-31",
                "2025, 2025-04-20",
                "2026, 2026-04-05",
                "2027, 2027-03-28",
                "2038, 2038-04-25",  // the latest possible date
                "2285, 2285-03-22",  // the earliest possible date
        })
        void computesEaster(int year, LocalDate easter) {
            assertThat(DutchPublicHolidays.easterSunday(year)).isEqualTo(easter);
        }

        @Test
        void holidaysOf2025() {
            assertThat(DutchPublicHolidays.datesIn(2025)).containsExactly(
                    of(2025, 1, 1),
                    of(2025, 4, 21),   // Tweede Paasdag
                    of(2025, 4, 26),   // Koningsdag: 27 April 2025 is a Sunday
                    of(2025, 5, 5),
                    of(2025, 5, 29),   // Hemelvaartsdag
                    of(2025, 6, 9),    // Tweede Pinksterdag
                    of(2025, 12, 25),
                    of(2025, 12, 26));
        }

        @Test
        void holidaysOf2026() {
            assertThat(DutchPublicHolidays.datesIn(2026)).containsExactly(
                    of(2026, 1, 1),
                    of(2026, 4, 6),    // Tweede Paasdag (Easter is 5 April)
                    of(2026, 4, 27),   // Koningsdag, a Monday
                    of(2026, 5, 5),
                    of(2026, 5, 14),   // Hemelvaartsdag
                    of(2026, 5, 25),   // Tweede Pinksterdag
                    of(2026, 12, 25),
                    of(2026, 12, 26));
        }

        @Test
        void holidaysOf2027() {
            assertThat(DutchPublicHolidays.datesIn(2027)).containsExactly(
                    of(2027, 1, 1),
                    of(2027, 3, 29),   // Tweede Paasdag (Easter is 28 March)
                    of(2027, 4, 27),
                    of(2027, 5, 5),
                    of(2027, 5, 6),    // Hemelvaartsdag
                    of(2027, 5, 17),   // Tweede Pinksterdag
                    of(2027, 12, 25),
                    of(2027, 12, 26));
        }

        @Test
        void namesTheHoliday() {
            assertThat(DutchPublicHolidays.holidayOn(of(2025, 4, 26))).contains(PublicHoliday.KONINGSDAG);
            assertThat(DutchPublicHolidays.holidayOn(of(2026, 5, 25))).contains(PublicHoliday.TWEEDE_PINKSTERDAG);
            assertThat(DutchPublicHolidays.holidayOn(of(2026, 5, 26))).isEmpty();
        }

        @Test
        void liberationDayAndAscensionDayCanCoincide() {
            // 2016: Easter 27 March, Ascension Day 5 May
            assertThat(DutchPublicHolidays.holidaysIn(2016))
                    .containsEntry(PublicHoliday.BEVRIJDINGSDAG, of(2016, 5, 5))
                    .containsEntry(PublicHoliday.HEMELVAARTSDAG, of(2016, 5, 5));
            assertThat(DutchPublicHolidays.datesIn(2016)).hasSize(7);
        }

        @Test
        void queensDayBefore2014() {
            assertThat(PublicHoliday.KONINGSDAG.dateIn(2013)).isEqualTo(of(2013, 4, 30));
            assertThat(PublicHoliday.KONINGSDAG.dateIn(2006)).isEqualTo(of(2006, 4, 29)); // 30 April 2006 was a Sunday
        }
    }

    @Nested
    class WorkingDays {

        @Test
        void weekendsAreNotWorkingDays() {
            assertThat(calendar.isWorkingDay(of(2026, 3, 7))).isFalse();  // Saturday
            assertThat(calendar.isWorkingDay(of(2026, 3, 8))).isFalse();  // Sunday
            assertThat(calendar.isWorkingDay(of(2026, 3, 9))).isTrue();   // Monday
        }

        @Test
        void publicHolidaysAreNotWorkingDays() {
            assertThat(calendar.isWorkingDay(of(2026, 4, 6))).isFalse();   // Tweede Paasdag
            assertThat(calendar.isWorkingDay(of(2026, 4, 27))).isFalse();  // Koningsdag
            assertThat(calendar.isWorkingDay(of(2026, 5, 5))).isFalse();   // Bevrijdingsdag, every year
            assertThat(calendar.isWorkingDay(of(2026, 5, 14))).isFalse();  // Hemelvaartsdag
            assertThat(calendar.isWorkingDay(of(2026, 5, 25))).isFalse();  // Tweede Pinksterdag
            assertThat(calendar.isWorkingDay(of(2026, 12, 25))).isFalse();
            assertThat(calendar.isWorkingDay(of(2027, 1, 1))).isFalse();
        }

        @Test
        void goodFridayIsAWorkingDay() {
            assertThat(of(2026, 4, 3).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(calendar.isWorkingDay(of(2026, 4, 3))).isTrue();
            assertThat(calendar.isWorkingDay(of(2025, 4, 18))).isTrue();
        }

        @Test
        void easterSundayAndWhitSundayAreSundaysAnyway() {
            assertThat(calendar.isWorkingDay(of(2026, 4, 5))).isFalse();
            assertThat(calendar.isWorkingDay(of(2026, 5, 24))).isFalse();
        }

        @Test
        void threeWorkingDaysFromTheWednesdayBeforeChristmas() {
            // Thu 24 Dec (1), Fri 25 and Sat 26 Christmas, Sun 27, Mon 28 (2), Tue 29 (3)
            assertThat(calendar.addWorkingDays(of(2026, 12, 23), 3)).isEqualTo(of(2026, 12, 29));
        }

        @Test
        void countingAcrossNewYear() {
            // Wed 30 Dec (1), Thu 31 Dec (2), Fri 1 Jan holiday, weekend, Mon 4 Jan (3)
            assertThat(calendar.addWorkingDays(of(2026, 12, 29), 3)).isEqualTo(of(2027, 1, 4));
        }

        @Test
        void countingAcrossEaster() {
            // from Good Friday 3 April 2026: Tue 7 (1), Wed 8 (2), Thu 9 (3)
            assertThat(calendar.addWorkingDays(of(2026, 4, 3), 3)).isEqualTo(of(2026, 4, 9));
        }

        @Test
        void theFirstDayCountedIsTheDayAfterTheStart() {
            assertThat(calendar.addWorkingDays(of(2026, 3, 9), 1)).isEqualTo(of(2026, 3, 10));
            assertThat(calendar.addWorkingDays(of(2026, 3, 6), 1)).isEqualTo(of(2026, 3, 9)); // Friday -> Monday
            assertThat(calendar.addWorkingDays(of(2026, 3, 7), 1)).isEqualTo(of(2026, 3, 9)); // Saturday -> Monday
            assertThat(calendar.addWorkingDays(of(2026, 3, 9), 0)).isEqualTo(of(2026, 3, 9));
        }

        @Test
        void rejectsANegativeNumberOfDays() {
            assertThatThrownBy(() -> calendar.addWorkingDays(of(2026, 3, 9), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void nextWorkingDayOnOrAfter() {
            assertThat(calendar.nextWorkingDayOnOrAfter(of(2026, 3, 9))).isEqualTo(of(2026, 3, 9));
            assertThat(calendar.nextWorkingDayOnOrAfter(of(2026, 12, 25))).isEqualTo(of(2026, 12, 28));
            assertThat(calendar.nextWorkingDayOnOrAfter(of(2025, 4, 26))).isEqualTo(of(2025, 4, 28)); // Koningsdag on Saturday
            assertThat(calendar.nextWorkingDayOnOrAfter(of(2026, 4, 4))).isEqualTo(of(2026, 4, 7));   // Easter weekend
        }

        @Test
        void workingDaysBetween() {
            assertThat(calendar.workingDaysBetween(of(2026, 12, 23), of(2026, 12, 29))).isEqualTo(3);
            assertThat(calendar.workingDaysBetween(of(2026, 12, 29), of(2026, 12, 23))).isEqualTo(-3);
            assertThat(calendar.workingDaysBetween(of(2026, 3, 9), of(2026, 3, 9))).isZero();
            // all of 2026: 261 weekdays minus the 7 holidays on a weekday (26 December is a Saturday)
            assertThat(calendar.workingDaysBetween(of(2025, 12, 31), of(2026, 12, 31))).isEqualTo(254);
        }

        @Test
        void workingDaysBetweenIsTheInverseOfAddWorkingDays() {
            for (LocalDate start = of(2026, 1, 1); start.isBefore(of(2027, 1, 1)); start = start.plusDays(1)) {
                for (int n : new int[]{0, 1, 3, 10, 30}) {
                    assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n)))
                            .as("%d working days from %s", n, start)
                            .isEqualTo(n);
                }
            }
        }
    }
}
