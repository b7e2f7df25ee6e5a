package nl.frontoffice.intake;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.ContactDetails;
import nl.frontoffice.domain.intake.QuestionDraft;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;

/**
 * What is needed to register an intake.
 *
 * @param bsn            the citizen the questions are about
 * @param channel        how the intake reached us
 * @param author         the citizen, or the staff member acting for them
 * @param questions      one to {@value #MAX_QUESTIONS} questions, in the citizen's order
 * @param contactDetails phone and e-mail the citizen gave, or {@code null} to keep what we have
 * @param submissionKey  a key unique per submission (idempotency), or {@code null}
 */
public record IntakeRegistration(
        @NotNull Bsn bsn,
        @NotNull Channel channel,
        @NotNull Actor author,
        @NotEmpty @Size(max = IntakeRegistration.MAX_QUESTIONS) List<@NotNull @Valid QuestionDraft> questions,
        @Valid ContactDetails contactDetails,
        @Size(min = 1, max = 100) String submissionKey) {

    public static final int MAX_QUESTIONS = 20;

    public IntakeRegistration {
        questions = questions == null ? null : List.copyOf(questions);
    }
}
