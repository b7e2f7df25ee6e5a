package nl.frontoffice.auth.staff;

import java.security.Principal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffMemberRepository;

/**
 * The logged-in staff member, for the portal: {@link #current()} gives the caller's own
 * {@link StaffAccess}, read fresh from the database, so a team change shows at the next page.
 *
 * <p>Server-side access check: only callers in a staff role get here (the container refuses others
 * with an {@code EJBAccessException}), and a caller can only get his own access: the username comes
 * from the container's caller principal, never from a parameter.
 */
@Stateless
public class StaffDirectory {

    @Resource
    private SessionContext context;

    @Inject
    private StaffMemberRepository staff;

    /**
     * @return the calling staff member's name, roles and domains
     * @throws DomainException {@code staff.unknown} when the caller is no (longer an) active staff member
     */
    @RolesAllowed({StaffRoles.KCC, StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER, StaffRoles.BEHEERDER})
    public StaffAccess current() {
        Principal caller = context.getCallerPrincipal();
        return staff.findByUsername(caller.getName())
                .filter(StaffMember::isActive)
                .map(StaffAccess::of)
                .orElseThrow(() -> new DomainException("staff.unknown"));
    }
}
