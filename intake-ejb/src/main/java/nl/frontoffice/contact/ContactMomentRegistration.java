package nl.frontoffice.contact;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.contact.ContactMoment;
import nl.frontoffice.domain.shared.Channel;

/**
 * A contact moment as the staff member records it.
 *
 * @param citizen        the citizen who was in touch
 * @param channel        how: PHONE, COUNTER, EMAIL, POST (letter), WEB or APP
 * @param subject        what it was about
 * @param answer         the answer given, or {@code null}
 * @param caseReferences the references of the cases it was about ({@code Z-2026-000123}); each must be the
 *                       citizen's and in a domain of the caller's teams; may be empty
 * @param occurredAt     when it happened, or {@code null} for now
 */
public record ContactMomentRegistration(
        @NotNull Bsn citizen,
        @NotNull Channel channel,
        @NotBlank @Size(max = ContactMoment.SUBJECT_MAX_LENGTH) String subject,
        @Size(max = ContactMoment.OUTCOME_MAX_LENGTH) String answer,
        @Size(max = 20) List<@NotBlank String> caseReferences,
        Instant occurredAt) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the list ({@code null}: none). */
    public ContactMomentRegistration {
        caseReferences = caseReferences == null ? List.of() : List.copyOf(caseReferences);
    }
}
