package nl.frontoffice.contact;

import java.io.Serializable;
import java.util.Objects;

import nl.frontoffice.domain.registry.PersonName;

/**
 * A row of a team's list of open callback requests: the request and whom to call by name.
 *
 * @param request     the callback request
 * @param citizenName the citizen's name from the BRP, or {@code null} when the BRP does not know him or could not be
 *                    asked (the list then says so; the phone number and the question are still there)
 */
public record CallbackListEntry(CallbackRequestView request, PersonName citizenName) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the request. */
    public CallbackListEntry {
        Objects.requireNonNull(request, "request");
    }

    /** @return the request only: the name is personal data */
    @Override
    public String toString() {
        return "CallbackListEntry[" + request + ", named=" + (citizenName != null) + "]";
    }
}
