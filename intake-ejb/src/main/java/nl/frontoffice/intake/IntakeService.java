package nl.frontoffice.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseTypeRepository;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.citizen.CitizenRepository;
import nl.frontoffice.domain.intake.Intake;
import nl.frontoffice.domain.intake.IntakeRepository;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.DomainException;

/**
 * Registers intakes. One call is one transaction: the citizen (first contact), the intake with its
 * questions, and one case per domain among the questions with its deadline, or nothing at all.
 */
@Stateless
public class IntakeService {

    private static final Logger LOG = Logger.getLogger(IntakeService.class.getName());

    @PersistenceContext(unitName = "frontoffice")
    private EntityManager em;

    @Inject
    private CitizenRepository citizens;

    @Inject
    private IntakeRepository intakes;

    @Inject
    private CaseTypeRepository caseTypes;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private Clock clock;

    /**
     * Registers an intake and opens its cases. With a submission key that was registered before, it
     * returns the earlier receipt and registers nothing: a double click or a retry yields one intake.
     *
     * @return the references and deadlines to tell the citizen
     */
    public IntakeReceipt register(@NotNull @Valid IntakeRegistration registration) {
        if (registration.submissionKey() != null) {
            var earlier = intakes.findBySubmissionKey(registration.submissionKey());
            if (earlier.isPresent()) {
                return IntakeReceipt.of(earlier.get());
            }
        }
        Instant now = clock.instant();
        Citizen citizen = citizens.findByBsn(registration.bsn())
                .orElseGet(() -> citizens.save(Citizen.register(registration.bsn(), now)));
        if (registration.contactDetails() != null) {
            citizen.updateContactDetails(registration.contactDetails());
        }

        Intake intake = Intake.submit(citizen, registration.channel(), registration.author(),
                registration.questions(), now);
        if (registration.submissionKey() != null) {
            intake.rememberSubmissionKey(registration.submissionKey());
        }
        // persist, then give the reference at once: the reference column is NOT NULL
        em.persist(intake);
        LocalDate submissionDate = intake.getSubmissionDate();
        intake.assignReference(submissionDate.getYear(), intake.getId());

        var opened = intake.openCases(domain -> caseTypes.findIntakeDefault(domain)
                        .orElseThrow(() -> new DomainException("intake.domain.unavailable", domain)),
                submissionDate, calendar, Actor.system(), now);
        for (CaseFile caseFile : opened) {
            em.persist(caseFile);
            caseFile.assignReference(submissionDate.getYear(), caseFile.getId());
        }
        em.flush();
        LOG.info(() -> "Registered intake " + intake.getReference() + " via " + intake.getChannel()
                + " with " + intake.getQuestions().size() + " question(s) and " + opened.size() + " case(s)");
        return IntakeReceipt.of(intake);
    }
}
