package nl.frontoffice.intake;

import java.time.Instant;
import java.util.List;

import nl.frontoffice.domain.intake.AttachmentInfo;
import nl.frontoffice.domain.intake.IntakeDraft;
import nl.frontoffice.domain.intake.IntakeForm;
import nl.frontoffice.domain.shared.Channel;

/**
 * A saved draft as the wizard resumes it.
 *
 * @param id          the draft's id (pass it to {@link IntakeService#submit})
 * @param version     the optimistic-lock version: pass it with the next save or the submission
 * @param channel     the channel the draft was started on
 * @param currentStep the step to resume at, or {@code null}
 * @param form        everything entered so far
 * @param attachments the files attached so far, oldest first
 * @param updatedAt   when it was last saved
 */
public record DraftView(long id, long version, Channel channel, String currentStep, IntakeForm form,
                        List<AttachmentInfo> attachments, Instant updatedAt) {

    /** Copies the list. */
    public DraftView {
        attachments = List.copyOf(attachments);
    }

    static DraftView of(IntakeDraft draft, List<AttachmentInfo> attachments) {
        return new DraftView(draft.getId(), draft.getVersion(), draft.getChannel(),
                draft.getCurrentStep().orElse(null), draft.getForm(), attachments, draft.getUpdatedAt());
    }
}
