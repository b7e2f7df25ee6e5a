package nl.frontoffice.platform.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseNote;
import nl.frontoffice.domain.cases.CaseNoteRepository;

@ApplicationScoped
public class JpaCaseNoteRepository extends JpaRepository<CaseNote> implements CaseNoteRepository {

    public JpaCaseNoteRepository() {
        super(CaseNote.class, CaseNote::getId);
    }

    @Override
    public List<CaseNote> findByCaseFile(CaseFile caseFile) {
        return query("select n from CaseNote n where n.caseFile = :caseFile order by n.writtenAt desc, n.id desc")
                .setParameter("caseFile", caseFile).getResultList();
    }
}
