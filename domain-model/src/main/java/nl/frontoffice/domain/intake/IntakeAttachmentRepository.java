package nl.frontoffice.domain.intake;

import java.util.List;
import java.util.Optional;

/**
 * Stores and finds {@link IntakeAttachment}s. Lists never read the bytes. The JPA implementation
 * lives in the EJB module.
 */
public interface IntakeAttachmentRepository {

    /** @return the draft's attachments, oldest first */
    List<AttachmentInfo> listOfDraft(IntakeDraft draft);

    /** @return the intake's attachments, oldest first */
    List<AttachmentInfo> listOfIntake(Intake intake);

    /** @return how many attachments the draft has */
    long countOfDraft(IntakeDraft draft);

    /** @return the attachment with that id, with its bytes */
    Optional<IntakeAttachment> findById(long id);

    /** Stores a new attachment. */
    IntakeAttachment save(IntakeAttachment attachment);

    /** Removes an attachment. */
    void delete(IntakeAttachment attachment);

    /**
     * Hands all attachments of the draft over to the submitted intake (one update, no bytes read).
     *
     * @return how many were moved
     */
    int moveToIntake(IntakeDraft draft, Intake intake);
}
