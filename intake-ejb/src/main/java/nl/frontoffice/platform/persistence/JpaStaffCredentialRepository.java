package nl.frontoffice.platform.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import nl.frontoffice.domain.staff.StaffCredential;
import nl.frontoffice.domain.staff.StaffCredentialRepository;

@ApplicationScoped
public class JpaStaffCredentialRepository extends JpaRepository<StaffCredential> implements StaffCredentialRepository {

    public JpaStaffCredentialRepository() {
        super(StaffCredential.class, StaffCredential::getStaffMemberId);
    }

    @Override
    public Optional<StaffCredential> findByStaffMemberId(long staffMemberId) {
        return findById(staffMemberId);
    }

    @Override
    public Optional<StaffCredential> findForUpdate(long staffMemberId) {
        // SELECT ... FOR UPDATE on H2 and PostgreSQL alike
        return Optional.ofNullable(em.find(StaffCredential.class, staffMemberId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The id is the staff member's, so it is always set: persist when there is no row yet. */
    @Override
    public StaffCredential save(StaffCredential credential) {
        if (em.contains(credential)) {
            return credential;
        }
        if (em.find(StaffCredential.class, credential.getStaffMemberId()) == null) {
            em.persist(credential);
            return credential;
        }
        return em.merge(credential);
    }
}
