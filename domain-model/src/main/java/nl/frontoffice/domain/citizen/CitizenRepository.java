package nl.frontoffice.domain.citizen;

import java.util.Optional;

/**
 * Stores and finds {@link Citizen}s. The JPA implementation lives in the EJB module.
 */
public interface CitizenRepository {

    /**
     * @param bsn the BSN
     * @return the citizen with that BSN, if we have met him before
     */
    Optional<Citizen> findByBsn(Bsn bsn);

    /**
     * @param id the database id
     * @return the citizen with that id
     */
    Optional<Citizen> findById(long id);

    /**
     * Stores a new citizen or the changes to a known one.
     *
     * @param citizen the citizen
     * @return the managed citizen (with its id)
     */
    Citizen save(Citizen citizen);
}
