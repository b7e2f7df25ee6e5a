package nl.frontoffice.domain.intake;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.shared.Actor;

import java.time.Instant;
import java.util.Optional;

/**
 * Stores and finds {@link IntakeDraft}s. The JPA implementation lives in the EJB module.
 */
public interface IntakeDraftRepository {

    /** @return the draft of that citizen by that author (matched on the author's type and identifier) */
    Optional<IntakeDraft> findByAuthor(Bsn citizenBsn, Actor author);

    /** @return the draft with that id */
    Optional<IntakeDraft> findById(long id);

    /**
     * @return the draft with that id, locked until the end of the transaction (a second submit of
     *         the same draft waits, then finds it gone)
     */
    Optional<IntakeDraft> findByIdForUpdate(long id);

    /** Stores a new draft or the changes to a known one. */
    IntakeDraft save(IntakeDraft draft);

    /** Removes a draft and its attachments. */
    void delete(IntakeDraft draft);

    /**
     * Removes the drafts not saved since the moment, with their attachments (retention).
     *
     * @return how many were removed
     */
    int deleteNotUpdatedSince(Instant moment);
}
