package nl.frontoffice.platform.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * What every JPA repository of the domain's repository interfaces shares: the persistence context
 * of the unit {@code frontoffice}, store and find by id.
 *
 * @param <T> the entity type
 */
abstract class JpaRepository<T> {

    @PersistenceContext(unitName = "frontoffice")
    protected EntityManager em;

    private final Class<T> type;
    private final Function<T, Long> idOf;

    protected JpaRepository(Class<T> type, Function<T, Long> idOf) {
        this.type = type;
        this.idOf = idOf;
    }

    public Optional<T> findById(long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    public T save(T entity) {
        if (idOf.apply(entity) == null) {
            em.persist(entity);
            return entity;
        }
        return em.merge(entity);
    }

    protected TypedQuery<T> query(String jpql) {
        return em.createQuery(jpql, type);
    }

    protected static <E> Optional<E> first(List<E> results) {
        return results.stream().findFirst();
    }
}
