package nl.frontoffice.platform.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.frontoffice.domain.cases.CaseType;
import nl.frontoffice.domain.cases.CaseTypeRepository;
import nl.frontoffice.domain.shared.SocialDomain;

@ApplicationScoped
public class JpaCaseTypeRepository implements CaseTypeRepository {

    @PersistenceContext(unitName = "frontoffice")
    private EntityManager em;

    @Override
    public Optional<CaseType> findByCode(String code) {
        return Optional.ofNullable(em.find(CaseType.class, code));
    }

    @Override
    public Optional<CaseType> findIntakeDefault(SocialDomain domain) {
        return em.createQuery("select t from CaseType t where t.domain = :domain and t.intakeDefault = true", CaseType.class)
                .setParameter("domain", domain).getResultStream().findFirst();
    }

    @Override
    public List<CaseType> findAll() {
        return em.createQuery("select t from CaseType t order by t.code", CaseType.class).getResultList();
    }
}
