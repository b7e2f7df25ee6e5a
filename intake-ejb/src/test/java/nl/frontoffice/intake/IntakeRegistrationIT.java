package nl.frontoffice.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.frontoffice.cases.CaseService;
import nl.frontoffice.cases.CaseSummary;
import nl.frontoffice.cases.StatusChange;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.CaseStatusTransitionException;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.ContactDetails;
import nl.frontoffice.domain.intake.QuestionDraft;
import nl.frontoffice.domain.intake.UrgencyReason;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.ActorType;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.testing.ComponentTestDeployment;
import nl.frontoffice.testing.TestClock;

/**
 * The heart of the product on a real container and database: one intake with several questions
 * opens one case per domain, each with its statutory deadline, in one transaction.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeRegistrationIT {

    @Deployment
    static WebArchive deployment() {
        return ComponentTestDeployment.create(IntakeRegistrationIT.class, TestClock.class);
    }

    @EJB
    private IntakeService intakeService;

    @EJB
    private CaseService caseService;

    @Inject
    private TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Bsn newBsn() {
        // a fresh valid BSN per test, so tests never see each other's citizens
        while (true) {
            String candidate = String.format("%09d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L));
            if (Bsn.isValid(candidate)) {
                return Bsn.of(candidate);
            }
        }
    }

    private static IntakeRegistration registration(Bsn bsn, String submissionKey, QuestionDraft... questions) {
        return new IntakeRegistration(bsn, Channel.WEB, Actor.citizen("Inwoner"), List.of(questions),
                ContactDetails.of("06 12345678", "inwoner@example.org"), submissionKey);
    }

    @Test
    void one_intake_with_three_questions_in_three_domains_opens_three_cases_with_their_statutory_deadlines() {
        // Tuesday 22 December 2026: the urgent debts deadline of 3 working days crosses Christmas
        clock.set(ZonedDateTime.of(2026, 12, 22, 10, 0, 0, 0, WorkingDayCalendar.TIME_ZONE));
        Bsn bsn = newBsn();

        IntakeReceipt receipt = intakeService.register(registration(bsn, null,
                QuestionDraft.of(SocialDomain.WMO, "Ik kan niet meer zelf het huis schoonhouden."),
                QuestionDraft.of(SocialDomain.JEUGD, "Mijn zoon heeft hulp nodig op school."),
                QuestionDraft.of(SocialDomain.SCHULDHULPVERLENING, "Ik heb een brief over huisuitzetting gekregen.",
                        UrgencyReason.EVICTION)));

        assertThat(receipt.reference()).matches("I-2026-\\d{6}");
        Map<SocialDomain, CaseSummary> byDomain = receipt.cases().stream()
                .collect(Collectors.toMap(CaseSummary::domain, Function.identity()));
        assertThat(byDomain).containsOnlyKeys(SocialDomain.WMO, SocialDomain.JEUGD, SocialDomain.SCHULDHULPVERLENING);
        // Wmo: research within 6 weeks of the melding
        assertThat(byDomain.get(SocialDomain.WMO).deadline()).isEqualTo(LocalDate.of(2027, 2, 2));
        // Jeugdwet: decision within 8 weeks (Awb 4:13)
        assertThat(byDomain.get(SocialDomain.JEUGD).deadline()).isEqualTo(LocalDate.of(2027, 2, 16));
        // debts with eviction threatening: 3 working days; 25 and 26 December are public holidays
        CaseSummary debts = byDomain.get(SocialDomain.SCHULDHULPVERLENING);
        assertThat(debts.urgent()).isTrue();
        assertThat(debts.deadline()).isEqualTo(LocalDate.of(2026, 12, 28));

        // and they are stored: the citizen's case list shows the same three cases
        List<CaseSummary> stored = caseService.listCasesOfCitizen(bsn);
        assertThat(stored).extracting(CaseSummary::reference)
                .containsExactlyInAnyOrderElementsOf(receipt.cases().stream().map(CaseSummary::reference).toList());
        assertThat(stored).allSatisfy(caseSummary -> {
            assertThat(caseSummary.reference()).matches("Z-2026-\\d{6}");
            assertThat(caseSummary.statusCode()).isEqualTo("RECEIVED");
            assertThat(caseSummary.startDate()).isEqualTo(LocalDate.of(2026, 12, 22));
            assertThat(caseSummary.open()).isTrue();
        });
    }

    @Test
    void questions_in_the_same_domain_share_one_case_and_a_regular_debts_question_gets_four_weeks() {
        clock.set(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, WorkingDayCalendar.TIME_ZONE));
        Bsn bsn = newBsn();

        IntakeReceipt receipt = intakeService.register(registration(bsn, null,
                QuestionDraft.of(SocialDomain.WMO, "Hulp bij het huishouden."),
                QuestionDraft.of(SocialDomain.WMO, "Een scootmobiel."),
                QuestionDraft.of(SocialDomain.SCHULDHULPVERLENING, "Ik heb schulden.")));

        assertThat(receipt.cases()).hasSize(2);
        CaseSummary debts = receipt.cases().stream()
                .filter(c -> c.domain() == SocialDomain.SCHULDHULPVERLENING).findFirst().orElseThrow();
        assertThat(debts.urgent()).isFalse();
        assertThat(debts.deadline()).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void the_same_submission_key_twice_yields_one_intake() {
        Bsn bsn = newBsn();
        String key = UUID.randomUUID().toString();
        IntakeRegistration registration = registration(bsn, key,
                QuestionDraft.of(SocialDomain.PARTICIPATIE, "Ik heb geen inkomen meer."));

        IntakeReceipt first = intakeService.register(registration);
        IntakeReceipt second = intakeService.register(registration);

        assertThat(second.reference()).isEqualTo(first.reference());
        assertThat(caseService.listCasesOfCitizen(bsn)).hasSize(1);
    }

    @Test
    void a_status_change_is_recorded_with_who_when_and_why_and_bad_moves_are_refused_with_a_message_key() {
        clock.set(ZonedDateTime.of(2026, 6, 1, 9, 0, 0, 0, WorkingDayCalendar.TIME_ZONE));
        Bsn bsn = newBsn();
        String reference = intakeService.register(registration(bsn, null,
                QuestionDraft.of(SocialDomain.JEUGD, "Opvoedondersteuning."))).cases().get(0).reference();

        clock.set(ZonedDateTime.of(2026, 6, 3, 14, 30, 0, 0, WorkingDayCalendar.TIME_ZONE));
        Actor consulent = Actor.staff("jdevries", "Jan de Vries");
        CaseSummary moved = caseService.changeStatus(reference, "IN_PROGRESS", consulent, "Gesprek gepland");

        assertThat(moved.statusCode()).isEqualTo("IN_PROGRESS");
        List<StatusChange> history = caseService.getStatusHistory(reference);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).fromStatus()).isNull();
        assertThat(history.get(0).toStatus()).isEqualTo("RECEIVED");
        StatusChange change = history.get(1);
        assertThat(change.fromStatus()).isEqualTo("RECEIVED");
        assertThat(change.toStatus()).isEqualTo("IN_PROGRESS");
        assertThat(change.actorType()).isEqualTo(ActorType.STAFF);
        assertThat(change.actorName()).isEqualTo("Jan de Vries");
        assertThat(change.changedAt()).isEqualTo(ZonedDateTime.of(2026, 6, 3, 14, 30, 0, 0, WorkingDayCalendar.TIME_ZONE).toInstant());
        assertThat(change.reason()).isEqualTo("Gesprek gepland");

        assertThatThrownBy(() -> caseService.changeStatus(reference, "IN_PROGRESS", consulent, null))
                .isInstanceOf(CaseStatusTransitionException.class)
                .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("case.status.same");
        assertThatThrownBy(() -> caseService.changeStatus(reference, "NO_SUCH_STATUS", consulent, null))
                .isInstanceOf(CaseStatusTransitionException.class)
                .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("case.status.unknown");
        assertThatThrownBy(() -> caseService.changeStatus("Z-2026-999999", "CLOSED", consulent, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo(CaseService.CASE_NOT_FOUND);
        // the refused moves changed nothing
        assertThat(caseService.getStatusHistory(reference)).hasSize(2);
    }

    @Test
    void an_intake_without_questions_is_refused_by_bean_validation_and_stores_nothing() {
        Bsn bsn = newBsn();
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> intakeService.register(registration(bsn, null)));
        // the container may hand the violation over as it is or wrapped in an EJBException
        Throwable cause = refused;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(ConstraintViolationException.class);
        assertThat(caseService.listCasesOfCitizen(bsn)).isEmpty();
    }
}
