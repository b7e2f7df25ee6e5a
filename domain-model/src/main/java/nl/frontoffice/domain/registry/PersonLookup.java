package nl.frontoffice.domain.registry;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link PersonRegistry#lookUp(nl.frontoffice.domain.citizen.Bsn)}: exactly one of
 * {@link Found}, {@link NotFound} and {@link Unavailable}.
 *
 * <p>Callers that only need the person use {@link #person()}; callers that must tell the citizen why
 * the data is missing check {@link #isUnavailable()} or match on the record type.
 */
public sealed interface PersonLookup extends Serializable
        permits PersonLookup.Found, PersonLookup.NotFound, PersonLookup.Unavailable {

    /**
     * @param person the registered data
     * @return a successful look-up
     */
    static PersonLookup found(RegisteredPerson person) {
        return new Found(person);
    }

    /** @return the look-up of a number the BRP does not know */
    static PersonLookup notFound() {
        return new NotFound();
    }

    /**
     * @param reason why the BRP could not be asked
     * @return a look-up that did not reach (or was not answered by) the BRP
     */
    static PersonLookup unavailable(UnavailableReason reason) {
        return new Unavailable(reason);
    }

    /** @return the registered person when found, otherwise empty */
    default Optional<RegisteredPerson> person() {
        return this instanceof Found found ? Optional.of(found.registeredPerson()) : Optional.empty();
    }

    /** @return whether the BRP answered with the person's data (the data is verified) */
    default boolean isFound() {
        return this instanceof Found;
    }

    /** @return whether the BRP answered that it does not know the number */
    default boolean isNotFound() {
        return this instanceof NotFound;
    }

    /** @return whether the BRP could not be asked; the citizen must fill in the data by hand */
    default boolean isUnavailable() {
        return this instanceof Unavailable;
    }

    /**
     * The BRP answered with the person's registered data.
     *
     * @param registeredPerson the data, not {@code null}
     */
    record Found(RegisteredPerson registeredPerson) implements PersonLookup {

        private static final long serialVersionUID = 1L;

        /** Checks that the person is present. */
        public Found {
            Objects.requireNonNull(registeredPerson, "registeredPerson");
        }
    }

    /** The BRP answered, and it does not know the number (or may not say that it does). */
    record NotFound() implements PersonLookup {

        private static final long serialVersionUID = 1L;
    }

    /**
     * The BRP could not be asked or gave no usable answer.
     *
     * @param reason why, not {@code null}; for logs, monitoring and the notice shown to the citizen
     */
    record Unavailable(UnavailableReason reason) implements PersonLookup {

        private static final long serialVersionUID = 1L;

        /** Checks that the reason is present. */
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
