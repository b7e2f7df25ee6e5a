package nl.frontoffice.platform.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseFileRepository;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.staff.StaffMember;

@ApplicationScoped
public class JpaCaseFileRepository extends JpaRepository<CaseFile> implements CaseFileRepository {

    public JpaCaseFileRepository() {
        super(CaseFile.class, CaseFile::getId);
    }

    @Override
    public Optional<CaseFile> findByReference(String reference) {
        return first(query("select c from CaseFile c where c.reference = :reference")
                .setParameter("reference", reference).getResultList());
    }

    @Override
    public List<CaseFile> findByCitizen(Citizen citizen) {
        return query("select c from CaseFile c where c.citizen = :citizen order by c.startDate desc, c.id desc")
                .setParameter("citizen", citizen).getResultList();
    }

    @Override
    public List<CaseFile> findOpenWithDeadlineBefore(LocalDate date) {
        return query("select c from CaseFile c join c.caseType t join t.statuses s"
                + " where s.code = c.statusCode and s.terminal = false and c.deadline < :date order by c.deadline")
                .setParameter("date", date).getResultList();
    }

    @Override
    public List<CaseFile> findOpenAssignedTo(StaffMember staffMember) {
        return query("select c from CaseFile c join c.caseType t join t.statuses s"
                + " where s.code = c.statusCode and s.terminal = false and c.assignee = :assignee order by c.deadline")
                .setParameter("assignee", staffMember).getResultList();
    }
}
