package nl.frontoffice.domain.intake;

import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseStatusChange;
import nl.frontoffice.domain.cases.CaseStatusTransitionException;
import nl.frontoffice.domain.cases.CaseType;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.Team;
import nl.frontoffice.domain.testdata.ReferenceData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.time.LocalDate.of;
import static nl.frontoffice.domain.shared.SocialDomain.JEUGD;
import static nl.frontoffice.domain.shared.SocialDomain.PARTICIPATIE;
import static nl.frontoffice.domain.shared.SocialDomain.SCHULDHULPVERLENING;
import static nl.frontoffice.domain.shared.SocialDomain.WMO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The domain rule that turns an intake into cases, and the status life cycle of those cases,
 * without a database.
 */
class IntakeCaseOpeningTest {

    /** Monday 2 March 2026, 10:15 in Amsterdam. */
    private static final Instant SUBMITTED = Instant.parse("2026-03-02T09:15:00Z");
    private static final LocalDate MONDAY_2_MARCH_2026 = of(2026, 3, 2);

    private final WorkingDayCalendar calendar = WorkingDayCalendar.netherlands();
    private final Map<SocialDomain, CaseType> caseTypes = ReferenceData.intakeCaseTypes();
    private final Citizen citizen = Citizen.register(Bsn.of("999993847"), SUBMITTED);
    private final Actor system = Actor.system();

    private Intake submit(QuestionDraft... questions) {
        return Intake.submit(citizen, Channel.WEB, Actor.citizen("Inwoner"), List.of(questions), SUBMITTED);
    }

    private List<CaseFile> openCases(Intake intake) {
        return intake.openCases(caseTypes::get, intake.getSubmissionDate(), calendar, system, SUBMITTED.plusSeconds(1));
    }

    @Nested
    class OpeningCases {

        @Test
        void threeQuestionsInThreeDomainsOpenThreeCasesWithTheirDeadlines() {
            Intake intake = submit(
                    QuestionDraft.of(WMO, "Ik kan niet meer zelf douchen."),
                    QuestionDraft.of(JEUGD, "Mijn zoon heeft hulp nodig op school."),
                    QuestionDraft.of(SCHULDHULPVERLENING, "Ik heb schulden."));

            List<CaseFile> cases = openCases(intake);

            assertThat(intake.getSubmissionDate()).isEqualTo(MONDAY_2_MARCH_2026);
            assertThat(cases).extracting(c -> c.getCaseType().getCode())
                    .containsExactly("WMO_MELDING", "JEUGD_AANVRAAG", "SHV_AANMELDING");
            assertThat(cases).extracting(CaseFile::getDeadline).containsExactly(
                    of(2026, 4, 13),   // 6 weeks
                    of(2026, 4, 28),   // 8 weeks is Koningsdag 27 April: the next working day
                    of(2026, 3, 30));  // 4 weeks
            assertThat(cases).allSatisfy(caseFile -> {
                assertThat(caseFile.isUrgent()).isFalse();
                assertThat(caseFile.getStartDate()).isEqualTo(MONDAY_2_MARCH_2026);
                assertThat(caseFile.getStatusCode()).isEqualTo("RECEIVED");
                assertThat(caseFile.getCitizen()).isSameAs(citizen);
                assertThat(caseFile.getIntake()).isSameAs(intake);
                assertThat(caseFile.getQuestions()).hasSize(1);
                assertThat(caseFile.getHistory()).singleElement().satisfies(first -> {
                    assertThat(first.getFromStatus()).isEmpty();
                    assertThat(first.getToStatus()).isEqualTo("RECEIVED");
                    assertThat(first.getChangedBy()).isEqualTo(system);
                    assertThat(first.getChangedAt()).isEqualTo(SUBMITTED.plusSeconds(1));
                });
            });
            assertThat(intake.getCases()).containsExactlyElementsOf(cases);
            assertThat(intake.getQuestions()).allSatisfy(question -> assertThat(question.getCaseFile()).isPresent());
            assertThat(intake.getQuestions().get(1).getCaseFile()).containsSame(cases.get(1));
        }

