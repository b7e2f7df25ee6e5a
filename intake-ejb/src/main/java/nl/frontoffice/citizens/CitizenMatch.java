package nl.frontoffice.citizens;

import java.io.Serializable;
import java.util.Objects;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.registry.BirthDate;
import nl.frontoffice.domain.registry.PersonName;

/**
 * One citizen in the result list of a search.
 *
 * @param bsn          the citizen service number
 * @param name         the name from the BRP; all parts empty when the BRP did not give it ({@link #inBrp()} false)
 * @param birthDate    the date of birth from the BRP; unknown when the BRP did not give it
 * @param addressLine1 street and number, or {@code null}
 * @param addressLine2 postcode and town, or {@code null}
 * @param inBrp        whether the data comes from the BRP (false: the BRP does not know the BSN or was unavailable)
 * @param knownLocally whether the citizen has been in touch with us before (contact moments, intakes, cases)
 */
public record CitizenMatch(Bsn bsn, PersonName name, BirthDate birthDate, String addressLine1, String addressLine2,
        boolean inBrp, boolean knownLocally) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the required parts. */
    public CitizenMatch {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
    }

    /** @return the BSN masked; never a name */
    @Override
    public String toString() {
        return "CitizenMatch[" + bsn.masked() + ", inBrp=" + inBrp + ", knownLocally=" + knownLocally + "]";
    }
}
