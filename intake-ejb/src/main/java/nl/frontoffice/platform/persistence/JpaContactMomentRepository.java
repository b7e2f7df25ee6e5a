package nl.frontoffice.platform.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.contact.ContactMoment;
import nl.frontoffice.domain.contact.ContactMomentRepository;

@ApplicationScoped
public class JpaContactMomentRepository extends JpaRepository<ContactMoment> implements ContactMomentRepository {

    public JpaContactMomentRepository() {
        super(ContactMoment.class, ContactMoment::getId);
    }

    @Override
    public List<ContactMoment> findByCitizen(Citizen citizen) {
        return query("select m from ContactMoment m where m.citizen = :citizen order by m.occurredAt desc")
                .setParameter("citizen", citizen).getResultList();
    }

    @Override
    public List<ContactMoment> findByCase(CaseFile caseFile) {
        return query("select m from ContactMoment m join m.cases c where c = :caseFile order by m.occurredAt desc")
                .setParameter("caseFile", caseFile).getResultList();
    }
}
