package nl.frontoffice.platform.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.frontoffice.domain.intake.AttachmentInfo;
import nl.frontoffice.domain.intake.Intake;
import nl.frontoffice.domain.intake.IntakeAttachment;
import nl.frontoffice.domain.intake.IntakeAttachmentRepository;
import nl.frontoffice.domain.intake.IntakeDraft;

/** Lists read a projection without the bytes; only {@link #findById} loads a file's content. */
@ApplicationScoped
public class JpaIntakeAttachmentRepository extends JpaRepository<IntakeAttachment> implements IntakeAttachmentRepository {

    private static final String INFO = "select new nl.frontoffice.domain.intake.AttachmentInfo("
            + "a.id, a.fileName, a.mediaType, a.sizeBytes, a.uploadedAt) from IntakeAttachment a ";

    public JpaIntakeAttachmentRepository() {
        super(IntakeAttachment.class, IntakeAttachment::getId);
    }

    @Override
    public List<AttachmentInfo> listOfDraft(IntakeDraft draft) {
        return em.createQuery(INFO + "where a.draft = :draft order by a.id", AttachmentInfo.class)
                .setParameter("draft", draft).getResultList();
    }

    @Override
    public List<AttachmentInfo> listOfIntake(Intake intake) {
        return em.createQuery(INFO + "where a.intake = :intake order by a.id", AttachmentInfo.class)
                .setParameter("intake", intake).getResultList();
    }

    @Override
    public long countOfDraft(IntakeDraft draft) {
        return em.createQuery("select count(a) from IntakeAttachment a where a.draft = :draft", Long.class)
                .setParameter("draft", draft).getSingleResult();
    }

    @Override
    public void delete(IntakeAttachment attachment) {
        em.remove(em.contains(attachment) ? attachment : em.merge(attachment));
    }

    @Override
    public int moveToIntake(IntakeDraft draft, Intake intake) {
        em.flush();
        return em.createQuery("update IntakeAttachment a set a.intake = :intake, a.draft = null where a.draft = :draft")
                .setParameter("intake", intake).setParameter("draft", draft).executeUpdate();
    }
}
