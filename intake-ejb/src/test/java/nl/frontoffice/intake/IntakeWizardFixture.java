package nl.frontoffice.intake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.CitizenRepository;
import nl.frontoffice.domain.contact.ContactMomentRepository;
import nl.frontoffice.domain.intake.IntakeRepository;

/**
 * Reads what the intake services stored, each call in a transaction of its own, for the component
 * tests of the wizard. Only in the component-test deployment.
 */
@Stateless
public class IntakeWizardFixture {

    @Inject
    private CitizenRepository citizens;

    @Inject
    private ContactMomentRepository contactMoments;

    @Inject
    private IntakeRepository intakes;

    /** A contact moment as the tests compare it. */
    public record StoredContactMoment(String channel, String actorType, String actorIdentifier, String subject,
                                      List<String> caseReferences) {
    }

    public List<StoredContactMoment> contactMomentsOf(Bsn bsn) {
        return citizens.findByBsn(bsn).map(citizen -> contactMoments.findByCitizen(citizen).stream()
                .map(m -> new StoredContactMoment(m.getChannel().name(), m.getRegisteredBy().getType().name(),
                        m.getRegisteredBy().getIdentifier(), m.getSubject(),
                        m.getCases().stream().map(CaseFile::getReference).sorted().toList()))
                .toList()).orElse(List.of());
    }

    public int intakeCountOf(Bsn bsn) {
        return citizens.findByBsn(bsn).map(citizen -> intakes.findByCitizen(citizen).size()).orElse(0);
    }

    /** Records every {@link IntakeSubmitted} event (the confirmation-mail hook). */
    @ApplicationScoped
    public static class SubmittedEvents {

        private final List<IntakeSubmitted> events = new CopyOnWriteArrayList<>();

        void on(@Observes IntakeSubmitted event) {
            events.add(event);
        }

        public List<IntakeSubmitted> forReference(String reference) {
            return events.stream().filter(e -> e.intakeReference().equals(reference)).toList();
        }
    }
}
