package nl.frontoffice.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import nl.frontoffice.auth.staff.StaffRoles;
import nl.frontoffice.cases.CaseSummary;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseTypeRepository;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.citizen.CitizenRepository;
import nl.frontoffice.domain.citizen.ContactDetails;
import nl.frontoffice.domain.contact.ContactMoment;
import nl.frontoffice.domain.contact.ContactMomentRepository;
import nl.frontoffice.domain.intake.DraftConflictException;
import nl.frontoffice.domain.intake.FieldProblem;
import nl.frontoffice.domain.intake.Intake;
import nl.frontoffice.domain.intake.IntakeAttachmentRepository;
import nl.frontoffice.domain.intake.IntakeCatalogue;
import nl.frontoffice.domain.intake.IntakeDraft;
import nl.frontoffice.domain.intake.IntakeDraftRepository;
import nl.frontoffice.domain.intake.IntakeForm;
import nl.frontoffice.domain.intake.IntakeRepository;
import nl.frontoffice.domain.intake.IntakeValidationException;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.intake.receipt.ReceiptPdf;

/**
 * Registers and submits intakes, and shows a citizen what he sent. One call is one transaction:
 * the citizen (first contact), the intake with its questions and answers, one case per domain among
 * the questions with its deadline, the contact moment, or nothing at all.
 *
 * <p>{@link #submit} is the wizard's "Send": it turns the saved draft into an intake and removes the
 * draft. It is idempotent: the same submission key, or a second submit of the same draft (double
 * click, refresh, retry after a timeout), returns the receipt of the first. Everything is checked on
 * the server first; a refusal changes nothing, so the draft with all that was typed stays.
 *
 * <p>Reading back ({@link #findForCitizen}, {@link #receiptPdf}) only ever shows an intake to its own
 * citizen: another citizen's reference is answered as if it did not exist.
 */
@Stateless
@DeclareRoles({StaffRoles.KCC, StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER})
public class IntakeService {

    @Resource
    private SessionContext context;

    /** Message key: the citizen did not declare the data correct. */
    public static final String DECLARATION_REQUIRED = "intake.declaration.required";
    /** Message key: no such intake for this citizen. */
    public static final String INTAKE_NOT_FOUND = "intake.not-found";
    /** The field key of the declaration in a {@link FieldProblem}. */
    public static final String DECLARATION_FIELD = "declaration";

    private static final Logger LOG = Logger.getLogger(IntakeService.class.getName());

    @PersistenceContext(unitName = "frontoffice")
    private EntityManager em;

    @Inject
    private CitizenRepository citizens;

    @Inject
    private IntakeRepository intakes;

    @Inject
    private IntakeDraftRepository drafts;

    @Inject
    private IntakeAttachmentRepository attachments;

    @Inject
    private ContactMomentRepository contactMoments;

    @Inject
    private CaseTypeRepository caseTypes;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private Clock clock;

