package nl.frontoffice.cases.work;

import java.time.Instant;
import java.util.List;

import nl.frontoffice.domain.intake.AttachmentInfo;
import nl.frontoffice.domain.intake.PersonalData;
import nl.frontoffice.domain.intake.UrgencyReason;
import nl.frontoffice.domain.shared.ActorType;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.intake.SubmittedIntake.AnsweredArea;
import nl.frontoffice.intake.SubmittedIntake.QuestionForHelp;

/**
 * What the citizen sent with the intake of a case, as the staff case page shows it to a caller who may see the
 * case's details ({@link CaseAccessPolicy#maySeeDetails}): the answers that belong to this case (the life areas
 * of its domain), and the intake's shared parts (who it is from, contact details, household, urgency, how it
 * reached us and who wrote it down, the files). The answers about the intake's other domains are left out; only
 * that there were questions in them is said ({@link #otherDomains()}).
 *
 * @param caseReference        the case
 * @param domain               the case's domain
 * @param intakeReference      the intake, e.g. {@code I-2026-000042}
 * @param submittedAt          when it reached us
 * @param channel              how (web, phone, counter, ...)
 * @param authorType           who wrote it down: the citizen, or a staff member for him
 * @param authorName           the author's name (a staff member's display name; the citizen's as the intake has it)
 * @param personalDataVerified whether the personal data came from the BRP unchanged
 * @param declaredAt           when the citizen declared it correct (wizard only), or {@code null}
 * @param person               name, birth date, address and household as the citizen saw or typed them in the
 *                             wizard, or {@code null} for an intake registered without the wizard
 * @param phone                the phone number the citizen gave, or {@code null}
 * @param email                the e-mail address the citizen gave, or {@code null}
 * @param areas                the answers of the life areas of the case's domain, in the citizen's order (empty
 *                             without the wizard)
 * @param questions            the questions for help this case handles (the citizen's own words per domain)
 * @param urgencyReasons       why the intake cannot wait (any question of it), in a stable order; empty when none
 * @param otherDomains         the intake's other domains (each has a case of its own), without their answers
 * @param attachments          the files sent with the intake, oldest first (download them with
 *                             {@link CaseIntakeService#findAttachment})
 */
public record CaseIntake(String caseReference, SocialDomain domain, String intakeReference, Instant submittedAt,
                         Channel channel, ActorType authorType, String authorName, boolean personalDataVerified,
                         Instant declaredAt, PersonalData person, String phone, String email, List<AnsweredArea> areas,
                         List<QuestionForHelp> questions, List<UrgencyReason> urgencyReasons,
                         List<SocialDomain> otherDomains, List<AttachmentInfo> attachments) {

    /** Copies the lists. */
    public CaseIntake {
        areas = List.copyOf(areas);
        questions = List.copyOf(questions);
        urgencyReasons = List.copyOf(urgencyReasons);
        otherDomains = List.copyOf(otherDomains);
        attachments = List.copyOf(attachments);
    }

    /** @return whether a staff member wrote the intake down for the citizen (phone, counter) */
    public boolean byStaff() {
        return authorType == ActorType.STAFF;
    }

    /** @return whether the intake was made with the wizard (and so has personal data and answers) */
    public boolean wizard() {
        return person != null;
    }

    @Override
    public String toString() {
        // personal data stays out of logs
        return "CaseIntake[" + caseReference + ", " + intakeReference + ", areas=" + areas.size() + ", files="
                + attachments.size() + "]";
    }
}
