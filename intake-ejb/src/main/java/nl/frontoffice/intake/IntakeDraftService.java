package nl.frontoffice.intake;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.frontoffice.auth.staff.StaffRoles;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.intake.AttachmentInfo;
import nl.frontoffice.domain.intake.AttachmentPolicy;
import nl.frontoffice.domain.intake.AttachmentRefusedException;
import nl.frontoffice.domain.intake.DraftConflictException;
import nl.frontoffice.domain.intake.FieldProblem;
import nl.frontoffice.domain.intake.IntakeAttachment;
import nl.frontoffice.domain.intake.IntakeAttachmentRepository;
import nl.frontoffice.domain.intake.IntakeCatalogue;
import nl.frontoffice.domain.intake.IntakeDraft;
import nl.frontoffice.domain.intake.IntakeDraftRepository;
import nl.frontoffice.domain.intake.IntakeForm;
import nl.frontoffice.domain.intake.IntakeSection;
import nl.frontoffice.domain.intake.IntakeValidationException;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.DomainException;

/**
 * The intake wizard's drafts: saved on the server at every step, so a citizen who logs out, times
 * out or meets a restarted server resumes where he left. One draft per citizen and author (the
 * citizen himself, or a staff member acting for him). Every method is one transaction.
 *
 * <p>Saving is guarded by the draft's version: a save based on an older version than the stored one
 * (another tab, a staff member) is refused with a {@link DraftConflictException} instead of silently
 * overwriting; the wizard then {@link #load loads} the draft again.
 *
 * <p>Attachments are checked by content (PDF, JPEG, PNG), with a size and count limit from
 * configuration: {@code frontoffice.intake.attachments.max-bytes} (default 10 MB) and
 * {@code frontoffice.intake.attachments.max-count} (default 5).
 *
 * <p>Usage (the wizard, at every step):
 * <pre>{@code
 * DraftView draft = drafts.load(bsn, author).orElse(null);          // resume, or start empty
 * draft = drafts.save(new DraftSave(bsn, author, Channel.WEB, draft == null ? null : draft.version(), "questions", form));
 * List<FieldProblem> problems = drafts.check(form, IntakeSection.QUESTIONS); // before moving on
 * }</pre>
 */
@Stateless
@DeclareRoles({StaffRoles.KCC, StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER})
public class IntakeDraftService {

    @Resource
    private SessionContext context;

    /** Message key: there is no such draft (any more) for this citizen and author. */
    public static final String DRAFT_UNKNOWN = "intake.draft.unknown";

    private static final Logger LOG = Logger.getLogger(IntakeDraftService.class.getName());

    @PersistenceContext(unitName = "frontoffice")
    private EntityManager em;

    @Inject
    private IntakeDraftRepository drafts;

