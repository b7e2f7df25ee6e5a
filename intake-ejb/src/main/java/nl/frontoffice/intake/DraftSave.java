package nl.frontoffice.intake;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.intake.IntakeDraft;
import nl.frontoffice.domain.intake.IntakeForm;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;

/**
 * One save of the intake wizard: everything on the screen, saved at every step.
 *
 * @param citizen         the citizen the intake is about (the logged-in citizen, or the one a staff member helps)
 * @param author          who fills it in: {@code Actor.citizen(...)} for DigiD, {@code Actor.staff(...)} for staff
 * @param channel         how the intake reaches us: {@code WEB} for the citizen, {@code PHONE}/{@code COUNTER} for staff
 * @param expectedVersion the {@link DraftView#version()} the wizard last saw; {@code null} when it starts a new draft
 * @param currentStep     the wizard step to resume at, e.g. {@code situation}; at most 50 characters
 * @param form            everything entered so far, complete or not
 */
public record DraftSave(
        @NotNull Bsn citizen,
        @NotNull Actor author,
        @NotNull Channel channel,
        Long expectedVersion,
        @Size(max = IntakeDraft.STEP_MAX_LENGTH) String currentStep,
        @NotNull IntakeForm form) {
}
