package nl.frontoffice.platform.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.citizen.CitizenRepository;

@ApplicationScoped
public class JpaCitizenRepository extends JpaRepository<Citizen> implements CitizenRepository {

    public JpaCitizenRepository() {
        super(Citizen.class, Citizen::getId);
    }

    @Override
    public Optional<Citizen> findByBsn(Bsn bsn) {
        return first(query("select c from Citizen c where c.bsn = :bsn").setParameter("bsn", bsn).getResultList());
    }
}
