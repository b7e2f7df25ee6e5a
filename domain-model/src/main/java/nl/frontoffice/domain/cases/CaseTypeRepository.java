package nl.frontoffice.domain.cases;

import nl.frontoffice.domain.shared.SocialDomain;

import java.util.List;
import java.util.Optional;

/**
 * Reads the {@link CaseType} reference data. There is no {@code save}: case types come from
 * migrations. The JPA implementation lives in the EJB module.
 */
public interface CaseTypeRepository {

    /** @return the case type with that code, e.g. {@code WMO_MELDING} */
    Optional<CaseType> findByCode(String code);

    /** @return the case type a question for help in the domain opens (its {@code intakeDefault}) */
    Optional<CaseType> findIntakeDefault(SocialDomain domain);

    /** @return all case types, ordered by code */
    List<CaseType> findAll();
}