        @Test
        void questionsInTheSameDomainShareACase() {
            Intake intake = submit(
                    QuestionDraft.of(WMO, "Ik heb een traplift nodig."),
                    QuestionDraft.of(PARTICIPATIE, "Ik heb geen inkomen meer."),
                    QuestionDraft.of(WMO, "Ik heb hulp nodig bij het huishouden."));

            List<CaseFile> cases = openCases(intake);

            assertThat(cases).hasSize(2);
            CaseFile wmo = cases.get(0);
            assertThat(wmo.getDomain()).isEqualTo(WMO);
            assertThat(wmo.getQuestions()).extracting(Question::getSequenceNumber).containsExactly(1, 3);
            assertThat(cases.get(1).getQuestions()).extracting(Question::getDomain).containsExactly(PARTICIPATIE);
            assertThat(cases.get(1).getDeadline()).isEqualTo(of(2026, 4, 28));
        }

        @Test
        void anUrgentDebtQuestionGivesThreeWorkingDays() {
            Intake intake = submit(
                    QuestionDraft.of(SCHULDHULPVERLENING, "Ik krijg een brief dat ik mijn huis uit moet.",
                            UrgencyReason.EVICTION, UrgencyReason.ENERGY_CUT_OFF));

            CaseFile shv = openCases(intake).get(0);

            assertThat(intake.isUrgent()).isTrue();
            assertThat(shv.isUrgent()).isTrue();
            // Tuesday 3, Wednesday 4, Thursday 5 March
            assertThat(shv.getDeadline()).isEqualTo(of(2026, 3, 5));
        }

        @Test
        void oneUrgentQuestionMakesTheSharedCaseUrgent() {
            Intake intake = submit(
                    QuestionDraft.of(SCHULDHULPVERLENING, "Ik heb schulden."),
                    QuestionDraft.of(SCHULDHULPVERLENING, "Mijn zorgverzekering is gestopt.", UrgencyReason.HEALTH_INSURANCE_ENDED));

            List<CaseFile> cases = openCases(intake);

            assertThat(cases).singleElement().satisfies(shv -> {
                assertThat(shv.isUrgent()).isTrue();
                assertThat(shv.getDeadline()).isEqualTo(of(2026, 3, 5));
                assertThat(shv.getQuestions()).hasSize(2);
            });
        }

        @Test
        void urgencyInADomainWithoutAnUrgentDeadlineDoesNotChangeTheDeadline() {
            Intake intake = submit(
                    QuestionDraft.of(WMO, "Mijn water wordt afgesloten en ik kan niet meer lopen.", UrgencyReason.WATER_CUT_OFF));

            CaseFile wmo = openCases(intake).get(0);

            assertThat(intake.getQuestions().get(0).isUrgent()).isTrue();
            assertThat(wmo.isUrgent()).isFalse();
            assertThat(wmo.getDeadline()).isEqualTo(of(2026, 4, 13));
        }

        @Test
        void theDeadlineRunsFromTheDayOfArrivalInAmsterdam() {
            // 23:30 UTC on Monday is already Tuesday 00:30 in Amsterdam
            Intake intake = Intake.submit(citizen, Channel.APP, Actor.citizen("Inwoner"),
                    List.of(QuestionDraft.of(SCHULDHULPVERLENING, "Ik heb schulden.", UrgencyReason.EVICTION)),
                    Instant.parse("2026-03-02T23:30:00Z"));

            CaseFile shv = openCases(intake).get(0);

            assertThat(shv.getStartDate()).isEqualTo(of(2026, 3, 3));
            assertThat(shv.getDeadline()).isEqualTo(of(2026, 3, 6));
        }

        @Test
        void openingTwiceOpensNothingNew() {
            Intake intake = submit(QuestionDraft.of(WMO, "Ik heb een rolstoel nodig."));
            openCases(intake);

            assertThat(openCases(intake)).isEmpty();
            assertThat(intake.getCases()).hasSize(1);
        }

