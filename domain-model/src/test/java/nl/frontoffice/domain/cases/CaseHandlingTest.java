package nl.frontoffice.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.frontoffice.domain.calendar.DeadlineRule;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.intake.Intake;
import nl.frontoffice.domain.intake.QuestionDraft;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffRole;
import nl.frontoffice.domain.staff.Team;

/**
 * The rules of back-office case handling: deadline state, suspension arithmetic, the one extension,
 * moving to the next status, the decision, assignment.
 */
class CaseHandlingTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.netherlands();
    private static final Actor CONSULENT = Actor.staff("j.devries", "Jan de Vries");

    /** Amsterdam time on a day, 10:00. */
    private static Instant at(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 10, 0, 0, 0, WorkingDayCalendar.TIME_ZONE).toInstant();
    }

    static CaseType wmo() {
        CaseType type = CaseType.define("WMO_MELDING", SocialDomain.WMO, "casetype.WMO_MELDING",
                "Wmo 2015 art. 2.3.2 lid 9", DeadlineRule.weeks(6), null, true).allowExtension(DeadlineRule.weeks(2));
        type.addStatus("RECEIVED", "casestatus.RECEIVED", true, false);
        type.addStatus("IN_PROGRESS", "casestatus.IN_PROGRESS", false, false);
        type.addStatus("DECIDED", "casestatus.DECIDED", false, false).requiringDecision();
        type.addStatus("CLOSED", "casestatus.CLOSED", false, true);
        return type;
    }

    static CaseType shv() {
        CaseType type = CaseType.define("SHV_AANMELDING", SocialDomain.SCHULDHULPVERLENING, "casetype.SHV_AANMELDING",
                "Wgs art. 4a", DeadlineRule.weeks(4), DeadlineRule.workingDays(3), true);
        type.addStatus("RECEIVED", "casestatus.RECEIVED", true, false);
        type.addStatus("IN_PROGRESS", "casestatus.IN_PROGRESS", false, false);
        type.addStatus("CLOSED", "casestatus.CLOSED", false, true);
        return type;
    }

    /** A case opened on Monday 2 March 2026: deadline 13 April 2026 (6 weeks, Easter Monday moved it). */
    static CaseFile openCase(CaseType type, Instant opened) {
        Citizen citizen = Citizen.register(Bsn.of("999993847"), opened);
        Intake intake = Intake.submit(citizen, Channel.WEB, Actor.citizen("Inwoner"),
                List.of(QuestionDraft.of(type.getDomain(), "Vraag")), opened);
        List<CaseFile> cases = intake.openCases(domain -> type, intake.getSubmissionDate(), CALENDAR, Actor.system(), opened);
        return cases.get(0);
    }

    private static String keyOf(Throwable e) {
        return ((DomainException) e).getMessageKey();
    }

    @Nested
    class DeadlineStates {

        private final LocalDate friday10April = LocalDate.of(2026, 4, 10);

        @Test
        void overdue_after_the_deadline_due_soon_within_n_working_days_on_track_before() {
            LocalDate deadline = LocalDate.of(2026, 4, 20); // Monday
            // Monday 13 April: 5 working days up to and including Monday 20 April
            assertThat(DeadlineState.of(deadline, LocalDate.of(2026, 4, 13), true, false, 5, CALENDAR)).isEqualTo(DeadlineState.DUE_SOON);
            // Friday 10 April: 6 working days (13-17, 20)
            assertThat(DeadlineState.of(deadline, friday10April, true, false, 5, CALENDAR)).isEqualTo(DeadlineState.ON_TRACK);
            assertThat(DeadlineState.of(deadline, deadline, true, false, 5, CALENDAR)).isEqualTo(DeadlineState.DUE_SOON);
            assertThat(DeadlineState.of(deadline, deadline.plusDays(1), true, false, 5, CALENDAR)).isEqualTo(DeadlineState.OVERDUE);
            assertThat(DeadlineState.of(deadline, deadline, true, false, 0, CALENDAR)).isEqualTo(DeadlineState.DUE_SOON);
            assertThat(DeadlineState.of(deadline, deadline.minusDays(1), true, false, 0, CALENDAR)).isEqualTo(DeadlineState.ON_TRACK);
        }

        @Test
        void public_holidays_do_not_count_as_working_days() {
            // Thursday 30 April 2026; Monday 27 April is King's Day
            LocalDate deadline = LocalDate.of(2026, 4, 30);
            // from Thursday 23 April: 24, 28, 29, 30 = 4 working days; with N = 3 it is on track
            assertThat(DeadlineState.of(deadline, LocalDate.of(2026, 4, 23), true, false, 3, CALENDAR)).isEqualTo(DeadlineState.ON_TRACK);
            assertThat(DeadlineState.of(deadline, LocalDate.of(2026, 4, 23), true, false, 4, CALENDAR)).isEqualTo(DeadlineState.DUE_SOON);
            // the query limit agrees with the rule
            assertThat(DeadlineState.dueSoonLimit(LocalDate.of(2026, 4, 23), 3, CALENDAR)).isEqualTo(deadline);
        }

        @Test
        void closed_and_suspended_cases_have_their_own_state_whatever_the_date() {
            LocalDate past = LocalDate.of(2026, 1, 5);
            assertThat(DeadlineState.of(past, friday10April, false, false, 5, CALENDAR)).isEqualTo(DeadlineState.CLOSED);
            assertThat(DeadlineState.of(past, friday10April, true, true, 5, CALENDAR)).isEqualTo(DeadlineState.SUSPENDED);
            assertThatThrownBy(() -> DeadlineState.of(past, friday10April, true, false, -1, CALENDAR))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Suspension {

        @Test
        void the_deadline_moves_by_the_suspended_working_days() {
            CaseFile caseFile = openCase(wmo(), at(2026, 3, 2));
            assertThat(caseFile.getDeadline()).isEqualTo(LocalDate.of(2026, 4, 13));

            // suspended on Thursday 23 April, resumed on Tuesday 28 April: Friday 24 and Tuesday 28
            // count, the weekend and King's Day (Monday 27 April) do not
            caseFile.suspend("Wij wachten op het verslag van de huisarts", CONSULENT, at(2026, 4, 23));
            assertThat(caseFile.isSuspended()).isTrue();
            assertThat(caseFile.getSuspendedSince()).contains(LocalDate.of(2026, 4, 23));
            CaseStatusChange resumed = caseFile.resume(CONSULENT, at(2026, 4, 28), CALENDAR);

            assertThat(caseFile.getSuspendedWorkingDays()).isEqualTo(2);
            // 13 April + 2 working days = 15 April
            assertThat(caseFile.getDeadline()).isEqualTo(LocalDate.of(2026, 4, 15));
            assertThat(caseFile.isSuspended()).isFalse();
            assertThat(resumed.getKind()).isEqualTo(CaseEventKind.RESUMED);
            assertThat(resumed.getDetail()).contains("2026-04-15");
            assertThat(caseFile.getHistory()).extracting(CaseStatusChange::getKind)
                    .containsExactly(CaseEventKind.STATUS_CHANGED, CaseEventKind.SUSPENDED, CaseEventKind.RESUMED);
            assertThat(caseFile.getHistory().get(1).getReason()).contains("Wij wachten op het verslag van de huisarts");
        }

        @Test
        void suspended_and_resumed_on_the_same_day_moves_nothing_and_suspensions_add_up() {
            CaseFile caseFile = openCase(wmo(), at(2026, 3, 2));
            caseFile.suspend("Formulier", CONSULENT, at(2026, 3, 3));
            caseFile.resume(CONSULENT, at(2026, 3, 3).plusSeconds(3600), CALENDAR);
            assertThat(caseFile.getDeadline()).isEqualTo(LocalDate.of(2026, 4, 13));

            // Friday 6 March to Monday 9 March: one working day
            caseFile.suspend("Loonstrook", CONSULENT, at(2026, 3, 6));
            caseFile.resume(CONSULENT, at(2026, 3, 9), CALENDAR);
            assertThat(caseFile.getDeadline()).isEqualTo(LocalDate.of(2026, 4, 14));
            assertThat(caseFile.getSuspendedWorkingDays()).isEqualTo(1);
        }

        @Test
        void a_suspension_needs_a_reason_and_a_suspended_case_does_not_move_on() {
            CaseFile caseFile = openCase(wmo(), at(2026, 3, 2));
            assertThatThrownBy(() -> caseFile.suspend("  ", CONSULENT, at(2026, 3, 3)))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo(CaseFile.SUSPENSION_REASON_REQUIRED));
            assertThatThrownBy(() -> caseFile.resume(CONSULENT, at(2026, 3, 3), CALENDAR))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo(CaseFile.NOT_SUSPENDED));

            caseFile.suspend("Formulier", CONSULENT, at(2026, 3, 3));
            assertThatThrownBy(() -> caseFile.suspend("Nog een", CONSULENT, at(2026, 3, 4)))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo(CaseFile.SUSPENDED));
            assertThatThrownBy(() -> caseFile.advanceTo("IN_PROGRESS", CONSULENT, null, at(2026, 3, 4), CALENDAR))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo(CaseFile.SUSPENDED));
        }
    }

    @Nested
    class Extension {

        @Test
        void a_case_is_extended_once_by_its_case_types_term_from_the_current_deadline() {
            CaseFile caseFile = openCase(wmo(), at(2026, 3, 2));
            CaseStatusChange extended = caseFile.extend("Wij wachten op advies van de ergotherapeut", CONSULENT,
                    at(2026, 4, 1), CALENDAR);

            // 13 April + 2 weeks = Monday 27 April, King's Day: the next working day
            assertThat(caseFile.getDeadline()).isEqualTo(LocalDate.of(2026, 4, 28));
            assertThat(caseFile.isExtended()).isTrue();
            assertThat(caseFile.getExtendedOn()).contains(LocalDate.of(2026, 4, 1));
            assertThat(extended.getKind()).isEqualTo(CaseEventKind.EXTENDED);
            assertThat(extended.getDetail()).contains("2026-04-28");

            assertThatThrownBy(() -> caseFile.extend("Nog meer tijd", CONSULENT, at(2026, 4, 2), CALENDAR))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo(CaseFile.EXTENSION_ALREADY));
            assertThat(caseFile.getDeadline()).isEqualTo(LocalDate.of(2026, 4, 28));
        }

        @Test
        void no_extension_without_a_reason_or_where_the_law_has_none() {
            CaseFile wmo = openCase(wmo(), at(2026, 3, 2));
            assertThatThrownBy(() -> wmo.extend(null, CONSULENT, at(2026, 4, 1), CALENDAR))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo(CaseFile.EXTENSION_REASON_REQUIRED));
            assertThat(wmo.isExtended()).isFalse();

            CaseFile debts = openCase(shv(), at(2026, 3, 2));
            assertThatThrownBy(() -> debts.extend("Drukte", CONSULENT, at(2026, 3, 3), CALENDAR))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo(CaseFile.EXTENSION_NOT_ALLOWED));
        }
    }

    @Nested
    class Statuses {

        @Test
        void a_case_moves_to_the_next_status_only_and_needs_its_decision_for_the_decision_status() {
            CaseFile caseFile = openCase(wmo(), at(2026, 3, 2));
            assertThat(caseFile.getNextStatus().map(CaseStatus::getCode)).contains("IN_PROGRESS");
            assertThatThrownBy(() -> caseFile.advanceTo("DECIDED", CONSULENT, null, at(2026, 3, 3), CALENDAR))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo(CaseFile.STATUS_NOT_NEXT));

            caseFile.advanceTo("IN_PROGRESS", CONSULENT, "Gesprek gepland", at(2026, 3, 3), CALENDAR);
            assertThatThrownBy(() -> caseFile.advanceTo("DECIDED", CONSULENT, null, at(2026, 3, 4), CALENDAR))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo(CaseFile.DECISION_REQUIRED));
            assertThatThrownBy(() -> caseFile.recordDecision(DecisionOutcome.GRANTED, " ", CONSULENT, at(2026, 3, 4)))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo(CaseFile.DECISION_INCOMPLETE));

            caseFile.recordDecision(DecisionOutcome.GRANTED, "Huishoudelijke hulp, 3 uur per week", CONSULENT, at(2026, 3, 4));
            caseFile.advanceTo("DECIDED", CONSULENT, null, at(2026, 3, 5), CALENDAR);
            assertThat(caseFile.isOpen()).isTrue();
            assertThat(caseFile.getClosedOn()).isEmpty();

            // closing on Monday 16 March: 10 working days after Monday 2 March
            caseFile.advanceTo("CLOSED", CONSULENT, null, at(2026, 3, 16), CALENDAR);
            assertThat(caseFile.isOpen()).isFalse();
            assertThat(caseFile.getClosedOn()).contains(LocalDate.of(2026, 3, 16));
            assertThat(caseFile.getHandlingWorkingDays()).contains(10);
            assertThat(caseFile.getNextStatus()).isEmpty();
            assertThat(caseFile.getDecisionOutcome()).contains(DecisionOutcome.GRANTED);
            assertThat(caseFile.getHistory()).extracting(CaseStatusChange::getKind).containsExactly(
                    CaseEventKind.STATUS_CHANGED, CaseEventKind.STATUS_CHANGED, CaseEventKind.DECISION_RECORDED,
                    CaseEventKind.STATUS_CHANGED, CaseEventKind.STATUS_CHANGED);

            // a closed case changes no more
            assertThatThrownBy(() -> caseFile.suspend("x", CONSULENT, at(2026, 3, 17)))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo(CaseFile.CLOSED));
            assertThatThrownBy(() -> caseFile.extend("x", CONSULENT, at(2026, 3, 17), CALENDAR))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo(CaseFile.CLOSED));
        }

        @Test
        void the_version_the_caller_saw_must_be_the_current_one() {
            CaseFile caseFile = openCase(wmo(), at(2026, 3, 2));
            caseFile.requireVersion(caseFile.getVersion());
            assertThatThrownBy(() -> caseFile.requireVersion(caseFile.getVersion() + 1))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo(CaseFile.VERSION_CONFLICT));
        }
    }

    @Test
    void assignment_needs_a_member_of_a_team_serving_the_domain_and_is_recorded() {
        CaseFile caseFile = openCase(wmo(), at(2026, 3, 2));
        Team wmoTeam = new Team("Team Wmo", Set.of(SocialDomain.WMO));
        Team jeugdTeam = new Team("Team Jeugd", Set.of(SocialDomain.JEUGD));
        StaffMember jan = new StaffMember("j.devries", "Jan de Vries", null);
        jan.grant(StaffRole.CONSULENT);
        jan.joinTeam(wmoTeam);
        StaffMember fatima = new StaffMember("f.elamrani", "Fatima El Amrani", null);
        fatima.joinTeam(jeugdTeam);

        assertThatThrownBy(() -> caseFile.assign(jan, jeugdTeam, CONSULENT, at(2026, 3, 3)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("case.team.domain"));
        assertThatThrownBy(() -> caseFile.assign(fatima, wmoTeam, CONSULENT, at(2026, 3, 3)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("case.assignee.domain"));

        CaseStatusChange assigned = caseFile.assign(jan, wmoTeam, CONSULENT, at(2026, 3, 3));
        assertThat(caseFile.getAssignee()).contains(jan);
        assertThat(caseFile.getTeam()).contains(wmoTeam);
        assertThat(assigned.getKind()).isEqualTo(CaseEventKind.ASSIGNED);
        assertThat(assigned.getDetail()).contains("j.devries");
        assertThat(assigned.getFromStatus()).contains("RECEIVED");
        assertThat(assigned.getToStatus()).isEqualTo("RECEIVED");
    }

    @Test
    void a_note_needs_text_of_limited_length() {
        CaseFile caseFile = openCase(wmo(), at(2026, 3, 2));
        assertThat(new CaseNote(caseFile, CONSULENT, "  Huisbezoek: trap is een probleem ", at(2026, 3, 3)).getText())
                .isEqualTo("Huisbezoek: trap is een probleem");
        assertThatThrownBy(() -> new CaseNote(caseFile, CONSULENT, " ", at(2026, 3, 3)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo(CaseNote.TEXT_INVALID));
        assertThatThrownBy(() -> new CaseNote(caseFile, CONSULENT, "x".repeat(CaseNote.MAX_LENGTH + 1), at(2026, 3, 3)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo(CaseNote.TEXT_INVALID));
    }
}
