package nl.frontoffice.domain.cases;

import java.util.List;

/**
 * Stores and finds {@link CaseNote}s. The JPA implementation lives in the EJB module.
 */
public interface CaseNoteRepository {

    /** @return the case's notes, newest first */
    List<CaseNote> findByCaseFile(CaseFile caseFile);

    /**
     * Stores a new note.
     *
     * @return the managed note
     */
    CaseNote save(CaseNote note);
}
