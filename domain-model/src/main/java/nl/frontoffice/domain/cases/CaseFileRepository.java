package nl.frontoffice.domain.cases;

import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.staff.StaffMember;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Stores and finds {@link CaseFile}s. The JPA implementation lives in the EJB module.
 */
public interface CaseFileRepository {

    /** @return the case with that database id */
    Optional<CaseFile> findById(long id);

    /** @return the case with that reference, e.g. {@code Z-2026-000123} */
    Optional<CaseFile> findByReference(String reference);

    /** @return the citizen's cases, newest first */
    List<CaseFile> findByCitizen(Citizen citizen);

    /** @return the cases that are not in a terminal status and whose deadline is before the date, earliest deadline first */
    List<CaseFile> findOpenWithDeadlineBefore(LocalDate date);

    /** @return the open cases assigned to the staff member, earliest deadline first */
    List<CaseFile> findOpenAssignedTo(StaffMember staffMember);

    /**
     * Stores a new case (with its history) or the changes to a known one.
     *
     * @return the managed case
     */
    CaseFile save(CaseFile caseFile);
}
