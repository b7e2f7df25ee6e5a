package nl.frontoffice.domain.intake;

import nl.frontoffice.domain.citizen.Citizen;

import java.util.List;
import java.util.Optional;

/**
 * Stores and finds {@link Intake}s. The JPA implementation lives in the EJB module.
 */
public interface IntakeRepository {

    /** @return the intake with that database id */
    Optional<Intake> findById(long id);

    /** @return the intake with that reference, e.g. {@code I-2026-000042} */
    Optional<Intake> findByReference(String reference);

    /** @return the intake submitted with that idempotency key, if any */
    Optional<Intake> findBySubmissionKey(String submissionKey);

    /** @return the intake submitted from that draft, if any */
    Optional<Intake> findBySourceDraftId(long draftId);

    /** @return the citizen's intakes, newest first */
    List<Intake> findByCitizen(Citizen citizen);

    /**
     * Stores a new intake (with its questions and cases) or the changes to a known one.
     *
     * @return the managed intake
     */
    Intake save(Intake intake);
}
