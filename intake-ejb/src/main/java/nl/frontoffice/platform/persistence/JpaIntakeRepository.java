package nl.frontoffice.platform.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.intake.Intake;
import nl.frontoffice.domain.intake.IntakeRepository;

@ApplicationScoped
public class JpaIntakeRepository extends JpaRepository<Intake> implements IntakeRepository {

    public JpaIntakeRepository() {
        super(Intake.class, Intake::getId);
    }

    @Override
    public Optional<Intake> findByReference(String reference) {
        return first(query("select i from Intake i where i.reference = :reference")
                .setParameter("reference", reference).getResultList());
    }

    @Override
    public Optional<Intake> findBySubmissionKey(String submissionKey) {
        return first(query("select i from Intake i where i.submissionKey = :key")
                .setParameter("key", submissionKey).getResultList());
    }

    @Override
    public Optional<Intake> findBySourceDraftId(long draftId) {
        return first(query("select i from Intake i where i.sourceDraftId = :draftId")
                .setParameter("draftId", draftId).getResultList());
    }

    @Override
    public List<Intake> findByCitizen(Citizen citizen) {
        return query("select i from Intake i where i.citizen = :citizen order by i.submittedAt desc")
                .setParameter("citizen", citizen).getResultList();
    }
}
