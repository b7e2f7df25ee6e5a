package nl.frontoffice.platform.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.intake.IntakeDraft;
import nl.frontoffice.domain.intake.IntakeDraftRepository;
import nl.frontoffice.domain.shared.Actor;

/** Drafts by citizen and author; {@link #findByIdForUpdate} locks the row (SELECT ... FOR UPDATE). */
@ApplicationScoped
public class JpaIntakeDraftRepository extends JpaRepository<IntakeDraft> implements IntakeDraftRepository {

    public JpaIntakeDraftRepository() {
        super(IntakeDraft.class, IntakeDraft::getId);
    }

    @Override
    public Optional<IntakeDraft> findByAuthor(Bsn citizenBsn, Actor author) {
        return first(query("select d from IntakeDraft d where d.citizenBsn = :bsn"
                + " and d.author.type = :type and d.author.identifier = :identifier")
                .setParameter("bsn", citizenBsn)
                .setParameter("type", author.getType())
                .setParameter("identifier", author.getIdentifier())
                .getResultList());
    }

    @Override
    public Optional<IntakeDraft> findByIdForUpdate(long id) {
        return Optional.ofNullable(em.find(IntakeDraft.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void delete(IntakeDraft draft) {
        em.createQuery("delete from IntakeAttachment a where a.draft = :draft")
                .setParameter("draft", draft).executeUpdate();
        em.remove(em.contains(draft) ? draft : em.merge(draft));
    }

    @Override
    public int deleteNotUpdatedSince(Instant moment) {
        List<IntakeDraft> old = query("select d from IntakeDraft d where d.updatedAt < :moment")
                .setParameter("moment", moment).getResultList();
        old.forEach(this::delete);
        return old.size();
    }
}
