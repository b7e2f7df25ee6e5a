package nl.frontoffice.domain.staff;

import nl.frontoffice.domain.shared.SocialDomain;

import java.util.List;
import java.util.Optional;

/**
 * Stores and finds {@link Team}s. The JPA implementation lives in the EJB module.
 */
public interface TeamRepository {

    /** @return the team with that database id */
    Optional<Team> findById(long id);

    /** @return the team with that (unique) name */
    Optional<Team> findByName(String name);

    /** @return the teams that serve the domain, ordered by name */
    List<Team> findServing(SocialDomain domain);

    /** @return all teams, ordered by name */
    List<Team> findAll();

    /**
     * Stores a new team or the changes to a known one.
     *
     * @return the managed team
     */
    Team save(Team team);
}
