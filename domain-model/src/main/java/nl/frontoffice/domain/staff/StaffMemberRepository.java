package nl.frontoffice.domain.staff;

import nl.frontoffice.domain.shared.SocialDomain;

import java.util.List;
import java.util.Optional;

/**
 * Stores and finds {@link StaffMember}s. The JPA implementation lives in the EJB module.
 */
public interface StaffMemberRepository {

    /** @return the staff member with that database id */
    Optional<StaffMember> findById(long id);

    /** @return the staff member with that username (login name) */
    Optional<StaffMember> findByUsername(String username);

    /** @return the active staff members whose teams serve the domain, ordered by display name */
    List<StaffMember> findActiveServing(SocialDomain domain);

    /**
     * Stores a new staff member or the changes to a known one.
     *
     * @return the managed staff member
     */
    StaffMember save(StaffMember staffMember);
}
