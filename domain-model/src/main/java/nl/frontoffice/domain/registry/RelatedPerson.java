package nl.frontoffice.domain.registry;

import java.io.Serializable;
import java.util.Objects;

import nl.frontoffice.domain.citizen.Bsn;

/**
 * A partner or child of a registered person, as the BRP records it on that person's own record:
 * name, date of birth and, when registered, the citizen service number.
 *
 * @param bsn       the citizen service number, or {@code null} when the BRP has none for this relation
 * @param name      the name, not {@code null} (its parts may be absent)
 * @param birthDate the date of birth, not {@code null} (may be {@link BirthDate#unknown() unknown})
 */
public record RelatedPerson(Bsn bsn, PersonName name, BirthDate birthDate) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks that name and birth date are present. */
    public RelatedPerson {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
    }

    /** @return whether the BRP gave a citizen service number for this relation */
    public boolean hasBsn() {
        return bsn != null;
    }

    /** @return the BSN masked and the precision of the birth date; never the name or the full number */
    @Override
    public String toString() {
        return "RelatedPerson[" + (bsn == null ? "no bsn" : bsn.masked()) + ", birthDate " + birthDate.precision()
                + "]";
    }
}
