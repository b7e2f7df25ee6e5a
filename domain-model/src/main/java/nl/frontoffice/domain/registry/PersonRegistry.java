package nl.frontoffice.domain.registry;

import nl.frontoffice.domain.citizen.Bsn;

/**
 * The Basisregistratie Personen (BRP) as the application sees it: look up the registered data of
 * one person by citizen service number, or {@link #search search} persons by surname and date of
 * birth or by postcode and house number.
 *
 * <p>An implementation never throws for a registry that is down, slow or not configured: it answers
 * {@link PersonLookup.Unavailable} and the caller falls back to asking the citizen. It never logs
 * the BSN or the registry's answer.
 *
 * <p>Usage:
 * <pre>{@code
 * PersonLookup lookup = personRegistry.lookUp(citizen.getBsn());
 * Optional<RegisteredPerson> person = lookup.person();   // empty when not found or unavailable
 * boolean verified = lookup.isFound();
 * }</pre>
 */
public interface PersonRegistry {

    /**
     * Searches the BRP for persons when the BSN is not known (a phone call, a visit at the counter). Like
     * {@link #lookUp}, it never throws for a registry that is down, slow or not configured.
     *
     * <p>The default answers {@link UnavailableReason#NOT_CONFIGURED}, for registries that cannot search.
     *
     * @param search by surname and date of birth, or by postcode and house number; not {@code null}
     * @return the persons found (possibly none), or {@link PersonSearchResult.Unavailable}; never {@code null}
     */
    default PersonSearchResult search(PersonSearch search) {
        java.util.Objects.requireNonNull(search, "search");
        return PersonSearchResult.unavailable(UnavailableReason.NOT_CONFIGURED);
    }

    /**
     * @param bsn the citizen service number, not {@code null}
     * @return {@link PersonLookup.Found} with the registered data, {@link PersonLookup.NotFound} when
     *         the BRP does not know the number, or {@link PersonLookup.Unavailable} when the BRP could
     *         not be asked; never {@code null}
     */
    PersonLookup lookUp(Bsn bsn);
}
