package nl.frontoffice.contact;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.ContactDetails;
import nl.frontoffice.domain.contact.CallbackRequest;

/**
 * A callback request as the staff member makes it.
 *
 * @param citizen         the citizen to call back
 * @param teamId          the team that calls back ({@link ContactService#callbackTeams()})
 * @param phone           the number to call
 * @param question        what the citizen wants to know
 * @param dueDate         the day by whose end the team calls, today or later; {@code null} for the default: the
 *                        next working day
 * @param contactMomentId the contact moment during which the citizen asked, or {@code null}
 */
public record CallbackRequestRegistration(
        @NotNull Bsn citizen,
        long teamId,
        @NotBlank @Size(max = CallbackRequest.PHONE_MAX_LENGTH) @Pattern(regexp = ContactDetails.PHONE_PATTERN) String phone,
        @NotBlank @Size(max = CallbackRequest.QUESTION_MAX_LENGTH) String question,
        LocalDate dueDate,
        Long contactMomentId) implements Serializable {

    private static final long serialVersionUID = 1L;
}
