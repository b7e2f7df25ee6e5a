package nl.frontoffice.domain.contact;

import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.staff.Team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores and finds {@link CallbackRequest}s. The JPA implementation lives in the EJB module.
 */
public interface CallbackRequestRepository {

    /** @return the request with that database id */
    Optional<CallbackRequest> findById(long id);

    /** @return the citizen's requests, newest first */
    List<CallbackRequest> findByCitizen(Citizen citizen);

    /**
     * @param teams the teams, may be empty
     * @param max   the most to return
     * @return the open requests of those teams, earliest due date first
     */
    List<CallbackRequest> findOpenForTeams(Collection<Team> teams, int max);

    /**
     * Stores a new request or the changes to a known one.
     *
     * @return the managed request
     */
    CallbackRequest save(CallbackRequest request);
}
