package nl.frontoffice.domain.intake;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child in the citizen's household as the BRP (or the citizen, when the BRP was not available)
 * gave it. Only what the wizard shows is kept: no BSN.
 *
 * @param firstName the child's first name, as shown in the question about the child
 * @param birthDate the child's date of birth, may be {@code null} when unknown
 */
public record HouseholdChild(String firstName, LocalDate birthDate) {

    /** Checks the name. */
    public HouseholdChild {
        Objects.requireNonNull(firstName, "firstName");
        firstName = firstName.strip();
        if (firstName.isEmpty() || firstName.length() > 200) {
            throw new IllegalArgumentException("A child's first name has 1 to 200 characters");
        }
    }
}
