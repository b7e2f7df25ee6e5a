package nl.frontoffice.domain.staff;

import java.util.Optional;

/**
 * Stores and finds {@link StaffCredential}s. The JPA implementation lives in the EJB module.
 */
public interface StaffCredentialRepository {

    /** @return the password of the staff member with that database id, if he has one */
    Optional<StaffCredential> findByStaffMemberId(long staffMemberId);

    /**
     * Like {@link #findByStaffMemberId(long)}, and locks the row until the transaction ends, so
     * that simultaneous login attempts for one account are checked and counted one after the other
     * (parallel guesses cannot slip past the lockout).
     *
     * @return the password of the staff member with that database id, if he has one
     */
    Optional<StaffCredential> findForUpdate(long staffMemberId);

    /**
     * Stores a new credential or the changes to a known one.
     *
     * @return the managed credential
     */
    StaffCredential save(StaffCredential credential);
}
