package nl.frontoffice.platform.persistence;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.contact.CallbackRequest;
import nl.frontoffice.domain.contact.CallbackRequestRepository;
import nl.frontoffice.domain.contact.CallbackStatus;
import nl.frontoffice.domain.staff.Team;

/** {@link CallbackRequestRepository} on JPA. */
@ApplicationScoped
public class JpaCallbackRequestRepository extends JpaRepository<CallbackRequest> implements CallbackRequestRepository {

    public JpaCallbackRequestRepository() {
        super(CallbackRequest.class, CallbackRequest::getId);
    }

    @Override
    public List<CallbackRequest> findByCitizen(Citizen citizen) {
        return query("select r from CallbackRequest r where r.citizen = :citizen order by r.requestedAt desc, r.id desc")
                .setParameter("citizen", citizen).getResultList();
    }

    @Override
    public List<CallbackRequest> findOpenForTeams(Collection<Team> teams, int max) {
        if (teams.isEmpty()) {
            return List.of();
        }
        return query("select r from CallbackRequest r join fetch r.citizen where r.team in :teams"
                + " and r.status = :open order by r.dueDate, r.requestedAt, r.id")
                .setParameter("teams", teams).setParameter("open", CallbackStatus.OPEN)
                .setMaxResults(max).getResultList();
    }
}
