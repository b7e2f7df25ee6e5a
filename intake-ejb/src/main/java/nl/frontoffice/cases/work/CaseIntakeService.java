package nl.frontoffice.cases.work;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;

import nl.frontoffice.auth.staff.StaffAccess;
import nl.frontoffice.auth.staff.StaffDirectory;
import nl.frontoffice.auth.staff.StaffRoles;
import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.audit.PersonalDataEvent;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseFileRepository;
import nl.frontoffice.domain.intake.CatalogueQuestion;
import nl.frontoffice.domain.intake.Intake;
import nl.frontoffice.domain.intake.IntakeAttachmentRepository;
import nl.frontoffice.domain.intake.IntakeCatalogue;
import nl.frontoffice.domain.intake.IntakeForm;
import nl.frontoffice.domain.intake.Question;
import nl.frontoffice.domain.intake.UrgencyReason;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.intake.AttachmentDownload;
import nl.frontoffice.intake.SubmittedIntake.AnsweredArea;
import nl.frontoffice.intake.SubmittedIntake.AnsweredQuestion;
import nl.frontoffice.intake.SubmittedIntake.QuestionForHelp;
import nl.frontoffice.platform.audit.PersonalDataAccessLog;

/**
 * The intake behind a case for the staff case page: the citizen's answers that belong to the case and the files he
 * sent. Only for a caller who may see the case's details ({@link CaseAccessPolicy#maySeeDetails}: KCC, consulent or
 * team lead in a domain of his teams); for anyone else the case does not exist here (empty), exactly like a
 * reference that is not there, so a guessed reference or file id tells nothing.
 *
 * <p>Every answer is a view of personal data and is written to the audit trail in the same transaction
 * ({@link PersonalDataAccessLog}, purpose {@link AccessPurpose#CASE_HANDLING}): one row
 * {@link PersonalDataEvent#CASE_INTAKE_VIEWED} per call (not per field), one row
 * {@link PersonalDataEvent#CASE_ATTACHMENT_DOWNLOADED} per file sent.
 *
 * <p>Usage (the case page and its download servlet):
 * <pre>{@code
 * Optional<CaseIntake> sent = caseIntakes.findIntakeOfCase("Z-2026-000012");
 * Optional<AttachmentDownload> file = caseIntakes.findAttachment("Z-2026-000012", sent.get().attachments().get(0).id());
 * }</pre>
 */
@Stateless
@RolesAllowed({StaffRoles.KCC, StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER})
public class CaseIntakeService {

    /** Why these views happen: the staff member handles (or answers about) the case. */
    static final AccessReason REASON = AccessReason.of(AccessPurpose.CASE_HANDLING);

    @EJB
    private StaffDirectory directory;

    @EJB
    private PersonalDataAccessLog accessLog;

    @Inject
    private CaseFileRepository cases;

    @Inject
    private IntakeAttachmentRepository attachments;

    /**
     * @param caseReference the case
     * @return what the citizen sent with the case's intake; empty when the case does not exist or the caller may
     *         not see its details
     */
    public Optional<CaseIntake> findIntakeOfCase(@NotBlank String caseReference) {
        return detailedCase(caseReference).map(caseFile -> {
            accessLog.recordView(caseFile.getCitizen().getBsn(), PersonalDataEvent.CASE_INTAKE_VIEWED,
                    caseFile.getReference(), REASON);
            return intakeOf(caseFile);
        });
    }

    /**
     * @param caseReference the case
     * @param attachmentId  a file of the case's intake
     * @return the file to send; empty when the case does not exist, the caller may not see its details, or the
     *         file is not one of the case's intake
     */
    public Optional<AttachmentDownload> findAttachment(@NotBlank String caseReference, long attachmentId) {
        return detailedCase(caseReference).flatMap(caseFile -> attachments.findById(attachmentId)
                .filter(file -> file.getIntake().map(Intake::getId).filter(caseFile.getIntake().getId()::equals).isPresent())
                .map(file -> {
                    accessLog.recordView(caseFile.getCitizen().getBsn(), PersonalDataEvent.CASE_ATTACHMENT_DOWNLOADED,
                            caseFile.getReference() + " bestand " + file.getId(), REASON);
                    return new AttachmentDownload(file.getFileName(), file.getMediaType(), file.getContent());
                }));
    }

    private Optional<CaseFile> detailedCase(String caseReference) {
        StaffAccess me = directory.current();
        CaseAccessPolicy policy = new CaseAccessPolicy(me);
        return cases.findByReference(caseReference).filter(caseFile -> policy.maySeeDetails(caseFile.getDomain()));
    }

    private CaseIntake intakeOf(CaseFile caseFile) {
        Intake intake = caseFile.getIntake();
        SocialDomain domain = caseFile.getDomain();
        IntakeForm form = intake.getForm().orElse(null);
        List<AnsweredArea> areas = new ArrayList<>();
        if (form != null) {
            IntakeCatalogue.standard().applicableQuestions(form).forEach((area, questions) -> {
                if (area.getDomain() == domain) {
                    List<AnsweredQuestion> answered = new ArrayList<>();
                    for (CatalogueQuestion question : questions) {
                        answered.add(new AnsweredQuestion(question, form.answers().get(question.key())));
                    }
                    areas.add(new AnsweredArea(area, answered));
                }
            });
        }
        List<QuestionForHelp> questions = new ArrayList<>();
        Set<UrgencyReason> urgency = EnumSet.noneOf(UrgencyReason.class);
        Set<SocialDomain> otherDomains = new LinkedHashSet<>();
        for (Question question : intake.getQuestions()) {
            urgency.addAll(question.getUrgencyReasons());
            if (question.getDomain() == domain) {
                questions.add(new QuestionForHelp(question.getDomain(), question.getDescription(),
                        Set.copyOf(question.getUrgencyReasons()), caseFile.getReference()));
            } else {
                otherDomains.add(question.getDomain());
            }
        }
        var contact = caseFile.getCitizen().getContactDetails();
        String phone = form != null ? form.phone() : contact.getPhone().orElse(null);
        String email = form != null ? form.email() : contact.getEmail().orElse(null);
        return new CaseIntake(caseFile.getReference(), domain, intake.getReference(), intake.getSubmittedAt(),
                intake.getChannel(), intake.getAuthor().getType(), intake.getAuthor().getDisplayName(),
                intake.isPersonalDataVerified(), intake.getDeclaredAt().orElse(null),
                form == null ? null : form.person(), phone, email, areas, questions, List.copyOf(urgency),
                List.copyOf(otherDomains), attachments.listOfIntake(intake));
    }
}
