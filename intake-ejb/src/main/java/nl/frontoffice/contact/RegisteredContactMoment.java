package nl.frontoffice.contact;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import nl.frontoffice.domain.contact.ContactMoment;
import nl.frontoffice.domain.shared.Channel;

/**
 * A stored contact moment.
 *
 * @param id             its id (to link a callback request to it)
 * @param occurredAt     when
 * @param channel        how
 * @param subject        what about
 * @param answer         the answer given, or {@code null}
 * @param authorName     the staff member who recorded it
 * @param caseReferences the linked cases
 */
public record RegisteredContactMoment(long id, Instant occurredAt, Channel channel, String subject, String answer,
        String authorName, List<String> caseReferences) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the list. */
    public RegisteredContactMoment {
        caseReferences = List.copyOf(caseReferences);
    }

    static RegisteredContactMoment of(ContactMoment moment) {
        return new RegisteredContactMoment(moment.getId(), moment.getOccurredAt(), moment.getChannel(),
                moment.getSubject(), moment.getOutcome().orElse(null), moment.getRegisteredBy().getDisplayName(),
                moment.getCases().stream().map(c -> c.getReference()).toList());
    }
}
