package nl.frontoffice.platform.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.DeadlineNotice;
import nl.frontoffice.domain.cases.DeadlineNoticeRepository;

@ApplicationScoped
public class JpaDeadlineNoticeRepository extends JpaRepository<DeadlineNotice> implements DeadlineNoticeRepository {

    public JpaDeadlineNoticeRepository() {
        super(DeadlineNotice.class, DeadlineNotice::getId);
    }

    @Override
    public List<DeadlineNotice> findByCaseFile(CaseFile caseFile) {
        return query("select n from DeadlineNotice n where n.caseFile = :caseFile order by n.flaggedAt, n.id")
                .setParameter("caseFile", caseFile).getResultList();
    }

    @Override
    public DeadlineNotice saveAndFlush(DeadlineNotice notice) {
        em.persist(notice);
        em.flush();
        return notice;
    }
}
