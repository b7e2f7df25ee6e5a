package nl.frontoffice.platform.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.Team;
import nl.frontoffice.domain.staff.TeamRepository;

@ApplicationScoped
public class JpaTeamRepository extends JpaRepository<Team> implements TeamRepository {

    public JpaTeamRepository() {
        super(Team.class, Team::getId);
    }

    @Override
    public Optional<Team> findByName(String name) {
        return first(query("select t from Team t where t.name = :name").setParameter("name", name).getResultList());
    }

    @Override
    public List<Team> findServing(SocialDomain domain) {
        return query("select distinct t from Team t join t.domains d where d = :domain order by t.name")
                .setParameter("domain", domain).getResultList();
    }

    @Override
    public List<Team> findAll() {
        return query("select t from Team t order by t.name").getResultList();
    }
}