        @Test
        void aDomainWithoutCaseTypeIsAConfigurationError() {
            Intake intake = submit(QuestionDraft.of(JEUGD, "Hulp bij opvoeding."));

            assertThatThrownBy(() -> intake.openCases(domain -> null, MONDAY_2_MARCH_2026, calendar, system, SUBMITTED))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("JEUGD");
            assertThatThrownBy(() -> intake.openCases(domain -> caseTypes.get(WMO), MONDAY_2_MARCH_2026, calendar, system, SUBMITTED))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class SubmittingAnIntake {

        @Test
        void needsAtLeastOneQuestion() {
            assertThatThrownBy(() -> Intake.submit(citizen, Channel.WEB, Actor.citizen("Inwoner"), List.of(), SUBMITTED))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).getMessageKey()).isEqualTo("intake.questions.required"));
        }

        @Test
        void keepsTheQuestionsInOrderWithTheirUrgency() {
            Intake intake = Intake.submit(citizen, Channel.PHONE, Actor.staff("kcc01", "A. Bakker"),
                    List.of(QuestionDraft.of(WMO, "  Eerste vraag  "),
                            QuestionDraft.of(SCHULDHULPVERLENING, "Tweede vraag", UrgencyReason.EVICTION)),
                    SUBMITTED);

            assertThat(intake.getQuestions()).extracting(Question::getSequenceNumber).containsExactly(1, 2);
            assertThat(intake.getQuestions()).extracting(Question::getDescription).containsExactly("Eerste vraag", "Tweede vraag");
            assertThat(intake.getQuestions().get(1).getUrgencyReasons()).containsExactly(UrgencyReason.EVICTION);
            assertThat(intake.getAuthor().isStaffMember("kcc01")).isTrue();
            assertThat(intake.getChannel()).isEqualTo(Channel.PHONE);
        }

        @Test
        void rejectsADescriptionThatIsTooLongOrBlank() {
            assertThatThrownBy(() -> QuestionDraft.of(WMO, "x".repeat(4001))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> QuestionDraft.of(WMO, " ")).isInstanceOf(IllegalArgumentException.class);
            assertThat(QuestionDraft.of(WMO, "x".repeat(4000)).description()).hasSize(4000);
        }

