package nl.frontoffice.domain.audit;

import java.util.List;

/**
 * The audit trail's store: append and search, nothing else. There is deliberately no
 * {@code save}, {@code update} or {@code delete}: rows are never changed or removed by the
 * application. The JPA implementation lives in the EJB module.
 */
public interface PersonalDataAccessRepository {

    /**
     * Appends a new row.
     *
     * @param row a row that was never stored
     * @return the stored row (with its id)
     * @throws IllegalArgumentException when the row was stored before
     */
    PersonalDataAccess append(PersonalDataAccess row);

    /**
     * @param query    what to look for
     * @param first    the index of the first row to return (0-based), for paging
     * @param pageSize the most rows to return, 1 or more
     * @return the matching rows, newest first (ties by id, newest first), paged in the database
     */
    List<PersonalDataAccess> search(AuditQuery query, int first, int pageSize);

    /** @return the number of rows the query matches */
    long count(AuditQuery query);
}
