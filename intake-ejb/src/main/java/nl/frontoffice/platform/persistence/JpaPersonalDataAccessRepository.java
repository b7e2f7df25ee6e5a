package nl.frontoffice.platform.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import nl.frontoffice.domain.audit.AuditQuery;
import nl.frontoffice.domain.audit.PersonalDataAccess;
import nl.frontoffice.domain.audit.PersonalDataAccessRepository;

/**
 * {@link PersonalDataAccessRepository} on JPA: {@code persist} and queries only. It deliberately does not extend
 * {@link JpaRepository} (whose {@code save} merges): there is no path here that updates or removes a row.
 * Searches are paged in the database ({@code setFirstResult}/{@code setMaxResults}), newest first.
 */
@ApplicationScoped
public class JpaPersonalDataAccessRepository implements PersonalDataAccessRepository {

    @PersistenceContext(unitName = "frontoffice")
    private EntityManager em;

    @Override
    public PersonalDataAccess append(PersonalDataAccess row) {
        if (row.getId() != null) {
            throw new IllegalArgumentException("An audit row is appended once and never changed");
        }
        em.persist(row);
        return row;
    }

    @Override
    public List<PersonalDataAccess> search(AuditQuery query, int first, int pageSize) {
        if (first < 0 || pageSize < 1) {
            throw new IllegalArgumentException("first must be 0 or more and pageSize 1 or more");
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PersonalDataAccess> select = cb.createQuery(PersonalDataAccess.class);
        Root<PersonalDataAccess> row = select.from(PersonalDataAccess.class);
        select.select(row).where(matching(cb, row, query))
                .orderBy(cb.desc(row.get("occurredAt")), cb.desc(row.get("id")));
        TypedQuery<PersonalDataAccess> typed = em.createQuery(select).setFirstResult(first).setMaxResults(pageSize);
        return typed.getResultList();
    }

    @Override
    public long count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<PersonalDataAccess> row = select.from(PersonalDataAccess.class);
        select.select(cb.count(row)).where(matching(cb, row, query));
        return em.createQuery(select).getSingleResult();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<PersonalDataAccess> row, AuditQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.staffUsername() != null) {
            where.add(cb.equal(row.get("staffUsername"), query.staffUsername()));
        }
        if (query.citizenBsn() != null) {
            where.add(cb.equal(row.get("citizenBsn"), query.citizenBsn()));
        }
        if (query.event() != null) {
            where.add(cb.equal(row.get("event"), query.event()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(row.<Instant>get("occurredAt"), query.from()));
        }
        if (query.until() != null) {
            where.add(cb.lessThan(row.<Instant>get("occurredAt"), query.until()));
        }
        return where.toArray(new Predicate[0]);
    }
}
