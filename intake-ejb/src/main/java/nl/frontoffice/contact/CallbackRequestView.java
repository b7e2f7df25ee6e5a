package nl.frontoffice.contact;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.contact.CallbackRequest;
import nl.frontoffice.domain.contact.CallbackStatus;

/**
 * A callback request as lists show it.
 *
 * @param id             its id (to complete it)
 * @param citizen        whom to call
 * @param teamId         the team that calls back
 * @param teamName       its name
 * @param phone          the number to call
 * @param question       what the citizen wants to know
 * @param dueDate        the day by whose end the team calls
 * @param overdue        whether it is still open after its due date
 * @param status         open or done
 * @param requestedAt    when it was made
 * @param requestedBy    who made it (display name)
 * @param completedAt    when it was completed, or {@code null}
 * @param completedBy    who completed it, or {@code null}
 * @param completionNote how it went, or {@code null}
 */
public record CallbackRequestView(long id, Bsn citizen, long teamId, String teamName, String phone, String question,
        LocalDate dueDate, boolean overdue, CallbackStatus status, Instant requestedAt, String requestedBy,
        Instant completedAt, String completedBy, String completionNote) implements Serializable {

    private static final long serialVersionUID = 1L;

    static CallbackRequestView of(CallbackRequest request, LocalDate today) {
        return new CallbackRequestView(request.getId(), request.getCitizen().getBsn(), request.getTeam().getId(),
                request.getTeam().getName(), request.getPhone(), request.getQuestion(), request.getDueDate(),
                request.isOverdueOn(today), request.getStatus(), request.getRequestedAt(),
                request.getRequestedBy().getDisplayName(), request.getCompletedAt().orElse(null),
                request.getCompletedBy().map(actor -> actor.getDisplayName()).orElse(null),
                request.getCompletionNote().orElse(null));
    }

    /** @return the id, status and due date; never the phone number or the question */
    @Override
    public String toString() {
        return "CallbackRequestView[id=" + id + ", " + status + ", due " + dueDate + "]";
    }
}
