package nl.frontoffice.domain.contact;

import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.intake.Intake;
import nl.frontoffice.domain.intake.QuestionDraft;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.testdata.ReferenceData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactMomentTest {

    private static final Instant NOW = Instant.parse("2026-03-10T13:00:00Z");

    private static CaseFile wmoCaseOf(Citizen citizen) {
        Intake intake = Intake.submit(citizen, Channel.WEB, Actor.citizen("Inwoner"),
                List.of(QuestionDraft.of(SocialDomain.WMO, "Vraag")), NOW);
        return intake.openCases(domain -> ReferenceData.wmoMelding(), intake.getSubmissionDate(),
                WorkingDayCalendar.netherlands(), Actor.system(), NOW).get(0);
    }

    @Test
    void linksCasesOfTheSameCitizenOnce() {
        Citizen citizen = Citizen.register(Bsn.of("999993847"), NOW);
        CaseFile caseFile = wmoCaseOf(citizen);
        ContactMoment contact = ContactMoment.register(citizen, Channel.PHONE, " Vraag over de status ", " ",
                NOW, Actor.staff("kcc01", "A. Bakker"));

        contact.linkCase(caseFile);
        contact.linkCase(caseFile);

        assertThat(contact.getCases()).containsExactly(caseFile);
        assertThat(contact.getSubject()).isEqualTo("Vraag over de status");
        assertThat(contact.getOutcome()).isEmpty();

        contact.unlinkCase(caseFile);
        assertThat(contact.getCases()).isEmpty();
    }

    @Test
    void doesNotLinkAnotherCitizensCase() {
        Citizen citizen = Citizen.register(Bsn.of("999993847"), NOW);
        CaseFile otherCase = wmoCaseOf(Citizen.register(Bsn.of("999990019"), NOW));
        ContactMoment contact = ContactMoment.register(citizen, Channel.COUNTER, "Onderwerp", "Uitkomst",
                NOW, Actor.staff("kcc01", "A. Bakker"));

        assertThatThrownBy(() -> contact.linkCase(otherCase))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("contact.case.other.citizen");
    }

    @Test
    void needsASubject() {
        Citizen citizen = Citizen.register(Bsn.of("999993847"), NOW);

        assertThatThrownBy(() -> ContactMoment.register(citizen, Channel.EMAIL, " ", null, NOW, Actor.system()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
