package nl.frontoffice.portal.staff.citizens;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import nl.frontoffice.auth.staff.StaffRoles;

/** The caller's roles as the container knows them, for what the citizen pages (and the intake on a citizen's behalf) render. */
public final class StaffRolesOfRequest {

    private StaffRolesOfRequest() {
    }

    /** @return whether the caller has a role of the citizen view and the contact services: KCC, CONSULENT, TEAMLEIDER */
    public static boolean mayViewCitizens() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(StaffRoles.KCC) || external.isUserInRole(StaffRoles.CONSULENT)
                || external.isUserInRole(StaffRoles.TEAMLEIDER);
    }

    /** @return whether the caller works at the contact centre */
    static boolean contactCentre() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(StaffRoles.KCC);
    }
}
