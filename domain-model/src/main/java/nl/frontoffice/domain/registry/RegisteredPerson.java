package nl.frontoffice.domain.registry;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.frontoffice.domain.citizen.Bsn;

/**
 * What the BRP knows about a person that the intake needs: name, date of birth, address in the
 * Netherlands and household (current partners and children).
 *
 * @param bsn       the citizen service number, not {@code null}
 * @param name      the name, not {@code null}
 * @param birthDate the date of birth, not {@code null} (may be incomplete or unknown)
 * @param address   the residential address in the Netherlands, or {@code null} when the person lives
 *                  abroad, the address is unknown or the registry did not give one
 * @param partners  the current partners (spouse or registered partner); empty when none; a dissolved
 *                  marriage or partnership is not included
 * @param children  the children, in the order the BRP gives them; empty when none
 */
public record RegisteredPerson(Bsn bsn, PersonName name, BirthDate birthDate, Address address,
        List<RelatedPerson> partners, List<RelatedPerson> children) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the required parts and makes unmodifiable (serializable) copies of the lists. */
    public RegisteredPerson {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        partners = partners == null ? List.of() : List.copyOf(partners);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** @return the address when the BRP gave one in the Netherlands */
    public Optional<Address> findAddress() {
        return Optional.ofNullable(address);
    }

    /** @return the BSN masked and the number of partners and children; never personal data */
    @Override
    public String toString() {
        return "RegisteredPerson[" + bsn.masked() + ", partners=" + partners.size() + ", children="
                + children.size() + "]";
    }
}