        @Test
        void referencesArePaddedToSixDigits() {
            Intake intake = submit(QuestionDraft.of(WMO, "Vraag"));
            intake.assignReference(2026, 42);
            CaseFile caseFile = openCases(intake).get(0);
            caseFile.assignReference(2026, 123);

            assertThat(intake.getReference()).isEqualTo("I-2026-000042");
            assertThat(caseFile.getReference()).isEqualTo("Z-2026-000123");

            caseFile.assignReference(2026, 123); // the same again is fine
            assertThatThrownBy(() -> caseFile.assignReference(2026, 124)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> intake.assignReference(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void rememberSubmissionKeyOnce() {
            Intake intake = submit(QuestionDraft.of(WMO, "Vraag"));
            assertThat(intake.getSubmissionKey()).isEmpty();

            intake.rememberSubmissionKey("5b0e2b5e-1f0c-4f55-9a43-8d3a8d5e0d11");

            assertThat(intake.getSubmissionKey()).contains("5b0e2b5e-1f0c-4f55-9a43-8d3a8d5e0d11");
            assertThatThrownBy(() -> intake.rememberSubmissionKey("another")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class ChangingStatus {

        private final Actor consulent = Actor.staff("jdevries", "J. de Vries");

        private CaseFile wmoCase() {
            return openCases(submit(QuestionDraft.of(WMO, "Ik heb een scootmobiel nodig."))).get(0);
        }

        @Test
        void statusChangesAreRecordedInTheHistory() {
            CaseFile caseFile = wmoCase();
            Instant t1 = SUBMITTED.plusSeconds(3600);
            Instant t2 = t1.plusSeconds(3600);
            Instant t3 = t2.plusSeconds(3600);

            caseFile.changeStatus("IN_PROGRESS", consulent, "Huisbezoek gepland", t1);
            caseFile.changeStatus("DECIDED", consulent, null, t2);
            caseFile.changeStatus("CLOSED", consulent, "  ", t3);

            assertThat(caseFile.getStatusCode()).isEqualTo("CLOSED");
            assertThat(caseFile.isOpen()).isFalse();
            assertThat(caseFile.getHistory())
                    .extracting(change -> change.getFromStatus().orElse(null), CaseStatusChange::getToStatus)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(null, "RECEIVED"),
                            org.assertj.core.groups.Tuple.tuple("RECEIVED", "IN_PROGRESS"),
                            org.assertj.core.groups.Tuple.tuple("IN_PROGRESS", "DECIDED"),
                            org.assertj.core.groups.Tuple.tuple("DECIDED", "CLOSED"));
            assertThat(caseFile.getHistory().get(1).getReason()).contains("Huisbezoek gepland");
            assertThat(caseFile.getHistory().get(1).getChangedBy()).isEqualTo(consulent);
            assertThat(caseFile.getHistory().get(1).getChangedAt()).isEqualTo(t1);
            assertThat(caseFile.getHistory().get(2).getReason()).isEmpty();
            assertThat(caseFile.getHistory().get(3).getReason()).isEmpty();
        }

        @Test
        void statusesMayBeSkippedButMustExistForTheCaseType() {
            CaseFile caseFile = wmoCase();

            assertThatThrownBy(() -> caseFile.changeStatus("FIRST_CONVERSATION_PLANNED", consulent, null, SUBMITTED))
                    .isInstanceOf(CaseStatusTransitionException.class)
                    .satisfies(e -> {
                        CaseStatusTransitionException exception = (CaseStatusTransitionException) e;
                        assertThat(exception.getMessageKey()).isEqualTo("case.status.unknown");
                        assertThat(exception.getArguments()).containsExactly("FIRST_CONVERSATION_PLANNED");
                    });
            assertThatThrownBy(() -> caseFile.changeStatus(null, consulent, null, SUBMITTED))
                    .isInstanceOf(CaseStatusTransitionException.class);
            assertThat(caseFile.getHistory()).hasSize(1);

            caseFile.changeStatus("DECIDED", consulent, null, SUBMITTED);
            assertThat(caseFile.getStatusCode()).isEqualTo("DECIDED");
        }

        @Test
        void rejectsTheSameStatus() {
            CaseFile caseFile = wmoCase();

            assertThatThrownBy(() -> caseFile.changeStatus("RECEIVED", consulent, null, SUBMITTED))
                    .isInstanceOf(CaseStatusTransitionException.class)
                    .extracting(e -> ((CaseStatusTransitionException) e).getMessageKey())
                    .isEqualTo("case.status.same");
        }

        @Test
        void aClosedCaseCannotChange() {
            CaseFile caseFile = wmoCase();
            caseFile.changeStatus("CLOSED", consulent, "Ingetrokken door inwoner", SUBMITTED);

            assertThatThrownBy(() -> caseFile.changeStatus("IN_PROGRESS", consulent, null, SUBMITTED))
                    .isInstanceOf(CaseStatusTransitionException.class)
                    .satisfies(e -> {
                        CaseStatusTransitionException exception = (CaseStatusTransitionException) e;
                        assertThat(exception.getMessageKey()).isEqualTo("case.status.terminal");
                        assertThat(exception.getArguments()).containsExactly("CLOSED", "IN_PROGRESS");
                    });
            assertThat(caseFile.getHistory()).hasSize(2);
        }

        @Test
        void theDebtCaseHasItsOwnStatuses() {
            CaseFile shv = openCases(submit(QuestionDraft.of(SCHULDHULPVERLENING, "Schulden"))).get(0);

            shv.changeStatus("FIRST_CONVERSATION_PLANNED", consulent, null, SUBMITTED);

            assertThat(shv.getCurrentStatus().getNameKey()).isEqualTo("casestatus.FIRST_CONVERSATION_PLANNED");
            assertThatThrownBy(() -> shv.changeStatus("DECIDED", consulent, null, SUBMITTED))
                    .isInstanceOf(CaseStatusTransitionException.class);
        }

        @Test
        void rejectsAReasonThatIsTooLong() {
            CaseFile caseFile = wmoCase();

            assertThatThrownBy(() -> caseFile.changeStatus("IN_PROGRESS", consulent, "x".repeat(1001), SUBMITTED))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(caseFile.getStatusCode()).isEqualTo("RECEIVED");
        }
    }

    @Nested
    class Assigning {

        private final Team teamWmo = new Team("Team Wmo", Set.of(WMO));
        private final Team teamWerkEnInkomen = new Team("Team Werk en Inkomen", Set.of(PARTICIPATIE, SCHULDHULPVERLENING));

        @Test
        void toAnActiveStaffMemberOfATeamServingTheDomain() {
            CaseFile caseFile = openCases(submit(QuestionDraft.of(WMO, "Vraag"))).get(0);
            StaffMember consulent = new StaffMember("jdevries", "J. de Vries", "j.devries@example.nl");
            consulent.joinTeam(teamWmo);

            caseFile.assignToTeam(teamWmo);
            caseFile.assignTo(consulent);

            assertThat(caseFile.getAssignee()).containsSame(consulent);
            assertThat(caseFile.getTeam()).containsSame(teamWmo);

            caseFile.unassign();
            assertThat(caseFile.getAssignee()).isEmpty();
        }

        @Test
        void notToSomeoneOutsideTheDomainOrInactive() {
            CaseFile caseFile = openCases(submit(QuestionDraft.of(WMO, "Vraag"))).get(0);
            StaffMember other = new StaffMember("pjansen", "P. Jansen", null);
            other.joinTeam(teamWerkEnInkomen);

            assertThatThrownBy(() -> caseFile.assignTo(other))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("case.assignee.domain");
            assertThatThrownBy(() -> caseFile.assignToTeam(teamWerkEnInkomen))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("case.team.domain");

            other.joinTeam(teamWmo);
            other.deactivate();
            assertThatThrownBy(() -> caseFile.assignTo(other))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("case.assignee.inactive");
        }
    }

    @Nested
    class CoveringQuestions {

        @Test
        void onlyQuestionsOfTheSameCitizenAndDomain() {
            Intake intake = submit(QuestionDraft.of(WMO, "Vraag"), QuestionDraft.of(JEUGD, "Vraag"));
            CaseFile wmo = CaseFile.open(intake, caseTypes.get(WMO), MONDAY_2_MARCH_2026, false, calendar, system, SUBMITTED);
            Question jeugdQuestion = intake.getQuestions().get(1);

            assertThatThrownBy(() -> wmo.cover(jeugdQuestion)).isInstanceOf(IllegalArgumentException.class);

            Citizen someoneElse = Citizen.register(Bsn.of("999990019"), SUBMITTED);
            Intake otherIntake = Intake.submit(someoneElse, Channel.WEB, Actor.citizen("Inwoner"),
                    List.of(QuestionDraft.of(WMO, "Vraag")), SUBMITTED);
            assertThatThrownBy(() -> wmo.cover(otherIntake.getQuestions().get(0))).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theInverseSideCannotBeSetAlone() {
            Intake intake = submit(QuestionDraft.of(WMO, "Vraag"));
            CaseFile wmo = CaseFile.open(intake, caseTypes.get(WMO), MONDAY_2_MARCH_2026, false, calendar, system, SUBMITTED);

            assertThatThrownBy(() -> intake.getQuestions().get(0).coverBy(wmo)).isInstanceOf(IllegalStateException.class);
            assertThat(intake.getCases()).containsExactly(wmo);
        }
    }
}
