package nl.frontoffice.portal.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import nl.frontoffice.auth.staff.StaffAccess;
import nl.frontoffice.auth.staff.StaffDirectory;

/**
 * Backing bean of the staff landing page {@code /medewerker/index.xhtml}: who is logged in, his
 * roles, teams and the domains he serves. The data comes from {@link StaffDirectory#current()},
 * which only answers callers in a staff role and only about themselves.
 */
@Named
@RequestScoped
public class StaffHomeView {

    @EJB
    private StaffDirectory directory;

    private StaffAccess staff;

    /** @return the logged-in staff member's access, read once per request */
    public StaffAccess getStaff() {
        if (staff == null) {
            staff = directory.current();
        }
        return staff;
    }
}