    @Inject
    private Event<IntakeSubmitted> submitted;

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
        List<CaseFile> opened = store(intake, now);
        em.flush();
        LOG.info(() -> "Registered intake " + intake.getReference() + " via " + intake.getChannel()
                + " with " + intake.getQuestions().size() + " question(s) and " + opened.size() + " case(s)");
        return IntakeReceipt.of(intake);
    }

    /**
     * Submits the wizard's draft: the intake with every answer and attachment, one case per domain
     * with its deadline from the case-type data (3 working days for urgent debts), the consent to
     * share per case, whether the BRP verified the personal data, a contact moment on the draft's
     * channel by the draft's author, and the draft removed; all in this transaction.
     *
     * @return the references and deadlines; the first receipt again for a repeated submission
     * @throws IntakeValidationException what to fix (every problem with its field and message key);
     *         the draft is unchanged
     * @throws DraftConflictException the draft was saved elsewhere after the version submitted
     * @throws DomainException {@value IntakeDraftService#DRAFT_UNKNOWN} when there is no such draft
     *         of this citizen and author and it was not submitted before
     */
    public IntakeReceipt submit(@NotNull @Valid IntakeSubmission submission) {
        IntakeAuthors.checkCaller(context, submission.author());
        Optional<Intake> sameKey = intakes.findBySubmissionKey(submission.submissionKey());
        if (sameKey.isPresent()) {
            return earlierReceipt(sameKey.get(), submission);
        }
        // locks the draft: a second submit of the same draft waits here, then finds it gone
        IntakeDraft draft = drafts.findByIdForUpdate(submission.draftId()).orElse(null);
        if (draft == null) {
            return intakes.findBySourceDraftId(submission.draftId())
                    .map(earlier -> earlierReceipt(earlier, submission))
                    .orElseThrow(() -> new DomainException(IntakeDraftService.DRAFT_UNKNOWN));
        }
        if (!draft.belongsTo(submission.citizen(), submission.author())) {
            throw new DomainException(IntakeDraftService.DRAFT_UNKNOWN);
        }
        if (draft.getVersion() != submission.draftVersion()) {
            throw new DraftConflictException();
        }

        IntakeCatalogue catalogue = IntakeCatalogue.standard();
        IntakeForm form = draft.getForm().withConsent(submission.consent());
        List<FieldProblem> problems = new ArrayList<>(catalogue.check(form));
        if (!submission.declarationAccepted()) {
            problems.add(FieldProblem.of(DECLARATION_FIELD, DECLARATION_REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw new IntakeValidationException(problems);
        }
        IntakeForm checked = catalogue.forSubmission(form);

        Instant now = clock.instant();
        Citizen citizen = citizens.findByBsn(submission.citizen())
                .orElseGet(() -> citizens.save(Citizen.register(submission.citizen(), now)));
        citizen.updateContactDetails(ContactDetails.of(checked.phone(), checked.email()));

        Intake intake = Intake.submit(citizen, draft.getChannel(), draft.getAuthor(), catalogue.questionDrafts(checked), now);
        intake.rememberSubmissionKey(submission.submissionKey());
        intake.recordWizardContent(checked, draft.getId(), now);
        List<CaseFile> opened = store(intake, now);
        for (CaseFile caseFile : opened) {
            caseFile.recordConsentToShare(checked.consent().getOrDefault(caseFile.getDomain(), false));
        }
        int attached = attachments.moveToIntake(draft, intake);

        ContactMoment contact = ContactMoment.register(citizen, intake.getChannel(),
                "Aanmelding " + intake.getReference(),
                "Zaken geopend: " + opened.stream().map(CaseFile::getReference).collect(Collectors.joining(", ")),
                now, intake.getAuthor());
        opened.forEach(contact::linkCase);
        contactMoments.save(contact);

        drafts.delete(draft);
        em.flush();

        queueConfirmationMail(intake, checked);
        LOG.info(() -> "Submitted intake " + intake.getReference() + " via " + intake.getChannel() + " by "
                + intake.getAuthor().getType() + " with " + opened.size() + " case(s), " + attached
                + " attachment(s), personal data " + (intake.isPersonalDataVerified() ? "verified" : "not verified"));
        return IntakeReceipt.of(intake);
    }

    /**
     * THE call site of the confirmation e-mail (one, inside the submitting transaction, never for a
     * repeated submission). It fires {@link IntakeSubmitted}; the mail outbox
     * ({@code nl.frontoffice.platform.mail.MailOutbox#queue}) is to be wired here or as an observer
     * of that event, so the mail is queued atomically with the intake.
     */
    private void queueConfirmationMail(Intake intake, IntakeForm form) {
        submitted.fire(new IntakeSubmitted(intake.getReference(), intake.getCitizen().getBsn(), form.email(),
                intake.getChannel(), intake.getCases().stream().map(CaseSummary::of).toList()));
    }

    /**
     * What the citizen sent with an intake, for the case page ("what you sent").
     *
     * @param bsn       the logged-in citizen
     * @param reference the intake's reference
     * @return the intake; empty when it does not exist or is another citizen's
     */
    public Optional<SubmittedIntake> findForCitizen(@NotNull Bsn bsn, @NotBlank String reference) {
        return ownIntake(bsn, reference)
                .map(intake -> SubmittedIntake.of(intake, attachments.listOfIntake(intake), IntakeCatalogue.standard()));
    }

    /**
     * The PDF receipt of an intake, in Dutch.
     *
     * @see #receiptPdf(String, Bsn, Locale)
     */
    public byte[] receiptPdf(@NotBlank String intakeReference, @NotNull Bsn forCitizen) {
        return receiptPdf(intakeReference, forCitizen, Locale.forLanguageTag("nl-NL"));
    }

    /**
     * The PDF receipt of an intake: everything the citizen sent, the references and the deadlines.
     *
     * @param intakeReference the intake's reference
     * @param forCitizen      the logged-in citizen; only the intake's own citizen gets it
     * @param locale          Dutch, or English
     * @return the PDF
     * @throws DomainException {@value #INTAKE_NOT_FOUND} when there is no such intake of this citizen
     */
    public byte[] receiptPdf(@NotBlank String intakeReference, @NotNull Bsn forCitizen, Locale locale) {
        SubmittedIntake intake = findForCitizen(forCitizen, intakeReference)
                .orElseThrow(() -> new DomainException(INTAKE_NOT_FOUND));
        return ReceiptPdf.render(intake, locale);
    }

    /**
     * A file the citizen attached to one of his intakes.
     *
     * @return the file; empty when the intake or the file is not this citizen's
     */
    public Optional<AttachmentDownload> findAttachmentForCitizen(@NotNull Bsn bsn, @NotBlank String intakeReference,
                                                                 long attachmentId) {
        return ownIntake(bsn, intakeReference).flatMap(intake -> attachments.findById(attachmentId)
                .filter(a -> a.getIntake().map(Intake::getId).filter(intake.getId()::equals).isPresent())
                .map(a -> new AttachmentDownload(a.getFileName(), a.getMediaType(), a.getContent())));
    }

    private Optional<Intake> ownIntake(Bsn bsn, String reference) {
        return intakes.findByReference(reference).filter(intake -> intake.getCitizen().hasBsn(bsn));
    }

    private IntakeReceipt earlierReceipt(Intake earlier, IntakeSubmission submission) {
        if (!earlier.getCitizen().hasBsn(submission.citizen())) {
            // a key or draft id of someone else: answer as if it does not exist
            throw new DomainException(IntakeDraftService.DRAFT_UNKNOWN);
        }
        LOG.info(() -> "Repeated submission answered with intake " + earlier.getReference());
        return IntakeReceipt.of(earlier);
    }

    /** Persists the intake, gives it its reference, opens and persists its cases with theirs. */
    private List<CaseFile> store(Intake intake, Instant now) {
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
        return opened;
    }
}
