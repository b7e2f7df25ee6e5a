package nl.frontoffice.domain.registry;

import nl.frontoffice.domain.citizen.Bsn;

/**
 * The Basisregistratie Personen (BRP) as the application sees it: look up the registered data of
 * one person by citizen service number.
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
     * @param bsn the citizen service number, not {@code null}
     * @return {@link PersonLookup.Found} with the registered data, {@link PersonLookup.NotFound} when
     *         the BRP does not know the number, or {@link PersonLookup.Unavailable} when the BRP could
     *         not be asked; never {@code null}
     */
    PersonLookup lookUp(Bsn bsn);
}
