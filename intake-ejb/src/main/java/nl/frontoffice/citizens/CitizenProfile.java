package nl.frontoffice.citizens;

import java.io.Serializable;
import java.util.Optional;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.ContactDetails;
import nl.frontoffice.domain.registry.PersonLookup;
import nl.frontoffice.domain.registry.RegisteredPerson;

/**
 * The head of the citizen view: what the BRP registers (name, date of birth, address, household) and the contact
 * details the citizen gave us.
 *
 * @param bsn            the citizen
 * @param brp            the BRP look-up: found, not found, or unavailable (then show
 *                       {@link CitizenSearchResult#BRP_UNAVAILABLE})
 * @param knownLocally   whether we have met the citizen before
 * @param contactDetails the phone and e-mail the citizen gave us; empty when none or not known locally
 */
public record CitizenProfile(Bsn bsn, PersonLookup brp, boolean knownLocally, ContactDetails contactDetails)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** @return the registered data when the BRP found the citizen */
    public Optional<RegisteredPerson> person() {
        return brp.person();
    }

    /** @return whether the BRP could not be asked */
    public boolean brpUnavailable() {
        return brp.isUnavailable();
    }
}
