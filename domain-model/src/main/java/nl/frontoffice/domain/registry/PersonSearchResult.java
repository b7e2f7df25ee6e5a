package nl.frontoffice.domain.registry;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link PersonRegistry#search(PersonSearch)}: the persons the BRP found (possibly none), or
 * {@link Unavailable} when the BRP could not be asked.
 */
public sealed interface PersonSearchResult extends Serializable
        permits PersonSearchResult.Found, PersonSearchResult.Unavailable {

    /**
     * @param persons the hits, in the BRP's order; may be empty
     * @return a search the BRP answered
     */
    static PersonSearchResult found(List<PersonSummary> persons) {
        return new Found(persons);
    }

    /**
     * @param reason why the BRP could not be asked
     * @return a search that did not reach (or was not answered by) the BRP
     */
    static PersonSearchResult unavailable(UnavailableReason reason) {
        return new Unavailable(reason);
    }

    /** @return the hits; empty when none or when the BRP was unavailable */
    default List<PersonSummary> persons() {
        return this instanceof Found found ? found.hits() : List.of();
    }

    /** @return whether the BRP could not be asked */
    default boolean isUnavailable() {
        return this instanceof Unavailable;
    }

    /** @return why the BRP could not be asked, when it could not */
    default Optional<UnavailableReason> unavailableReason() {
        return this instanceof Unavailable unavailable ? Optional.of(unavailable.reason()) : Optional.empty();
    }

    /**
     * The BRP answered.
     *
     * @param hits the persons found, possibly none
     */
    record Found(List<PersonSummary> hits) implements PersonSearchResult {

        private static final long serialVersionUID = 1L;

        /** Copies the list. */
        public Found {
            hits = List.copyOf(Objects.requireNonNull(hits, "hits"));
        }
    }

    /**
     * The BRP could not be asked or gave no usable answer.
     *
     * @param reason why, not {@code null}
     */
    record Unavailable(UnavailableReason reason) implements PersonSearchResult {

        private static final long serialVersionUID = 1L;

        /** Checks that the reason is present. */
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
