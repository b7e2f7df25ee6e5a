package nl.frontoffice.platform.audit;

import java.lang.reflect.Field;
import java.time.Instant;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.audit.PersonalDataAccess;
import nl.frontoffice.domain.audit.PersonalDataEvent;
import nl.frontoffice.domain.citizen.Bsn;

/**
 * Test only: tries every way JPA offers to change or remove an audit row, each in a transaction of its own, and
 * reads the row back with SQL. What a bug or a careless future repository method would do.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditRowFixture {

    @PersistenceContext(unitName = "frontoffice")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** @return the id of a new row (written the way the application writes it: persist) */
    public long append(String username, String bsn) {
        PersonalDataAccess row = PersonalDataAccess.record(Instant.now(), username, Bsn.of(bsn),
                PersonalDataEvent.CASE_VIEWED, "Z-2026-000001", AccessPurpose.CASE_HANDLING, null);
        em.persist(row);
        em.flush();
        return row.getId();
    }

    /** Changes the managed row's username by reflection (there is no setter) and commits. @return what happened */
    public String changeManaged(long id, String username) {
        return attempt(() -> {
            PersonalDataAccess row = em.find(PersonalDataAccess.class, id);
            set(row, "staffUsername", username);
            set(row, "purposeNote", "veranderd");
            em.flush();
        });
    }

    /** Merges a detached copy with another username. @return what happened */
    public String mergeChangedCopy(long id, String username) {
        return attempt(() -> {
            PersonalDataAccess row = em.find(PersonalDataAccess.class, id);
            em.detach(row);
            set(row, "staffUsername", username);
            em.merge(row);
            em.flush();
        });
    }

    /** Removes the row with {@code em.remove}. @return what happened */
    public String remove(long id) {
        return attempt(() -> {
            em.remove(em.find(PersonalDataAccess.class, id));
            em.flush();
        });
    }

    /** @return the row's username as the database holds it, or {@code null} when the row is gone */
    public String usernameInDatabase(long id) {
        var rows = em.createNativeQuery("SELECT staff_username FROM personal_data_access WHERE id = ?1")
                .setParameter(1, id).getResultList();
        return rows.isEmpty() ? null : String.valueOf(rows.get(0));
    }

    /** @return "written" when the work went through, else the simple name of the innermost refusal */
    private String attempt(Runnable work) {
        try {
            work.run();
            return "written";
        } catch (RuntimeException refused) {
            context.setRollbackOnly();
            Throwable cause = refused;
            while (!(cause instanceof UnsupportedOperationException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause.getClass().getSimpleName();
        }
    }

    private static void set(PersonalDataAccess row, String field, Object value) {
        try {
            Field declared = PersonalDataAccess.class.getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(row, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
