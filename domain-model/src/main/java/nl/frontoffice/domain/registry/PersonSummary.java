package nl.frontoffice.domain.registry;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

import nl.frontoffice.domain.citizen.Bsn;

/**
 * One hit of a {@link PersonSearch}: what the BRP answers to a search (its "PersoonBeperkt"), enough to pick the
 * right person from a short list. The address comes as the BRP's address lines for an envelope ("adressering"),
 * not as parts; the full data of the chosen person comes from {@link PersonRegistry#lookUp}.
 *
 * @param bsn          the citizen service number, not {@code null}
 * @param name         the name, not {@code null} (its parts may be absent)
 * @param birthDate    the date of birth, not {@code null} (may be incomplete or unknown)
 * @param addressLine1 street and number ("King Olivereiland 64"), or {@code null} when the BRP gave none
 * @param addressLine2 postcode and town as the BRP writes them ("2551 JV  'S-GRAVENHAGE"), or {@code null}
 */
public record PersonSummary(Bsn bsn, PersonName name, BirthDate birthDate, String addressLine1, String addressLine2)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the required parts; blank address lines become {@code null}. */
    public PersonSummary {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        addressLine1 = addressLine1 == null || addressLine1.isBlank() ? null : addressLine1.strip();
        addressLine2 = addressLine2 == null || addressLine2.isBlank() ? null : addressLine2.strip();
    }

    /** @return the address on one line ("King Olivereiland 64, 2551 JV  'S-GRAVENHAGE"), or empty */
    public Optional<String> addressOnOneLine() {
        if (addressLine1 == null && addressLine2 == null) {
            return Optional.empty();
        }
        return Optional.of(addressLine1 == null ? addressLine2
                : addressLine2 == null ? addressLine1 : addressLine1 + ", " + addressLine2);
    }

    /** @return the BSN masked; never a name or an address */
    @Override
    public String toString() {
        return "PersonSummary[" + bsn.masked() + "]";
    }
}