    @Inject
    private IntakeAttachmentRepository attachments;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "frontoffice.intake.attachments.max-bytes", defaultValue = "10485760")
    private long maxAttachmentBytes;

    @Inject
    @ConfigProperty(name = "frontoffice.intake.attachments.max-count", defaultValue = "5")
    private int maxAttachmentCount;

    /**
     * @return the draft of the citizen by this author, to resume; empty when there is none
     */
    public Optional<DraftView> load(@NotNull Bsn citizen, @NotNull Actor author) {
        IntakeAuthors.checkCaller(context, author);
        return drafts.findByAuthor(citizen, author).map(draft -> DraftView.of(draft, attachments.listOfDraft(draft)));
    }

    /**
     * Saves what the wizard shows now (complete or not), creating the draft on the first save.
     *
     * @return the saved draft with its new version
     * @throws DraftConflictException when the draft was saved elsewhere since {@code expectedVersion},
     *         or a draft exists while {@code expectedVersion} is {@code null}
     * @throws IntakeValidationException when a field is longer than can be stored
     */
    public DraftView save(@NotNull @Valid DraftSave save) {
        IntakeAuthors.checkCaller(context, save.author());
        checkStorable(save.form());
        Optional<IntakeDraft> existing = drafts.findByAuthor(save.citizen(), save.author());
        IntakeDraft draft;
        if (existing.isEmpty()) {
            if (save.expectedVersion() != null) {
                // it was submitted or discarded elsewhere: starting over silently would surprise the citizen
                throw new DraftConflictException();
            }
            draft = IntakeDraft.start(save.citizen(), save.author(), save.channel(), clock.instant());
            draft.update(save.currentStep(), save.form(), clock.instant());
            drafts.save(draft);
        } else {
            draft = existing.get();
            if (save.expectedVersion() == null || draft.getVersion() != save.expectedVersion()) {
                throw new DraftConflictException();
            }
            draft.update(save.currentStep(), save.form(), clock.instant());
        }
        flushOrConflict();
        return DraftView.of(draft, attachments.listOfDraft(draft));
    }

    /**
     * Checks one step of the wizard (nothing is stored): what to fix before moving on.
     *
     * @return the problems, empty when the step is complete
     */
    public List<FieldProblem> check(@NotNull IntakeForm form, @NotNull IntakeSection section) {
        return IntakeCatalogue.standard().check(form, section);
    }

    /** Removes the citizen's draft by this author with its attachments ("start again"); nothing when there is none. */
    public void discard(@NotNull Bsn citizen, @NotNull Actor author) {
        IntakeAuthors.checkCaller(context, author);
        drafts.findByAuthor(citizen, author).ifPresent(draft -> {
            drafts.delete(draft);
            LOG.info(() -> "Intake draft " + draft.getId() + " discarded by " + author.getType());
        });
    }

    /** @return the limits the wizard tells the citizen ("at most 5 files of 10 MB") */
    public AttachmentPolicy attachmentPolicy() {
        return new AttachmentPolicy(maxAttachmentBytes, maxAttachmentCount);
    }

    /**
     * Attaches a file to the draft, after checking its content, size and the number of files.
     *
     * @param fileName the name the browser sent (kept sanitised, for display only)
     * @param content  the file
     * @return the stored attachment
     * @throws AttachmentRefusedException with a message key that says how to fix it
     * @throws DomainException {@value #DRAFT_UNKNOWN} when there is no draft to attach to (save first)
     */
    public AttachmentInfo addAttachment(@NotNull Bsn citizen, @NotNull Actor author, String fileName,
                                        @NotNull byte[] content) {
        IntakeDraft draft = lockedDraft(citizen, author);
        AttachmentPolicy.AcceptedAttachment accepted =
                attachmentPolicy().check(fileName, content, attachments.countOfDraft(draft));
        IntakeAttachment attachment = attachments.save(IntakeAttachment.attach(draft, accepted, clock.instant()));
        em.flush();
        LOG.info(() -> "Attachment " + attachment.getId() + " (" + accepted.type() + ", " + content.length
                + " bytes) added to intake draft " + draft.getId());
        return attachment.toInfo();
    }

    /**
     * Removes an attachment from the draft.
     *
     * @throws AttachmentRefusedException {@value AttachmentPolicy#NOT_FOUND} when the draft has no such attachment
     */
    public void removeAttachment(@NotNull Bsn citizen, @NotNull Actor author, long attachmentId) {
        IntakeDraft draft = lockedDraft(citizen, author);
        attachments.delete(attachmentOf(draft, attachmentId));
    }

    /** @return an attachment of the draft, to show it again; empty when the draft has no such attachment */
    public Optional<AttachmentDownload> findAttachment(@NotNull Bsn citizen, @NotNull Actor author, long attachmentId) {
        IntakeAuthors.checkCaller(context, author);
        return drafts.findByAuthor(citizen, author)
                .flatMap(draft -> attachments.findById(attachmentId)
                        .filter(a -> a.getDraft().map(IntakeDraft::getId).filter(draft.getId()::equals).isPresent()))
                .map(a -> new AttachmentDownload(a.getFileName(), a.getMediaType(), a.getContent()));
    }

    private IntakeDraft lockedDraft(Bsn citizen, Actor author) {
        IntakeAuthors.checkCaller(context, author);
        IntakeDraft draft = drafts.findByAuthor(citizen, author).orElseThrow(() -> new DomainException(DRAFT_UNKNOWN));
        // serialises uploads to one draft, so two at once cannot pass the count limit together
        return drafts.findByIdForUpdate(draft.getId()).orElseThrow(() -> new DomainException(DRAFT_UNKNOWN));
    }

    private IntakeAttachment attachmentOf(IntakeDraft draft, long attachmentId) {
        return attachments.findById(attachmentId)
                .filter(a -> a.getDraft().map(IntakeDraft::getId).filter(draft.getId()::equals).isPresent())
                .orElseThrow(() -> new AttachmentRefusedException(AttachmentPolicy.NOT_FOUND));
    }

    private static void checkStorable(IntakeForm form) {
        List<FieldProblem> problems = form.toFields().entrySet().stream()
                .filter(field -> field.getKey().length() > IntakeForm.KEY_MAX_LENGTH
                        || field.getValue().length() > IntakeForm.VALUE_MAX_LENGTH)
                .map(field -> FieldProblem.of(field.getKey(), IntakeCatalogue.ANSWER_TOO_LONG, IntakeForm.VALUE_MAX_LENGTH))
                .toList();
        if (!problems.isEmpty()) {
            throw new IntakeValidationException(problems);
        }
    }

    private void flushOrConflict() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DraftConflictException();
        } catch (PersistenceException e) {
            // two first saves at once: the second meets uq_intake_draft_author
            throw new DraftConflictException();
        }
    }
}
