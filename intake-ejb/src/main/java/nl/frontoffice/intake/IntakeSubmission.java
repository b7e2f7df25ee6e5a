package nl.frontoffice.intake;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.SocialDomain;

/**
 * "Send": the last step of the wizard submits the saved draft.
 *
 * @param citizen             the citizen the draft is about (must match the draft)
 * @param author              who submits (must match the draft's author)
 * @param draftId             the draft's {@link DraftView#id()}
 * @param draftVersion        the draft's {@link DraftView#version()} as the check page showed it
 * @param consent             per domain of the chosen life areas: may the question be shared with chain partners
 * @param declarationAccepted the citizen declared that everything is correct
 * @param submissionKey       an idempotency key made when the check page was shown (e.g. a UUID), the
 *                            same for every retry of this submission
 */
public record IntakeSubmission(
        @NotNull Bsn citizen,
        @NotNull Actor author,
        long draftId,
        long draftVersion,
        @NotNull Map<SocialDomain, Boolean> consent,
        boolean declarationAccepted,
        @NotBlank @Size(max = 100) String submissionKey) {

    /** Copies the consent. */
    public IntakeSubmission {
        consent = consent == null ? null : Map.copyOf(consent);
    }
}
