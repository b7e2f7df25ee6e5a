package nl.frontoffice.portal.staff.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.DeadlineState;
import nl.frontoffice.domain.shared.Channel;

/** The small rules of the citizen page and the callback list. */
class CitizenPagesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.netherlands();

    @Test
    void the_contact_channel_follows_the_reason_for_looking() {
        assertThat(CitizenView.defaultChannel(AccessPurpose.PHONE_CONTACT)).isEqualTo(Channel.PHONE);
        assertThat(CitizenView.defaultChannel(AccessPurpose.COUNTER_VISIT)).isEqualTo(Channel.COUNTER);
        assertThat(CitizenView.defaultChannel(AccessPurpose.CORRESPONDENCE)).isEqualTo(Channel.EMAIL);
        assertThat(CitizenView.defaultChannel(AccessPurpose.CASE_HANDLING)).isEqualTo(Channel.PHONE);
    }

    @Test
    void a_callback_is_due_soon_on_its_day_and_overdue_after_it() {
        LocalDate monday = LocalDate.of(2026, 11, 30);

        assertThat(CallbackListView.dueState(monday.plusDays(1), monday, CALENDAR)).isEqualTo(DeadlineState.ON_TRACK);
        assertThat(CallbackListView.dueState(monday, monday, CALENDAR)).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(CallbackListView.dueState(monday.minusDays(3), monday, CALENDAR)).isEqualTo(DeadlineState.OVERDUE);
    }
}
