package nl.frontoffice.domain.contact;

import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.citizen.Citizen;

import java.util.List;
import java.util.Optional;

/**
 * Stores and finds {@link ContactMoment}s. The JPA implementation lives in the EJB module.
 */
public interface ContactMomentRepository {

    /** @return the contact moment with that database id */
    Optional<ContactMoment> findById(long id);

    /** @return the citizen's contact moments, newest first */
    List<ContactMoment> findByCitizen(Citizen citizen);

    /** @return the contact moments linked to the case, newest first */
    List<ContactMoment> findByCase(CaseFile caseFile);

    /**
     * Stores a new contact moment or the changes to a known one.
     *
     * @return the managed contact moment
     */
    ContactMoment save(ContactMoment contactMoment);
}
