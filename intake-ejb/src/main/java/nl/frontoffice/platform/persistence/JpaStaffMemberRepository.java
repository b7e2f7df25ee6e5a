package nl.frontoffice.platform.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffMemberRepository;

@ApplicationScoped
public class JpaStaffMemberRepository extends JpaRepository<StaffMember> implements StaffMemberRepository {

    public JpaStaffMemberRepository() {
        super(StaffMember.class, StaffMember::getId);
    }

    @Override
    public Optional<StaffMember> findByUsername(String username) {
        return first(query("select s from StaffMember s where s.username = :username")
                .setParameter("username", username).getResultList());
    }

    @Override
    public List<StaffMember> findActiveServing(SocialDomain domain) {
        return query("select distinct s from StaffMember s join s.teams t join t.domains d"
                + " where s.active = true and d = :domain order by s.displayName")
                .setParameter("domain", domain).getResultList();
    }
}
